/**
 * The two decisions at the heart of the engine, kept apart from the result's presentation so
 * what-ifs, the runner-up and the questionnaire can reuse them: which route, which type.
 */
import {
  becomesSoleTrader,
  goalsOf,
  isAbroad,
  isOrganisation,
  needsService,
  onlyTeamGoals,
  single,
} from './predicates';
import type { AccountType, Answers, Route } from './types';

/** Which route, and which answer settled it (for the reason line and the runner-up). */
export type RouteCause =
  | 'personal'
  | 'sole_trader_willing'
  | 'no_mainland_id'
  | 'business_abroad'
  | 'mainland_org'
  | 'sole_trader_licence'
  | 'have_china_entity'
  | 'rep_office'
  | 'setup_can_wait'
  | 'setup_too_slow'
  | 'no_china_entity'
  | 'own_the_account'
  | 'partner_flexible';

export function decideRoute(a: Answers): { route: Route; cause: RouteCause } {
  // Hong Kong, Macao and Taiwan go the overseas way: no mainland ID (W1), overseas subjects (W6).
  const abroad = isAbroad(a);
  if (!isOrganisation(a)) {
    if (becomesSoleTrader(a)) return { route: 'sole_trader', cause: 'sole_trader_willing' };
    if (!abroad) return { route: 'personal_id', cause: 'personal' };
    return single(a, 'business_abroad') === 'yes'
      ? { route: 'overseas_licence', cause: 'business_abroad' }
      : { route: 'not_available', cause: 'no_mainland_id' };
  }
  if (single(a, 'entity') === 'sole_trader') return { route: 'local_licence', cause: 'sole_trader_licence' };
  if (!abroad) return { route: 'local_licence', cause: 'mainland_org' };
  switch (single(a, 'china_entity')) {
    case 'have':
      return { route: 'china_entity', cause: 'have_china_entity' };
    // O2: it registers and verifies a local account with its registration certificate.
    case 'rep_office':
      return { route: 'china_entity', cause: 'rep_office' };
    case 'willing_to_set_up':
      return single(a, 'timeline') === 'can_wait'
        ? { route: 'china_entity', cause: 'setup_can_wait' }
        : { route: 'overseas_licence', cause: 'setup_too_slow' };
    case 'partner_licence':
      return single(a, 'control') === 'flexible'
        ? { route: 'third_party_licence', cause: 'partner_flexible' }
        : { route: 'overseas_licence', cause: 'own_the_account' };
    default:
      return { route: 'overseas_licence', cause: 'no_china_entity' };
  }
}

export type TypeCause =
  | 'personal'
  | 'team_goals'
  | 'overseas_service'
  | 'service_goals'
  | 'service_payments'
  | 'mini_program'
  | 'daily'
  | 'reach'
  | 'content';

export function decideType(a: Answers, route: Route): { type: AccountType; cause: TypeCause } {
  // An individual can only hold a subscription account (W1), whatever the goals.
  if (route === 'personal_id' || route === 'not_available')
    return { type: 'subscription', cause: 'personal' };
  if (onlyTeamGoals(a)) return { type: 'wecom', cause: 'team_goals' };
  // W4: overseas registration is mostly offered as a service account.
  if (route === 'overseas_licence') return { type: 'service', cause: 'overseas_service' };
  if (needsService(a)) {
    const goals = goalsOf(a);
    const payments = single(a, 'payments');
    let cause: TypeCause = 'mini_program';
    if (goals.includes('services') || goals.includes('sell')) cause = 'service_goals';
    else if (payments !== undefined && payments !== 'none') cause = 'service_payments';
    return { type: 'service', cause };
  }
  if (single(a, 'frequency') === 'daily') return { type: 'subscription', cause: 'daily' };
  if (single(a, 'reach') === 'important') return { type: 'service', cause: 'reach' };
  return { type: 'subscription', cause: 'content' };
}

/**
 * Extra accounts beside the primary one. Only for a subject that can hold them: an organisation,
 * a person registering through a business abroad, or a sole trader (a company-type subject, G1).
 */
export function decideCompanions(a: Answers, route: Route, type: AccountType): AccountType[] {
  if (!isOrganisation(a) && route !== 'overseas_licence' && route !== 'sole_trader') return [];
  if (route === 'not_available') return [];
  const goals = goalsOf(a);
  const out: AccountType[] = [];
  if (type !== 'wecom' && (goals.includes('internal_team') || goals.includes('customer_contact'))) {
    out.push('wecom');
  }
  const frequency = single(a, 'frequency');
  const local = route !== 'overseas_licence';
  // T6: a service account's 4 broadcasts a month cannot carry daily news; a subscription account can.
  if (
    type === 'service' &&
    local &&
    frequency === 'daily' &&
    (goals.includes('publish') || goals.length === 0)
  ) {
    out.push('subscription');
  }
  // Team goals only: WeCom alone serves them (T4), so no Official Account is added beside it.
  return out;
}
