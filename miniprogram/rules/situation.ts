/**
 * What every section of the result needs to know about the person, worked out once per
 * evaluation. Sections read only this, never the raw answers' shape.
 */
import { decideCompanions, decideRoute, decideType } from './decide';
import type { RouteCause, TypeCause } from './decide';
import { goalsOf, isAbroad, isOrganisation, single } from './predicates';
import type { AccountType, Answers, Route } from './types';

export interface Situation {
  /** The effective answers (path only, defaults filled in). */
  a: Answers;
  entity: string | undefined;
  /**
   * An organisation for the platform: an individual registering through a business abroad, or
   * as a sole trader (a company-type subject, G1), counts.
   */
  org: boolean;
  /** The registrant answered as an organisation (not as an individual). */
  registersAsOrg: boolean;
  government: boolean;
  /** The location answer (absent for a sole trader, who is mainland by definition). */
  location: string | undefined;
  /** Registers from outside the mainland: overseas, or Hong Kong, Macao, Taiwan (W1, W6). */
  overseas: boolean;
  /** From Hong Kong, Macao or Taiwan (W6). */
  hkMoTw: boolean;
  /** Registers as a sole trader (个体工商户): already one, or becoming one for this (S1). */
  soleTrader: boolean;
  /** The foreign firm's only presence in China is a representative office (O1-O3). */
  repOffice: boolean;
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
  /** An Official Account is recommended: the type, or a companion, is subscription or service. */
  hasOa: boolean;
  /** The account is registered with a mainland subject (everything but overseas and no route). */
  mainlandRoute: boolean;
}

export function situationOf(a: Answers): Situation {
  const { route, cause: routeCause } = decideRoute(a);
  const { type, cause: typeCause } = decideType(a, route);
  const goals = goalsOf(a);
  const payments = single(a, 'payments');
  const registersAsOrg = isOrganisation(a);
  const companions = decideCompanions(a, route, type);
  const location = single(a, 'location');
  return {
    a,
    entity: single(a, 'entity'),
    org: registersAsOrg || route === 'overseas_licence' || route === 'sole_trader',
    registersAsOrg,
    government: single(a, 'entity') === 'government',
    location,
    overseas: isAbroad(a),
    hkMoTw: location === 'hk_mo_tw',
    soleTrader: single(a, 'entity') === 'sole_trader' || route === 'sole_trader',
    repOffice: routeCause === 'rep_office',
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
    companions,
    hasOa: type !== 'wecom' || companions.some((c) => c !== 'wecom'),
    mainlandRoute: route !== 'overseas_licence' && route !== 'not_available',
  };
}
