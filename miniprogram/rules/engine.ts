/**
 * answers -> Recommendation. Pure and deterministic: no wx, no clock, no randomness, so a
 * shared link rebuilds exactly the result its sender saw. Never throws on bad input: it
 * validates first and returns a typed error instead.
 */
import { effectiveAnswers, validateAnswers } from './questions';
import { sectionsOf } from './sections/index';
import { sourcesOf } from './sections/sources';
import { situationOf } from './situation';
import { text } from './text';
import type { Answers, Evaluation, Recommendation } from './types';
import { KNOWLEDGE_VERSION, REVIEWED } from './version';

/** Evaluates answers that are already validated (the bench and the path walk call this directly). */
export function recommend(answers: Answers): Recommendation {
  const a = effectiveAnswers(answers);
  const s = situationOf(a);
  const sections = sectionsOf(s);
  const { facts, conflicts } = sourcesOf(sections);
  return {
    ok: true,
    type: s.type,
    route: s.route,
    ...sections,
    conflicts,
    facts,
    knowledgeVersion: KNOWLEDGE_VERSION,
    reviewed: REVIEWED,
    answers: a,
  };
}

export function evaluate(input: unknown): Evaluation {
  let checked: ReturnType<typeof validateAnswers>;
  try {
    checked = validateAnswers(input);
  } catch {
    // Input from outside can be anything, even an object whose getters throw.
    return { ok: false, error: { code: 'not_an_object', message: text('error.not_an_object') } };
  }
  if (!checked.ok) return { ok: false, error: checked.error };
  return recommend(checked.answers);
}
