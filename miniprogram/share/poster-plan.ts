/**
 * The poster as data: a pure layout step that turns a result in words into a list of draw
 * operations, so the layout (wrapping, fitting, truncation) is tested without a canvas and
 * the canvas step only replays it (poster-draw.ts).
 */
import { t, type Lang } from '../i18n/index';
import { fitLine, wrapLines, type MeasureText } from './text-wrap';

/** 1:1 and 4:5 for the saved poster; 5:4 is WeChat's chat-card image shape. */
export type PosterAspect = '1:1' | '4:5' | '5:4';

export interface RectOp {
  op: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}

export interface LineOp {
  op: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

/** Text drawn with its top-left corner at (x, y); width and height are what layout measured. */
export interface TextOp {
  op: 'text';
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
  width: number;
  height: number;
}

export type PosterOp = RectOp | LineOp | TextOp;

export interface PosterPlan {
  width: number;
  height: number;
  ops: PosterOp[];
  /** Content the poster had to leave out or shorten for lack of room (the result page still has it all). */
  truncated: boolean;
}

/** What goes on the poster, already in the reader's language. */
export interface PosterContent {
  headline: string;
  reasonsTitle: string;
  reasons: string[];
  warningsTitle: string;
  warnings: string[];
  appName: string;
  /** The bare name, used when appName does not fit on a line. */
  appShort?: string;
  /** e.g. "Facts reviewed 2026-11". */
  reviewed: string;
}

export interface PosterOptions {
  measureText: MeasureText;
  aspect?: PosterAspect;
  /** The phone's text-size setting relative to standard (0.8 tiny … 2.0 huge). */
  fontScale?: number;
  /** Logical width in canvas units; the canvas helper multiplies by the pixel ratio. */
  width?: number;
}

export const POSTER_WIDTH = 600;
const FONT_FAMILY = '"PingFang SC", "Helvetica Neue", Arial, sans-serif';
const MIN_SCALE = 0.8;
const MAX_SCALE = 2;

const COLORS = {
  background: '#ffffff',
  accent: '#07c160',
  text: '#1a1a1a',
  muted: '#666666',
  warning: '#b54708',
  rule: '#e5e5e5',
};

/** How much of each section to try, from generous to tight; the first budget that fits is used. */
interface Budget {
  headlineLines: number;
  reasons: number;
  reasonLines: number;
  warnings: number;
  warningLines: number;
}

const BUDGETS: Budget[] = [
  { headlineLines: 3, reasons: 3, reasonLines: 3, warnings: 3, warningLines: 3 },
  { headlineLines: 3, reasons: 3, reasonLines: 2, warnings: 3, warningLines: 2 },
  { headlineLines: 3, reasons: 2, reasonLines: 2, warnings: 2, warningLines: 2 },
  { headlineLines: 2, reasons: 2, reasonLines: 1, warnings: 2, warningLines: 2 },
  { headlineLines: 2, reasons: 1, reasonLines: 2, warnings: 1, warningLines: 3 },
  { headlineLines: 2, reasons: 1, reasonLines: 1, warnings: 1, warningLines: 2 },
  // Short of room, the first warning (critical ones come first) outlives every reason.
  { headlineLines: 2, reasons: 0, reasonLines: 0, warnings: 1, warningLines: 3 },
  { headlineLines: 2, reasons: 0, reasonLines: 0, warnings: 1, warningLines: 2 },
  { headlineLines: 2, reasons: 0, reasonLines: 0, warnings: 1, warningLines: 1 },
  { headlineLines: 1, reasons: 0, reasonLines: 0, warnings: 1, warningLines: 1 },
];

export function clampFontScale(scale: number | undefined): number {
  if (scale === undefined || !Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** A result already in words (the result page's view), with the date its facts were reviewed. */
export interface PosterText {
  headline: string;
  reasons: readonly string[];
  warnings: readonly string[];
  /** e.g. "2026-11". */
  reviewedOn: string;
}

/**
 * The poster's content in lang: the result page translates a result once, and the chat card
 * and the saved poster both draw this one object.
 */
export function posterContent(lang: Lang, text: PosterText): PosterContent {
  return {
    headline: text.headline,
    reasonsTitle: t(lang, 'share.poster.reasons'),
    reasons: [...text.reasons],
    warningsTitle: t(lang, 'share.poster.warnings'),
    warnings: [...text.warnings],
    appName: t(lang, 'share.poster.from', { app: t(lang, 'app.name') }),
    appShort: t(lang, 'app.name'),
    reviewed: t(lang, 'share.poster.reviewed', { date: text.reviewedOn }),
  };
}

export function planPosterContent(content: PosterContent, options: PosterOptions): PosterPlan {
  const width = options.width ?? POSTER_WIDTH;
  const height =
    options.aspect === '4:5'
      ? Math.round((width * 5) / 4)
      : options.aspect === '5:4'
        ? Math.round((width * 4) / 5)
        : width;
  const scale = clampFontScale(options.fontScale);
  const m = options.measureText;

  const size = (base: number) => Math.round(base * scale);
  const font = (px: number, bold = false) => `${bold ? 'bold' : 'normal'} ${px}px ${FONT_FAMILY}`;
  const pad = Math.round(width * 0.07);
  const inner = width - pad * 2;
  // The headline is large already; it grows at half the rate so big system text leaves room for the warnings.
  const headlinePx = Math.round(34 * (1 + (scale - 1) / 2));
  const labelPx = size(20);
  const bodyPx = size(22);
  const footPx = size(18);
  const lh = (px: number) => Math.round(px * 1.4);

  // The footer is laid out first, from the bottom up: the name and date always appear.
  const footFont = font(footPx);
  const name = content.appShort && m(content.appName, footFont) > inner ? content.appShort : content.appName;
  const footName = fitLine(name, inner, footFont, m);
  const footDate = fitLine(content.reviewed, inner, footFont, m);
  const nameW = m(footName, footFont);
  const dateW = m(footDate, footFont);
  const oneRow = nameW + dateW + pad / 2 <= inner;
  const footLh = lh(footPx);
  const footerBottom = height - pad;
  const footerTop = footerBottom - (oneRow ? footLh : footLh * 2);
  const contentBottom = footerTop - Math.round(pad / 2);
  const footer: PosterOp[] = [
    {
      op: 'line',
      x1: pad,
      y1: contentBottom,
      x2: width - pad,
      y2: contentBottom,
      color: COLORS.rule,
      width: 1,
    },
    text(footName, pad, footerTop, footFont, COLORS.muted, nameW, footLh),
    oneRow
      ? text(footDate, width - pad - dateW, footerTop, footFont, COLORS.muted, dateW, footLh)
      : text(footDate, pad, footerTop + footLh, footFont, COLORS.muted, dateW, footLh),
  ];

  const accentH = Math.max(6, Math.round(width * 0.015));
  const top = accentH + pad;
  const frame: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: width, h: height, color: COLORS.background },
    { op: 'rect', x: 0, y: 0, w: width, h: accentH, color: COLORS.accent },
  ];

  const layout = (budget: Budget, greedy: boolean): { ops: PosterOp[]; fits: boolean; cut: boolean } => {
    const ops: PosterOp[] = [];
    let y = top;
    let cut = false;
    let full = false;
    const room = () => contentBottom - y;

    /** Adds wrapped lines at x; in greedy mode stops (with an ellipsis) at the content bottom. */
    const block = (
      value: string,
      x: number,
      px: number,
      bold: boolean,
      color: string,
      maxLines: number,
      prefix?: string,
    ): boolean => {
      if (full) return false;
      const f = font(px, bold);
      const lineH = lh(px);
      const prefixW = prefix ? m(prefix, f) : 0;
      let allowed = maxLines;
      if (greedy) allowed = Math.min(maxLines, Math.floor(room() / lineH));
      if (allowed <= 0) {
        full = true;
        cut = true;
        return false;
      }
      const wrapped = wrapLines(value, inner - (x - pad) - prefixW, f, m, allowed);
      if (wrapped.truncated) cut = true;
      if (greedy && wrapped.truncated && allowed < maxLines) full = true;
      wrapped.lines.forEach((line, i) => {
        if (prefix && i === 0) ops.push(text(prefix, x, y, f, color, prefixW, lineH));
        ops.push(text(line, x + prefixW, y, f, color, m(line, f), lineH));
        y += lineH;
      });
      return true;
    };

    block(content.headline, pad, headlinePx, true, COLORS.text, budget.headlineLines);
    const section = (title: string, items: string[], count: number, lines: number, color: string) => {
      const shown = items.slice(0, count);
      if (shown.length === 0) {
        if (items.length > 0) cut = true;
        return;
      }
      y += Math.round(lh(labelPx) * 0.6);
      if (!block(title, pad, labelPx, true, COLORS.muted, 1)) return;
      for (const item of shown) {
        if (!block(item, pad, bodyPx, false, color, lines, '• ')) return;
        y += Math.round(bodyPx * 0.25);
      }
      if (shown.length < items.length) cut = true;
    };
    // BUDGETS give up reasons before warnings: a poster must not hide that the choice is permanent.
    section(content.reasonsTitle, content.reasons, budget.reasons, budget.reasonLines, COLORS.text);
    section(content.warningsTitle, content.warnings, budget.warnings, budget.warningLines, COLORS.warning);
    return { ops, fits: y <= contentBottom, cut };
  };

  for (const budget of BUDGETS) {
    const attempt = layout(budget, false);
    if (attempt.fits)
      return { width, height, ops: [...frame, ...attempt.ops, ...footer], truncated: attempt.cut };
  }
  // Nothing fits (absurd text sizes): fill top-down and cut with an ellipsis at the bottom.
  const last = BUDGETS[BUDGETS.length - 1] as Budget;
  const greedy = layout(last, true);
  return { width, height, ops: [...frame, ...greedy.ops, ...footer], truncated: true };
}

function text(
  value: string,
  x: number,
  y: number,
  font: string,
  color: string,
  width: number,
  height: number,
): TextOp {
  return { op: 'text', text: value, x, y, font, color, width, height };
}
