/**
 * The next steps for the route, in order: the name, registration, identity, verification, the
 * WeChat Pay merchant account when selling, the Mini Program and its ICP filing, the yearly
 * review. Then the companion accounts. Which official site, what to pay, how long to wait.
 */
import { OFFICIAL_LINKS } from '../knowledge';
import type { Situation } from '../situation';
import type { ChecklistItem, Route } from '../types';
import { pick, row, type ChecklistRow } from './checklist';
import { paysInRmb } from './fees';

const wecomPrimary = (s: Situation) => s.type === 'wecom';
/** The primary account is an Official Account (WeCom has steps of its own). */
const oa = (s: Situation) => !wecomPrimary(s);
const miniProgram = (s: Situation) => oa(s) && s.goals.includes('mini_program');
/** Government, media and other organisations confirm identity only through verification (G2). */
const verifiesToConfirm = (s: Situation) =>
  s.entity === 'government' || s.entity === 'media' || s.entity === 'other_org';

const { mp, wecom, overseas, kf, pay, community } = OFFICIAL_LINKS;

const NAME = row('name', 'step.name', ['N1'], { when: oa });
const WECOM_REVIEW = row('yearly_review', 'step.wecom.yearly_review', ['E1'], {
  when: (s) => wecomPrimary(s) && !s.government,
});
const sole = (s: Situation) => s.soleTrader;
const notSole = (s: Situation) => !s.soleTrader;
const PAY = row('wechat_pay', 'step.wechat_pay', ['Y1', 'Y2'], {
  url: pay,
  when: (s) => paysInRmb(s) && notSole(s),
});
const SOLE_IDENTITY = row('identity', 'step.sole_trader.identity', ['T5'], { when: (s) => oa(s) && sole(s) });
const SOLE_VERIFY = row('verify', 'step.sole_trader.verify', ['V1', 'V3', 'S3'], {
  when: (s) => oa(s) && sole(s),
});
const SOLE_PAY = row('wechat_pay', 'step.wechat_pay.sole_trader', ['S1', 'Y1', 'Y2'], {
  url: pay,
  when: (s) => paysInRmb(s) && sole(s),
});
const SOLE_MINI_PROGRAM = row('mini_program', 'step.mini_program.sole_trader', ['V4', 'S3', 'M2'], {
  url: mp,
  when: (s) => miniProgram(s) && sole(s),
});
const INTERFACES = row('interfaces', 'step.interfaces', ['T9'], {
  url: community,
  when: (s) => s.type === 'service' && (s.wantsPayment || s.goals.includes('services')),
});
const MINI_PROGRAM = row('mini_program', 'step.mini_program', ['V4', 'M2'], {
  url: mp,
  when: (s) => miniProgram(s) && notSole(s),
});
const FILING = row('mini_program_filing', 'step.mini_program_filing', ['M1'], { when: miniProgram });
const YEARLY = row('yearly_review', 'step.yearly_review', ['V1', 'V5'], {
  when: (s) => oa(s) && !s.government,
});

/** The organisation's own mainland subject, its China company, or its representative office. */
const MAINLAND: readonly ChecklistRow[] = [
  row('setup', 'step.china.setup', ['R1'], { when: (s) => s.routeCause === 'setup_can_wait' }),
  row('admin', 'step.china.admin', ['R1'], { when: (s) => s.route === 'china_entity' }),
  row('wecom', 'step.wecom.register', ['T4'], { url: wecom, when: wecomPrimary }),
  row('wecom_verify', 'step.wecom.verify_government', ['E1'], {
    when: (s) => wecomPrimary(s) && s.government,
  }),
  row('wecom_verify', 'step.wecom.verify', ['E1', 'E2'], { when: (s) => wecomPrimary(s) && !s.government }),
  WECOM_REVIEW,
  NAME,
  row('register', 'step.rep.register', ['O2', 'G1', 'C4'], { url: mp, when: (s) => oa(s) && s.repOffice }),
  row('register', 'step.local.register', ['G1', 'C4'], { url: mp, when: (s) => oa(s) && !s.repOffice }),
  row('identity', 'step.local.identity', ['T5'], {
    when: (s) => oa(s) && !verifiesToConfirm(s) && notSole(s),
  }),
  SOLE_IDENTITY,
  row('verify', 'step.local.verify_government', ['G2', 'V1', 'V3'], { when: (s) => oa(s) && s.government }),
  row('verify', 'step.local.verify_required', ['G2', 'V1', 'V3'], {
    when: (s) => oa(s) && verifiesToConfirm(s) && !s.government,
  }),
  row('verify', 'step.local.verify', ['V1', 'V3'], {
    when: (s) => oa(s) && !verifiesToConfirm(s) && notSole(s),
  }),
  SOLE_VERIFY,
  PAY,
  SOLE_PAY,
  row('payments_later', 'step.rep.payments_later', ['O3', 'R1'], {
    when: (s) => oa(s) && s.repOffice && s.wantsPayment,
  }),
  INTERFACES,
  MINI_PROGRAM,
  SOLE_MINI_PROGRAM,
  FILING,
  YEARLY,
  row('yearly_review', 'step.yearly_review_government', ['V1', 'V5'], { when: (s) => oa(s) && s.government }),
];

export const STEPS: Record<Route, readonly ChecklistRow[]> = {
  // No route: `instead` says what they can do.
  not_available: [],
  personal_id: [
    row('phone', 'step.personal.phone', ['W1'], { when: (s) => s.mainlandPhone === 'no' }),
    NAME,
    row('register', 'step.personal.register', ['W1', 'G1', 'C4'], { url: mp }),
    row('publish', 'step.personal.publish', ['T6', 'T10']),
    row('mini_program', 'step.mini_program.personal', ['V4', 'T9'], { url: mp, when: miniProgram }),
    FILING,
  ],
  sole_trader: [
    row('sole_trader', 'step.sole_trader.register', ['S2']),
    NAME,
    row('register', 'step.sole_trader.account', ['S1', 'G1', 'C4'], { url: mp }),
    SOLE_IDENTITY,
    SOLE_VERIFY,
    SOLE_PAY,
    INTERFACES,
    SOLE_MINI_PROGRAM,
    FILING,
    YEARLY,
  ],
  overseas_licence: [
    row('wecom', 'step.wecom.register', ['T4'], { url: wecom, when: wecomPrimary }),
    row('wecom_verify', 'step.wecom.verify_overseas', ['E1'], { when: wecomPrimary }),
    row('documents', 'step.overseas.documents', ['W5'], { when: oa }),
    row('faq', 'step.overseas.faq.hk_mo_tw', ['W6', 'W4'], { url: kf, when: (s) => oa(s) && s.hkMoTw }),
    row('faq', 'step.overseas.faq', ['W4'], { url: kf, when: (s) => oa(s) && !s.hkMoTw }),
    NAME,
    row('register', 'step.overseas.register', ['W3', 'C4'], { url: overseas, when: oa }),
    row('verify', 'step.overseas.verify', ['V2', 'V3'], { when: oa }),
    row('payments', 'step.overseas.payments', ['L2', 'L3'], {
      url: pay,
      when: (s) => oa(s) && s.wantsPayment,
    }),
    INTERFACES,
    row('mini_program', 'step.mini_program.overseas', ['V4', 'L4'], { url: overseas, when: miniProgram }),
    row('yearly_review', 'step.overseas.yearly_review', ['V2', 'V5'], { when: oa }),
  ],
  third_party_licence: [
    row('agreement', 'step.third.agreement', ['R2', 'C5', 'C2b']),
    row('wecom', 'step.wecom.register_partner', ['T4', 'R2'], { url: wecom, when: wecomPrimary }),
    row('wecom_verify', 'step.wecom.verify_partner', ['E1'], { when: wecomPrimary }),
    WECOM_REVIEW,
    NAME,
    row('register', 'step.third.register', ['R2', 'C4'], { url: mp, when: oa }),
    row('identity', 'step.third.identity', ['T5'], { when: oa }),
    row('verify', 'step.third.verify', ['V1', 'V3'], { when: oa }),
    row('wechat_pay', 'step.wechat_pay.partner', ['Y1', 'R2'], { url: pay, when: paysInRmb }),
    INTERFACES,
    MINI_PROGRAM,
    FILING,
    YEARLY,
    row('migrate_later', 'step.third.migrate_later', ['C5', 'C2'], { when: oa }),
  ],
  local_licence: MAINLAND,
  china_entity: MAINLAND,
};

/** After the route's own steps: the companion accounts. */
export const SHARED_STEPS: readonly ChecklistRow[] = [
  row('companion_subscription', 'step.companion_subscription', ['T6', 'W1'], {
    url: mp,
    when: (s) => s.companions.includes('subscription'),
  }),
  row('companion_wecom', 'step.companion_wecom', ['T4'], {
    url: wecom,
    when: (s) => s.companions.includes('wecom'),
  }),
];

export function steps(s: Situation): ChecklistItem[] {
  return pick(STEPS[s.route], s).concat(pick(SHARED_STEPS, s));
}
