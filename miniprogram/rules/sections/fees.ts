/** What it costs: registration, verification, WeCom, payments, setup and a later migration. */
import type { Situation } from '../situation';
import { text } from '../text';
import type { Fee } from '../types';

interface FeeRow {
  id: string;
  key: string;
  facts: string[];
  when: (s: Situation) => boolean;
}

const wecomPrimary = (s: Situation) => s.type === 'wecom';
const hasWecom = (s: Situation) => wecomPrimary(s) || s.companions.includes('wecom');
/** An Official Account is the primary account (WeCom is verified separately, below). */
const verifiesOa = (s: Situation) => !wecomPrimary(s);
const onMainlandLicence = (s: Situation) => s.route === 'local_licence' || s.route === 'china_entity';

/** For someone with a route, in the order shown. */
export const FEES: readonly FeeRow[] = [
  { id: 'registration', key: 'fee.registration_free', facts: ['T5'], when: () => true },
  {
    id: 'verification',
    key: 'fee.personal_no_verification',
    facts: ['T9'],
    when: (s) => s.route === 'personal_id',
  },
  {
    id: 'verification',
    key: 'fee.verification_overseas',
    facts: ['V2'],
    when: (s) => s.route === 'overseas_licence' && verifiesOa(s),
  },
  {
    id: 'verification',
    key: 'fee.verification_partner',
    facts: ['V1', 'R2'],
    when: (s) => s.route === 'third_party_licence' && verifiesOa(s),
  },
  {
    id: 'verification',
    key: 'fee.verification_free_government',
    facts: ['V1'],
    when: (s) => onMainlandLicence(s) && verifiesOa(s) && s.government,
  },
  {
    id: 'verification',
    key: 'fee.verification_mainland',
    facts: ['V1'],
    when: (s) => onMainlandLicence(s) && verifiesOa(s) && !s.government,
  },
  {
    id: 'wecom_verification',
    key: 'fee.wecom_overseas',
    facts: ['E1'],
    when: (s) => hasWecom(s) && s.route === 'overseas_licence',
  },
  {
    id: 'wecom_verification',
    key: 'fee.wecom_local',
    facts: ['T4', 'T5'],
    when: (s) => hasWecom(s) && s.route !== 'overseas_licence',
  },
  {
    id: 'wecom_contacts',
    key: 'fee.wecom_contacts',
    facts: ['E2'],
    when: (s) => hasWecom(s) && s.goals.includes('customer_contact'),
  },
  {
    id: 'acquirer',
    key: 'fee.acquirer',
    facts: ['L2', 'L3'],
    when: (s) => s.route === 'overseas_licence' && s.wantsPayment,
  },
  {
    id: 'setup',
    key: 'fee.setup_company',
    facts: ['R1'],
    when: (s) => s.route === 'china_entity' && s.routeCause === 'setup_can_wait',
  },
  {
    id: 'migration',
    key: 'fee.migration',
    facts: ['C2'],
    when: (s) => s.route !== 'overseas_licence' && verifiesOa(s),
  },
];

/** Without a route of their own: what the way in they do have would cost. */
const ALTERNATIVE: readonly FeeRow[] = [
  { id: 'alternative_overseas', key: 'fee.alternative_overseas', facts: ['V2', 'W3'], when: () => true },
];

export function fees(s: Situation): Fee[] {
  const rows = s.route === 'not_available' ? ALTERNATIVE : FEES;
  const out: Fee[] = [];
  for (const row of rows) if (row.when(s)) out.push({ id: row.id, text: text(row.key), facts: row.facts });
  return out;
}
