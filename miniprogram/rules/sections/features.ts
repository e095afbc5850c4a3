/** The result's feature table: the rows for the account this person would hold. */
import { featureRows, type Holder } from '../features';
import type { Situation } from '../situation';
import type { FeatureRow } from '../types';

function holderOf(s: Situation): Holder {
  if (s.route === 'personal_id') return 'personal';
  if (s.route === 'third_party_licence') return 'partner';
  if (s.soleTrader) return 'sole_trader';
  if (s.repOffice) return 'rep_office';
  if (s.government && s.mainlandRoute) return 'government';
  return 'own';
}

export function features(s: Situation): FeatureRow[] {
  // No route, no account: the result says what they can do instead, not what an account would do.
  if (s.route === 'not_available') return [];
  return featureRows(s.type, s.route === 'overseas_licence' ? 'overseas' : 'local', holderOf(s));
}
