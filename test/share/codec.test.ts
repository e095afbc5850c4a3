import { enumeratePaths, QUESTIONS, validateAnswers } from '../../miniprogram/rules/questions';
import { RULES_VERSION } from '../../miniprogram/rules/version';
import {
  createCodec,
  decodeQuery,
  encodeAnswers,
  layoutOf,
  LEGACY_LAYOUTS,
  type Layout,
} from '../../miniprogram/share/codec';
import { PAGES } from '../../miniprogram/share/pages';
import { parseQueryString } from '../helpers/query';
import { tt } from '../../miniprogram/i18n';
import { FRENCH_BRAND } from '../helpers/personas';

const decodeString = (qs: string) => decodeQuery(parseQueryString(qs));

describe('share link codec', () => {
  it('round-trips every reachable answer path, with short URL-safe links', () => {
    const paths = enumeratePaths();
    expect(paths.length).toBeGreaterThan(100);
    const lengths: number[] = [];
    for (const answers of paths) {
      const qs = encodeAnswers(answers);
      expect(qs).toMatch(/^v=[\w.-]+&a=[A-Za-z0-9_-]+$/);
      const fullPath = `${PAGES.result}?${qs}&s=1`;
      lengths.push(fullPath.length);
      const decoded = decodeString(qs);
      const expected = validateAnswers(answers);
      if (!expected.ok) throw new Error('enumeratePaths produced invalid answers');
      expect(decoded).toEqual({
        ok: true,
        answers: expected.answers,
        version: RULES_VERSION,
        outdated: false,
      });
    }
    const min = Math.min(...lengths);
    const max = Math.max(...lengths);
    const encoded = paths.map((answers) => encodeAnswers(answers).length);
    console.log(
      `share codec: ${paths.length} reachable paths round-trip; encoded query ${Math.min(...encoded)}-${Math.max(...encoded)} chars; shared page path (with &s=1) ${min}-${max} chars`,
    );
    // WeChat's share path limit is far above this; keep links compact anyway.
    expect(max).toBeLessThan(64);
  });

  it('keeps "no goals selected" apart from "goals not answered"', () => {
    const none = decodeString(encodeAnswers({ entity: 'company', goals: [] }));
    const unanswered = decodeString(encodeAnswers({ entity: 'company' }));
    expect(none.ok && none.answers).toEqual({ entity: 'company', goals: [] });
    expect(unanswered.ok && unanswered.answers).toEqual({ entity: 'company' });
  });

  it('refuses answers it cannot encode instead of writing a wrong link', () => {
    expect(() => encodeAnswers({ entity: 'alien' })).toThrow(/share\/codec/);
    expect(() => encodeAnswers({ colour: 'blue' })).toThrow(/share\/codec/);
    expect(() => encodeAnswers({ entity: 'company' }, 'no-such-version')).toThrow(/share\/codec/);
  });

  it('refuses a megabyte-long value before percent-decoding any of it', () => {
    const decode = jest.spyOn(globalThis, 'decodeURIComponent');
    try {
      const megabyte = 1 << 20;
      const huge = [
        { v: RULES_VERSION, a: 'A'.repeat(megabyte) },
        { v: RULES_VERSION, a: '%41'.repeat(megabyte / 3) },
        { v: '%31'.repeat(megabyte / 3), a: 'AAAA' },
      ];
      for (const query of huge) {
        expect(decodeQuery(query)).toEqual({
          ok: false,
          error: { code: 'invalid', message: { key: 'share.error.invalid' } },
        });
      }
      // Nothing longer than a full link, percent-encoded throughout, ever reaches the decoder.
      const longest = Math.max(0, ...decode.mock.calls.map(([value]) => String(value).length));
      expect(longest).toBeLessThanOrEqual(256 * 3);
    } finally {
      decode.mockRestore();
    }
  });

  describe('bad links get a typed error with a message in both languages', () => {
    const good = encodeAnswers(FRENCH_BRAND);
    const q = parseQueryString(good);
    const a = q.a as string;
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);

    const cases: Array<[string, Record<string, string | undefined>, string]> = [
      ['no query at all', {}, 'missing'],
      ['only the shared flag', { s: '1' }, 'missing'],
      ['version kept, answers cut off', { v: RULES_VERSION }, 'truncated'],
      ['answers cut short', { v: RULES_VERSION, a: a.slice(0, -1) }, 'truncated'],
      ['answers cut in half', { v: RULES_VERSION, a: a.slice(0, 4) }, 'truncated'],
      ['one answer changed', { v: RULES_VERSION, a: flip(a, 0) }, 'tampered'],
      ['check changed', { v: RULES_VERSION, a: flip(a, a.length - 1) }, 'tampered'],
      ['extra characters', { v: RULES_VERSION, a: `${a}A` }, 'tampered'],
      ['a version from the future', { v: '999', a }, 'unknown_version'],
      ['no version', { a }, 'invalid'],
      ['characters outside the alphabet', { v: RULES_VERSION, a: `${a.slice(0, -1)}*` }, 'invalid'],
      ['broken percent-encoding', { v: RULES_VERSION, a: '%E0%A4%A' }, 'invalid'],
    ];
    it.each(cases)('%s', (_name, query, code) => {
      const result = decodeQuery(query);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      for (const lang of ['zh', 'en'] as const) {
        const text = tt(lang, result.error.message);
        expect(text).not.toBe(result.error.message.key);
        expect(text.length).toBeGreaterThan(5);
      }
    });

    it('accepts the same link percent-encoded, as some entry points deliver it', () => {
      const encoded = { v: encodeURIComponent(RULES_VERSION), a: encodeURIComponent(a) };
      expect(decodeQuery(encoded).ok).toBe(true);
    });
  });

  describe('links from an earlier rules version (version map)', () => {
    // A made-up history: version "0" had a "yearly" frequency, no "reach" question, and called
    // the partner option "agency_licence". Today's codec must still open its links.
    const today = layoutOf(QUESTIONS);
    const oldLayout: Layout = today
      .filter((q) => q.id !== 'reach')
      .map((q) => {
        if (q.id === 'frequency') return { ...q, options: [...q.options, 'yearly'] };
        if (q.id === 'china_entity')
          return { ...q, options: q.options.map((o) => (o === 'partner_licence' ? 'agency_licence' : o)) };
        return q;
      });
    const codecWithAll = createCodec(LEGACY_LAYOUTS);
    const codec = createCodec({
      '0': {
        layout: oldLayout,
        migrate: (answers) =>
          answers.china_entity === 'agency_licence'
            ? { ...answers, china_entity: 'partner_licence' }
            : answers,
      },
    });

    it('opens an old link as outdated, carrying answers over by id', () => {
      const old = codec.encodeAnswers(
        { entity: 'company', location: 'overseas', china_entity: 'agency_licence', frequency: 'weekly' },
        '0',
      );
      expect(codec.decodeQuery(parseQueryString(old))).toEqual({
        ok: true,
        version: '0',
        outdated: true,
        answers: {
          entity: 'company',
          location: 'overseas',
          china_entity: 'partner_licence',
          frequency: 'weekly',
        },
      });
    });

    it('drops an option that no longer exists, so today the default applies', () => {
      const old = codec.encodeAnswers({ entity: 'company', frequency: 'yearly' }, '0');
      const result = codec.decodeQuery(parseQueryString(old));
      expect(result).toEqual({ ok: true, version: '0', outdated: true, answers: { entity: 'company' } });
    });

    it('never reads an old link with the current layout', () => {
      const old = parseQueryString(codec.encodeAnswers({ entity: 'company' }, '0'));
      const asCurrent = decodeQuery({ v: RULES_VERSION, a: old.a });
      expect(asCurrent.ok).toBe(false);
    });

    it("the shipped version map has today's version, frozen exactly as today's questions", () => {
      // Fails when QUESTIONS changed without a version bump (links already sent would be misread
      // or refused), or when RULES_VERSION was bumped without adding it to LEGACY_LAYOUTS.
      // The rule is in the comment above LEGACY_LAYOUTS in miniprogram/share/layouts.ts.
      const frozenToday = LEGACY_LAYOUTS[RULES_VERSION];
      expect(frozenToday).toBeDefined();
      expect(frozenToday?.layout).toEqual(today);
      for (const [version, entry] of Object.entries(LEGACY_LAYOUTS)) {
        expect(version).toMatch(/^[\w.-]+$/);
        expect(entry.layout.length).toBeGreaterThan(0);
        // Every old layout can still encode and decode a minimal answer set.
        const qs = codecWithAll.encodeAnswers(
          { [entry.layout[0]?.id ?? '']: entry.layout[0]?.options[0] ?? '' },
          version,
        );
        expect(codecWithAll.decodeQuery(parseQueryString(qs)).ok).toBe(true);
      }
    });
  });
});
