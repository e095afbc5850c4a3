/**
 * Costs per result: totals over the first year and three years from sourced fees only, per
 * currency; a low-confidence amount marks the totals "reported"; a part without a sourced
 * number is named in words, never priced.
 */
import { tt } from '../../miniprogram/i18n';
import { evaluate, recommend } from '../../miniprogram/rules/engine';
import { FACTS } from '../../miniprogram/rules/knowledge';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import type { Answers, Evaluation, Money, Recommendation } from '../../miniprogram/rules/types';
import { FRENCH_BRAND } from '../helpers/personas';

function ok(result: Evaluation): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.error.code}`);
  return result;
}
const run = (answers: Answers) => ok(evaluate(answers));
const rmb = (amount: number): Money => ({ currency: 'RMB', amount });
const usd = (amount: number): Money => ({ currency: 'USD', amount });
const unpriced = (r: Recommendation) =>
  (r.costs?.unpriced ?? []).map((t) => t.key.replace('cost.unpriced.', ''));

describe('totals per route', () => {
  it.each<[string, Answers, Money[], Money[], boolean]>([
    ['personal account', { entity: 'individual', location: 'mainland' }, [rmb(0)], [rmb(0)], false],
    ['mainland company', { entity: 'company', location: 'mainland' }, [rmb(300)], [rmb(900)], false],
    ['government body', { entity: 'government', location: 'mainland' }, [rmb(0)], [rmb(0)], false],
    ['overseas brand', FRENCH_BRAND, [usd(99)], [usd(297)], true],
    [
      "partner's licence",
      { entity: 'company', location: 'overseas', china_entity: 'partner_licence', control: 'flexible' },
      [rmb(300)],
      [rmb(900)],
      false,
    ],
    [
      'representative office',
      { entity: 'company', location: 'overseas', china_entity: 'rep_office' },
      [rmb(300)],
      [rmb(900)],
      false,
    ],
    [
      'would-be sole trader who sells',
      { entity: 'individual', location: 'mainland', goals: ['sell'], sole_trader: 'willing' },
      [rmb(300)],
      [rmb(900)],
      false,
    ],
    [
      'mainland company with a Mini Program',
      { entity: 'company', location: 'mainland', goals: ['mini_program'] },
      [rmb(600)],
      [rmb(1800)],
      false,
    ],
    [
      'sole trader with a Mini Program (30 RMB reported, S3)',
      { entity: 'sole_trader', goals: ['mini_program'] },
      [rmb(330)],
      [rmb(990)],
      true,
    ],
    [
      'WeCom only, Shanghai',
      { entity: 'company', location: 'mainland', goals: ['internal_team'] },
      [rmb(300)],
      [rmb(900)],
      false,
    ],
    [
      'WeCom beside a verified mainland account: free through it (E1)',
      { entity: 'company', location: 'mainland', goals: ['publish', 'internal_team'] },
      [rmb(300)],
      [rmb(900)],
      false,
    ],
    [
      'WeCom only, overseas: 700 RMB reported, no later price',
      { entity: 'company', location: 'overseas', china_entity: 'none', goals: ['internal_team'] },
      [rmb(700)],
      [rmb(700)],
      true,
    ],
    [
      'overseas account and WeCom: two currencies',
      { entity: 'company', location: 'overseas', china_entity: 'none', goals: ['publish', 'internal_team'] },
      [rmb(700), usd(99)],
      [rmb(700), usd(297)],
      true,
    ],
  ])('%s', (_, answers, firstYear, threeYears, reported) => {
    const r = run(answers);
    expect(r.costs).toMatchObject({ firstYear, threeYears, reported });
  });

  it('no route, no costs', () => {
    expect(run({ entity: 'individual', location: 'overseas' }).costs).toBeNull();
  });
});

describe('what has no sourced number is named, never priced', () => {
  it.each<[string, Answers, string[]]>([
    [
      'a China company still to be set up',
      { entity: 'company', location: 'overseas', china_entity: 'willing_to_set_up', timeline: 'can_wait' },
      ['company_setup'],
    ],
    [
      "a partner's licence",
      { entity: 'company', location: 'overseas', china_entity: 'partner_licence', control: 'flexible' },
      ['partner_fee'],
    ],
    [
      'a sole trader who sells in RMB',
      { entity: 'individual', location: 'mainland', goals: ['sell'], sole_trader: 'willing' },
      ['sole_trader_registration', 'wechat_pay_rate'],
    ],
    [
      'a mainland Mini Program',
      { entity: 'company', location: 'mainland', goals: ['mini_program'] },
      ['icp_filing'],
    ],
    ['an overseas brand selling', FRENCH_BRAND, ['acquirer']],
    [
      'WeCom with customers',
      { entity: 'company', location: 'mainland', goals: ['customer_contact'] },
      ['wecom_size', 'wecom_contacts'],
    ],
  ])('%s', (_, answers, parts) => {
    expect(unpriced(run(answers))).toEqual(parts);
  });

  it("states WeChat Pay's 0.6% as a rate (Y2), not a sum in the totals", () => {
    const r = run({ entity: 'company', location: 'mainland', goals: ['sell'] });
    expect(r.fees.find((f) => f.id === 'wechat_pay')).toMatchObject({ facts: ['Y2', 'Y1'] });
    expect(r.fees.find((f) => f.id === 'wechat_pay')?.firstYear).toBeUndefined();
    expect(
      tt(
        'en',
        r.costs!.unpriced.find((t) => t.key === 'cost.unpriced.wechat_pay_rate')!,
      ),
    ).toMatch(/0\.6%/);
  });

  it('leaves a possible migration out of the totals', () => {
    const r = run({ entity: 'company', location: 'mainland' });
    expect(r.fees.find((f) => f.id === 'migration')?.firstYear).toBeUndefined();
  });
});

describe('on every reachable path', () => {
  const results = enumeratePaths().map((answers) => recommend(answers));

  it('every amount comes from its fee\'s first fact, and "reported" exactly when that fact is low', () => {
    const problems: string[] = [];
    for (const r of results) {
      for (const fee of r.fees) {
        if (!fee.firstYear) continue;
        if (fee.facts.length === 0) problems.push(`${fee.id}: priced without a fact`);
        // E1 is stored at its lower confidence (overseas: low); its mainland 300 RMB is medium.
        const first = fee.facts[0]!;
        const low = FACTS[first]?.confidence === 'low' && first !== 'E1';
        const overseasWecom = fee.text.key === 'fee.wecom_overseas';
        if (Boolean(fee.reported) !== (low || overseasWecom)) problems.push(`${fee.text.key}: reported flag`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('totals add up: first year per currency, three years = first year + two yearly reviews', () => {
    for (const r of results.filter((_, i) => i % 13 === 0)) {
      if (!r.costs) continue;
      const sum = (pick: (f: (typeof r.fees)[number]) => number, currency: string) =>
        r.fees.filter((f) => f.firstYear?.currency === currency).reduce((n, f) => n + pick(f), 0);
      for (const currency of ['RMB', 'USD']) {
        const first = sum((f) => f.firstYear!.amount, currency);
        const three = sum((f) => f.firstYear!.amount + 2 * (f.perYear?.amount ?? 0), currency);
        const shown = (list: Money[]) => list.find((m) => m.currency === currency)?.amount ?? 0;
        expect(shown(r.costs.firstYear)).toBe(first);
        expect(shown(r.costs.threeYears)).toBe(three);
      }
      expect(r.costs.firstYear.length).toBeGreaterThan(0);
    }
  });

  it('has costs and a go-live figure exactly when a route exists, and cites facts for both', () => {
    for (const r of results) {
      const routed = r.route !== 'not_available';
      expect([r.route, r.costs !== null, r.goLive !== null]).toEqual([r.route, routed, routed]);
      if (r.costs) expect(r.costs.facts.length).toBeGreaterThan(0);
      if (r.goLive) expect(r.goLive.facts.length).toBeGreaterThan(0);
    }
  });

  it('has the format keys in both languages', () => {
    expect(tt('zh', { key: 'cost.rmb', params: { amount: 300 } })).toBe('300 元');
    expect(tt('en', { key: 'cost.rmb', params: { amount: 300 } })).toBe('RMB 300');
    expect(tt('en', { key: 'cost.usd', params: { amount: 99 } })).toBe('US$99');
    expect(tt('zh', { key: 'cost.usd', params: { amount: 99 } })).toBe('99 美元');
  });
});
