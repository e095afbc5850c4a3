/**
 * The questionnaire's moves, pure: the answers and the question on screen in, a tap applied,
 * the new answers, path and the question to show next out (each question has its own page). The question path is worked out once per tap (it
 * decides which answers still apply, where Next leads and the progress count alike).
 */
import { questionById, questionsOnPath } from '../../rules/questions';
import type { Answers, Question } from '../../rules/types';

export interface QuizState {
  /** Only answers to questions on the path. */
  answers: Answers;
  /** The questions the answers lead through, in asking order. */
  path: Question[];
  /** The question on screen; always on the path. */
  current: Question;
}

/** A tap on the question's own page; Back is the page history's (utils/nav goBack), not a step. */
export type Tap = { kind: 'pick'; option: string } | { kind: 'toggle'; option: string } | { kind: 'next' };

export type Step =
  /** A question to show; `dropped` answers no longer applied after this tap and were removed. */
  | { kind: 'show'; state: QuizState; dropped: number }
  /** The last question is answered: the result comes next (`state` keeps the last question). */
  | { kind: 'finish'; state: QuizState; dropped: number };

/** The answers that stay on the path; answers to questions it no longer asks are dropped. */
function onPath(answers: Answers, path: readonly Question[]): Answers {
  const kept: Answers = {};
  for (const question of path) {
    const value = answers[question.id];
    if (value !== undefined) kept[question.id] = value;
  }
  return kept;
}

/**
 * Where the questionnaire opens: the first wanted question that is on the path (a question
 * named in the link, then the one on screen when it was left), else the first unanswered one,
 * else the last.
 */
export function start(answers: Answers, wanted: readonly (string | undefined)[]): QuizState {
  const path = questionsOnPath(answers);
  const named = wanted.find((id) => id !== undefined && path.some((q) => q.id === id));
  const current =
    (named !== undefined ? questionById(named) : undefined) ??
    path.find((q) => answers[q.id] === undefined) ??
    path[path.length - 1];
  // Every path starts with the entity question, so a path is never empty.
  if (!current) throw new Error('quiz/step: empty question path');
  return { answers: onPath(answers, path), path, current };
}

/** Sets an answer to the question on screen, then moves on (or stays, for a multi-select toggle). */
function answer(state: QuizState, value: string | string[], move: boolean): Step {
  const given = { ...state.answers, [state.current.id]: value };
  const path = questionsOnPath(given);
  const answers = onPath(given, path);
  const dropped = Object.keys(given).length - Object.keys(answers).length;
  const stay: QuizState = { answers, path, current: state.current };
  if (!move) return { kind: 'show', state: stay, dropped: 0 };
  const following = path[path.indexOf(state.current) + 1];
  if (!following) return { kind: 'finish', state: stay, dropped };
  return { kind: 'show', state: { answers, path, current: following }, dropped };
}

/** The result of a tap, or null when the tap does nothing (an option this question lacks, Next unanswered). */
export function step(state: QuizState, tap: Tap): Step | null {
  const question = state.current;
  const value = state.answers[question.id];
  switch (tap.kind) {
    case 'pick':
      if (question.multi || !question.options.includes(tap.option)) return null;
      return answer(state, tap.option, true);
    case 'toggle': {
      if (!question.multi || !question.options.includes(tap.option)) return null;
      const list = Array.isArray(value) ? value : [];
      const toggled = list.includes(tap.option)
        ? list.filter((o) => o !== tap.option)
        : [...list, tap.option];
      // Display order, so the saved answer matches what validateAnswers returns.
      return answer(
        state,
        question.options.filter((o) => toggled.includes(o)),
        false,
      );
    }
    case 'next':
      if (value !== undefined) return answer(state, value, true);
      // Next with nothing ticked is a real answer ("none of these"), not a skip to the default.
      return question.multi ? answer(state, [], true) : null;
  }
}
