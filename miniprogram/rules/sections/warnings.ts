/**
 * What to watch out for. One row per warning text: a warning whose wording or severity
 * depends on the situation has a row per variant, with conditions that exclude each other.
 * Adding a warning is adding a row (and its text in both languages).
 */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Warning, WarningId } from '../types';

interface WarningRow {
  id: WarningId;
  severity: Warning['severity'];
  key: string;
  facts: string[];
  when: (s: Situation) => boolean;
}

const overseasAccount = (s: Situation) => s.route === 'overseas_licence';
const wantsServiceOrSales = (s: Situation) => s.goals.includes('services') || s.goals.includes('sell');
const wantsTeamTools = (s: Situation) =>
  s.goals.includes('internal_team') || s.goals.includes('customer_contact');
const needsInterfaces = (s: Situation) => wantsServiceOrSales(s) || s.goals.includes('mini_program');
const paysOverseas = (s: Situation) => overseasAccount(s) && (s.wantsPayment || s.goals.includes('services'));
const hasService = (s: Situation) => s.type === 'service' || s.companions.includes('service');
const broadcastsOften = (s: Situation) => hasService(s) && s.frequency !== 'monthly';

/** In the order shown within each severity. */
export const WARNINGS: readonly WarningRow[] = [
  {
    id: 'type_permanent',
    severity: 'critical',
    key: 'warning.type_permanent.overseas',
    facts: ['C1', 'C2', 'C2b', 'C3', 'C4'],
    when: overseasAccount,
  },
  {
    id: 'type_permanent',
    severity: 'critical',
    key: 'warning.type_permanent',
    facts: ['C1', 'C2', 'C3', 'C4'],
    when: (s) => !overseasAccount(s),
  },
  {
    id: 'personal_needs_mainland_id',
    severity: 'critical',
    key: 'warning.personal_needs_mainland_id',
    facts: ['W1', 'W2'],
    when: (s) => s.route === 'not_available',
  },
  {
    id: 'personal_needs_mainland_phone',
    severity: 'critical',
    key: 'warning.personal_needs_mainland_phone',
    facts: ['W1'],
    when: (s) => s.route === 'personal_id' && s.mainlandPhone === 'no',
  },
  {
    id: 'service_needs_organisation',
    severity: 'critical',
    key: 'warning.service_needs_organisation',
    facts: ['T3'],
    when: (s) => !s.org && wantsServiceOrSales(s),
  },
  {
    id: 'personal_cannot_verify',
    severity: 'critical',
    key: 'warning.personal_cannot_verify',
    facts: ['T9'],
    when: (s) => s.route === 'personal_id' && needsInterfaces(s),
  },
  {
    id: 'personal_cannot_verify',
    severity: 'caution',
    key: 'warning.personal_cannot_verify',
    facts: ['T9'],
    when: (s) => s.route === 'personal_id' && !needsInterfaces(s),
  },
  {
    id: 'third_party_ownership',
    severity: 'critical',
    key: 'warning.third_party_ownership',
    facts: ['R2'],
    when: (s) => s.route === 'third_party_licence',
  },
  {
    id: 'overseas_no_migration',
    severity: 'critical',
    key: 'warning.overseas_no_migration.third_party',
    facts: ['R2', 'C2', 'C2b'],
    when: (s) => s.route === 'third_party_licence',
  },
  {
    id: 'licence_account_limit',
    severity: 'caution',
    key: 'warning.licence_account_limit',
    facts: ['R2'],
    when: (s) => s.route === 'third_party_licence',
  },
  {
    id: 'overseas_no_migration',
    severity: 'critical',
    key: 'warning.overseas_no_migration',
    facts: ['C2b', 'R3'],
    when: overseasAccount,
  },
  {
    id: 'wechat_pay_limited_overseas',
    severity: 'critical',
    key: 'warning.wechat_pay_limited_overseas.rmb',
    facts: ['L2', 'L3'],
    when: (s) => paysOverseas(s) && s.payments === 'rmb_domestic',
  },
  {
    id: 'wechat_pay_limited_overseas',
    severity: 'caution',
    key: 'warning.wechat_pay_limited_overseas',
    facts: ['L2', 'L3'],
    when: (s) => paysOverseas(s) && s.payments !== 'rmb_domestic',
  },
  {
    id: 'hk_mo_tw_overseas',
    severity: 'caution',
    key: 'warning.hk_mo_tw_overseas',
    facts: ['W6'],
    when: (s) => overseasAccount(s) && s.overseas && s.registersAsOrg,
  },
  {
    id: 'overseas_eligibility',
    severity: 'caution',
    key: 'warning.overseas_eligibility',
    facts: ['W3', 'W5'],
    when: (s) =>
      overseasAccount(s) && (s.entity === 'media' || s.entity === 'government' || s.entity === 'other_org'),
  },
  {
    id: 'setup_takes_months',
    severity: 'critical',
    key: 'warning.setup_takes_months',
    facts: ['R1'],
    when: (s) => s.route === 'china_entity' && s.routeCause === 'setup_can_wait',
  },
  {
    id: 'setup_takes_months',
    severity: 'caution',
    key: 'warning.setup_takes_months.later',
    facts: ['R1', 'C2b'],
    when: (s) => s.routeCause === 'setup_too_slow',
  },
  {
    id: 'china_admin_needs_id',
    severity: 'caution',
    key: 'warning.china_admin_needs_id',
    facts: ['R1'],
    when: (s) => s.route === 'china_entity',
  },
  {
    id: 'wecom_organisations_only',
    severity: 'caution',
    key: 'warning.wecom_organisations_only',
    facts: ['T4'],
    when: (s) => !s.org && wantsTeamTools(s),
  },
  {
    id: 'subscription_folded',
    severity: 'caution',
    key: 'warning.subscription_folded',
    facts: ['T7', 'P1', 'P2'],
    when: (s) =>
      (s.type === 'subscription' || s.companions.includes('subscription')) && s.route !== 'not_available',
  },
  {
    id: 'service_broadcast_limit',
    severity: 'caution',
    key: 'warning.service_broadcast_limit.companion',
    facts: ['T6'],
    when: (s) => broadcastsOften(s) && s.frequency === 'daily' && s.companions.includes('subscription'),
  },
  {
    id: 'service_broadcast_limit',
    severity: 'caution',
    key: 'warning.service_broadcast_limit.daily',
    facts: ['T6'],
    when: (s) => broadcastsOften(s) && s.frequency === 'daily' && !s.companions.includes('subscription'),
  },
  {
    id: 'service_broadcast_limit',
    severity: 'caution',
    key: 'warning.service_broadcast_limit',
    facts: ['T6'],
    when: (s) => broadcastsOften(s) && s.frequency !== 'daily',
  },
  {
    id: 'service_folder_testing',
    severity: 'caution',
    key: 'warning.service_folder_testing',
    facts: ['T7'],
    when: (s) => s.type === 'service' && s.typeCause === 'reach',
  },
  {
    id: 'verification_not_refunded',
    severity: 'caution',
    key: 'warning.verification_not_refunded',
    facts: ['V1'],
    when: (s) =>
      s.org &&
      (s.route === 'local_licence' || s.route === 'china_entity') &&
      !s.government &&
      s.type !== 'wecom',
  },
  {
    id: 'wecom_contact_tiers',
    severity: 'caution',
    key: 'warning.wecom_contact_tiers',
    facts: ['E2'],
    when: (s) =>
      s.goals.includes('customer_contact') && (s.type === 'wecom' || s.companions.includes('wecom')),
  },
];

/** Critical warnings first, then cautions, each in table order. */
export function warnings(s: Situation): Warning[] {
  const critical: Warning[] = [];
  const caution: Warning[] = [];
  for (const row of WARNINGS) {
    if (!row.when(s)) continue;
    const warning: Warning = { id: row.id, severity: row.severity, text: text(row.key), facts: row.facts };
    (row.severity === 'critical' ? critical : caution).push(warning);
  }
  return critical.concat(caution);
}
