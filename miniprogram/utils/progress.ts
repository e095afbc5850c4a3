/**
 * Saved questionnaire progress. utils/storage checks the envelope; the answers are validated
 * here, once, against today's questions. Anything that fails is cleared and reported, so the
 * person is told and the questionnaire starts clean.
 */
import { t, type Lang } from '../i18n/index';
import { pruneAnswers, questionById, validateAnswers } from '../rules/questions';
import type { Answers } from '../rules/types';
import { toast } from './nav';
import { clearProgress, loadProgress, saveProgress } from './storage';

export interface Restored {
  /** Valid answers to questions on their path. */
  answers: Answers;
  /** Question on screen when saved (absent when fresh, complete or unknown). */
  at?: string;
  /** A finished questionnaire the result page can show: `at` is null and something was answered. */
  complete: boolean;
  /** 'failed': something was saved but could not be used; it has been cleared. */
  state: 'fresh' | 'restored' | 'failed';
}

function failed(): Restored {
  clearProgress();
  return { answers: {}, complete: false, state: 'failed' };
}

export function restoreProgress(): Restored {
  const loaded = loadProgress();
  if (loaded.state === 'none') return { answers: {}, complete: false, state: 'fresh' };
  if (loaded.state === 'unreadable') return failed();
  // An unknown key, `__proto__` included, fails validation as an unknown question: reported, not dropped.
  const valid = validateAnswers(loaded.value.answers);
  const at = loaded.value.at;
  if (!valid.ok || (at !== null && !questionById(at))) return failed();
  const answers = pruneAnswers(valid.answers);
  const restored: Restored = {
    answers,
    complete: at === null && Object.keys(answers).length > 0,
    state: 'restored',
  };
  if (at !== null) restored.at = at;
  return restored;
}

/** Whether the last save failed: the person hears about a failing save once, not on every tap. */
let failing = false;

/**
 * Saves the answers and the question on screen (null once finished). When the phone refuses
 * (storage full), a toast in the person's language says the progress was not saved; the
 * questionnaire carries on. True when saved.
 */
export function storeProgress(answers: Answers, at: string | null, lang: Lang): boolean {
  const saved = saveProgress({ answers, at });
  if (!saved && !failing) toast(t(lang, 'common.saveFailed'));
  failing = !saved;
  return saved;
}

export function forgetProgress(): void {
  clearProgress();
}
