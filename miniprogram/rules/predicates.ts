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

/** Everyone but an individual: a sole trader registers as a company-type subject (G1, S1). */
export function isOrganisation(answers: Answers): boolean {
  return single(answers, 'entity') !== 'individual';
}

/**
 * Registers from outside the mainland: overseas, or Hong Kong, Macao or Taiwan. An individual
 * from either has no mainland resident ID (W1); an organisation from either registers as an
 * overseas subject (W6). A sole trader is never asked: it is mainland by definition.
 */
export function isAbroad(answers: Answers): boolean {
  const location = single(answers, 'location');
  return location === 'overseas' || location === 'hk_mo_tw';
}

/** An individual holding a mainland China resident ID card (the only ID a personal account takes, W1). */
export function hasMainlandId(answers: Answers): boolean {
  return !isOrganisation(answers) && single(answers, 'location') === 'mainland';
}

/** Selling or offering services: what a personal account cannot do and a sole trader can (T3, S1). */
export function wantsToTrade(answers: Answers): boolean {
  const goals = goalsOf(answers);
  return goals.includes('sell') || goals.includes('services');
}

/** An individual with a mainland ID who will register as a sole trader (个体工商户) to trade (S1, S2). */
export function becomesSoleTrader(answers: Answers): boolean {
  return hasMainlandId(answers) && single(answers, 'sole_trader') === 'willing';
}

/**
 * Whether an organisation's account would be registered under a mainland licence (its own,
 * its China company's, or a partner's). Only then is subscription vs service an open choice:
 * overseas accounts are offered mostly as service accounts (W4).
 */
export function onLocalLicence(answers: Answers): boolean {
  if (!isOrganisation(answers)) return false;
  if (!isAbroad(answers)) return true;
  const china = single(answers, 'china_entity');
  // A representative office registers a local account with its own certificate (O2).
  if (china === 'have' || china === 'rep_office') return true;
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

/**
 * Goals that WeCom serves and no Official Account does (T4): then WeCom alone is the answer for an
 * organisation, and how often followers are notified or whether payments are taken is not asked.
 */
export function onlyTeamGoals(answers: Answers): boolean {
  const goals = goalsOf(answers);
  return goals.length > 0 && goals.every((g) => g === 'internal_team' || g === 'customer_contact');
}
