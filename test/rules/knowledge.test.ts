/**
 * The knowledge base against shared/FACTS.md's third review: every row, its confidence, sources
 * that are structured and citable, wording that follows confidence, conflicts with a question to
 * ask, the fact view the pages use, and when the facts count as old.
 */
import { factView } from '../../miniprogram/i18n/fact-view';
import { hasKey, tt } from '../../miniprogram/i18n';
import {
  FACTS,
  FACT_IDS,
  OFFICIAL_LINKS,
  SOURCE_ADDRESSES,
  factAddresses,
  factSources,
} from '../../miniprogram/rules/knowledge';
import {
  factsFreshness,
  freshness,
  oldestReview,
  parseYearMonth,
  STALE_AFTER_MONTHS,
} from '../../miniprogram/rules/freshness';
import type { Confidence, Fact } from '../../miniprogram/rules/types';
import { KNOWLEDGE_VERSION, REVIEWED, RULES_VERSION } from '../../miniprogram/rules/version';

/** FACTS.md's rows in its order, with the confidence kept (the lower where a row gives two). */
const ROWS: Record<string, Confidence> = {
  T1: 'high',
  T2: 'high',
  T3: 'high',
  T4: 'high',
  T5: 'medium',
  T6: 'medium', // high / medium
  T7: 'medium',
  T8: 'high',
  T9: 'high',
  T10: 'high',
  C1: 'high',
  C2: 'medium',
  C2b: 'medium',
  C3: 'low', // medium (exception: low)
  C4: 'derived',
  C5: 'derived',
  G1: 'high',
  G2: 'medium',
  W1: 'medium',
  W2: 'derived',
  W3: 'high',
  W4: 'low',
  W5: 'medium',
  W6: 'low',
  S1: 'high',
  S2: 'medium', // high (time) / medium (citizens only)
  S3: 'low', // medium / low
  O1: 'medium',
  O2: 'medium',
  O3: 'derived',
  V1: 'medium',
  V2: 'low',
  V3: 'medium',
  V4: 'medium', // high (interface) / medium (admin)
  V5: 'medium',
  M1: 'medium',
  M2: 'high',
  L4: 'medium',
  Y1: 'high',
  Y2: 'medium',
  L1: 'high',
  L2: 'high',
  L3: 'high',
  R1: 'medium',
  R2: 'medium',
  R3: 'high',
  P1: 'medium', // high / medium
  P2: 'low',
  E1: 'low', // medium (overseas: low)
  E2: 'medium',
  N1: 'medium',
};

/** FACTS.md's "Sources never to cite". */
const NEVER_CITE = [
  'furniturerepairzone.com',
  'e-named.com',
  'ducksell.com',
  'information.bz',
  'nftprojectcrowds.com',
  'wffgtd.com',
  'hersheytoyshow.com',
  'wajiafang.com',
  'aoaoao.org',
  'comfy-sweaters.com',
];

const fact = (id: string): Fact => {
  const found = FACTS[id];
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};
const zh = (key: string) => tt('zh', { key });
const en = (key: string) => tt('en', { key });
const allSources = FACT_IDS.flatMap((id) => fact(id).sources);

describe('the third review, row by row', () => {
  it('holds every row of FACTS.md in its order, each with its confidence and a review date', () => {
    expect(FACT_IDS).toEqual(Object.keys(ROWS));
    for (const id of FACT_IDS) {
      expect([id, fact(id).confidence]).toEqual([id, ROWS[id]]);
      expect(fact(id).reviewed).toBe('2026-12');
      expect(fact(id).key).toBe(`fact.${id}`);
    }
    expect(REVIEWED).toBe('2026-12');
    expect(KNOWLEDGE_VERSION).toBe('2026.12');
    expect(RULES_VERSION).toBeTruthy();
  });

  it('flags a conflict only where sources still disagree (L2 is settled by the official docs)', () => {
    expect(FACT_IDS.filter((id) => fact(id).conflict)).toEqual(['C3', 'W4', 'W6', 'L3']);
    expect(fact('L2').conflict).toBeUndefined();
  });

  it('gives every fact its sources; a derived fact names the facts it follows from', () => {
    for (const id of FACT_IDS) {
      const { confidence, sources, derivedFrom } = fact(id);
      if (confidence === 'derived') {
        expect(derivedFrom?.length).toBeGreaterThan(0);
        for (const from of derivedFrom ?? []) expect(FACTS[from]).toBeDefined();
      } else {
        expect([id, sources.length > 0]).toEqual([id, true]);
        expect(derivedFrom).toBeUndefined();
      }
      expect([id, factSources(id).length > 0]).toEqual([id, true]);
    }
    expect(fact('C4').derivedFrom).toEqual(['C1', 'C2', 'C2b', 'C3']);
    expect(factAddresses('C4')).toContain('zhongyangkeji.com/89.html');
    expect(factAddresses('O3')[0]).toBe('pay.weixin.qq.com/docs/partner/products/ecommerce/apilist.html');
    for (const id of FACT_IDS) expect(SOURCE_ADDRESSES[id]).toEqual(factAddresses(id));
  });

  it('writes sources as data: a kind, an address without scheme, the source’s own date', () => {
    const kinds = new Set(['official', 'government', 'agency', 'press', 'community']);
    for (const source of allSources) {
      expect(kinds.has(source.kind)).toBe(true);
      expect(source.name || source.address).toBeTruthy();
      if (source.name) expect([source.name, hasKey(source.name)]).toEqual([source.name, true]);
      if (source.address) expect(source.address).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
      if (source.date) expect(source.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(new Set(allSources.map((s) => s.kind))).toEqual(kinds);
  });

  it('never cites a spam host, a stale mirror, the word "seed" or a file name', () => {
    for (const source of allSources) {
      const where = `${source.name ?? ''} ${source.address ?? ''}`.toLowerCase();
      for (const host of NEVER_CITE) expect(where).not.toContain(host);
      expect(where).not.toMatch(/seed|\.txt\b|w3cschool/);
    }
    const seed = fact('C1').sources.find((s) => s.address?.startsWith('phoceis.asia'));
    expect(seed).toEqual({
      kind: 'agency',
      address: 'phoceis.asia/2019/03/12/wechat-official-account-local-vs-overseas/',
      date: '2019-03-12',
    });
  });

  it('prefers official addresses: the WeChat Pay and developer docs back the rows they settle', () => {
    const official = (id: string) => fact(id).sources.filter((s) => s.kind === 'official').length;
    for (const id of ['T6', 'T8', 'T9', 'T10', 'G1', 'S1', 'V4', 'M2', 'Y1', 'L2', 'L3', 'P1']) {
      expect([id, official(id) > 0]).toEqual([id, true]);
    }
    expect(factAddresses('T8')[0]).toMatch(/^developers\.weixin\.qq\.com\/doc\//);
    expect(factAddresses('L3')[0]).toBe('pay.weixin.qq.com/wiki/doc/api_external/en/open/chapter5_1_2.shtml');
    expect(Object.values(OFFICIAL_LINKS).every((link) => link.startsWith('https://'))).toBe(true);
    expect(OFFICIAL_LINKS.pay).toBe('https://pay.weixin.qq.com');
  });
});

describe('statements', () => {
  const latinWords = (text: string) => text.replace(/\b[A-Z]\d{1,2}b?\b/g, '').match(/[A-Za-z]{2,}/g);

  it('exist in both languages, with a conflict text and a question for each conflict', () => {
    for (const id of FACT_IDS) {
      expect([id, hasKey(`fact.${id}`)]).toEqual([id, true]);
      const hasConflictTexts = hasKey(`conflict.${id}`) && hasKey(`ask.${id}`);
      expect([id, hasConflictTexts]).toEqual([id, fact(id).conflict === true]);
    }
  });

  it('are written in Chinese without English words (fact ids aside)', () => {
    const keys = FACT_IDS.flatMap((id) => [`fact.${id}`, `conflict.${id}`, `ask.${id}`]).filter(hasKey);
    for (const key of keys) expect([key, latinWords(zh(key))]).toEqual([key, null]);
    for (const c of ['high', 'medium', 'low', 'derived'])
      expect(latinWords(zh(`confidence.${c}`))).toBeNull();
  });

  it('follow confidence: plain when high, "according to" when medium, "confirm" when low', () => {
    for (const id of FACT_IDS) {
      const { confidence } = fact(id);
      if (confidence === 'medium') {
        expect([id, zh(`fact.${id}`)]).toEqual([id, expect.stringContaining('据')]);
        expect([id, en(`fact.${id}`)]).toEqual([id, expect.stringMatching(/according to/i)]);
      }
      if (confidence === 'low') {
        expect([id, zh(`fact.${id}`)]).toEqual([id, expect.stringContaining('请向平台确认')]);
        expect([id, en(`fact.${id}`)]).toEqual([id, expect.stringMatching(/confirm with the platform/i)]);
      }
      if (confidence === 'high') {
        expect([id, zh(`fact.${id}`)]).toEqual([id, expect.not.stringContaining('请向平台确认')]);
        expect([id, en(`fact.${id}`)]).toEqual([id, expect.not.stringMatching(/confirm with/i)]);
      }
    }
  });

  it('say "not found" where the review found nothing, and never fill the gap', () => {
    for (const id of ['T7', 'S2', 'M1']) {
      expect([id, zh(`fact.${id}`)]).toEqual([id, expect.stringContaining('未查到')]);
      expect([id, en(`fact.${id}`)]).toEqual([
        id,
        expect.stringMatching(/found no|found nothing|nothing on/),
      ]);
    }
    expect(en('fact.V2')).toMatch(/no official source/);
    expect(en('fact.O3')).toMatch(/^No source shows/);
  });

  it('correct what the second review got wrong', () => {
    expect(zh('fact.T1')).toContain('英文名称于 2020 年更改');
    expect(en('fact.T1')).toContain('WeChat Work until 2020');
    expect(en('fact.T8')).toContain('within 1 minute');
    expect(en('fact.V4')).toMatch(/starts unverified/);
    expect(en('fact.L2')).toMatch(/out of date/);
  });
});

describe('the fact view', () => {
  it('shows a conflicting fact with its question in Chinese and, in English, its gloss', () => {
    const view = factView('en', 'L3');
    expect(view).toMatchObject({
      id: 'L3',
      statement: en('fact.L3'),
      confidence: 'high confidence',
      reviewed: 'Checked 2026-12',
      conflict: en('conflict.L3'),
      question: zh('ask.L3'),
      questionGloss: en('ask.L3'),
    });
    expect(view?.sources[0]).toEqual({
      name: 'WeChat Pay docs',
      kindLabel: 'official',
      address: 'pay.weixin.qq.com/wiki/doc/api_external/en/open/chapter5_1_2.shtml',
      date: '2025-12-31',
    });
    expect(view?.addresses).toEqual(factAddresses('L3'));
    expect(view?.origin).toContain('WeChat Pay docs (official)');
    const zhView = factView('zh', 'L3');
    expect(zhView).toMatchObject({ question: zh('ask.L3'), questionGloss: '', reviewed: '核对于 2026-12' });
    expect(zhView?.origin).toContain('微信支付文档（官方）');
  });

  it('names a source by its host when it has no publisher name, and leaves out what is unknown', () => {
    const seed = factView('zh', 'L1')?.sources[0];
    expect(seed).toEqual({
      name: 'phoceis.asia',
      kindLabel: '代理机构',
      address: 'phoceis.asia/2019/03/12/wechat-official-account-local-vs-overseas/',
      date: '2019-03-12',
    });
    expect(factView('en', 'P2')).toMatchObject({
      confidence: 'low confidence',
      sources: [{ name: 'an agency post', kindLabel: 'agency', address: '', date: '2025' }],
      addresses: [],
      conflict: '',
      question: '',
    });
  });

  it('backs a derived fact with the sources of the facts it follows from', () => {
    const view = factView('en', 'C5');
    expect(view?.derivedFrom).toEqual(['C2', 'C2b']);
    expect(view?.confidence).toBe('derived from other facts');
    expect(view?.addresses).toContain('zhongyangkeji.com/89.html');
    expect(factView('en', 'nope')).toBeNull();
  });
});

describe('freshness', () => {
  const reviewed = '2026-12';

  it.each([
    [{ year: 2027, month: 11 }, 11, false],
    [{ year: 2027, month: 12 }, 12, false],
    [{ year: 2028, month: 1 }, 13, true],
    [{ year: 2030, month: 6 }, 42, true],
    [{ year: 2026, month: 12 }, 0, false],
    [{ year: 2026, month: 3 }, 0, false], // a phone clock behind the review: not stale
  ])('on %o: %i months, stale %s', (today, months, stale) => {
    expect(freshness(reviewed, today)).toEqual({ stale, monthsElapsed: months, reviewed });
  });

  it('stales only after more than twelve months', () => {
    expect(STALE_AFTER_MONTHS).toBe(12);
  });

  it.each([
    ['a month 0', reviewed, { year: 2027, month: 0 }],
    ['a month 13', reviewed, { year: 2027, month: 13 }],
    ['a fractional year', reviewed, { year: 2027.5, month: 1 }],
    ['NaN', reviewed, { year: Number.NaN, month: 1 }],
    ['a review date with a day', '2026-12-01', { year: 2028, month: 1 }],
    ['a review date that is no date', 'soon', { year: 2028, month: 1 }],
    ['review month 13', '2026-13', { year: 2028, month: 1 }],
  ])('refuses %s', (_, date, today) => {
    expect(freshness(date, today)).toBeNull();
  });

  it('judges the facts by their oldest review date, so a partial review cannot hide an old fact', () => {
    expect(parseYearMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(oldestReview()).toBe('2026-12');
    expect(oldestReview(['T1', 'unknown'])).toBe('2026-12');
    expect(oldestReview([])).toBeNull();
    expect(factsFreshness({ year: 2028, month: 1 })).toEqual({ stale: true, monthsElapsed: 13, reviewed });
    expect(factsFreshness({ year: 2028, month: 1 }, [])).toBeNull();
  });

  it('has a notice to show in both languages', () => {
    const notice = tt('en', { key: 'facts.stale', params: { date: reviewed, months: 13 } });
    expect(notice).toBe(
      "Facts last reviewed 2026-12, 13 months ago. The platform's rules change: check the official links.",
    );
    expect(tt('zh', { key: 'facts.stale', params: { date: reviewed, months: 13 } })).toContain('2026-12');
  });
});
