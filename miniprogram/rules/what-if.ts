/**
 * "What if...?" flips: one decision changed (sometimes with the follow-up answer it needs),
 * offered only when it changes the recommendation for this person.
 */
import { recommend } from './engine';
import { goalsOf, isOrganisation, single } from './predicates';
import { effectiveAnswers, pruneAnswers } from './questions';
import type { Answers, Recommendation, Text } from './types';

export interface WhatIf {
  id: string;
  label: Text;
  answers: Answers;
}

type Flip = { id: string; apply: (a: Answers) => Answers | null };

const withGoal = (a: Answers, goal: string): Answers | null =>
  goalsOf(a).includes(goal) ? null : { ...a, goals: goalsOf(a).concat(goal) };

/** In the order they are offered: the big route decisions first. */
const FLIPS: Flip[] = [
  {
    id: 'set_up_china_entity',
    apply: (a) =>
      isOrganisation(a) && single(a, 'location') === 'overseas' && single(a, 'china_entity') !== 'have'
        ? { ...a, china_entity: 'willing_to_set_up', timeline: 'can_wait' }
        : null,
  },
  {
    id: 'use_partner_licence',
    apply: (a) =>
      isOrganisation(a) && single(a, 'location') === 'overseas' && single(a, 'control') !== 'flexible'
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
    apply: (a) =>
      isOrganisation(a) || single(a, 'location') === 'overseas' ? null : { ...a, entity: 'company' },
  },
  {
    id: 'need_wechat_pay',
    apply: (a) =>
      isOrganisation(a) && single(a, 'payments') === 'none'
        ? {
            ...a,
            goals: goalsOf(a).includes('sell') ? goalsOf(a) : goalsOf(a).concat('sell'),
            payments: single(a, 'location') === 'overseas' ? 'cross_border' : 'rmb_domestic',
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

export function whatIfs(answers: Answers): WhatIf[] {
  const current = effectiveAnswers(answers);
  const base = signature(recommend(current));
  const out: WhatIf[] = [];
  for (const flip of FLIPS) {
    if (out.length === MAX) break;
    const flipped = flip.apply(current);
    if (!flipped) continue;
    const pruned = pruneAnswers(flipped);
    if (signature(recommend(pruned)) === base) continue;
    out.push({ id: flip.id, label: { key: `whatif.${flip.id}` }, answers: pruned });
  }
  return out;
}

export const WHAT_IF_IDS: readonly string[] = FLIPS.map((flip) => flip.id);
