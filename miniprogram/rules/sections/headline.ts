/** The one-line answer: what to register, and how (`headline.<route>.<type>`). */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Text } from '../types';

export function headline(s: Situation): Text {
  return text(`headline.${s.route}.${s.type}`);
}
