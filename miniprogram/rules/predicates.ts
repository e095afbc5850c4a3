/**
 * What the answers say about the person, in business terms. The questionnaire's conditions,
 * the decisions and the what-ifs all read the answers through these, so each reading of an
 * answer lives in one place.
 */
import type { Answers, QuestionId } from './types';

/** Reads a single-choice answer from an effective answer set (absent when the path skipped it). */
export function single(answers: Answers, id: QuestionId): string | undefined {
  const value = answers[id];
  return typeof value === 'string' ? value : undefined;
}

export function goalsOf(answers: Answers): string[] {
  const value = answers.goals;
  return Array.isArray(value) ? value : [];
}

export function isOrganisation(answers: Answers): boolean {
  return single(answers, 'entity') !== 'individual';
}

/**
 * Whether an organisation's account would be registered under a mainland licence (its own,
 * its China company's, or a partner's). Only then is subscription vs service an open choice:
 * overseas accounts are offered mostly as service accounts (W4).
 */
export function onLocalLicence(answers: Answers): boolean {
  if (!isOrganisation(answers)) return false;
  if (single(answers, 'location') !== 'overseas') return true;
  const china = single(answers, 'china_entity');
  if (china === 'have') return true;
  if (china === 'willing_to_set_up') return single(answers, 'timeline') === 'can_wait';
  if (china === 'partner_licence') return single(answers, 'control') === 'flexible';
  return false;
}

/**
 * Goals or payments that call for a service account (T3, T9). A Mini Program counts: it is
 * where services and transactions happen, and the interfaces that connect followers to it
 * (template messages, web OAuth) are a verified service account's.
 */
export function needsService(answers: Answers): boolean {
  const goals = goalsOf(answers);
  const payments = single(answers, 'payments');
  return (
    goals.includes('services') ||
    goals.includes('sell') ||
    goals.includes('mini_program') ||
    (payments !== undefined && payments !== 'none')
  );
}

/** Goals that WeCom serves and no Official Account does (T4). */
export function onlyTeamGoals(answers: Answers): boolean {
  const goals = goalsOf(answers);
  return goals.length > 0 && goals.every((g) => g === 'internal_team' || g === 'customer_contact');
}
