/**
 * Saved questionnaire progress, checked twice: the storage envelope (utils/storage) and the
 * answers against today's questions (rules). Anything that fails is cleared and reported,
 * so the person is told and the questionnaire starts clean.
 */
import { pruneAnswers, questionById, validateAnswers } from '../rules/questions';
import type { Answers } from '../rules/types';
import { clearProgress, loadProgress, saveProgress } from './storage';

export interface Restored {
  answers: Answers;
  /** Question on screen when saved (absent when fresh or unknown). */
  at?: string;
  complete: boolean;
  /** 'failed': something was saved but could not be used; it has been cleared. */
  state: 'fresh' | 'restored' | 'failed';
}

export function restoreProgress(): Restored {
  const loaded = loadProgress();
  if (loaded.state === 'none') return { answers: {}, complete: false, state: 'fresh' };
  if (loaded.state === 'unreadable') {
    clearProgress();
    return { answers: {}, complete: false, state: 'failed' };
  }
  const valid = validateAnswers(loaded.value.answers);
  const at = loaded.value.at;
  if (!valid.ok || (at !== null && !questionById(at))) {
    clearProgress();
    return { answers: {}, complete: false, state: 'failed' };
  }
  const restored: Restored = {
    answers: pruneAnswers(valid.answers),
    complete: at === null,
    state: 'restored',
  };
  if (at !== null) restored.at = at;
  return restored;
}

export function storeProgress(answers: Answers, at: string | null): void {
  saveProgress({ answers, at });
}

export function forgetProgress(): void {
  clearProgress();
}
