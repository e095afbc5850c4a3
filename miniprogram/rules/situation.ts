/**
 * What every section of the result needs to know about the person, worked out once per
 * evaluation. Sections read only this, never the raw answers' shape.
 */
import { decideCompanions, decideRoute, decideType } from './decide';
import type { RouteCause, TypeCause } from './decide';
import { goalsOf, isOrganisation, single } from './predicates';
import type { AccountType, Answers, Route } from './types';

export interface Situation {
  /** The effective answers (path only, defaults filled in). */
  a: Answers;
  entity: string | undefined;
  /** An organisation for the platform: an individual registering through a business abroad counts. */
  org: boolean;
  /** The registrant answered as an organisation (not as an individual). */
  registersAsOrg: boolean;
  government: boolean;
  overseas: boolean;
  mainlandPhone: string | undefined;
  goals: string[];
  noGoals: boolean;
  payments: string | undefined;
  frequency: string | undefined;
  /** Taking money in WeChat: a payments answer other than none, or selling. */
  wantsPayment: boolean;
  route: Route;
  routeCause: RouteCause;
  type: AccountType;
  typeCause: TypeCause;
  companions: AccountType[];
}

export function situationOf(a: Answers): Situation {
  const { route, cause: routeCause } = decideRoute(a);
  const { type, cause: typeCause } = decideType(a, route);
  const goals = goalsOf(a);
  const payments = single(a, 'payments');
  const registersAsOrg = isOrganisation(a);
  return {
    a,
    entity: single(a, 'entity'),
    org: registersAsOrg || route === 'overseas_licence',
    registersAsOrg,
    government: single(a, 'entity') === 'government',
    overseas: single(a, 'location') === 'overseas',
    mainlandPhone: single(a, 'mainland_phone'),
    goals,
    noGoals: goals.length === 0,
    payments,
    frequency: single(a, 'frequency'),
    wantsPayment: (payments !== undefined && payments !== 'none') || goals.includes('sell'),
    route,
    routeCause,
    type,
    typeCause,
    companions: decideCompanions(a, route, type),
  };
}
