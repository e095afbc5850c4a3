/**
 * The advice as a China-market consultant reads it (issue 12): reasons in the person's own
 * terms, runner-ups they can actually take, steps complete and in order, tables per account
 * type, and the wording the fact sheet allows. Asserts on the rules' real output and its text.
 */
import advice from '../../miniprogram/i18n/advice.zh';
import features from '../../miniprogram/i18n/features.zh';
import { tt } from '../../miniprogram/i18n';
import plan from '../../miniprogram/i18n/plan.zh';
import { COMPARE_ROWS } from '../../miniprogram/rules/compare';
import { evaluate, recommend } from '../../miniprogram/rules/engine';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import type { Answers, Evaluation, Recommendation } from '../../miniprogram/rules/types';
import { FRENCH_BRAND } from '../helpers/personas';

function ok(result: Evaluation): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.error.code}`);
  return result;
}
const run = (answers: Answers) => ok(evaluate(answers));
const enTexts = (r: Recommendation): string[] => {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.key === 'string') out.push(tt('en', { key: o.key }));
      for (const [field, child] of Object.entries(o)) if (field !== 'answers') visit(child);
    }
  };
  visit({ ...r, answers: undefined });
  return out;
};
const stepIds = (r: Recommendation) => r.steps.map((s) => s.id);
const reasonKeys = (r: Recommendation) => r.reasons.map((x) => x.text.key);

const SHANGHAI_COMPANY_TEAM = { entity: 'company', location: 'mainland', goals: ['internal_team'] };
const BLOGGER = { entity: 'individual', location: 'mainland', goals: ['publish'], frequency: 'daily' };

describe('reasons from the person’s own answers', () => {
  it('a French brand that sells is told payments need a verified service account (L2, Y1)', () => {
    const r = run(FRENCH_BRAND);
    const reason = r.reasons.find((x) => x.text.key === 'reason.type.overseas_pay');
    expect(reason?.facts).toEqual(expect.arrayContaining(['L2', 'Y1']));
    expect(tt('en', reason!.text)).toMatch(
      /^You want to take payments, which needs a verified service account/,
    );
  });

  it('the WeCom reason names only the goals picked', () => {
    const team = run(SHANGHAI_COMPANY_TEAM);
    expect(reasonKeys(team)).toContain('reason.type.team_goals.internal_team');
    expect(tt('en', team.reasons[1]!.text)).not.toMatch(/customer/i);
    const contact = run({ ...SHANGHAI_COMPANY_TEAM, goals: ['customer_contact'] });
    expect(tt('en', contact.reasons[1]!.text)).not.toMatch(/among themselves/);
    const both = run({ ...SHANGHAI_COMPANY_TEAM, goals: ['internal_team', 'customer_contact'] });
    expect(reasonKeys(both)).toContain('reason.type.team_goals');
  });

  it('says which of selling and services was picked', () => {
    const key = (goals: string[]) => reasonKeys(run({ entity: 'company', location: 'mainland', goals }))[1];
    expect(key(['sell'])).toBe('reason.type.sell');
    expect(key(['services'])).toBe('reason.type.services');
    expect(key(['services', 'sell'])).toBe('reason.type.services_sell');
  });

  it('reads grammatically when payments come without selling', () => {
    const r = run({ entity: 'company', location: 'mainland', goals: ['publish'], payments: 'rmb_domestic' });
    const reason = r.reasons.find((x) => x.text.key === 'reason.payments_without_sell');
    expect(tt('en', reason!.text)).toBe(
      'You did not tick "sell", but you said you will take payments, so we planned for payments.',
    );
  });

  it('offers the partner-now, own-company-later route to a firm that cannot wait (C5)', () => {
    const r = run({
      entity: 'company',
      location: 'overseas',
      china_entity: 'willing_to_set_up',
      timeline: 'soon',
      goals: ['publish'],
    });
    expect(r.reasons.find((x) => x.text.key === 'reason.partner_bridge')?.facts).toContain('C5');
  });
});

describe('the runner-up: only a route the person can take, in their terms', () => {
  it('a blogger is offered the sole-trader route, never an organisation’s licence', () => {
    const r = run(BLOGGER);
    expect(r.runnerUp).toMatchObject({ route: 'sole_trader', type: 'subscription' });
    expect(tt('en', r.runnerUp!.whyLost)).not.toMatch(/organisation/i);
    const seller = run({ entity: 'individual', location: 'mainland', goals: ['sell'], sole_trader: 'no' });
    expect(seller.runnerUp).toMatchObject({ route: 'sole_trader', type: 'service' });
    expect(seller.runnerUp!.facts).toEqual(expect.arrayContaining(['S1', 'S2']));
  });

  it('a firm without a China company is never told about "your China company"', () => {
    const problems: string[] = [];
    for (const answers of enumeratePaths()) {
      if (answers.china_entity !== 'none' && answers.china_entity !== 'partner_licence') continue;
      const r = recommend(answers);
      if (
        r.runnerUp &&
        /your China company|你们在华公司/.test(tt('en', r.runnerUp.whyLost) + tt('zh', r.runnerUp.whyLost))
      )
        problems.push(JSON.stringify(answers));
    }
    expect(problems.slice(0, 3)).toEqual([]);
  });

  it('nobody without a route gets one, and nobody gets a route they said they cannot take', () => {
    for (const answers of enumeratePaths()) {
      const r = recommend(answers);
      if (r.route === 'not_available') expect(r.runnerUp).toBeNull();
      // Without a mainland ID (overseas, Hong Kong, Macao, Taiwan) a personal account is no option.
      if (answers.entity === 'individual' && answers.location !== 'mainland')
        expect(r.runnerUp?.route).not.toBe('personal_id');
    }
  });
});

describe('steps per route, complete and in order', () => {
  const order = (r: Recommendation, ids: string[]) => stepIds(r).filter((id) => ids.includes(id));

  it('a mainland company that sells and wants a Mini Program', () => {
    const r = run({ entity: 'company', location: 'mainland', goals: ['sell', 'mini_program'] });
    expect(stepIds(r)).toEqual([
      'name',
      'register',
      'identity',
      'verify',
      'wechat_pay',
      'interfaces',
      'mini_program',
      'mini_program_filing',
      'yearly_review',
    ]);
    const pay = r.steps.find((s) => s.id === 'wechat_pay')!;
    expect(pay.facts).toEqual(['Y1', 'Y2']);
    expect(tt('en', pay.text)).toMatch(/0\.6%/);
    expect(r.steps.find((s) => s.id === 'mini_program_filing')!.facts).toEqual(['M1']);
    expect(tt('en', r.steps.find((s) => s.id === 'identity')!.text)).toMatch(/one of three ways/);
  });

  it('a government body confirms identity through verification, free, and holds no business licence', () => {
    const r = run({ entity: 'government', location: 'mainland', goals: ['publish'] });
    expect(stepIds(r)).not.toContain('identity');
    expect(r.steps.find((s) => s.id === 'verify')).toMatchObject({
      text: { key: 'step.local.verify_government' },
    });
    expect(r.steps.find((s) => s.id === 'verify')!.facts).toContain('G2');
    const texts = [...r.documents, ...r.steps].map((d) => tt('zh', d.text)).join('');
    expect(texts).not.toMatch(/用本单位执照|提交.*营业执照/);
  });

  it('media and other organisations confirm identity only through paid verification (G2)', () => {
    for (const entity of ['media', 'other_org']) {
      const r = run({ entity, location: 'mainland', goals: ['publish'] });
      expect(r.steps.find((s) => s.id === 'verify')).toMatchObject({
        text: { key: 'step.local.verify_required' },
      });
      expect(stepIds(r)).not.toContain('identity');
    }
  });

  it('a would-be sole trader: register the business first, then the account, payments, yearly review', () => {
    const r = run({ entity: 'individual', location: 'mainland', goals: ['sell'], sole_trader: 'willing' });
    expect(r.route).toBe('sole_trader');
    expect(
      order(r, ['sole_trader', 'register', 'identity', 'verify', 'wechat_pay', 'yearly_review']),
    ).toEqual(['sole_trader', 'register', 'identity', 'verify', 'wechat_pay', 'yearly_review']);
    expect(r.steps[0]!.facts).toEqual(['S2']);
    expect(tt('en', r.steps.find((s) => s.id === 'wechat_pay')!.text)).toMatch(/mobile browser are not/);
  });

  it('a representative office registers with its certificate and is sent to a company for payments', () => {
    const r = run({ entity: 'company', location: 'overseas', china_entity: 'rep_office', goals: ['sell'] });
    expect(r.steps.find((s) => s.id === 'register')!.facts).toContain('O2');
    expect(stepIds(r)).not.toContain('wechat_pay');
    expect(r.steps.find((s) => s.id === 'payments_later')!.facts).toEqual(['O3', 'R1']);
    expect(r.documents.map((d) => d.text.key)).toContain('doc.rep_certificate');
    expect(r.features.find((f) => f.id === 'wechat_pay')).toMatchObject({ value: 'no', facts: ['O1', 'O3'] });
  });

  it("a partner's route ends with moving into the firm's own China company (C5)", () => {
    const r = run({
      entity: 'company',
      location: 'overseas',
      china_entity: 'partner_licence',
      control: 'flexible',
      goals: ['publish'],
    });
    expect(stepIds(r)[0]).toBe('agreement');
    expect(stepIds(r).slice(-1)).toEqual(['migrate_later']);
    expect(r.steps.find((s) => s.id === 'migrate_later')!.facts).toContain('C5');
  });

  it('an overseas account registers its Mini Program separately and files no ICP claim', () => {
    const r = run({ ...FRENCH_BRAND, goals: ['publish', 'mini_program'] });
    expect(stepIds(r)).toContain('mini_program');
    expect(stepIds(r)).not.toContain('mini_program_filing');
    expect(tt('en', r.steps.find((s) => s.id === 'mini_program')!.text)).toMatch(/cannot quick-register/);
  });
});

describe('feature tables per account type', () => {
  it('WeCom gets its own rows, not ten "not applicable" badges, and no overseas fee at home', () => {
    const r = run(SHANGHAI_COMPANY_TEAM);
    expect(r.features.map((f) => f.id)).toEqual([
      'team_chat',
      'customer_contact',
      'external_contacts',
      'verification',
      'ownership',
    ]);
    expect(r.features.find((f) => f.id === 'external_contacts')!.facts).toEqual(['E2']);
    const words = enTexts(r).join(' ');
    expect(words).not.toMatch(/(^|[^,\d])700 RMB|not applicable/i);
    expect(r.fees.find((f) => f.id === 'wecom_verification')).toMatchObject({
      firstYear: { currency: 'RMB', amount: 300 },
      facts: ['E1'],
    });
  });

  it('badges read naturally: no detail repeats its badge', () => {
    const details = COMPARE_ROWS.flatMap((row) =>
      Object.values(row.cells).flatMap((t) => Object.values(t).map((c) => tt('en', c.text))),
    );
    expect(details.filter((d) => /^(Yes|No)\b/.test(d))).toEqual([]);
    expect(tt('en', { key: 'feature.ownership' })).toBe('Account in your own name');
  });

  it('states the customer-service windows of T8 and the folder trial of T7', () => {
    expect(tt('en', { key: 'feature.cs_replies.oa' })).toBe(
      'Up to 5 within 48 hours after the person messages the account; up to 3 within a minute after they follow, scan a code or tap a menu.',
    );
    expect(tt('en', { key: 'feature.folding.service' })).toMatch(/trialled with some users since June 2024/);
    expect(tt('zh', { key: 'feature.folding.service' })).not.toMatch(/灰度/);
  });

  it('never says a Mini Program links only once verified, and names ICP filing at home', () => {
    expect(tt('en', { key: 'feature.mini_programs.local' })).not.toMatch(/once verified/);
    expect(tt('en', { key: 'feature.mini_programs.local' })).toMatch(/ICP filing before it is listed/);
  });

  it('cites no fact without a source address (P2) in any table', () => {
    const cited = COMPARE_ROWS.flatMap((row) =>
      Object.values(row.cells).flatMap((t) => Object.values(t).flatMap((c) => c.facts)),
    );
    expect(cited).not.toContain('P2');
  });
});

describe('how long, per route', () => {
  it.each([
    [{ entity: 'individual', location: 'mainland', goals: ['publish'] }, 'golive.same_day'],
    [SHANGHAI_COMPANY_TEAM, 'golive.wecom'],
    [{ entity: 'company', location: 'mainland', goals: ['publish'] }, 'golive.verification'],
    [
      { entity: 'company', location: 'overseas', china_entity: 'willing_to_set_up', timeline: 'can_wait' },
      'golive.setup',
    ],
    [
      { entity: 'individual', location: 'mainland', goals: ['sell'], sole_trader: 'willing' },
      'golive.sole_trader',
    ],
    [
      { entity: 'company', location: 'mainland', goals: ['mini_program'] },
      'golive.verification.mini_program',
    ],
    [FRENCH_BRAND, 'golive.overseas'],
  ])('%j -> %s', (answers, key) => {
    expect(run(answers).goLive?.text.key).toBe(key);
  });

  it('names ICP filing time (M1) whenever a mainland route has a Mini Program', () => {
    const r = run({ entity: 'individual', location: 'mainland', goals: ['publish', 'mini_program'] });
    expect(r.goLive?.facts).toContain('M1');
    expect(tt('en', r.goLive!.text)).toMatch(/about 20 working days/);
  });
});

describe('wording', () => {
  it('the Chinese advice, plan and tables hold no English words (addresses aside)', () => {
    const latin = Object.entries({ ...advice, ...plan, ...features })
      .map(([key, value]) => [key, value.replace(/[a-z]+(\.[a-z]+)+/g, '').replace(/\{\w+\}/g, '')])
      .filter(([, value]) => /[A-Za-z]{2,}/.test(value!))
      .map(([key]) => key);
    expect(latin).toEqual([]);
  });

  it('uses the agreed Chinese terms', () => {
    const all = Object.values({ ...advice, ...plan, ...features }).join('');
    for (const old of [
      '大陆执照',
      '本地账号',
      '起好名称',
      '次选',
      '做付费的微信认证',
      '微信支付境外版',
      '用第三方大陆执照代注册',
    ])
      expect([old, all.includes(old)]).toEqual([old, false]);
    expect(advice['headline.not_available.subscription']).toContain('个人主体公众号');
  });
});
