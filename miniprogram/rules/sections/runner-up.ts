/**
 * The runner-up and why it lost, chosen only among routes this person can actually take and
 * told in their terms: no "your China company" to a firm without one, no organisation's licence
 * to a blogger. Where the route was the decision, the runner-up is another route; where the
 * route was settled (an organisation or sole trader at home), it is the other type. Nobody
 * without a route gets one: `instead` says what they can do.
 */
import { decideType, type RouteCause, type TypeCause } from '../decide';
import type { Situation } from '../situation';
import { text } from '../text';
import type { AccountType, Route, RunnerUp } from '../types';

const trades = (s: Situation) => s.goals.includes('sell') || s.goals.includes('services');

interface RunnerRow {
  /**
   * The runner-up's type; 'decide': the type the rules would pick for this person on that route;
   * or worked out from the situation.
   */
  type: AccountType | 'decide' | ((s: Situation) => AccountType);
  key: string;
  /** The wording instead when the person wants to take payments (that is then why it lost). */
  payKey?: string;
  /** The wording instead when the person wants to sell or offer services. */
  tradeKey?: string;
  facts: string[];
}

/** By the answer that settled the route; null where only the type was open, or no route exists. */
const BY_ROUTE_CAUSE: Record<RouteCause, (RunnerRow & { route: Route }) | null> = {
  no_mainland_id: null,
  mainland_org: null,
  sole_trader_licence: null,
  // A blogger's alternative is the sole-trader route (S1, S2), never an organisation's licence.
  personal: {
    route: 'sole_trader',
    // Trading needs the service account (S1); for publishing alone, the same subscription account.
    type: (s) => (trades(s) ? 'service' : 'subscription'),
    key: 'runner.personal',
    tradeKey: 'runner.personal.trade',
    facts: ['S1', 'S2', 'V1', 'T10'],
  },
  sole_trader_willing: {
    route: 'personal_id',
    type: 'subscription',
    key: 'runner.sole_trader_willing',
    facts: ['T9', 'T3'],
  },
  business_abroad: {
    route: 'third_party_licence',
    type: 'decide',
    key: 'runner.business_abroad',
    facts: ['R2', 'L1'],
  },
  no_china_entity: {
    route: 'china_entity',
    type: 'decide',
    key: 'runner.no_china_entity',
    payKey: 'runner.no_china_entity.pay',
    facts: ['R1', 'L1', 'Y1'],
  },
  setup_too_slow: {
    route: 'china_entity',
    type: 'decide',
    key: 'runner.setup_too_slow',
    facts: ['R1'],
  },
  own_the_account: {
    route: 'third_party_licence',
    type: 'decide',
    key: 'runner.own_the_account',
    facts: ['R2'],
  },
  partner_flexible: {
    route: 'overseas_licence',
    type: 'decide',
    key: 'runner.partner_flexible',
    payKey: 'runner.partner_flexible.pay',
    facts: ['R3', 'L1', 'L2'],
  },
  have_china_entity: {
    route: 'overseas_licence',
    type: 'decide',
    key: 'runner.have_china_entity',
    facts: ['L1', 'R3', 'C2b'],
  },
  rep_office: {
    route: 'overseas_licence',
    type: 'decide',
    key: 'runner.rep_office',
    payKey: 'runner.rep_office.pay',
    facts: ['R3', 'C2b', 'L2', 'O3'],
  },
  setup_can_wait: {
    route: 'overseas_licence',
    type: 'decide',
    key: 'runner.setup_can_wait',
    facts: ['R3', 'C2b'],
  },
};

/** On the person's own route: the other type, by the answer that settled the type. */
const CONTENT: RunnerRow = { type: 'service', key: 'runner.type.content', facts: ['T6', 'T7'] };
const NEEDS_SERVICE: RunnerRow = {
  type: 'subscription',
  key: 'runner.type.needs_service',
  facts: ['T3', 'T9', 'Y1'],
};
const BY_TYPE_CAUSE: Partial<Record<TypeCause, RunnerRow>> = {
  team_goals: { type: 'service', key: 'runner.type.team_goals', facts: ['T4'] },
  service_goals: NEEDS_SERVICE,
  service_payments: NEEDS_SERVICE,
  mini_program: { type: 'subscription', key: 'runner.type.mini_program', facts: ['T9', 'V4'] },
  reach: { type: 'subscription', key: 'runner.type.reach', facts: ['T7'] },
  daily: { type: 'service', key: 'runner.type.daily', facts: ['T6'] },
  content: CONTENT,
};

function wording(r: RunnerRow, s: Situation): string {
  if (r.payKey && s.wantsPayment) return r.payKey;
  if (r.tradeKey && trades(s)) return r.tradeKey;
  return r.key;
}

function typeOf(r: RunnerRow, s: Situation, route: Route): AccountType {
  if (r.type === 'decide') return decideType(s.a, route).type;
  return typeof r.type === 'function' ? r.type(s) : r.type;
}

export function runnerUp(s: Situation): RunnerUp | null {
  if (s.route === 'not_available') return null;
  const byRoute = BY_ROUTE_CAUSE[s.routeCause];
  const route = byRoute ? byRoute.route : s.route;
  const r = byRoute ?? BY_TYPE_CAUSE[s.typeCause] ?? CONTENT;
  return {
    type: typeOf(r, s, route),
    route,
    whyLost: text(wording(r, s)),
    facts: r.facts,
  };
}
