/**
 * Why this route and this type, drawn from the person's own answers and goals: a reason names
 * only what they picked. Each names the questions that caused it, so the page can link it back
 * to the answer, and the facts behind it.
 */
import type { RouteCause, TypeCause } from '../decide';
import type { Situation } from '../situation';
import { text } from '../text';
import type { QuestionId, Reason } from '../types';
import { paysInRmb } from './fees';

interface ReasonRow {
  key: string;
  answers: QuestionId[];
  facts: string[];
}

/** A cause's wording: the first case whose condition holds, otherwise the general one. */
interface Variants {
  cases: readonly (ReasonRow & { when: (s: Situation) => boolean })[];
  otherwise: ReasonRow;
}

/** A cause with one wording. */
const only = (otherwise: ReasonRow): Variants => ({ cases: [], otherwise });

const sells = (s: Situation) => s.goals.includes('sell');
const offersServices = (s: Situation) => s.goals.includes('services');

/** The reason for the route, by the answer that settled it. */
const ROUTE_REASON: Record<RouteCause, Variants> = {
  personal: only({ key: 'reason.route.personal', answers: ['entity', 'location'], facts: ['W1'] }),
  sole_trader_willing: only({
    key: 'reason.route.sole_trader_willing',
    answers: ['entity', 'goals', 'sole_trader'],
    facts: ['S1', 'S2', 'G1'],
  }),
  no_mainland_id: {
    cases: [
      {
        key: 'reason.route.no_mainland_id.hk_mo_tw',
        answers: ['entity', 'location', 'business_abroad'],
        facts: ['W1', 'W2'],
        when: (s) => s.hkMoTw,
      },
    ],
    otherwise: {
      key: 'reason.route.no_mainland_id',
      answers: ['entity', 'location', 'business_abroad'],
      facts: ['W1', 'W2'],
    },
  },
  business_abroad: only({
    key: 'reason.route.business_abroad',
    answers: ['location', 'business_abroad'],
    facts: ['W3', 'R3'],
  }),
  mainland_org: {
    cases: [
      {
        key: 'reason.route.mainland_org.government',
        answers: ['entity', 'location'],
        facts: ['G1', 'L1'],
        when: (s) => s.government,
      },
      {
        key: 'reason.route.mainland_org.organisation',
        answers: ['entity', 'location'],
        facts: ['G1', 'L1'],
        when: (s) => s.entity === 'media' || s.entity === 'other_org',
      },
    ],
    otherwise: { key: 'reason.route.mainland_org', answers: ['entity', 'location'], facts: ['G1', 'L1'] },
  },
  sole_trader_licence: only({
    key: 'reason.route.sole_trader_licence',
    answers: ['entity'],
    facts: ['S1', 'G1'],
  }),
  have_china_entity: only({
    key: 'reason.route.have_china_entity',
    answers: ['location', 'china_entity'],
    facts: ['R1', 'L1'],
  }),
  rep_office: only({
    key: 'reason.route.rep_office',
    answers: ['location', 'china_entity'],
    facts: ['O2', 'O1'],
  }),
  setup_can_wait: only({
    key: 'reason.route.setup_can_wait',
    answers: ['china_entity', 'timeline'],
    facts: ['R1'],
  }),
  setup_too_slow: only({
    key: 'reason.route.setup_too_slow',
    answers: ['china_entity', 'timeline'],
    facts: ['R1', 'R3'],
  }),
  no_china_entity: {
    cases: [
      {
        key: 'reason.route.no_china_entity.hk_mo_tw',
        answers: ['location', 'china_entity'],
        facts: ['W6', 'W3', 'R3'],
        when: (s) => s.hkMoTw,
      },
    ],
    otherwise: {
      key: 'reason.route.no_china_entity',
      answers: ['location', 'china_entity'],
      facts: ['W3', 'R3'],
    },
  },
  own_the_account: only({
    key: 'reason.route.own_the_account',
    answers: ['china_entity', 'control'],
    facts: ['R2', 'R3'],
  }),
  partner_flexible: only({
    key: 'reason.route.partner_flexible',
    answers: ['china_entity', 'control'],
    facts: ['R2', 'C5'],
  }),
};

/** The reason for the type, by the answer that settled it, in the terms of the goals picked. */
const TYPE_REASON: Record<TypeCause, Variants> = {
  personal: only({ key: 'reason.type.personal', answers: ['entity'], facts: ['W1', 'T2'] }),
  team_goals: {
    cases: [
      {
        key: 'reason.type.team_goals.internal_team',
        answers: ['goals'],
        facts: ['T4'],
        when: (s) => !s.goals.includes('customer_contact'),
      },
      {
        key: 'reason.type.team_goals.customer_contact',
        answers: ['goals'],
        facts: ['T4', 'T8'],
        when: (s) => !s.goals.includes('internal_team'),
      },
    ],
    otherwise: { key: 'reason.type.team_goals', answers: ['goals'], facts: ['T4'] },
  },
  overseas_service: {
    cases: [
      {
        key: 'reason.type.overseas_pay',
        answers: ['goals', 'payments'],
        facts: ['L2', 'Y1', 'W4'],
        when: (s) => s.wantsPayment,
      },
      {
        key: 'reason.type.overseas_services',
        answers: ['goals'],
        facts: ['T9', 'W4'],
        when: offersServices,
      },
    ],
    otherwise: { key: 'reason.type.overseas_service', answers: ['location'], facts: ['W4'] },
  },
  service_goals: {
    // A representative office may not sell (O1, O3): the service account serves it for later.
    cases: [
      {
        key: 'reason.type.rep_office_sell',
        answers: ['china_entity', 'goals'],
        facts: ['O3', 'Y1'],
        when: (s) => s.repOffice && sells(s),
      },
      {
        key: 'reason.type.services_sell',
        answers: ['goals'],
        facts: ['T3', 'T9', 'Y1'],
        when: (s) => sells(s) && offersServices(s),
      },
      { key: 'reason.type.sell', answers: ['goals'], facts: ['Y1', 'T9'], when: sells },
    ],
    otherwise: { key: 'reason.type.services', answers: ['goals'], facts: ['T3', 'T9'] },
  },
  service_payments: {
    cases: [
      {
        key: 'reason.type.rep_office_sell',
        answers: ['china_entity', 'payments'],
        facts: ['O3', 'Y1'],
        when: (s) => s.repOffice,
      },
    ],
    otherwise: { key: 'reason.type.service_payments', answers: ['payments'], facts: ['Y1', 'T9'] },
  },
  mini_program: only({ key: 'reason.type.mini_program', answers: ['goals'], facts: ['T9', 'V4'] }),
  daily: only({ key: 'reason.type.daily', answers: ['frequency'], facts: ['T6'] }),
  reach: only({ key: 'reason.type.reach', answers: ['reach'], facts: ['T7'] }),
  content: only({ key: 'reason.type.content', answers: ['goals', 'reach'], facts: ['T2', 'T6'] }),
};

const takesPayments = (s: Situation) => s.payments !== undefined && s.payments !== 'none';

/** Further reasons, each shown when its condition holds, in this order. */
export const EXTRA_REASONS: readonly (ReasonRow & { when: (s: Situation) => boolean })[] = [
  { key: 'reason.no_goals', answers: ['goals'], facts: ['T2'], when: (s) => s.noGoals },
  {
    key: 'reason.individual_service_goals',
    answers: ['entity', 'goals'],
    facts: ['T3', 'T9'],
    when: (s) => !s.org && (sells(s) || offersServices(s)),
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
    facts: ['Y1'],
    when: (s) => s.org && takesPayments(s) && !sells(s),
  },
  {
    key: 'reason.cross_border_local',
    answers: ['payments'],
    facts: ['Y1', 'L1'],
    when: (s) => paysInRmb(s) && s.payments === 'cross_border',
  },
  // C5: the consultant's way round a slow company set-up.
  {
    key: 'reason.partner_bridge',
    answers: ['china_entity', 'timeline'],
    facts: ['C5', 'C2b', 'R2'],
    when: (s) => s.routeCause === 'setup_too_slow' && s.type !== 'wecom',
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
    facts: ['V1', 'G2'],
    when: (s) => s.government && s.mainlandRoute && s.type !== 'wecom',
  },
];

export function reasons(s: Situation): Reason[] {
  // Only questions on this person's path: a skipped question has no answer to link back to.
  const reason = (row: ReasonRow): Reason => ({
    text: text(row.key),
    answers: row.answers.filter((id) => id in s.a),
    facts: row.facts,
  });
  const first = (variants: Variants): ReasonRow => {
    for (const row of variants.cases) if (row.when(s)) return row;
    return variants.otherwise;
  };
  const out = [reason(first(ROUTE_REASON[s.routeCause]))];
  // No route, no account: what type it would have been is beside the point.
  if (s.route !== 'not_available') out.push(reason(first(TYPE_REASON[s.typeCause])));
  for (const row of EXTRA_REASONS) if (row.when(s)) out.push(reason(row));
  return out;
}
