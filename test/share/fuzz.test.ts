/**
 * Fuzz: random and mutated share queries, from a seeded generator so every run is the same.
 * decodeQuery must never throw, and whatever it accepts must pass validateAnswers; a mutated
 * link must never come back as a different answer set.
 */
import { enumeratePaths, validateAnswers } from '../../miniprogram/rules/questions';
import { RULES_VERSION } from '../../miniprogram/rules/version';
import { decodeQuery, encodeAnswers } from '../../miniprogram/share/codec';
import { parseQueryString } from '../helpers/query';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NASTY = `${URL_CHARS}%&=?#. +/\\'"<>{}[]\u0000\u00e9\u4e2d\ud83d\ude00`;

describe('share link decoder under fuzz', () => {
  it('never throws and never accepts invalid or altered answers', () => {
    const rand = mulberry32(20261125);
    const int = (n: number) => Math.floor(rand() * n);
    const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
    const str = (alphabet: string, max: number) => {
      const chars = Array.from(alphabet);
      let out = '';
      for (let i = int(max + 1); i > 0; i -= 1) out += pick(chars);
      return out;
    };

    const paths = enumeratePaths();
    const good = paths.map((answers) => encodeAnswers(answers));
    const goodSet = new Set(good.map((qs) => parseQueryString(qs).a));

    const mutate = (s: string): string => {
      const chars = Array.from(s);
      const i = int(chars.length + 1);
      switch (int(6)) {
        case 0:
          chars[Math.min(i, chars.length - 1)] = pick(Array.from(URL_CHARS));
          break;
        case 1:
          chars.splice(i, 1);
          break;
        case 2:
          chars.splice(i, 0, pick(Array.from(NASTY)));
          break;
        case 3:
          chars.length = i;
          break;
        case 4: {
          const j = int(chars.length);
          const k = int(chars.length);
          [chars[j], chars[k]] = [chars[k] as string, chars[j] as string];
          break;
        }
        default:
          return s + s.slice(0, i);
      }
      return chars.join('');
    };

    let runs = 0;
    let accepted = 0;
    let acceptedAltered = 0;
    const check = (query: Record<string, string | undefined>, original?: { a: string; answers: unknown }) => {
      runs += 1;
      let result: ReturnType<typeof decodeQuery>;
      expect(() => {
        result = decodeQuery(query);
      }).not.toThrow();
      result = decodeQuery(query);
      if (!result.ok) {
        expect(['missing', 'truncated', 'tampered', 'unknown_version', 'invalid']).toContain(
          result.error.code,
        );
        expect(result.error.message.key).toMatch(/^share\.error\./);
        return;
      }
      accepted += 1;
      const valid = validateAnswers(result.answers);
      expect(valid.ok).toBe(true);
      if (original && query.a !== original.a) acceptedAltered += 1;
    };

    // 1. Random queries: random keys and values, random strings as whole query strings.
    for (let n = 0; n < 4000; n += 1) {
      const mode = int(4);
      if (mode === 0) check({ v: str(NASTY, 6), a: str(URL_CHARS, 30) });
      else if (mode === 1) check({ v: RULES_VERSION, a: str(URL_CHARS, 30) });
      else if (mode === 2) check(parseQueryString(str(NASTY, 60)));
      else {
        // Values of the wrong type, as a careless caller or a hostile page might pass.
        const weird: unknown[] = [undefined, null, 42, ['x'], { a: 1 }, '', RULES_VERSION];
        check({ v: pick(weird), a: pick(weird) } as unknown as Record<string, string>);
      }
    }

    // 2. Mutations of real links: one to three edits of the answers, the version, or the query string.
    for (let n = 0; n < 7000; n += 1) {
      const qs = pick(good);
      const parsed = parseQueryString(qs);
      const a = parsed.a as string;
      const answers = decodeQuery(parsed);
      let mutatedA = a;
      for (let k = 1 + int(3); k > 0; k -= 1) mutatedA = mutate(mutatedA);
      const mode = int(5);
      if (mode <= 2) check({ v: RULES_VERSION, a: mutatedA }, { a, answers });
      else if (mode === 3) check({ v: mutate(RULES_VERSION), a }, { a, answers });
      else check(parseQueryString(mutate(qs)), { a, answers });
    }

    console.log(
      `share codec fuzz: ${runs} queries decoded without a throw; ${accepted} accepted, all valid; ${acceptedAltered} altered links accepted`,
    );
    expect(runs).toBeGreaterThanOrEqual(10000);
    // An altered link that still decodes would show a result nobody chose.
    expect(acceptedAltered).toBe(0);
    expect(goodSet.size).toBe(good.length);
  });
});
