import { tt } from '../../miniprogram/i18n';
import { COMPARE_REGIONS, COMPARE_ROWS, COMPARE_TYPES } from '../../miniprogram/rules/compare';
import { evaluate } from '../../miniprogram/rules/engine';
import { OFFICIAL_LINKS } from '../../miniprogram/rules/knowledge';
import type { Evaluation, Recommendation } from '../../miniprogram/rules/types';
import { KNOWLEDGE_VERSION, REVIEWED } from '../../miniprogram/rules/version';
import { whatIfs } from '../../miniprogram/rules/what-if';

function ok(result: Evaluation): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.error.code}`);
  return result;
}
const warningIds = (r: Recommendation) => r.warnings.map((w) => w.id);
const en = (r: Recommendation) => tt('en', r.headline);

describe('evaluate: bad input gives a typed error, never an exception', () => {
  it.each([
    [undefined, 'not_an_object'],
    ['{"entity":"company"}', 'not_an_object'],
    [{ entity: 'company', location: 'mars' }, 'unknown_option'],
    [{ entity: 'company', favourite_colour: 'blue' }, 'unknown_question'],
    [{ goals: { publish: true } }, 'wrong_shape'],
    [{ location: null }, 'wrong_shape'],
  ])('%p -> %s', (input, code) => {
    const result = evaluate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(tt('en', result.error.message)).not.toContain('{');
    }
  });

  it('survives an object whose properties throw when read', () => {
    const hostile = Object.defineProperty({}, 'entity', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = evaluate(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not_an_object');
  });

  it('names the question and value in the message', () => {
    const result = evaluate({ entity: 'company', payments: 'bitcoin' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(tt('en', result.error.message)).toBe('Question payments has no option bitcoin');
  });
});

describe('evaluate: unusual people get a real answer', () => {
  it('an individual overseas without a mainland ID: no route, no account table, what to do instead', () => {
    const r = ok(evaluate({ entity: 'individual', location: 'overseas' }));
    expect(r.route).toBe('not_available');
    expect(warningIds(r)).toContain('personal_needs_mainland_id');
    expect(en(r)).toBe(
      'Without a mainland China resident ID card you cannot register a personal account: here is what you can do',
    );
    // Nothing to register: no account's features, fees, costs, steps or runner-up to weigh.
    expect([r.features, r.fees, r.steps, r.documents]).toEqual([[], [], [], []]);
    expect([r.costs, r.goLive, r.runnerUp]).toEqual([null, null, null]);
    expect(r.instead.map((i) => tt('en', i.text))).toEqual([
      expect.stringContaining('admin.wechat.com'),
      expect.stringContaining('legally that company'),
      expect.stringContaining('kf.qq.com'),
    ]);
    expect(r.instead.flatMap((i) => i.facts)).toEqual(expect.arrayContaining(['W3', 'R2', 'W2']));
    expect(r.reasons.map((x) => x.text.key)).toEqual(['reason.route.no_mainland_id']);
  });

  it('an individual overseas with a business abroad registers through it', () => {
    const r = ok(evaluate({ entity: 'individual', location: 'overseas', business_abroad: 'yes' }));
    expect([r.type, r.route]).toEqual(['service', 'overseas_licence']);
    expect(r.fees.find((f) => f.id === 'verification')).toMatchObject({
      firstYear: { currency: 'USD', amount: 99 },
      reported: true,
      facts: ['V2'],
    });
    expect(tt('en', r.fees.find((f) => f.id === 'verification')!.text)).toMatch(/according to agencies/);
  });

  it('a government body overseas gets the overseas route with an eligibility caution', () => {
    const r = ok(evaluate({ entity: 'government', location: 'overseas', china_entity: 'none' }));
    expect(r.route).toBe('overseas_licence');
    expect(warningIds(r)).toContain('overseas_eligibility');
  });

  it('a foreign government office in China verifies for free', () => {
    const r = ok(evaluate({ entity: 'government', location: 'overseas', china_entity: 'have' }));
    expect(r.route).toBe('china_entity');
    expect(r.fees.find((f) => f.id === 'verification')).toMatchObject({
      firstYear: { currency: 'RMB', amount: 0 },
      facts: ['V1', 'G2'],
    });
    expect(r.costs?.firstYear).toEqual([{ currency: 'RMB', amount: 0 }]);
    // A government office holds no business licence: its documents say so.
    expect(r.documents.map((d) => d.text.key)).toContain('doc.government_certificate');
  });

  it('no goals selected: assumes publishing and says so', () => {
    const r = ok(evaluate({ entity: 'company', location: 'mainland', goals: [] }));
    expect(r.type).toBe('subscription');
    expect(r.reasons.map((x) => x.text.key)).toContain('reason.no_goals');
  });

  it('contradictory answers: payments without selling still mean a service account', () => {
    const r = ok(
      evaluate({ entity: 'company', location: 'mainland', goals: ['publish'], payments: 'rmb_domestic' }),
    );
    expect(r.type).toBe('service');
    const reason = r.reasons.find((x) => x.text.key === 'reason.payments_without_sell');
    expect(reason?.answers).toEqual(['goals', 'payments']);
  });

  it('an individual who wants to sell is told a service account needs an organisation', () => {
    const r = ok(evaluate({ entity: 'individual', location: 'mainland', goals: ['sell'] }));
    expect(r.type).toBe('subscription');
    expect(r.warnings[0]?.severity).toBe('critical');
    expect(warningIds(r)).toEqual(
      expect.arrayContaining(['service_needs_organisation', 'personal_cannot_verify']),
    );
    expect(r.warnings.find((w) => w.id === 'personal_cannot_verify')?.severity).toBe('critical');
  });

  it('ignores valid answers to questions the path does not ask', () => {
    const clean = ok(evaluate({ entity: 'company', location: 'mainland', goals: ['sell'] }));
    const stale = ok(
      evaluate({ entity: 'company', location: 'mainland', goals: ['sell'], china_entity: 'partner_licence' }),
    );
    expect(stale).toEqual(clean);
    expect(stale.answers).not.toHaveProperty('china_entity');
  });
});

describe('evaluate: the result', () => {
  const answers = {
    entity: 'company',
    location: 'overseas',
    china_entity: 'partner_licence',
    control: 'flexible',
    goals: ['publish', 'sell', 'internal_team'],
    payments: 'rmb_domestic',
    frequency: 'weekly',
  };

  it('is deterministic', () => {
    expect(evaluate(answers)).toEqual(evaluate(JSON.parse(JSON.stringify(answers))));
  });

  it("under a partner's licence: ownership warnings first, WeCom beside it, the overseas account as runner-up", () => {
    const r = ok(evaluate(answers));
    expect([r.type, r.route]).toEqual(['service', 'third_party_licence']);
    expect(en(r)).toBe("Register a service account under a partner's licence");
    expect(r.companions.map((c) => c.type)).toEqual(['wecom']);
    expect(warningIds(r).slice(0, 3)).toEqual([
      'type_permanent',
      'third_party_ownership',
      'overseas_no_migration',
    ]);
    expect(r.runnerUp).toMatchObject({ type: 'service', route: 'overseas_licence' });
    expect(tt('en', r.runnerUp!.whyLost)).toMatch(/payments only cross-border/);
    expect(r.features.find((f) => f.id === 'ownership')).toMatchObject({ value: 'no' });
    expect(r.reasons.find((x) => x.text.key === 'reason.route.partner_flexible')?.answers).toEqual([
      'china_entity',
      'control',
    ]);
  });

  it('carries versions, sources and the conflicts it relies on', () => {
    const r = ok(
      evaluate({ entity: 'company', location: 'overseas', goals: ['sell'], payments: 'cross_border' }),
    );
    expect(r.knowledgeVersion).toBe(KNOWLEDGE_VERSION);
    expect(r.reviewed).toBe(REVIEWED);
    expect(r.conflicts.map((c) => c.factId)).toEqual(expect.arrayContaining(['W4', 'L3']));
    expect(tt('en', r.conflicts.find((c) => c.factId === 'L3')!.text)).toMatch(/^Sources disagree/);
    // L2 settled that it works; L3 still disagrees on where, which the conflicts list carries.
    expect(r.features.find((f) => f.id === 'wechat_pay')?.value).toBe('limited');
  });

  it('shows the mainland verification fee from V1 and the review time from V3', () => {
    const r = ok(evaluate({ entity: 'company', location: 'mainland', goals: ['services'] }));
    expect(r.fees.find((f) => f.id === 'verification')).toMatchObject({ facts: ['V1'] });
    expect(tt('en', r.fees.find((f) => f.id === 'verification')!.text)).toContain('300 RMB per review');
    expect(r.timeline.facts).toContain('V3');
    expect(r.goLive?.facts).toEqual(['V3']);
    expect(r.steps.map((s) => s.id).slice(0, 4)).toEqual(['name', 'register', 'identity', 'verify']);
    expect(r.steps[1]?.url).toBe(OFFICIAL_LINKS.mp);
  });
});

describe('what-ifs', () => {
  it('offers a China entity and a partner licence to an overseas company, each changing the route', () => {
    const flips = whatIfs(
      ok(evaluate({ entity: 'company', location: 'overseas', china_entity: 'none', goals: ['sell'] })),
    );
    const ids = flips.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['set_up_china_entity', 'use_partner_licence']));
    const setUp = flips.find((f) => f.id === 'set_up_china_entity')!;
    expect(ok(evaluate(setUp.answers)).route).toBe('china_entity');
    expect(tt('en', setUp.label)).toBe('What if we set up a company in China?');
  });

  it('offers nothing that would not change the answer', () => {
    const flips = whatIfs(
      ok(evaluate({ entity: 'company', location: 'mainland', goals: ['publish', 'internal_team'] })),
    );
    expect(flips.map((f) => f.id)).not.toContain('internal_team');
  });
});

describe('knowledge and comparison', () => {
  it('compares subscription, service and WeCom, local and overseas, in about a dozen rows', () => {
    expect(COMPARE_TYPES).toEqual(['subscription', 'service', 'wecom']);
    expect(COMPARE_REGIONS).toEqual(['local', 'overseas']);
    expect(COMPARE_ROWS.length).toBeGreaterThanOrEqual(10);
    const broadcasts = COMPARE_ROWS.find((row) => row.id === 'broadcasts')!;
    expect(tt('en', broadcasts.cells.subscription.local.text)).toMatch(/^One a day/);
    expect(tt('en', broadcasts.cells.service.local.text)).toMatch(/^Four per calendar month/);
    expect(broadcasts.cells.subscription.overseas.value).toBe('conflict');
    const migration = COMPARE_ROWS.find((row) => row.id === 'migration')!;
    expect(migration.cells.service.overseas.facts).toEqual(['C2b']);
  });
});
