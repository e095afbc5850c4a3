/**
 * answers -> Recommendation. Pure and deterministic: no wx, no clock, no randomness, so a
 * shared link rebuilds exactly the result its sender saw. Never throws on bad input: it
 * validates first and returns a typed error instead.
 */
import { decideCompanions, decideRoute, decideType } from './decide';
import type { RouteCause, TypeCause } from './decide';
import { FACTS, FACT_IDS, OFFICIAL_LINKS } from './knowledge';
import { goalsOf, isOrganisation, single } from './predicates';
import { effectiveAnswers, validateAnswers } from './questions';
import type {
  AccountType,
  Answers,
  ChecklistItem,
  Companion,
  Conflict,
  Evaluation,
  Fee,
  FeatureRow,
  Reason,
  Recommendation,
  Route,
  RunnerUp,
  Text,
  Warning,
} from './types';
import { KNOWLEDGE_VERSION, REVIEWED } from './version';

/** Texts without params are shared between results (results are read-only data): less garbage per call. */
const TEXTS: Record<string, Text> = {};
const text = (key: string): Text => TEXTS[key] || (TEXTS[key] = { key });

/** What every part of the result needs to know, computed once. */
interface Situation {
  a: Answers;
  org: boolean;
  government: boolean;
  overseas: boolean;
  goals: string[];
  noGoals: boolean;
  payments: string | undefined;
  frequency: string | undefined;
  route: Route;
  routeCause: RouteCause;
  type: AccountType;
  typeCause: TypeCause;
  companions: AccountType[];
}

const LOCAL_ROUTES: readonly Route[] = ['local_licence', 'china_entity', 'third_party_licence'];

export function situationOf(a: Answers): Situation {
  const { route, cause: routeCause } = decideRoute(a);
  const { type, cause: typeCause } = decideType(a, route);
  const goals = goalsOf(a);
  return {
    a,
    // Someone registering through their business abroad is, for the platform, an organisation.
    org: isOrganisation(a) || route === 'overseas_licence',
    government: single(a, 'entity') === 'government',
    overseas: single(a, 'location') === 'overseas',
    goals,
    noGoals: goals.length === 0,
    payments: single(a, 'payments'),
    frequency: single(a, 'frequency'),
    route,
    routeCause,
    type,
    typeCause,
    companions: decideCompanions(a, route, type),
  };
}

const wantsPayment = (s: Situation) =>
  (s.payments !== undefined && s.payments !== 'none') || s.goals.includes('sell');

// ---------------------------------------------------------------- reasons

const ROUTE_REASON: Record<RouteCause, { key: string; answers: string[]; facts: string[] }> = {
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

const TYPE_REASON: Record<TypeCause, { key: string; answers: string[]; facts: string[] }> = {
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

function reasons(s: Situation): Reason[] {
  const out: Reason[] = [];
  const add = (key: string, answers: string[], facts: string[]) =>
    out.push({ text: text(key), answers: answers.filter((id) => id in s.a), facts });
  const r = ROUTE_REASON[s.routeCause];
  add(r.key, r.answers, r.facts);
  const t = TYPE_REASON[s.typeCause];
  add(t.key, t.answers, t.facts);
  if (s.noGoals) add('reason.no_goals', ['goals'], ['T2']);
  if (!s.org) {
    if (s.goals.includes('services') || s.goals.includes('sell')) {
      add('reason.individual_service_goals', ['entity', 'goals'], ['T3', 'T9']);
    }
    if (s.goals.includes('internal_team') || s.goals.includes('customer_contact')) {
      add('reason.individual_team_goals', ['entity', 'goals'], ['T4']);
    }
  }
  // Contradictory answers: payments without "sell" still mean taking money.
  if (s.org && s.payments !== undefined && s.payments !== 'none' && !s.goals.includes('sell')) {
    add('reason.payments_without_sell', ['goals', 'payments'], ['T9']);
  }
  if (s.org && s.route !== 'overseas_licence' && s.payments === 'cross_border') {
    add('reason.cross_border_local', ['payments'], ['T9', 'L1']);
  }
  if (s.goals.includes('mini_program') && s.route !== 'not_available') {
    add('reason.mini_program', ['goals'], s.route === 'overseas_licence' ? ['V4', 'L4'] : ['V4']);
  }
  if (s.goals.includes('customer_contact') && s.type !== 'wecom' && s.org) {
    add('reason.customer_contact', ['goals'], ['T8', 'T4']);
  }
  if (s.government && LOCAL_ROUTES.includes(s.route) && s.route !== 'third_party_licence') {
    add('reason.government_free', ['entity'], ['V1']);
  }
  return out;
}

// ---------------------------------------------------------------- warnings

function warnings(s: Situation): Warning[] {
  const out: Warning[] = [];
  const add = (id: string, severity: Warning['severity'], key: string, facts: string[]) =>
    out.push({ id, severity, text: text(key), facts });
  const overseasAccount = s.route === 'overseas_licence';

  add(
    'type_permanent',
    'critical',
    overseasAccount ? 'warning.type_permanent.overseas' : 'warning.type_permanent',
    overseasAccount ? ['C1', 'C2', 'C2b', 'C3', 'C4'] : ['C1', 'C2', 'C3', 'C4'],
  );
  if (s.route === 'not_available') {
    add('personal_needs_mainland_id', 'critical', 'warning.personal_needs_mainland_id', ['W1', 'W2']);
  }
  if (s.route === 'personal_id' && single(s.a, 'mainland_phone') === 'no') {
    add('personal_needs_mainland_phone', 'critical', 'warning.personal_needs_mainland_phone', ['W1']);
  }
  if (!s.org && (s.goals.includes('services') || s.goals.includes('sell'))) {
    add('service_needs_organisation', 'critical', 'warning.service_needs_organisation', ['T3']);
  }
  if (s.route === 'personal_id') {
    const needsInterfaces =
      s.goals.includes('services') || s.goals.includes('sell') || s.goals.includes('mini_program');
    add(
      'personal_cannot_verify',
      needsInterfaces ? 'critical' : 'caution',
      'warning.personal_cannot_verify',
      ['T9'],
    );
  }
  if (s.route === 'third_party_licence') {
    add('third_party_ownership', 'critical', 'warning.third_party_ownership', ['R2']);
    add('overseas_no_migration', 'critical', 'warning.overseas_no_migration.third_party', [
      'R2',
      'C2',
      'C2b',
    ]);
    add('licence_account_limit', 'caution', 'warning.licence_account_limit', ['R2']);
  }
  if (overseasAccount) {
    add('overseas_no_migration', 'critical', 'warning.overseas_no_migration', ['C2b', 'R3']);
    if (wantsPayment(s) || s.goals.includes('services')) {
      const rmb = s.payments === 'rmb_domestic';
      add(
        'wechat_pay_limited_overseas',
        rmb ? 'critical' : 'caution',
        rmb ? 'warning.wechat_pay_limited_overseas.rmb' : 'warning.wechat_pay_limited_overseas',
        ['L2', 'L3'],
      );
    }
    if (single(s.a, 'location') === 'overseas' && isOrganisation(s.a)) {
      add('hk_mo_tw_overseas', 'caution', 'warning.hk_mo_tw_overseas', ['W6']);
    }
    if (['media', 'government', 'other_org'].includes(single(s.a, 'entity') ?? '')) {
      add('overseas_eligibility', 'caution', 'warning.overseas_eligibility', ['W3', 'W5']);
    }
  }
  if (s.route === 'china_entity' && s.routeCause === 'setup_can_wait') {
    add('setup_takes_months', 'critical', 'warning.setup_takes_months', ['R1']);
  }
  if (s.routeCause === 'setup_too_slow') {
    add('setup_takes_months', 'caution', 'warning.setup_takes_months.later', ['R1', 'C2b']);
  }
  if (s.route === 'china_entity') {
    add('china_admin_needs_id', 'caution', 'warning.china_admin_needs_id', ['R1']);
  }
  if (!s.org && (s.goals.includes('internal_team') || s.goals.includes('customer_contact'))) {
    add('wecom_organisations_only', 'caution', 'warning.wecom_organisations_only', ['T4']);
  }
  const hasSubscription = s.type === 'subscription' || s.companions.includes('subscription');
  if (hasSubscription && s.route !== 'not_available') {
    add('subscription_folded', 'caution', 'warning.subscription_folded', ['T7', 'P1', 'P2']);
  }
  const hasService = s.type === 'service' || s.companions.includes('service');
  if (hasService && s.frequency !== 'monthly') {
    const key =
      s.frequency === 'daily'
        ? s.companions.includes('subscription')
          ? 'warning.service_broadcast_limit.companion'
          : 'warning.service_broadcast_limit.daily'
        : 'warning.service_broadcast_limit';
    add('service_broadcast_limit', 'caution', key, ['T6']);
  }
  if (s.type === 'service' && s.typeCause === 'reach') {
    add('service_folder_testing', 'caution', 'warning.service_folder_testing', ['T7']);
  }
  if (
    s.org &&
    (s.route === 'local_licence' || s.route === 'china_entity') &&
    !s.government &&
    s.type !== 'wecom'
  ) {
    add('verification_not_refunded', 'caution', 'warning.verification_not_refunded', ['V1']);
  }
  if (s.goals.includes('customer_contact') && (s.type === 'wecom' || s.companions.includes('wecom'))) {
    add('wecom_contact_tiers', 'caution', 'warning.wecom_contact_tiers', ['E2']);
  }
  // Stable order: critical first, then as added.
  return out.filter((w) => w.severity === 'critical').concat(out.filter((w) => w.severity !== 'critical'));
}

// ---------------------------------------------------------------- fees, timeline

function fees(s: Situation): Fee[] {
  const out: Fee[] = [];
  const add = (id: string, key: string, facts: string[]) => out.push({ id, text: text(key), facts });
  if (s.route === 'not_available') {
    add('alternative_overseas', 'fee.alternative_overseas', ['V2', 'W3']);
    return out;
  }
  add('registration', 'fee.registration_free', ['T5']);
  const wecomPrimary = s.type === 'wecom';
  switch (s.route) {
    case 'personal_id':
      add('verification', 'fee.personal_no_verification', ['T9']);
      break;
    case 'overseas_licence':
      if (!wecomPrimary) add('verification', 'fee.verification_overseas', ['V2']);
      break;
    case 'third_party_licence':
      if (!wecomPrimary) add('verification', 'fee.verification_partner', ['V1', 'R2']);
      break;
    default:
      if (!wecomPrimary) {
        if (s.government) add('verification', 'fee.verification_free_government', ['V1']);
        else add('verification', 'fee.verification_mainland', ['V1']);
      }
  }
  if (wecomPrimary || s.companions.includes('wecom')) {
    if (s.route === 'overseas_licence') add('wecom_verification', 'fee.wecom_overseas', ['E1']);
    else add('wecom_verification', 'fee.wecom_local', ['T4', 'T5']);
  }
  if (s.goals.includes('customer_contact') && (wecomPrimary || s.companions.includes('wecom'))) {
    add('wecom_contacts', 'fee.wecom_contacts', ['E2']);
  }
  if (s.route === 'overseas_licence' && wantsPayment(s)) add('acquirer', 'fee.acquirer', ['L2', 'L3']);
  if (s.route === 'china_entity' && s.routeCause === 'setup_can_wait')
    add('setup', 'fee.setup_company', ['R1']);
  if (s.route !== 'overseas_licence' && !wecomPrimary) add('migration', 'fee.migration', ['C2']);
  return out;
}

function timeline(s: Situation): Text & { facts: string[] } {
  if (s.route === 'not_available') return { key: 'timeline.not_available', facts: ['W2'] };
  if (s.type === 'wecom') return { key: 'timeline.wecom', facts: ['T4'] };
  if (s.route === 'personal_id') return { key: 'timeline.personal', facts: ['T5', 'T9'] };
  if (s.routeCause === 'setup_can_wait') return { key: 'timeline.setup', facts: ['R1', 'V3'] };
  if (s.route === 'overseas_licence') return { key: 'timeline.overseas', facts: ['V3', 'V2'] };
  if (s.route === 'third_party_licence') return { key: 'timeline.third_party', facts: ['V3', 'R2'] };
  return { key: 'timeline.local', facts: ['V3', 'T5'] };
}

// ---------------------------------------------------------------- documents, steps

function item(id: string, key: string, facts: string[], url?: string): ChecklistItem {
  return url ? { id, text: text(key), facts, url } : { id, text: text(key), facts };
}

function documents(s: Situation): ChecklistItem[] {
  const name = item('account_name', 'doc.account_name', ['N1']);
  switch (s.route) {
    case 'personal_id':
      return [
        item('mainland_id', 'doc.mainland_id', ['W1']),
        item('mainland_phone', 'doc.mainland_phone', ['W1']),
        name,
      ];
    case 'overseas_licence':
      return [
        item('application_letter', 'doc.application_letter', ['W5']),
        item('company_certificate', 'doc.company_certificate', ['W5', 'W3']),
        item('contact_id', 'doc.contact_id', ['W5']),
        item('address_proof', 'doc.address_proof', ['W5']),
        item('company_bank', 'doc.company_bank', ['W5']),
        name,
      ];
    case 'third_party_licence':
      return [
        item('partner_licence', 'doc.partner_licence', ['R2']),
        item('partner_agreement', 'doc.partner_agreement', ['R2', 'C2']),
        name,
      ];
    case 'china_entity':
      return [
        item('china_licence', 'doc.china_licence', ['R1']),
        item('china_admin', 'doc.china_admin', ['R1']),
        item('identity_transfer', 'doc.identity_transfer', ['T5']),
        name,
      ];
    case 'local_licence':
      return [
        item('org_licence', s.government ? 'doc.org_licence.government' : 'doc.org_licence', ['T5', 'R2']),
        item('identity_transfer', 'doc.identity_transfer', ['T5']),
        name,
      ];
    default:
      return [];
  }
}

function steps(s: Situation): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  const add = (id: string, key: string, facts: string[], url?: string) => out.push(item(id, key, facts, url));
  const wecomPrimary = s.type === 'wecom';
  switch (s.route) {
    case 'not_available':
      add('business_abroad', 'step.na.business_abroad', ['W3'], OFFICIAL_LINKS.overseas);
      add('partner', 'step.na.partner', ['R2']);
      add('check', 'step.na.check', ['W2'], OFFICIAL_LINKS.kf);
      return out;
    case 'personal_id':
      if (single(s.a, 'mainland_phone') === 'no') add('phone', 'step.personal.phone', ['W1']);
      add('register', 'step.personal.register', ['W1', 'C4'], OFFICIAL_LINKS.mp);
      add('name', 'step.name', ['N1']);
      add('publish', 'step.personal.publish', ['T6']);
      return out;
    case 'overseas_licence':
      if (wecomPrimary) {
        add('wecom', 'step.wecom.register', ['T4'], OFFICIAL_LINKS.wecom);
        add('wecom_verify', 'step.wecom.verify_overseas', ['E1']);
        break;
      }
      add('documents', 'step.overseas.documents', ['W5']);
      add('faq', 'step.overseas.faq', ['W4'], OFFICIAL_LINKS.kf);
      add('register', 'step.overseas.register', ['W3', 'C4'], OFFICIAL_LINKS.overseas);
      add('name', 'step.name', ['N1']);
      add('verify', 'step.overseas.verify', ['V2', 'V3']);
      if (wantsPayment(s)) add('payments', 'step.overseas.payments', ['L2', 'L3']);
      if (s.goals.includes('mini_program')) add('mini_program', 'step.mini_program.overseas', ['V4', 'L4']);
      break;
    case 'third_party_licence':
      add('agreement', 'step.third.agreement', ['R2', 'C2b']);
      if (wecomPrimary) {
        add('wecom', 'step.wecom.register_partner', ['T4', 'R2'], OFFICIAL_LINKS.wecom);
        break;
      }
      add('register', 'step.third.register', ['R2', 'C4'], OFFICIAL_LINKS.mp);
      add('name', 'step.name', ['N1']);
      add('verify', 'step.third.verify', ['V1', 'V3']);
      break;
    default:
      if (s.routeCause === 'setup_can_wait') add('setup', 'step.china.setup', ['R1']);
      if (s.route === 'china_entity') add('admin', 'step.china.admin', ['R1']);
      if (wecomPrimary) {
        add('wecom', 'step.wecom.register', ['T4'], OFFICIAL_LINKS.wecom);
        break;
      }
      add('register', 'step.local.register', ['T1', 'C4'], OFFICIAL_LINKS.mp);
      add('name', 'step.name', ['N1']);
      add('identity', 'step.local.identity', ['T5']);
      add('verify', s.government ? 'step.local.verify_government' : 'step.local.verify', ['V1', 'V3']);
      if (s.goals.includes('mini_program')) add('mini_program', 'step.mini_program', ['V4']);
  }
  if (s.type === 'service' && (wantsPayment(s) || s.goals.includes('services'))) {
    add('interfaces', 'step.interfaces', ['T9'], OFFICIAL_LINKS.community);
  }
  if (s.companions.includes('subscription'))
    add('companion_subscription', 'step.companion_subscription', ['T6', 'R2'], OFFICIAL_LINKS.mp);
  if (s.companions.includes('service'))
    add(
      'companion_service',
      'step.companion_service',
      ['T6'],
      s.route === 'overseas_licence' ? OFFICIAL_LINKS.overseas : OFFICIAL_LINKS.mp,
    );
  if (s.companions.includes('wecom'))
    add('companion_wecom', 'step.companion_wecom', ['T4'], OFFICIAL_LINKS.wecom);
  return out;
}

// ---------------------------------------------------------------- features

type Region = 'local' | 'overseas';

interface Cell {
  value: FeatureRow['value'];
  key: string;
  facts: string[];
}

export const FEATURE_IDS = [
  'broadcasts',
  'folding',
  'core',
  'cs_replies',
  'interfaces',
  'wechat_pay',
  'mini_programs',
  'verification',
  'type_change',
  'migration',
  'ownership',
  'team_chat',
  'customer_contact',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

const NOT_AN_OA: Cell = { value: 'no', key: 'feature.na.wecom', facts: ['T4'] };

/**
 * One cell of the feature table for an account of this type, region and holder. The compare
 * page uses the same cells, so the result and the comparison cannot disagree.
 */
export function featureCell(
  id: FeatureId,
  type: AccountType,
  region: Region,
  holder: 'own' | 'personal' | 'partner' = 'own',
): Cell {
  const wecom = type === 'wecom';
  const overseas = region === 'overseas';
  switch (id) {
    case 'team_chat':
      return wecom
        ? { value: 'yes', key: 'feature.team_chat.wecom', facts: ['T4'] }
        : { value: 'no', key: 'feature.team_chat.oa', facts: ['T4'] };
    case 'customer_contact':
      return wecom
        ? { value: 'yes', key: 'feature.customer_contact.wecom', facts: ['T4', 'E2'] }
        : { value: 'limited', key: 'feature.customer_contact.oa', facts: ['T8'] };
    case 'verification':
      if (wecom) return { value: 'yes', key: 'feature.verification.wecom', facts: ['E1'] };
      if (holder === 'personal') return { value: 'no', key: 'feature.verification.personal', facts: ['T9'] };
      return overseas
        ? { value: 'yes', key: 'feature.verification.overseas', facts: ['V2'] }
        : { value: 'yes', key: 'feature.verification.local', facts: ['V1'] };
    case 'ownership':
      if (holder === 'partner') return { value: 'no', key: 'feature.ownership.partner', facts: ['R2'] };
      return { value: 'yes', key: 'feature.ownership.own', facts: ['R2'] };
    default:
  }
  if (wecom) return NOT_AN_OA;
  const sub = type === 'subscription';
  if (sub && overseas && id !== 'type_change' && id !== 'migration') {
    // W4: whether overseas subscription accounts exist at all is disputed.
    return { value: 'conflict', key: 'feature.overseas_subscription', facts: ['W4'] };
  }
  switch (id) {
    case 'broadcasts':
      return sub
        ? { value: 'yes', key: 'feature.broadcasts.subscription', facts: ['T6'] }
        : { value: 'limited', key: 'feature.broadcasts.service', facts: ['T6'] };
    case 'folding':
      return sub
        ? { value: 'limited', key: 'feature.folding.subscription', facts: ['T7', 'P1', 'P2'] }
        : { value: 'yes', key: 'feature.folding.service', facts: ['T7'] };
    case 'core':
      return { value: 'yes', key: overseas ? 'feature.core.overseas' : 'feature.core.local', facts: ['L1'] };
    case 'cs_replies':
      return { value: 'yes', key: 'feature.cs_replies.oa', facts: ['T8'] };
    case 'interfaces':
      if (holder === 'personal') return { value: 'no', key: 'feature.interfaces.personal', facts: ['T9'] };
      if (sub) return { value: 'limited', key: 'feature.interfaces.subscription', facts: ['T9'] };
      return overseas
        ? { value: 'limited', key: 'feature.interfaces.overseas', facts: ['T9', 'L1'] }
        : { value: 'yes', key: 'feature.interfaces.service', facts: ['T9'] };
    case 'wechat_pay':
      if (sub) return { value: 'no', key: 'feature.wechat_pay.subscription', facts: ['T9'] };
      if (overseas) return { value: 'conflict', key: 'feature.wechat_pay.overseas', facts: ['L2', 'L3'] };
      if (holder === 'partner')
        return { value: 'limited', key: 'feature.wechat_pay.partner', facts: ['T9', 'R2'] };
      return { value: 'yes', key: 'feature.wechat_pay.local', facts: ['T9'] };
    case 'mini_programs':
      if (holder === 'personal')
        return { value: 'limited', key: 'feature.mini_programs.personal', facts: ['V4', 'T9'] };
      return overseas
        ? { value: 'yes', key: 'feature.mini_programs.overseas', facts: ['V4', 'L4'] }
        : { value: 'yes', key: 'feature.mini_programs.local', facts: ['V4'] };
    case 'type_change':
      return { value: 'no', key: 'feature.type_change.oa', facts: ['C1', 'C3'] };
    case 'migration':
      if (overseas) return { value: 'no', key: 'feature.migration.overseas', facts: ['C2b'] };
      if (holder === 'partner')
        return { value: 'limited', key: 'feature.migration.partner', facts: ['R2', 'C2', 'C2b'] };
      return { value: 'limited', key: 'feature.migration.local', facts: ['C2'] };
    default:
      return NOT_AN_OA;
  }
}

/**
 * Feature rows depend only on (type, region, holder): built once per combination and shared.
 * Results are read-only data (setData and share links copy them).
 */
const FEATURE_CACHE: Record<string, FeatureRow[]> = {};

function features(s: Situation): FeatureRow[] {
  // With no route of their own, show what the way in they do have (a business abroad) would give.
  const type: AccountType = s.route === 'not_available' ? 'service' : s.type;
  const region: Region = s.route === 'overseas_licence' || s.route === 'not_available' ? 'overseas' : 'local';
  const holder =
    s.route === 'personal_id' ? 'personal' : s.route === 'third_party_licence' ? 'partner' : 'own';
  const cacheKey = `${type}|${region}|${holder}`;
  let rows = FEATURE_CACHE[cacheKey];
  if (!rows) {
    rows = FEATURE_IDS.map((id) => {
      const cell = featureCell(id, type, region, holder);
      return {
        id,
        label: text(`feature.${id}`),
        value: cell.value,
        detail: text(cell.key),
        facts: cell.facts,
      };
    });
    FEATURE_CACHE[cacheKey] = rows;
  }
  return rows.slice();
}

// ---------------------------------------------------------------- companions, runner-up

function companions(s: Situation): Companion[] {
  return s.companions.map((type) => {
    if (type === 'wecom') {
      return {
        type,
        text: text('companion.wecom'),
        facts: s.route === 'overseas_licence' ? ['T4', 'E1'] : ['T4'],
      };
    }
    if (type === 'subscription') return { type, text: text('companion.subscription'), facts: ['T6', 'R2'] };
    return { type, text: text('companion.service'), facts: ['T6', 'T3'] };
  });
}

function runnerUp(s: Situation): RunnerUp | null {
  const alt = (route: Route, key: string, facts: string[]): RunnerUp => ({
    type: decideType(s.a, route).type,
    route,
    whyLost: text(key),
    facts,
  });
  switch (s.routeCause) {
    case 'no_mainland_id':
      return {
        type: 'service',
        route: 'overseas_licence',
        whyLost: text('runner.no_mainland_id'),
        facts: ['W3', 'W2'],
      };
    case 'business_abroad':
      return {
        type: 'subscription',
        route: 'personal_id',
        whyLost: text('runner.business_abroad'),
        facts: ['W1', 'W2'],
      };
    case 'personal':
      return {
        type: 'service',
        route: 'local_licence',
        whyLost: text('runner.personal'),
        facts: ['T3', 'W1'],
      };
    case 'no_china_entity':
      return alt('china_entity', wantsPayment(s) ? 'runner.no_china_entity.pay' : 'runner.no_china_entity', [
        'R1',
        'L1',
      ]);
    case 'setup_too_slow':
      return alt('china_entity', 'runner.setup_too_slow', ['R1']);
    case 'own_the_account':
      return alt('third_party_licence', 'runner.own_the_account', ['R2']);
    case 'partner_flexible':
      return {
        type: s.type === 'wecom' ? 'wecom' : 'service',
        route: 'overseas_licence',
        whyLost: text(wantsPayment(s) ? 'runner.partner_flexible.pay' : 'runner.partner_flexible'),
        facts: ['R3', 'L1', 'L2'],
      };
    case 'have_china_entity':
      return {
        type: s.type === 'wecom' ? 'wecom' : 'service',
        route: 'overseas_licence',
        whyLost: text('runner.have_china_entity'),
        facts: ['L1', 'R3', 'C2b'],
      };
    case 'setup_can_wait':
      return {
        type: s.type === 'wecom' ? 'wecom' : 'service',
        route: 'overseas_licence',
        whyLost: text('runner.setup_can_wait'),
        facts: ['R3', 'C2b'],
      };
    default:
  }
  // A mainland organisation: the route is settled, so the runner-up is the other type.
  switch (s.typeCause) {
    case 'team_goals':
      return {
        type: 'service',
        route: s.route,
        whyLost: text('runner.type.team_goals'),
        facts: ['T4', 'T3'],
      };
    case 'service_goals':
    case 'service_payments':
      return {
        type: 'subscription',
        route: s.route,
        whyLost: text('runner.type.needs_service'),
        facts: ['T3', 'T9'],
      };
    case 'mini_program':
      return {
        type: 'subscription',
        route: s.route,
        whyLost: text('runner.type.mini_program'),
        facts: ['V4', 'T9'],
      };
    case 'reach':
      return { type: 'subscription', route: s.route, whyLost: text('runner.type.reach'), facts: ['T7'] };
    case 'daily':
      return { type: 'service', route: s.route, whyLost: text('runner.type.daily'), facts: ['T6'] };
    default:
      return { type: 'service', route: s.route, whyLost: text('runner.type.content'), facts: ['T7', 'V1'] };
  }
}

// ---------------------------------------------------------------- assembly

function headline(s: Situation): Text {
  return text(`headline.${s.route}.${s.type}`);
}

/** Evaluates answers that are already validated (the bench and the path walk call this directly). */
export function recommend(answers: Answers): Recommendation {
  const a = effectiveAnswers(answers);
  const s = situationOf(a);
  const result: Recommendation = {
    ok: true,
    type: s.type,
    route: s.route,
    headline: headline(s),
    companions: companions(s),
    reasons: reasons(s),
    warnings: warnings(s),
    fees: fees(s),
    timeline: timeline(s),
    documents: documents(s),
    steps: steps(s),
    features: features(s),
    runnerUp: runnerUp(s),
    conflicts: [],
    facts: [],
    knowledgeVersion: KNOWLEDGE_VERSION,
    reviewed: REVIEWED,
    answers: a,
  };
  result.facts = collectFacts(result);
  result.conflicts = conflictsOf(result.facts);
  return result;
}

const FACT_ORDER: Record<string, number> = {};
FACT_IDS.forEach((id, i) => (FACT_ORDER[id] = i));
const CONFLICTING: readonly boolean[] = FACT_IDS.map((id) => FACTS[id].conflict === true);

/** Every fact id the result refers to, in the order of the knowledge base. */
function collectFacts(r: Recommendation): string[] {
  // A flag per fact index: this runs for every evaluation, so no per-call dictionaries.
  const seen: boolean[] = new Array<boolean>(FACT_IDS.length).fill(false);
  const mark = (ids: string[]) => {
    for (let i = 0; i < ids.length; i += 1) {
      const index = FACT_ORDER[ids[i]];
      if (index !== undefined) seen[index] = true;
    }
  };
  const lists: { facts: string[] }[][] = [
    r.companions,
    r.reasons,
    r.warnings,
    r.fees,
    r.documents,
    r.steps,
    r.features,
  ];
  for (const list of lists) for (let i = 0; i < list.length; i += 1) mark(list[i].facts);
  mark(r.timeline.facts);
  if (r.runnerUp) mark(r.runnerUp.facts);
  const out: string[] = [];
  for (let i = 0; i < seen.length; i += 1) if (seen[i]) out.push(FACT_IDS[i]);
  return out;
}

function conflictsOf(facts: string[]): Conflict[] {
  const out: Conflict[] = [];
  for (const factId of facts) {
    if (CONFLICTING[FACT_ORDER[factId]]) out.push({ factId, text: { key: `conflict.${factId}` } });
  }
  return out;
}

export function evaluate(input: unknown): Evaluation {
  let checked: ReturnType<typeof validateAnswers>;
  try {
    checked = validateAnswers(input);
  } catch {
    // Input from outside can be anything, even an object whose getters throw.
    return { ok: false, error: { code: 'not_an_object', message: text('error.not_an_object') } };
  }
  if (!checked.ok) return { ok: false, error: checked.error };
  return recommend(checked.answers);
}
