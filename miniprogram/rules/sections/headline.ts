/**
 * The one-line answer: what to register, and how (`headline.<route>.<type>`), in the person's
 * terms where the route reads differently for them: a sole trader's own licence, a
 * representative office, a company still to be set up.
 */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Text } from '../types';

function variant(s: Situation): string {
  if (s.route === 'local_licence' && s.soleTrader) return '.sole_trader';
  if (s.route === 'china_entity' && s.repOffice) return '.rep_office';
  if (s.route === 'china_entity' && s.routeCause === 'setup_can_wait') return '.setup';
  return '';
}

export function headline(s: Situation): Text {
  return text(`headline.${s.route}${variant(s)}.${s.type}`);
}
