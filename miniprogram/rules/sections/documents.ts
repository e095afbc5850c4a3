/** What to prepare before registering, by route and by who registers. */
import type { Situation } from '../situation';
import type { ChecklistItem, Route } from '../types';
import { pick, row, type ChecklistRow } from './checklist';

const wecomPrimary = (s: Situation) => s.type === 'wecom';
const oa = (s: Situation) => !wecomPrimary(s);
/** Government, media and other organisations confirm identity only through verification (G2). */
const verifiesToConfirm = (s: Situation) =>
  s.entity === 'government' || s.entity === 'media' || s.entity === 'other_org';

const NAME = row('account_name', 'doc.account_name', ['N1'], { when: oa });
const IDENTITY = row('identity', 'doc.identity', ['T5'], {
  when: (s) => oa(s) && !verifiesToConfirm(s) && !s.soleTrader,
});
const SOLE_IDENTITY = row('identity', 'doc.identity.sole_trader', ['T5'], {
  when: (s) => oa(s) && s.soleTrader,
});
const SOLE_LICENCE = row('licence', 'doc.sole_trader_licence', ['S1', 'G1']);

export const DOCUMENTS: Record<Route, readonly ChecklistRow[]> = {
  not_available: [],
  personal_id: [
    row('mainland_id', 'doc.mainland_id', ['W1']),
    row('mainland_phone', 'doc.mainland_phone', ['W1']),
    NAME,
  ],
  sole_trader: [row('mainland_id', 'doc.sole_trader_id', ['S2']), SOLE_LICENCE, SOLE_IDENTITY, NAME],
  overseas_licence: [
    // W5 lists an overseas Official Account's documents; for WeCom only the certificate is sure.
    row('application_letter', 'doc.application_letter', ['W5'], { when: oa }),
    row('company_certificate', 'doc.company_certificate', ['W5', 'W3']),
    row('contact_id', 'doc.contact_id', ['W5'], { when: oa }),
    row('address_proof', 'doc.address_proof', ['W5'], { when: oa }),
    row('company_bank', 'doc.company_bank', ['W5'], { when: oa }),
    NAME,
  ],
  third_party_licence: [
    row('partner_licence', 'doc.partner_licence', ['R2']),
    row('partner_agreement', 'doc.partner_agreement', ['R2', 'C5']),
    NAME,
  ],
  china_entity: [
    row('licence', 'doc.rep_certificate', ['O2'], { when: (s) => s.repOffice }),
    row('licence', 'doc.china_licence.setup', ['R1'], { when: (s) => s.routeCause === 'setup_can_wait' }),
    row('licence', 'doc.china_licence', ['R1'], {
      when: (s) => s.routeCause === 'have_china_entity' && !s.government,
    }),
    row('licence', 'doc.government_certificate', ['G1', 'G2'], {
      when: (s) => s.routeCause === 'have_china_entity' && s.government,
    }),
    row('china_admin', 'doc.china_admin', ['R1']),
    IDENTITY,
    NAME,
  ],
  local_licence: [
    // Government bodies and public institutions hold no business licence (G1).
    row('licence', 'doc.government_certificate', ['G1', 'G2'], { when: (s) => s.government }),
    row('licence', 'doc.org_certificate', ['G1', 'G2'], {
      when: (s) => s.entity === 'media' || s.entity === 'other_org',
    }),
    { ...SOLE_LICENCE, when: (s: Situation) => s.soleTrader },
    row('licence', 'doc.business_licence', ['G1'], { when: (s) => s.entity === 'company' }),
    IDENTITY,
    SOLE_IDENTITY,
    NAME,
  ],
};

export function documents(s: Situation): ChecklistItem[] {
  return pick(DOCUMENTS[s.route], s);
}
