/**
 * Line breaking for the poster, independent of any canvas: the caller passes the width of a
 * string in a font. Chinese, Japanese and Korean text may break between any two characters;
 * Latin text breaks at spaces, and a word wider than the line is broken hard so nothing
 * ever runs past the edge.
 */

export type MeasureText = (text: string, font: string) => number;

export const ELLIPSIS = '…';

// Han, kana, Hangul, CJK symbols and punctuation, fullwidth forms.
const CJK =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
// Characters that may not begin a line (closing punctuation), and may not end one (opening).
const NO_LINE_START = new Set(Array.from('，。、；：！？）》」』】〕〉”’…·%,.;:!?)]}'));
const NO_LINE_END = new Set(Array.from('（《「『【〔〈“‘([{'));

type Segment = { text: string; space: boolean };

/** Splits text into break units: one CJK character, one Latin word, or a run of spaces. */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let word = '';
  let spaces = '';
  const flushWord = () => {
    if (word) out.push({ text: word, space: false });
    word = '';
  };
  const flushSpaces = () => {
    if (spaces) out.push({ text: spaces, space: true });
    spaces = '';
  };
  for (const ch of Array.from(text)) {
    if (/\s/.test(ch)) {
      flushWord();
      spaces += ' ';
    } else if (CJK.test(ch)) {
      flushSpaces();
      // Closing CJK punctuation sticks to what precedes it, so it never starts a line.
      if (NO_LINE_START.has(ch) && word && !CJK.test(Array.from(word).pop() ?? '')) {
        word += ch;
        continue;
      }
      flushWord();
      out.push({ text: ch, space: false });
    } else {
      flushSpaces();
      word += ch;
    }
  }
  flushWord();
  flushSpaces();
  return out;
}

/** Breaks a single unbreakable string into pieces no wider than maxWidth (at least one char each). */
function hardBreak(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of Array.from(text)) {
    if (cur && measure(cur + ch, font) > maxWidth) {
      pieces.push(cur);
      cur = ch;
    } else {
      cur += ch;
    }
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** Wraps text into lines no wider than maxWidth (a lone character wider than the line is the only exception). */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let cur: string[] = [];
  let pendingSpace = false;
  const width = (parts: string[]) => measure(parts.join(''), font);
  const pushLine = (parts: string[]) => {
    const line = parts.join('').trim();
    if (line) lines.push(line);
  };

  for (const seg of segment(text)) {
    if (seg.space) {
      pendingSpace = cur.length > 0;
      continue;
    }
    const candidate = pendingSpace ? [...cur, ' ', seg.text] : [...cur, seg.text];
    if (width(candidate) <= maxWidth) {
      cur = candidate;
      pendingSpace = false;
      continue;
    }
    // It does not fit on this line.
    let carry: string[] = [];
    if (cur.length > 1 && !pendingSpace) {
      const first = Array.from(seg.text)[0] ?? '';
      const last = cur[cur.length - 1] ?? '';
      if (NO_LINE_START.has(first)) {
        // Kinsoku: a closing mark pulls the CJK character before it down, with any closing marks
        // between them ("消）" before "，"), so the next line starts with neither.
        let k = cur.length - 1;
        while (k > 0 && NO_LINE_START.has(Array.from(cur[k] ?? '')[0] ?? '')) k -= 1;
        const lead = cur[k] ?? '';
        if (k > 0 && CJK.test(lead) && lead.length <= 2) carry = cur.slice(k);
      } else if (NO_LINE_END.has(last)) carry = [last];
    }
    if (carry.length) cur = cur.slice(0, cur.length - carry.length);
    pushLine(cur);
    cur = [];
    pendingSpace = false;
    const start = [...carry, seg.text];
    if (width(start) <= maxWidth) {
      cur = start;
      continue;
    }
    const pieces = hardBreak(start.join(''), maxWidth, font, measure);
    for (const piece of pieces.slice(0, -1)) pushLine([piece]);
    cur = [pieces[pieces.length - 1] ?? ''];
  }
  pushLine(cur);
  return lines;
}

/** The longest prefix of text that, followed by an ellipsis, fits in maxWidth. */
export function withEllipsis(text: string, maxWidth: number, font: string, measure: MeasureText): string {
  const chars = Array.from(text.trimEnd());
  while (chars.length > 0) {
    const candidate = chars.join('').trimEnd() + ELLIPSIS;
    if (measure(candidate, font) <= maxWidth) return candidate;
    chars.pop();
  }
  return measure(ELLIPSIS, font) <= maxWidth ? ELLIPSIS : '';
}

/** Text on one line: itself when it fits, otherwise cut with an ellipsis. */
export function fitLine(text: string, maxWidth: number, font: string, measure: MeasureText): string {
  return measure(text, font) <= maxWidth ? text : withEllipsis(text, maxWidth, font, measure);
}

/**
 * Wraps and keeps at most maxLines; when text was dropped, the last kept line ends with an
 * ellipsis so the reader sees it was cut.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  font: string,
  measure: MeasureText,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const all = wrapText(text, maxWidth, font, measure).map((l) => fitLine(l, maxWidth, font, measure));
  if (all.length <= maxLines) return { lines: all, truncated: false };
  if (maxLines <= 0) return { lines: [], truncated: true };
  const kept = all.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, font, measure);
  return { lines: kept, truncated: true };
}
