/**
 * What it all costs over the first year and three years: the sum of the priced fees, per
 * currency, and the parts without a sourced number named in words (FACTS.md's "not found"
 * list is never filled in with a guess).
 */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Costs, Fee, Money, Text } from '../types';
import { paysInRmb } from './fees';

interface UnpricedRow {
  key: string;
  facts: string[];
  when: (s: Situation) => boolean;
}

const hasWecom = (s: Situation) => s.type === 'wecom' || s.companions.includes('wecom');
const overseas = (s: Situation) => s.route === 'overseas_licence';
const miniProgram = (s: Situation) => s.goals.includes('mini_program') && s.type !== 'wecom';

/** Parts of the cost with no sourced number, in the order shown. */
export const UNPRICED: readonly UnpricedRow[] = [
  { key: 'cost.unpriced.company_setup', facts: ['R1'], when: (s) => s.routeCause === 'setup_can_wait' },
  { key: 'cost.unpriced.sole_trader_registration', facts: ['S2'], when: (s) => s.route === 'sole_trader' },
  { key: 'cost.unpriced.partner_fee', facts: ['R2'], when: (s) => s.route === 'third_party_licence' },
  {
    key: 'cost.unpriced.mini_program_verification',
    facts: ['V4'],
    when: (s) => miniProgram(s) && overseas(s),
  },
  { key: 'cost.unpriced.icp_filing', facts: ['M1'], when: (s) => miniProgram(s) && s.mainlandRoute },
  { key: 'cost.unpriced.wechat_pay_rate', facts: ['Y2'], when: paysInRmb },
  { key: 'cost.unpriced.acquirer', facts: ['L3'], when: (s) => overseas(s) && s.wantsPayment },
  {
    key: 'cost.unpriced.wecom_size',
    facts: ['E1'],
    when: (s) => s.type === 'wecom' && !overseas(s) && !s.government,
  },
  { key: 'cost.unpriced.wecom_overseas_renewal', facts: ['E1'], when: (s) => hasWecom(s) && overseas(s) },
  {
    key: 'cost.unpriced.wecom_contacts',
    facts: ['E2'],
    when: (s) => hasWecom(s) && s.goals.includes('customer_contact'),
  },
];

const CURRENCIES: readonly Money['currency'][] = ['RMB', 'USD'];

/**
 * The page's words around the numbers: `cost.rmb` / `cost.usd` format an amount ({amount}), the
 * others title the totals and the unpriced list, and mark reported amounts.
 */
export const COST_FORMAT_KEYS = [
  'cost.rmb',
  'cost.usd',
  'cost.first_year',
  'cost.three_years',
  'cost.reported',
  'cost.unpriced_title',
] as const;

/** Sums per currency, RMB first; a zero total is left out unless nothing costs anything. */
function totals(amounts: readonly Money[]): Money[] {
  const out: Money[] = [];
  for (const currency of CURRENCIES) {
    let amount = 0;
    for (const m of amounts) if (m.currency === currency) amount += m.amount;
    if (amount > 0) out.push({ currency, amount });
  }
  return out.length > 0 ? out : [{ currency: 'RMB', amount: 0 }];
}

export function costsOf(s: Situation, fees: readonly Fee[]): Costs | null {
  if (s.route === 'not_available') return null;
  const first: Money[] = [];
  const three: Money[] = [];
  const facts: string[] = [];
  const addFacts = (ids: readonly string[]) => {
    for (const id of ids) if (!facts.includes(id)) facts.push(id);
  };
  let reported = false;
  for (const fee of fees) {
    // A migration is a possibility, not a cost of this plan (fee.migration says so).
    if (fee.id === 'migration') continue;
    addFacts(fee.facts);
    if (!fee.firstYear) continue;
    first.push(fee.firstYear);
    three.push(fee.firstYear);
    if (fee.perYear) three.push({ currency: fee.perYear.currency, amount: fee.perYear.amount * 2 });
    if (fee.reported && fee.firstYear.amount > 0) reported = true;
  }
  const unpriced: Text[] = [];
  for (const row of UNPRICED) {
    if (!row.when(s)) continue;
    unpriced.push(text(row.key));
    addFacts(row.facts);
  }
  return { firstYear: totals(first), threeYears: totals(three), reported, unpriced, facts };
}
