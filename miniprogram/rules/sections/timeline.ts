/** How long it takes, in a sentence: the first matching row wins. */
import type { Situation } from '../situation';
import type { Recommendation } from '../types';

type Timeline = Recommendation['timeline'];

const TIMELINES: readonly { when: (s: Situation) => boolean; timeline: Timeline }[] = [
  { when: (s) => s.type === 'wecom', timeline: { key: 'timeline.wecom', facts: ['T4', 'E1'] } },
  { when: (s) => s.route === 'personal_id', timeline: { key: 'timeline.personal', facts: ['T5', 'T9'] } },
  { when: (s) => s.route === 'sole_trader', timeline: { key: 'timeline.sole_trader', facts: ['S2', 'V3'] } },
  {
    when: (s) => s.routeCause === 'setup_can_wait',
    timeline: { key: 'timeline.setup', facts: ['R1', 'V3'] },
  },
  { when: (s) => s.route === 'overseas_licence', timeline: { key: 'timeline.overseas', facts: ['V3'] } },
  {
    when: (s) => s.route === 'third_party_licence',
    timeline: { key: 'timeline.third_party', facts: ['V3', 'R2'] },
  },
];

const LOCAL: Timeline = { key: 'timeline.local', facts: ['V3', 'T5'] };

const NO_ROUTE: Timeline = { key: 'timeline.not_available', facts: ['W2'] };

export function timeline(s: Situation): Timeline {
  if (s.route === 'not_available') return NO_ROUTE;
  for (const row of TIMELINES) if (row.when(s)) return row.timeline;
  return LOCAL;
}
