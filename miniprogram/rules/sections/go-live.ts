/**
 * How long until the account is live, as a short figure in words, for every route: the fast
 * ones too. A Mini Program on a mainland route adds its ICP filing (M1).
 */
import type { Situation } from '../situation';
import { text } from '../text';
import type { GoLive } from '../types';

interface GoLiveRow {
  key: string;
  facts: string[];
  /** Filing a Mini Program adds weeks on a mainland route: its own wording then. */
  filing: boolean;
  when: (s: Situation) => boolean;
}

const ROWS: readonly GoLiveRow[] = [
  { key: 'golive.wecom', facts: ['T4', 'E1'], filing: false, when: (s) => s.type === 'wecom' },
  { key: 'golive.same_day', facts: ['T5', 'T9'], filing: true, when: (s) => s.route === 'personal_id' },
  { key: 'golive.sole_trader', facts: ['S2', 'V3'], filing: true, when: (s) => s.route === 'sole_trader' },
  { key: 'golive.setup', facts: ['R1', 'V3'], filing: true, when: (s) => s.routeCause === 'setup_can_wait' },
  // Whether an overseas Mini Program must file is not known (L4): no filing wording there.
  { key: 'golive.overseas', facts: ['V3'], filing: false, when: (s) => s.route === 'overseas_licence' },
  {
    key: 'golive.third_party',
    facts: ['R2', 'V3'],
    filing: true,
    when: (s) => s.route === 'third_party_licence',
  },
  { key: 'golive.verification', facts: ['V3'], filing: true, when: () => true },
];

const CACHE: Record<string, GoLive> = {};

function goLiveOf(key: string, facts: string[]): GoLive {
  return CACHE[key] ?? (CACHE[key] = { text: text(key), facts });
}

export function goLive(s: Situation): GoLive | null {
  if (s.route === 'not_available') return null;
  for (const row of ROWS) {
    if (!row.when(s)) continue;
    if (row.filing && s.goals.includes('mini_program')) {
      return goLiveOf(`${row.key}.mini_program`, row.facts.concat('M1'));
    }
    return goLiveOf(row.key, row.facts);
  }
  return null;
}
