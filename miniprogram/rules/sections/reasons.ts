/**
 * Why this route and this type, drawn from the person's own answers. Each reason names the
 * questions that caused it, so the page can link a reason back to the answer.
 */
import type { RouteCause, TypeCause } from '../decide';
import type { Situation } from '../situation';
import { text } from '../text';
import type { QuestionId, Reason } from '../types';

interface ReasonRow {
  key: string;
  answers: QuestionId[];
  facts: string[];
}

/** The reason for the route, by the answer that settled it. */
const ROUTE_REASON: Record<RouteCause, ReasonRow> = {
  personal: { key: 'reason.route.personal', answers: ['entity', 'location'], facts: ['W1'] },
  no_mainland_id: {
    key: 'reason.route.no_mainland_id',
    answers: ['entity', 'location', 'business_abroad'],
    facts: ['W1', 'W2'],
  },
  business_abroad: {
    key: 'reason.route.business_abroad',
    answers: ['location', 'business_abroad'],
    facts: ['W3', 'R3'],
  },
  mainland_org: { key: 'reason.route.mainland_org', answers: ['entity', 'location'], facts: ['L1', 'T5'] },
  have_china_entity: {
    key: 'reason.route.have_china_entity',
    answers: ['location', 'china_entity'],
    facts: ['R1', 'L1'],
  },
  setup_can_wait: {
    key: 'reason.route.setup_can_wait',
    answers: ['china_entity', 'timeline'],
    facts: ['R1'],
  },
  setup_too_slow: {
    key: 'reason.route.setup_too_slow',
    answers: ['china_entity', 'timeline'],
    facts: ['R1', 'R3'],
  },
  no_china_entity: {
    key: 'reason.route.no_china_entity',
    answers: ['location', 'china_entity'],
    facts: ['W3', 'R3'],
  },
  own_the_account: {
    key: 'reason.route.own_the_account',
    answers: ['china_entity', 'control'],
    facts: ['R2', 'R3'],
  },
  partner_flexible: {
    key: 'reason.route.partner_flexible',
    answers: ['china_entity', 'control'],
    facts: ['R2', 'L1'],
  },
};

/** The reason for the type, by the answer that settled it. */
const TYPE_REASON: Record<TypeCause, ReasonRow> = {
  personal: { key: 'reason.type.personal', answers: ['entity'], facts: ['W1', 'T2'] },
  team_goals: { key: 'reason.type.team_goals', answers: ['goals'], facts: ['T4', 'T1'] },
  overseas_service: { key: 'reason.type.overseas_service', answers: ['location'], facts: ['W4', 'R3'] },
  service_goals: { key: 'reason.type.service_goals', answers: ['goals'], facts: ['T3', 'T9'] },
  service_payments: { key: 'reason.type.service_payments', answers: ['payments'], facts: ['T9'] },
  mini_program: { key: 'reason.type.mini_program', answers: ['goals'], facts: ['T9', 'V4'] },
  daily: { key: 'reason.type.daily', answers: ['frequency'], facts: ['T6'] },
  reach: { key: 'reason.type.reach', answers: ['reach'], facts: ['T7'] },
  content: { key: 'reason.type.content', answers: ['goals', 'reach'], facts: ['T2', 'T6'] },
};

const takesPayments = (s: Situation) => s.payments !== undefined && s.payments !== 'none';

/** Further reasons, each shown when its condition holds, in this order. */
export const EXTRA_REASONS: readonly (ReasonRow & { when: (s: Situation) => boolean })[] = [
  { key: 'reason.no_goals', answers: ['goals'], facts: ['T2'], when: (s) => s.noGoals },
  {
    key: 'reason.individual_service_goals',
    answers: ['entity', 'goals'],
    facts: ['T3', 'T9'],
    when: (s) => !s.org && (s.goals.includes('services') || s.goals.includes('sell')),
  },
  {
    key: 'reason.individual_team_goals',
    answers: ['entity', 'goals'],
    facts: ['T4'],
    when: (s) => !s.org && (s.goals.includes('internal_team') || s.goals.includes('customer_contact')),
  },
  // Contradictory answers: payments without "sell" still mean taking money.
  {
    key: 'reason.payments_without_sell',
    answers: ['goals', 'payments'],
    facts: ['T9'],
    when: (s) => s.org && takesPayments(s) && !s.goals.includes('sell'),
  },
  {
    key: 'reason.cross_border_local',
    answers: ['payments'],
    facts: ['T9', 'L1'],
    when: (s) => s.org && s.route !== 'overseas_licence' && s.payments === 'cross_border',
  },
  {
    key: 'reason.mini_program',
    answers: ['goals'],
    facts: ['V4', 'L4'],
    when: (s) => s.goals.includes('mini_program') && s.route === 'overseas_licence',
  },
  {
    key: 'reason.mini_program',
    answers: ['goals'],
    facts: ['V4'],
    when: (s) =>
      s.goals.includes('mini_program') && s.route !== 'overseas_licence' && s.route !== 'not_available',
  },
  {
    key: 'reason.customer_contact',
    answers: ['goals'],
    facts: ['T8', 'T4'],
    when: (s) => s.goals.includes('customer_contact') && s.type !== 'wecom' && s.org,
  },
  {
    key: 'reason.government_free',
    answers: ['entity'],
    facts: ['V1'],
    when: (s) => s.government && (s.route === 'local_licence' || s.route === 'china_entity'),
  },
];

export function reasons(s: Situation): Reason[] {
  // Only questions on this person's path: a skipped question has no answer to link back to.
  const reason = (row: ReasonRow): Reason => ({
    text: text(row.key),
    answers: row.answers.filter((id) => id in s.a),
    facts: row.facts,
  });
  const out = [reason(ROUTE_REASON[s.routeCause]), reason(TYPE_REASON[s.typeCause])];
  for (const row of EXTRA_REASONS) if (row.when(s)) out.push(reason(row));
  return out;
}
