/** Extra accounts recommended beside the primary one, and what each is for. */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Companion } from '../types';

export function companions(s: Situation): Companion[] {
  return s.companions.map((type) => {
    if (type === 'wecom') {
      return {
        type,
        text: text('companion.wecom'),
        facts: s.route === 'overseas_licence' ? ['T4', 'E1'] : ['T4'],
      };
    }
    // W1: a second account fits in a company-type subject's quota of 2.
    if (type === 'subscription') return { type, text: text('companion.subscription'), facts: ['T6', 'W1'] };
    return { type, text: text('companion.service'), facts: ['T6', 'T3'] };
  });
}
