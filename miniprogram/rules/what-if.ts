/**
 * "What if...?" flips: one decision changed (sometimes with the follow-up answer it needs),
 * offered only when it changes the recommendation for this person.
 */
import { recommend } from './engine';
import { goalsOf, isAbroad, isOrganisation, single } from './predicates';
import { GOALS, pruneAnswers } from './questions';
import type { Answers, Recommendation, Text } from './types';

export interface WhatIf {
  id: string;
  label: Text;
  answers: Answers;
  /** The recommendation under the flipped answers: worked out once, here, to decide the offer. */
  rec: Recommendation;
}

type Flip = { id: string; apply: (a: Answers) => Answers | null };

/** The goals plus one, in the questionnaire's order (as validated answers have them). */
const plusGoal = (a: Answers, goal: string): string[] =>
  GOALS.filter((g) => g === goal || goalsOf(a).includes(g));

const withGoal = (a: Answers, goal: string): Answers | null =>
  goalsOf(a).includes(goal) ? null : { ...a, goals: plusGoal(a, goal) };

/** In the order they are offered: the big route decisions first. */
const FLIPS: Flip[] = [
  {
    id: 'set_up_china_entity',
    apply: (a) =>
      isOrganisation(a) && isAbroad(a) && single(a, 'china_entity') !== 'have'
        ? { ...a, china_entity: 'willing_to_set_up', timeline: 'can_wait' }
        : null,
  },
  {
    id: 'use_partner_licence',
    apply: (a) =>
      isOrganisation(a) && isAbroad(a) && single(a, 'control') !== 'flexible'
        ? { ...a, china_entity: 'partner_licence', control: 'flexible' }
        : null,
  },
  {
    id: 'own_the_account',
    apply: (a) => (single(a, 'control') === 'flexible' ? { ...a, control: 'essential' } : null),
  },
  {
    id: 'business_abroad',
    apply: (a) => (single(a, 'business_abroad') === 'no' ? { ...a, business_abroad: 'yes' } : null),
  },
  {
    id: 'register_as_company',
    // Overseas individuals get the business_abroad flip instead, which says the same thing.
    apply: (a) => (isOrganisation(a) || isAbroad(a) ? null : { ...a, entity: 'company' }),
  },
  {
    id: 'need_wechat_pay',
    apply: (a) =>
      isOrganisation(a) && single(a, 'payments') === 'none'
        ? {
            ...a,
            goals: plusGoal(a, 'sell'),
            payments: isAbroad(a) ? 'cross_border' : 'rmb_domestic',
          }
        : null,
  },
  { id: 'internal_team', apply: (a) => (isOrganisation(a) ? withGoal(a, 'internal_team') : null) },
  {
    id: 'publish_daily',
    apply: (a) => (single(a, 'frequency') !== 'daily' ? { ...a, frequency: 'daily' } : null),
  },
  {
    id: 'reach_important',
    apply: (a) => (single(a, 'reach') === 'not_important' ? { ...a, reach: 'important' } : null),
  },
];

const MAX = 4;

function signature(r: Recommendation): string {
  return [r.type, r.route, r.companions.map((c) => c.type).join('+')].join('|');
}

/** The flips worth offering on a result (its `answers` are the effective ones), with their results. */
export function whatIfs(base: Recommendation): WhatIf[] {
  const signed = signature(base);
  const out: WhatIf[] = [];
  for (const flip of FLIPS) {
    if (out.length === MAX) break;
    const flipped = flip.apply(base.answers);
    if (!flipped) continue;
    const answers = pruneAnswers(flipped);
    const rec = recommend(answers);
    if (signature(rec) === signed) continue;
    out.push({ id: flip.id, label: { key: `whatif.${flip.id}` }, answers, rec });
  }
  return out;
}
