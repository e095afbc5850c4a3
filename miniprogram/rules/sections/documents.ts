/** What to prepare before registering, by route. */
import type { Situation } from '../situation';
import type { ChecklistItem, Route } from '../types';
import { pick, row, type ChecklistRow } from './checklist';

const NAME = row('account_name', 'doc.account_name', ['N1']);
const IDENTITY_TRANSFER = row('identity_transfer', 'doc.identity_transfer', ['T5']);

export const DOCUMENTS: Record<Route, readonly ChecklistRow[]> = {
  personal_id: [
    row('mainland_id', 'doc.mainland_id', ['W1']),
    row('mainland_phone', 'doc.mainland_phone', ['W1']),
    NAME,
  ],
  overseas_licence: [
    row('application_letter', 'doc.application_letter', ['W5']),
    row('company_certificate', 'doc.company_certificate', ['W5', 'W3']),
    row('contact_id', 'doc.contact_id', ['W5']),
    row('address_proof', 'doc.address_proof', ['W5']),
    row('company_bank', 'doc.company_bank', ['W5']),
    NAME,
  ],
  third_party_licence: [
    row('partner_licence', 'doc.partner_licence', ['R2']),
    row('partner_agreement', 'doc.partner_agreement', ['R2', 'C2']),
    NAME,
  ],
  china_entity: [
    row('china_licence', 'doc.china_licence', ['R1']),
    row('china_admin', 'doc.china_admin', ['R1']),
    IDENTITY_TRANSFER,
    NAME,
  ],
  local_licence: [
    row('org_licence', 'doc.org_licence.government', ['T5', 'R2'], { when: (s) => s.government }),
    row('org_licence', 'doc.org_licence', ['T5', 'R2'], { when: (s) => !s.government }),
    IDENTITY_TRANSFER,
    NAME,
  ],
  not_available: [],
};

export function documents(s: Situation): ChecklistItem[] {
  return pick(DOCUMENTS[s.route], s);
}
