/**
 * What to watch out for. One box per idea: a warning whose wording or severity depends on the
 * situation has a row per variant, with conditions that exclude each other, so an id shows at
 * most once. When each id shows is the contract in shared/DESIGN.md. Adding a warning is adding
 * a row (and its text in i18n/warnings.*.ts).
 */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Warning, WarningId } from '../types';

type When = (s: Situation) => boolean;

interface WarningRow {
  id: WarningId;
  severity: Warning['severity'];
  key: string;
  facts: string[];
  when: When;
}

const overseasAccount = (s: Situation) => s.route === 'overseas_licence';
const hasRoute = (s: Situation) => s.route !== 'not_available';
const wantsTrade = (s: Situation) => s.goals.includes('services') || s.goals.includes('sell');
const wantsTeamTools = (s: Situation) =>
  s.goals.includes('internal_team') || s.goals.includes('customer_contact');
const needsInterfaces = (s: Situation) => wantsTrade(s) || s.goals.includes('mini_program');
const paysOverseas = (s: Situation) => overseasAccount(s) && (s.wantsPayment || s.goals.includes('services'));
const hasSubscription = (s: Situation) => s.type === 'subscription' || s.companions.includes('subscription');
const hasService = (s: Situation) => s.type === 'service' || s.companions.includes('service');
const hasWecom = (s: Situation) => s.type === 'wecom' || s.companions.includes('wecom');
const broadcastsOften = (s: Situation) => hasService(s) && s.frequency !== 'monthly';
const miniProgram = (s: Situation) => s.goals.includes('mini_program');
/** C4: an Official Account is registered, so its type is a final choice (never WeCom alone, never no route). */
const registersOa = (s: Situation) => s.hasOa && hasRoute(s);
/**
 * G2: government, media and other organisations confirm identity only through verification.
 * DESIGN.md shows this on every mainland route; under a partner's licence or a China company the
 * licence holder confirms identity instead, so those routes get wording that says so.
 */
const mustVerify = (s: Situation) =>
  s.mainlandRoute && (s.entity === 'government' || s.entity === 'media' || s.entity === 'other_org');
const verifiesToRegister = (s: Situation, entity: string) =>
  mustVerify(s) && s.route === 'local_licence' && s.entity === entity && s.hasOa;
/** Everything but a personal account and no route ends in a paid or free verification (V1). */
const verifies = (s: Situation) => s.route !== 'personal_id' && hasRoute(s);

/** A row from its text key below `warning.`: the id is the key's first part, a variant follows a dot. */
function row(severity: Warning['severity'], key: string, facts: string[], when: When): WarningRow {
  const [id = key] = key.split('.');
  return { id, severity, key: `warning.${key}`, facts, when };
}
const critical = (key: string, facts: string[], when: When) => row('critical', key, facts, when);
const caution = (key: string, facts: string[], when: When) => row('caution', key, facts, when);

/** In the order shown within each severity. */
export const WARNINGS: readonly WarningRow[] = [
  // C4: the overseas wording leaves migration to overseas_no_migration (one box per idea).
  critical('type_permanent.overseas', ['C1', 'C4'], (s) => registersOa(s) && overseasAccount(s)),
  critical(
    'type_permanent.subscription',
    ['C1', 'C2', 'C3', 'C4'],
    (s) => registersOa(s) && !overseasAccount(s) && hasSubscription(s),
  ),
  critical(
    'type_permanent',
    ['C1', 'C2', 'C4'],
    (s) => registersOa(s) && !overseasAccount(s) && !hasSubscription(s),
  ),
  critical('personal_needs_mainland_id', ['W1', 'W2'], (s) => s.route === 'not_available'),
  critical(
    'personal_needs_mainland_phone',
    ['W1'],
    (s) => s.route === 'personal_id' && s.mainlandPhone === 'no',
  ),
  critical('service_needs_organisation', ['T3'], (s) => !s.org && wantsTrade(s)),
  critical('personal_cannot_verify', ['T9'], (s) => s.route === 'personal_id' && needsInterfaces(s)),
  caution('personal_cannot_verify', ['T9'], (s) => s.route === 'personal_id' && !needsInterfaces(s)),
  critical('rep_office_no_sales.pay', ['O1', 'O2', 'O3', 'R1'], (s) => s.repOffice && s.wantsPayment),
  caution('rep_office_no_sales', ['O1', 'O2', 'O3'], (s) => s.repOffice && !s.wantsPayment),
  critical('third_party_ownership', ['R2'], (s) => s.route === 'third_party_licence'),
  critical(
    'overseas_no_migration.third_party',
    ['C5', 'C2', 'C2b'],
    (s) => s.route === 'third_party_licence',
  ),
  // C2b: about moving an Official Account's followers; WeCom alone has none to move.
  critical('overseas_no_migration', ['C2b', 'R3'], (s) => overseasAccount(s) && s.hasOa),
  critical(
    'wechat_pay_limited_overseas.rmb',
    ['L2', 'L3'],
    (s) => paysOverseas(s) && s.payments === 'rmb_domestic',
  ),
  critical(
    'setup_takes_months',
    ['R1'],
    (s) => s.route === 'china_entity' && s.routeCause === 'setup_can_wait',
  ),
  caution(
    'wechat_pay_limited_overseas',
    ['L2', 'L3'],
    (s) => paysOverseas(s) && s.payments !== 'rmb_domestic',
  ),
  caution('hk_mo_tw_overseas', ['W6'], (s) => s.hkMoTw && overseasAccount(s)),
  caution(
    'overseas_eligibility',
    ['W3', 'W5'],
    (s) =>
      overseasAccount(s) && (s.entity === 'media' || s.entity === 'government' || s.entity === 'other_org'),
  ),
  caution('sole_trader_option', ['S1', 'S2'], (s) => s.a.sole_trader === 'no'),
  caution('licence_account_limit', ['R2', 'W1'], (s) => s.route === 'third_party_licence'),
  caution('china_admin_needs_id', ['R1'], (s) => s.route === 'china_entity'),
  caution('verification_required.government', ['G2', 'V1'], (s) => verifiesToRegister(s, 'government')),
  caution('verification_required.media', ['G2', 'V1'], (s) => verifiesToRegister(s, 'media')),
  caution('verification_required.other_org', ['G2', 'V1'], (s) => verifiesToRegister(s, 'other_org')),
  caution(
    'verification_required.wecom',
    ['G2', 'V1'],
    (s) => mustVerify(s) && s.route === 'local_licence' && !s.hasOa,
  ),
  caution(
    'verification_required.licence_holder',
    ['G2', 'T5'],
    (s) => mustVerify(s) && s.route !== 'local_licence',
  ),
  caution(
    'verification_not_refunded',
    ['V1'],
    (s) =>
      (s.route === 'local_licence' || s.route === 'china_entity' || s.route === 'sole_trader') &&
      !s.government &&
      s.type !== 'wecom',
  ),
  caution('verification_yearly', ['V1', 'V5'], (s) => verifies(s) && s.hasOa && !overseasAccount(s)),
  caution('verification_yearly.overseas', ['V2', 'V5'], (s) => verifies(s) && s.hasOa && overseasAccount(s)),
  caution('verification_yearly.wecom', ['E1'], (s) => verifies(s) && !s.hasOa),
  caution(
    'mini_program_own_verification.overseas',
    ['V4', 'L4'],
    (s) => miniProgram(s) && (overseasAccount(s) || s.route === 'not_available'),
  ),
  caution(
    'mini_program_own_verification.personal',
    ['V4', 'T9'],
    (s) => miniProgram(s) && s.route === 'personal_id',
  ),
  caution('mini_program_own_verification.sole_trader', ['V4', 'S3'], (s) => miniProgram(s) && s.soleTrader),
  caution(
    'mini_program_own_verification',
    ['V4'],
    (s) => miniProgram(s) && s.mainlandRoute && s.route !== 'personal_id' && !s.soleTrader,
  ),
  caution('mini_program_filing', ['M1'], (s) => miniProgram(s) && s.mainlandRoute),
  caution('publish_api_personal', ['T10'], (s) => s.route === 'personal_id'),
  caution('wecom_organisations_only', ['T4'], (s) => !s.org && wantsTeamTools(s)),
  caution('wecom_contact_limits', ['E2'], (s) => hasWecom(s) && s.goals.includes('customer_contact')),
  // P2 (a strong-reminder opt-in) has no source address: the product does not state it.
  caution('subscription_folded', ['T7', 'P1'], (s) => hasSubscription(s) && hasRoute(s)),
  caution(
    'service_broadcast_limit.companion',
    ['T6'],
    (s) => broadcastsOften(s) && s.frequency === 'daily' && s.companions.includes('subscription'),
  ),
  caution(
    'service_broadcast_limit.daily',
    ['T6'],
    (s) => broadcastsOften(s) && s.frequency === 'daily' && !s.companions.includes('subscription'),
  ),
  caution('service_broadcast_limit', ['T6'], (s) => broadcastsOften(s) && s.frequency !== 'daily'),
  caution('service_folder_testing', ['T7'], (s) => s.type === 'service' && s.typeCause === 'reach'),
  // N1: whatever gets a name on the platform: an Official Account, or a Mini Program (M2).
  caution('name_first_come.mini_program', ['N1', 'M2'], (s) => hasRoute(s) && miniProgram(s)),
  caution('name_first_come', ['N1'], (s) => registersOa(s) && !miniProgram(s)),
  // DESIGN.md: every route that registers something. N1 covers Official Account and Mini Program
  // names, so a WeCom-only result says what it means for the accounts they may add later.
  caution('name_first_come.wecom', ['N1'], (s) => hasRoute(s) && !s.hasOa && !miniProgram(s)),
];

/** Critical warnings first, then cautions, each in table order. */
export function warnings(s: Situation): Warning[] {
  const first: Warning[] = [];
  const then: Warning[] = [];
  for (const row of WARNINGS) {
    if (!row.when(s)) continue;
    const warning: Warning = { id: row.id, severity: row.severity, text: text(row.key), facts: row.facts };
    (row.severity === 'critical' ? first : then).push(warning);
  }
  return first.concat(then);
}
