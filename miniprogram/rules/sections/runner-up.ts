/**
 * The runner-up and why it lost. Where the route was the decision, the runner-up is the other
 * route; where the route was settled (a mainland organisation), it is the other type.
 */
import { decideType, type RouteCause, type TypeCause } from '../decide';
import type { Situation } from '../situation';
import { text } from '../text';
import type { AccountType, Route, RunnerUp } from '../types';

interface RunnerRow {
  /** The runner-up's type; 'decide': the type the rules would pick for this person on that route. */
  type: AccountType | 'decide';
  key: string;
  /** The wording instead when the person wants to take payments (that is then why it lost). */
  payKey?: string;
  facts: string[];
}

/** By the answer that settled the route; null where only the type was open. */
const BY_ROUTE_CAUSE: Record<RouteCause, (RunnerRow & { route: Route }) | null> = {
  no_mainland_id: {
    route: 'overseas_licence',
    type: 'service',
    key: 'runner.no_mainland_id',
    facts: ['W3', 'W2'],
  },
  business_abroad: {
    route: 'personal_id',
    type: 'subscription',
    key: 'runner.business_abroad',
    facts: ['W1', 'W2'],
  },
  personal: { route: 'local_licence', type: 'service', key: 'runner.personal', facts: ['T3', 'W1'] },
  no_china_entity: {
    route: 'china_entity',
    type: 'decide',
    key: 'runner.no_china_entity',
    payKey: 'runner.no_china_entity.pay',
    facts: ['R1', 'L1'],
  },
  setup_too_slow: { route: 'china_entity', type: 'decide', key: 'runner.setup_too_slow', facts: ['R1'] },
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
  setup_can_wait: {
    route: 'overseas_licence',
    type: 'decide',
    key: 'runner.setup_can_wait',
    facts: ['R3', 'C2b'],
  },
  mainland_org: null,
};

/** On the person's own route: the other type, by the answer that settled the type. */
const CONTENT: RunnerRow = { type: 'service', key: 'runner.type.content', facts: ['T7', 'V1'] };
const NEEDS_SERVICE: RunnerRow = {
  type: 'subscription',
  key: 'runner.type.needs_service',
  facts: ['T3', 'T9'],
};
const BY_TYPE_CAUSE: Partial<Record<TypeCause, RunnerRow>> = {
  team_goals: { type: 'service', key: 'runner.type.team_goals', facts: ['T4', 'T3'] },
  service_goals: NEEDS_SERVICE,
  service_payments: NEEDS_SERVICE,
  mini_program: { type: 'subscription', key: 'runner.type.mini_program', facts: ['V4', 'T9'] },
  reach: { type: 'subscription', key: 'runner.type.reach', facts: ['T7'] },
  daily: { type: 'service', key: 'runner.type.daily', facts: ['T6'] },
  content: CONTENT,
};

export function runnerUp(s: Situation): RunnerUp {
  const byRoute = BY_ROUTE_CAUSE[s.routeCause];
  const route = byRoute ? byRoute.route : s.route;
  const r = byRoute ?? BY_TYPE_CAUSE[s.typeCause] ?? CONTENT;
  return {
    type: r.type === 'decide' ? decideType(s.a, route).type : r.type,
    route,
    whyLost: text(r.payKey && s.wantsPayment ? r.payKey : r.key),
    facts: r.facts,
  };
}
