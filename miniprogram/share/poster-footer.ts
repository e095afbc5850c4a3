/**
 * The poster's type, colours and footer: how to open the mini program (a card's tap line, the
 * poster's code or the name to search for) and the review date, laid out from the bottom up.
 */
import type { Geometry, PosterContent, PosterOp, TextOp } from './poster-types';
import { wrapText, type MeasureText } from './text-wrap';

const FONT_FAMILY = '"PingFang SC", "Helvetica Neue", Arial, sans-serif';

/** The app's light theme (app.wxss tokens): a saved image has no dark mode. */
export const COLORS = {
  background: '#ffffff',
  accent: '#07794a',
  text: '#1f2329',
  muted: '#5b6169',
  figuresBg: '#e3f3ec',
  warningBg: '#fff4e5',
  warning: '#8a4b00',
  rule: '#dcdfe4',
};

export function fontOf(px: number, bold = false): string {
  return `${bold ? 'bold' : 'normal'} ${px}px ${FONT_FAMILY}`;
}

/** The margin round the edge of a card or poster, in canvas units. */
export const paddingOf = (width: number) => Math.round(width * 0.05);

export const lineHeight = (px: number) => Math.round(px * 1.4);

export function text(
  value: string,
  x: number,
  y: number,
  font: string,
  color: string,
  m: MeasureText,
  h: number,
): TextOp {
  return { op: 'text', text: value, x, y, font, color, width: m(value, font), height: h };
}

/**
 * Draws the footer into ops and returns its top. A card says "tap to open in WeChat"; a poster
 * shows the mini program code with a line beside it, or without a code the name to search for.
 */
export function footer(
  content: PosterContent,
  geo: Geometry,
  pad: number,
  gap: number,
  px: number,
  m: MeasureText,
  ops: PosterOp[],
): number {
  const font = fontOf(px);
  const lh = lineHeight(px);
  const bottom = geo.height - pad;
  const inner = geo.width - pad * 2;
  if (geo.kind === 'poster' && geo.code) {
    const codeSize = Math.round(geo.width * 0.17);
    const textX = pad + codeSize + gap;
    const textW = geo.width - pad - textX;
    const call = wrapText(content.code, textW, font, m);
    const date = wrapText(content.reviewed, textW, font, m);
    const textH = (call.length + date.length) * lh;
    const h = Math.max(codeSize, textH);
    const top = bottom - h;
    ops.push({
      op: 'image',
      image: 'code',
      x: pad,
      y: top + Math.round((h - codeSize) / 2),
      w: codeSize,
      h: codeSize,
    });
    let y = top + Math.round((h - textH) / 2);
    for (const line of call) {
      ops.push(text(line, textX, y, font, COLORS.accent, m, lh));
      y += lh;
    }
    for (const line of date) {
      ops.push(text(line, textX, y, font, COLORS.muted, m, lh));
      y += lh;
    }
    return top;
  }
  const call = geo.kind === 'card' ? content.open : content.search;
  const callW = m(call, font);
  const dateW = m(content.reviewed, font);
  if (callW + gap * 2 + dateW <= inner) {
    ops.push(text(call, pad, bottom - lh, font, COLORS.accent, m, lh));
    ops.push(text(content.reviewed, geo.width - pad - dateW, bottom - lh, font, COLORS.muted, m, lh));
    return bottom - lh;
  }
  const callLines = wrapText(call, inner, font, m);
  const dateLines = wrapText(content.reviewed, inner, font, m);
  const top = bottom - (callLines.length + dateLines.length) * lh;
  let y = top;
  for (const line of callLines) {
    ops.push(text(line, pad, y, font, COLORS.accent, m, lh));
    y += lh;
  }
  for (const line of dateLines) {
    ops.push(text(line, pad, y, font, COLORS.muted, m, lh));
    y += lh;
  }
  return top;
}
