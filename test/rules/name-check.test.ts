/**
 * The account-name rule (N1): length as WeChat counts it (a Chinese character 2, anything else
 * 1; 4–30) and the characters it refuses (only Chinese, English letters and digits), on mixed
 * Chinese and English names.
 */
import { checkName, isHan, NAME_MAX, NAME_MIN, nameLength } from '../../miniprogram/rules/name-check';

describe('name length as WeChat counts it', () => {
  it.each([
    ['', 0],
    ['abcd', 4],
    ['上海', 4],
    ['上海咖啡Lab', 11],
    ['Maison Lumière 上海', 6 + 1 + 7 + 1 + 4],
    ['OA导航2026', 2 + 4 + 4],
    ['𠀀', 2],
    ['😀😀', 2],
  ])('%j counts %i', (name, length) => {
    expect(nameLength(name)).toBe(length);
  });

  it('knows Han ideographs from Chinese punctuation, kana and full-width letters', () => {
    expect(['中', '㐀', '豈', '𠀀'].map((c) => isHan(c.codePointAt(0) ?? 0))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['，', '。', 'あ', 'Ａ', 'a', '1'].some((c) => isHan(c.codePointAt(0) ?? 0))).toBe(false);
  });
});

describe('checking a proposed name', () => {
  it('accepts Chinese, English letters and digits within 4–30', () => {
    for (const name of ['上海咖啡Lab', 'MaisonLumiere', '成都美食2026', '公众号']) {
      expect(checkName(name)).toEqual(
        expect.objectContaining({ ok: true, lengthVerdict: 'ok', off: 0, bad: [] }),
      );
    }
  });

  it('the limits: 4 and 30 pass, 3 and 31 do not, counting a Chinese character as 2', () => {
    expect(checkName('abc')).toEqual(expect.objectContaining({ lengthVerdict: 'short', off: 1, ok: false }));
    expect(checkName('中a')).toEqual(expect.objectContaining({ length: 3, lengthVerdict: 'short', off: 1 }));
    expect(checkName('中ab').lengthVerdict).toBe('ok');
    expect(checkName('中'.repeat(15))).toEqual(expect.objectContaining({ length: NAME_MAX, ok: true }));
    expect(checkName(`${'中'.repeat(15)}a`)).toEqual(
      expect.objectContaining({ length: 31, lengthVerdict: 'long', off: 1, ok: false }),
    );
    // 16 Chinese characters is 32: two over, though only 16 characters were typed.
    expect(checkName('中'.repeat(16))).toEqual(expect.objectContaining({ length: 32, off: 2 }));
    expect(checkName('a'.repeat(NAME_MIN)).ok).toBe(true);
  });

  it('names each refused character once, spaces and full-width letters by kind', () => {
    const check = checkName('Maison Lumière · 上海 Ｌａｂ！!');
    expect(check.ok).toBe(false);
    expect(check.bad).toEqual([
      { char: ' ', kind: 'space' },
      { char: 'è', kind: 'other' },
      { char: '·', kind: 'other' },
      { char: 'Ｌ', kind: 'fullwidth', halfWidth: 'L' },
      { char: 'ａ', kind: 'fullwidth', halfWidth: 'a' },
      { char: 'ｂ', kind: 'fullwidth', halfWidth: 'b' },
      { char: '！', kind: 'other' },
      { char: '!', kind: 'other' },
    ]);
  });

  it('refuses Chinese punctuation, kana, emoji and the ideographic space', () => {
    const check = checkName('咖啡，店　カフェ😀');
    expect(check.bad.map((b) => b.char)).toEqual(['，', '　', 'カ', 'フ', 'ェ', '😀']);
    expect(check.bad.find((b) => b.char === '　')?.kind).toBe('space');
  });

  it('ignores spaces around the name, and says nothing about an empty one', () => {
    expect(checkName('  上海咖啡  ')).toEqual(
      expect.objectContaining({ name: '上海咖啡', length: 8, ok: true }),
    );
    expect(checkName('   ')).toEqual(
      expect.objectContaining({ name: '', length: 0, lengthVerdict: 'empty', bad: [], ok: false }),
    );
  });
});
