/** With no route of their own: what the person can do instead, each with its facts. */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Instead } from '../types';

const INSTEAD: readonly Instead[] = [
  { text: text('instead.business_abroad'), facts: ['W3', 'R3', 'V2'] },
  { text: text('instead.partner'), facts: ['R2'] },
  { text: text('instead.ask'), facts: ['W1', 'W2'] },
];

export function instead(s: Situation): Instead[] {
  return s.route === 'not_available' ? INSTEAD.slice() : [];
}
