/** The result's feature table: the rows for the account this person would hold. */
import { featureRows, type Holder, type Region } from '../features';
import type { Situation } from '../situation';
import type { AccountType, FeatureRow } from '../types';

export function features(s: Situation): FeatureRow[] {
  // With no route of their own, show what the way in they do have (a business abroad) would give.
  const type: AccountType = s.route === 'not_available' ? 'service' : s.type;
  const region: Region = s.route === 'overseas_licence' || s.route === 'not_available' ? 'overseas' : 'local';
  const holder: Holder =
    s.route === 'personal_id' ? 'personal' : s.route === 'third_party_licence' ? 'partner' : 'own';
  return featureRows(type, region, holder);
}
