/**
 * What it costs, fee by fee. A fee carries an amount only where FACTS.md gives one (firstYear,
 * and perYear when it recurs with the yearly review); `reported` marks an amount whose fact is
 * low confidence. Parts without a sourced number are named in costs.ts, never priced.
 */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Fee, Money } from '../types';

interface FeeRow {
  id: string;
  key: string;
  /** For a priced fee, the first fact is the one its amount comes from (it decides `reported`). */
  facts: string[];
  firstYear?: Money;
  perYear?: Money;
  reported?: boolean;
  when: (s: Situation) => boolean;
}

const rmb = (amount: number): Money => ({ currency: 'RMB', amount });
const usd = (amount: number): Money => ({ currency: 'USD', amount });
/** A fee paid again at every yearly review (V1, E1). */
const yearly = (money: Money) => ({ firstYear: money, perYear: money });

const wecomPrimary = (s: Situation) => s.type === 'wecom';
const hasWecom = (s: Situation) => wecomPrimary(s) || s.companions.includes('wecom');
/** The primary account is an Official Account (WeCom is verified separately, below). */
const verifiesOa = (s: Situation) => !wecomPrimary(s);
const overseas = (s: Situation) => s.route === 'overseas_licence';
/** Verified under the person's own mainland subject: their organisation, China company or office, sole trader. */
const ownMainland = (s: Situation) =>
  s.route === 'local_licence' || s.route === 'china_entity' || s.route === 'sole_trader';
const miniProgram = (s: Situation) => s.goals.includes('mini_program') && verifiesOa(s);
/** WeChat Pay in RMB inside the account: a verified service account of a subject that may earn (Y1, O3). */
export const paysInRmb = (s: Situation) =>
  s.wantsPayment && s.type === 'service' && s.mainlandRoute && !s.repOffice;

/** In the order shown. */
export const FEES: readonly FeeRow[] = [
  { id: 'registration', key: 'fee.registration_free', facts: ['T5'], when: () => true },
  {
    id: 'verification',
    key: 'fee.personal_no_verification',
    facts: ['T9'],
    when: (s) => s.route === 'personal_id',
  },
  {
    id: 'verification',
    key: 'fee.verification_overseas',
    facts: ['V2'],
    ...yearly(usd(99)),
    reported: true,
    when: (s) => overseas(s) && verifiesOa(s),
  },
  {
    id: 'verification',
    key: 'fee.verification_partner',
    facts: ['V1', 'R2'],
    ...yearly(rmb(300)),
    when: (s) => s.route === 'third_party_licence' && verifiesOa(s),
  },
  {
    id: 'verification',
    key: 'fee.verification_free_government',
    facts: ['V1', 'G2'],
    ...yearly(rmb(0)),
    when: (s) => ownMainland(s) && verifiesOa(s) && s.government,
  },
  {
    id: 'verification',
    key: 'fee.verification_sole_trader',
    facts: ['V1', 'S3'],
    ...yearly(rmb(300)),
    when: (s) => ownMainland(s) && verifiesOa(s) && s.soleTrader,
  },
  {
    id: 'verification',
    key: 'fee.verification_rep_office',
    facts: ['O2', 'V1'],
    ...yearly(rmb(300)),
    when: (s) => ownMainland(s) && verifiesOa(s) && s.repOffice,
  },
  {
    id: 'verification',
    key: 'fee.verification_mainland',
    facts: ['V1'],
    ...yearly(rmb(300)),
    when: (s) => ownMainland(s) && verifiesOa(s) && !s.government && !s.soleTrader && !s.repOffice,
  },
  // WeCom beside a verified mainland Official Account of the same subject is verified free (E1).
  {
    id: 'wecom_verification',
    key: 'fee.wecom_through_oa',
    facts: ['E1'],
    ...yearly(rmb(0)),
    when: (s) => s.companions.includes('wecom') && !overseas(s),
  },
  {
    id: 'wecom_verification',
    key: 'fee.wecom_government',
    facts: ['E1'],
    ...yearly(rmb(0)),
    when: (s) => wecomPrimary(s) && !overseas(s) && s.government,
  },
  {
    id: 'wecom_verification',
    key: 'fee.wecom_local',
    facts: ['E1'],
    ...yearly(rmb(300)),
    when: (s) => wecomPrimary(s) && !overseas(s) && !s.government,
  },
  {
    id: 'wecom_verification',
    key: 'fee.wecom_overseas',
    facts: ['E1'],
    // Per attempt; E1 gives no price for an overseas organisation's later years.
    firstYear: rmb(700),
    reported: true,
    when: (s) => hasWecom(s) && overseas(s),
  },
  {
    id: 'mini_program_verification',
    key: 'fee.mini_program_sole_trader',
    facts: ['S3', 'V4'],
    ...yearly(rmb(30)),
    reported: true,
    when: (s) => miniProgram(s) && s.soleTrader,
  },
  {
    id: 'mini_program_verification',
    key: 'fee.mini_program_government',
    facts: ['V1', 'V4'],
    ...yearly(rmb(0)),
    when: (s) => miniProgram(s) && ownMainland(s) && s.government,
  },
  {
    id: 'mini_program_verification',
    key: 'fee.mini_program',
    facts: ['V1', 'V4'],
    ...yearly(rmb(300)),
    when: (s) =>
      miniProgram(s) &&
      (ownMainland(s) || s.route === 'third_party_licence') &&
      !s.government &&
      !s.soleTrader,
  },
  {
    id: 'wechat_pay',
    key: 'fee.wechat_pay_rate',
    facts: ['Y2', 'Y1'],
    when: paysInRmb,
  },
  { id: 'acquirer', key: 'fee.acquirer', facts: ['L2', 'L3'], when: (s) => overseas(s) && s.wantsPayment },
  {
    id: 'wecom_contacts',
    key: 'fee.wecom_contacts',
    facts: ['E2'],
    when: (s) => hasWecom(s) && s.goals.includes('customer_contact'),
  },
  {
    id: 'migration',
    key: 'fee.migration',
    facts: ['C2'],
    when: (s) => s.mainlandRoute && verifiesOa(s),
  },
];

export function fees(s: Situation): Fee[] {
  // No route: nothing to pay for; `instead` says what they can do.
  if (s.route === 'not_available') return [];
  const out: Fee[] = [];
  for (const row of FEES) {
    if (!row.when(s)) continue;
    const fee: Fee = { id: row.id, text: text(row.key), facts: row.facts };
    if (row.firstYear) fee.firstYear = row.firstYear;
    if (row.perYear) fee.perYear = row.perYear;
    if (row.reported) fee.reported = true;
    out.push(fee);
  }
  return out;
}
