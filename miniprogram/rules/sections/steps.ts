/**
 * The next steps for the route, in order: which official site, what to fill in, what to pay,
 * how long to wait. Then the steps every route shares (interfaces, companion accounts).
 */
import { OFFICIAL_LINKS } from '../knowledge';
import type { Situation } from '../situation';
import type { ChecklistItem, Route } from '../types';
import { pick, row, type ChecklistRow } from './checklist';

const wecomPrimary = (s: Situation) => s.type === 'wecom';
/** The primary account is an Official Account (WeCom has steps of its own). */
const oa = (s: Situation) => !wecomPrimary(s);
const oaWithMiniProgram = (s: Situation) => oa(s) && s.goals.includes('mini_program');

const NAME = row('name', 'step.name', ['N1']);
const OA_NAME = row('name', 'step.name', ['N1'], { when: oa });

const MAINLAND: readonly ChecklistRow[] = [
  row('setup', 'step.china.setup', ['R1'], { when: (s) => s.routeCause === 'setup_can_wait' }),
  row('admin', 'step.china.admin', ['R1'], { when: (s) => s.route === 'china_entity' }),
  row('wecom', 'step.wecom.register', ['T4'], { url: OFFICIAL_LINKS.wecom, when: wecomPrimary }),
  row('register', 'step.local.register', ['T1', 'C4'], { url: OFFICIAL_LINKS.mp, when: oa }),
  OA_NAME,
  row('identity', 'step.local.identity', ['T5'], { when: oa }),
  row('verify', 'step.local.verify_government', ['V1', 'V3'], { when: (s) => oa(s) && s.government }),
  row('verify', 'step.local.verify', ['V1', 'V3'], { when: (s) => oa(s) && !s.government }),
  row('mini_program', 'step.mini_program', ['V4'], { when: oaWithMiniProgram }),
];

export const STEPS: Record<Route, readonly ChecklistRow[]> = {
  not_available: [
    row('business_abroad', 'step.na.business_abroad', ['W3'], { url: OFFICIAL_LINKS.overseas }),
    row('partner', 'step.na.partner', ['R2']),
    row('check', 'step.na.check', ['W2'], { url: OFFICIAL_LINKS.kf }),
  ],
  personal_id: [
    row('phone', 'step.personal.phone', ['W1'], { when: (s) => s.mainlandPhone === 'no' }),
    row('register', 'step.personal.register', ['W1', 'C4'], { url: OFFICIAL_LINKS.mp }),
    NAME,
    row('publish', 'step.personal.publish', ['T6']),
  ],
  overseas_licence: [
    row('wecom', 'step.wecom.register', ['T4'], { url: OFFICIAL_LINKS.wecom, when: wecomPrimary }),
    row('wecom_verify', 'step.wecom.verify_overseas', ['E1'], { when: wecomPrimary }),
    row('documents', 'step.overseas.documents', ['W5'], { when: oa }),
    row('faq', 'step.overseas.faq', ['W4'], { url: OFFICIAL_LINKS.kf, when: oa }),
    row('register', 'step.overseas.register', ['W3', 'C4'], { url: OFFICIAL_LINKS.overseas, when: oa }),
    OA_NAME,
    row('verify', 'step.overseas.verify', ['V2', 'V3'], { when: oa }),
    row('payments', 'step.overseas.payments', ['L2', 'L3'], { when: (s) => oa(s) && s.wantsPayment }),
    row('mini_program', 'step.mini_program.overseas', ['V4', 'L4'], { when: oaWithMiniProgram }),
  ],
  third_party_licence: [
    row('agreement', 'step.third.agreement', ['R2', 'C2b']),
    row('wecom', 'step.wecom.register_partner', ['T4', 'R2'], {
      url: OFFICIAL_LINKS.wecom,
      when: wecomPrimary,
    }),
    row('register', 'step.third.register', ['R2', 'C4'], { url: OFFICIAL_LINKS.mp, when: oa }),
    OA_NAME,
    row('verify', 'step.third.verify', ['V1', 'V3'], { when: oa }),
  ],
  local_licence: MAINLAND,
  china_entity: MAINLAND,
};

/** After the route's own steps, on every route. */
export const SHARED_STEPS: readonly ChecklistRow[] = [
  row('interfaces', 'step.interfaces', ['T9'], {
    url: OFFICIAL_LINKS.community,
    when: (s) => s.type === 'service' && (s.wantsPayment || s.goals.includes('services')),
  }),
  row('companion_subscription', 'step.companion_subscription', ['T6', 'R2'], {
    url: OFFICIAL_LINKS.mp,
    when: (s) => s.companions.includes('subscription'),
  }),
  // decideCompanions offers a service account only beside WeCom on the overseas route; beside a
  // local account it would be registered at mp.weixin.qq.com instead.
  row('companion_service', 'step.companion_service', ['T6'], {
    url: OFFICIAL_LINKS.overseas,
    when: (s) => s.companions.includes('service') && s.route === 'overseas_licence',
  }),
  row('companion_wecom', 'step.companion_wecom', ['T4'], {
    url: OFFICIAL_LINKS.wecom,
    when: (s) => s.companions.includes('wecom'),
  }),
];

export function steps(s: Situation): ChecklistItem[] {
  return pick(STEPS[s.route], s).concat(pick(SHARED_STEPS, s));
}
