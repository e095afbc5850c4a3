/**
 * Changing one answer from the result, pure: the answer is set, answers the new path no longer
 * asks are pruned, and any question the new path needs and has no answer for is asked next,
 * one at a time, before the edit is done. No wx: the editor component and tests share it.
 */
import { nextQuestion, pruneAnswers, questionById } from '../../rules/questions';
import type { AnswerValue, Answers, Question } from '../../rules/types';

export interface Edit {
  answers: Answers;
  /** The question on screen. */
  current: Question;
  /** True for a question the change made necessary (not the one the person tapped). */
  added: boolean;
}

export type EditStep =
  | { kind: 'ask'; edit: Edit }
  /** `dropped`: answers that no longer applied and were removed. */
  | { kind: 'done'; answers: Answers; dropped: number };

/** Opens a question of the result's answers for editing; null for a question it does not know. */
export function beginEdit(answers: Answers, questionId: string): Edit | null {
  const current = questionById(questionId);
  return current ? { answers: { ...answers }, current, added: false } : null;
}

/** Applies the choice: the next newly needed question, or the finished answers. */
export function choose(edit: Edit, value: AnswerValue): EditStep {
  const question = edit.current;
  if (question.multi ? !Array.isArray(value) : typeof value !== 'string') return { kind: 'ask', edit };
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => question.options.includes(v))) return { kind: 'ask', edit };
  // Display order, as validateAnswers returns multi-select answers.
  const chosen = question.multi ? question.options.filter((o) => values.includes(o)) : value;
  const given = { ...edit.answers, [question.id]: chosen };
  const answers = pruneAnswers(given);
  const next = nextQuestion(answers);
  if (next) return { kind: 'ask', edit: { answers, current: next, added: true } };
  return { kind: 'done', answers, dropped: Object.keys(given).length - Object.keys(answers).length };
}
