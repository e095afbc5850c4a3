/**
 * A stand-in for canvas measureText, close to PingFang SC: Chinese characters, full-width forms
 * and CJK punctuation 1 em; Latin lower case about 0.55 em (narrow and wide letters apart),
 * capitals 0.7, digits 0.6, spaces and narrow punctuation 0.3; bold 5% wider.
 */
const NARROW = new Set(Array.from("ijlftrI.,:;'|!()[]"));
const WIDE = new Set(Array.from('mwMW%@&'));

function em(ch: string): number {
  if (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018-\u201d\u2026]/.test(ch))
    return 1;
  if (ch === ' ') return 0.3;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[0-9$]/.test(ch)) return 0.6;
  return 0.55;
}

/** Widths already worked out: the all-paths test measures the same lines tens of thousands of times. */
const known = new Map<string, Map<string, number>>();

export function realisticMeasure(text: string, font: string): number {
  let byText = known.get(font);
  if (!byText) known.set(font, (byText = new Map()));
  let width = byText.get(text);
  if (width === undefined) byText.set(text, (width = measure(text, font)));
  return width;
}

function measure(text: string, font: string): number {
  const px = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  const bold = /\bbold\b/.test(font) ? 1.05 : 1;
  let width = 0;
  for (const ch of Array.from(text)) width += em(ch) * px;
  return width * bold;
}
