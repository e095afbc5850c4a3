/**
 * A proposed account name against WeChat's naming rules (N1; a Mini Program's name follows the
 * same rule, M2): its length as WeChat counts it (4–30, a Chinese character counts 2) and the
 * characters the rule does not allow (Chinese, English letters and digits only). Whether a
 * name is taken, or is a trademark or a protected word, only the platform can say: no word
 * list here, because the fact sheet has none.
 */

export const NAME_MIN = 4;
export const NAME_MAX = 30;
/** The facts these rules come from, in the order the checker lists them. */
export const NAME_FACTS = ['N1', 'M2'] as const;

/** Why a character is refused: a space, a full-width letter or digit (its half-width form is fine), anything else. */
export type BadKind = 'space' | 'fullwidth' | 'other';

export interface BadChar {
  char: string;
  kind: BadKind;
  /** For a full-width letter or digit: the half-width character the rule allows. */
  halfWidth?: string;
}

export interface NameCheck {
  /** The name as checked: leading and trailing spaces are not part of what the person means. */
  name: string;
  /** Length as WeChat counts it. */
  length: number;
  /** 'empty' | 'short' (under 4) | 'long' (over 30) | 'ok'. */
  lengthVerdict: 'empty' | 'short' | 'long' | 'ok';
  /** How many units to remove (long) or add (short); 0 when the length is fine. */
  off: number;
  /** Each refused character once, in the order it first appears. */
  bad: BadChar[];
  /** Length fine and no refused character. */
  ok: boolean;
}

// Han ideographs by code point: the URO, extension A, compatibility ideographs, and the
// supplementary planes (extensions B onwards). Ranges, not \p{Script=Han}: older phones' JS
// engines in WeChat may lack Unicode property escapes.
const HAN: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2fa1f],
  [0x30000, 0x3134f],
];

export function isHan(codePoint: number): boolean {
  return HAN.some(([from, to]) => codePoint >= from && codePoint <= to);
}

function isAsciiLetterOrDigit(codePoint: number): boolean {
  return (
    (codePoint >= 0x30 && codePoint <= 0x39) ||
    (codePoint >= 0x41 && codePoint <= 0x5a) ||
    (codePoint >= 0x61 && codePoint <= 0x7a)
  );
}

/** A full-width letter or digit (Ａ, ｂ, ３): its half-width form, else null. */
function halfWidthOf(codePoint: number): string | null {
  const half = codePoint - 0xfee0;
  return codePoint >= 0xff01 && codePoint <= 0xff5e && isAsciiLetterOrDigit(half)
    ? String.fromCharCode(half)
    : null;
}

function badChar(char: string, codePoint: number): BadChar {
  if (/\s/.test(char) || codePoint === 0x3000) return { char, kind: 'space' };
  const half = halfWidthOf(codePoint);
  return half === null ? { char, kind: 'other' } : { char, kind: 'fullwidth', halfWidth: half };
}

/** Length as WeChat counts it: a Chinese character 2, anything else 1 (per code point, so an emoji is one). */
export function nameLength(name: string): number {
  let length = 0;
  for (const char of Array.from(name)) length += isHan(char.codePointAt(0) ?? 0) ? 2 : 1;
  return length;
}

export function checkName(input: string): NameCheck {
  const name = input.trim();
  const length = nameLength(name);
  const bad: BadChar[] = [];
  for (const char of Array.from(name)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isHan(codePoint) || isAsciiLetterOrDigit(codePoint)) continue;
    if (!bad.some((b) => b.char === char)) bad.push(badChar(char, codePoint));
  }
  let lengthVerdict: NameCheck['lengthVerdict'] = 'ok';
  let off = 0;
  if (name === '') lengthVerdict = 'empty';
  else if (length < NAME_MIN) {
    lengthVerdict = 'short';
    off = NAME_MIN - length;
  } else if (length > NAME_MAX) {
    lengthVerdict = 'long';
    off = length - NAME_MAX;
  }
  return { name, length, lengthVerdict, off, bad, ok: lengthVerdict === 'ok' && bad.length === 0 };
}
