/**
 * One layout of a card or poster at a given text scale with given wordings: every sentence is
 * wrapped whole, never cut. Whether it fits is for the caller (poster-plan.ts) to judge and
 * retry with shorter wordings, fewer items or a smaller scale.
 */
import { COLORS, fontOf, footer, lineHeight, paddingOf, text } from './poster-footer';
import type { Figure, Geometry, PosterContent, PosterOp } from './poster-types';
import { wrapText, type MeasureText } from './text-wrap';

const BULLET = '• ';

/** Which wording each item takes (an index into its wordings); an item without one is left out. */
export type Picks = Partial<Record<string, number>>;

export interface Layout {
  ops: PosterOp[];
  /** Everything above the footer ends above the footer's rule. */
  fits: boolean;
  /** Lines each item took, by item id. */
  lines: Record<string, number>;
  /** Room left between the last item and the footer (negative when it does not fit). */
  room: number;
  contentBottom: number;
}

export const figureId = (i: number) => `figure${i}`;
export const reasonId = (i: number) => `reason${i + 1}`;

/** The wording an item takes; the shortest when the index runs past the end. */
function wordingOf(wordings: readonly string[], index: number): string {
  return wordings[Math.min(index, wordings.length - 1)] ?? '';
}

/** Wrapped lines by font and width, then text: the plan lays the same sentences out several times over. */
export type WrapCache = Map<string, Map<string, string[]>>;

export function layoutPoster(
  content: PosterContent,
  geo: Geometry,
  scale: number,
  picks: Picks,
  m: MeasureText,
  cache: WrapCache = new Map(),
): Layout {
  const { width, height } = geo;
  const size = (base: number) => Math.round(base * scale);
  const pad = paddingOf(width);
  const inner = width - pad * 2;
  const gap = size(12);
  const boxPad = size(11);
  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: width, h: height, color: COLORS.background },
    { op: 'rect', x: 0, y: 0, w: width, h: Math.max(6, Math.round(width * 0.015)), color: COLORS.accent },
  ];
  const lines: Record<string, number> = {};
  const wrap = (value: string, maxW: number, font: string): string[] => {
    const column = `${maxW} ${font}`;
    let byText = cache.get(column);
    if (!byText) cache.set(column, (byText = new Map()));
    let wrapped = byText.get(value);
    if (!wrapped) byText.set(value, (wrapped = wrapText(value, maxW, font, m)));
    return wrapped;
  };

  /** Wrapped lines of one text at x, starting at y; returns the y below them. */
  const block = (
    value: string,
    x: number,
    y: number,
    maxW: number,
    px: number,
    bold: boolean,
    color: string,
    prefix = '',
  ) => {
    const font = fontOf(px, bold);
    const lh = lineHeight(px);
    const prefixW = prefix ? m(prefix, font) : 0;
    const wrapped = wrap(value, maxW - prefixW, font);
    wrapped.forEach((line, i) => {
      if (prefix && i === 0) ops.push(text(prefix, x, y + i * lh, font, color, m, lh));
      ops.push(text(line, x + prefixW, y + i * lh, font, color, m, lh));
    });
    return { bottom: y + wrapped.length * lh, count: wrapped.length };
  };
  /** Lines a text would take, without drawing it. */
  const count = (value: string, maxW: number, px: number, bold: boolean, prefix = '') =>
    wrap(value, maxW - (prefix ? m(prefix, fontOf(px, bold)) : 0), fontOf(px, bold)).length;

  // The footer first, from the bottom up: how to open the mini program and the review date always show.
  const footPx = size(17);
  const footTop = footer(content, geo, pad, gap, footPx, m, ops);
  const contentBottom = footTop - gap;
  ops.push({
    op: 'line',
    x1: pad,
    y1: contentBottom,
    x2: width - pad,
    y2: contentBottom,
    color: COLORS.rule,
    width: 1,
  });

  let y = Math.max(6, Math.round(width * 0.015)) + pad;
  // The headline grows at half the text scale (it is large already) and gives up a little size
  // to stay on two lines, which a glance takes in at once.
  const headBase = 34 * (1 + (scale - 1) / 2);
  const headSizes = [1, 0.9, 0.82].map((f) => Math.round(headBase * f));
  const headPx =
    headSizes.find((px) => count(content.headline, inner, px, true) <= 2) ?? (headSizes[2] as number);
  y = block(content.headline, pad, y, inner, headPx, true, COLORS.text).bottom + gap;

  // Figures, in a tinted box: labels in a column of their own, values bold, notes small below.
  const labelPx = size(18);
  const valuePx = size(21);
  const notePx = size(16);
  const bodyPx = size(20);
  const labelW = content.figures.some((f) => f.label)
    ? Math.max(...content.figures.map((f) => m(f.label, fontOf(labelPx)))) + size(14)
    : 0;
  const valueX = pad + boxPad + labelW;
  const valueW = inner - boxPad * 2 - labelW;
  const rowGap = size(8);
  const figureRows = (draw: boolean, top: number): number => {
    let yy = top;
    if (content.figuresTitle) {
      yy = draw
        ? block(content.figuresTitle, pad + boxPad, yy, inner - boxPad * 2, labelPx, true, COLORS.muted)
            .bottom
        : yy + count(content.figuresTitle, inner - boxPad * 2, labelPx, true) * lineHeight(labelPx);
      yy += rowGap;
    }
    content.figures.forEach((figure: Figure, i) => {
      const value = wordingOf(figure.value, picks[figureId(i)] ?? 0);
      // A labelled figure reads as a fact (bold); an unlabelled one is a sentence (what to do instead).
      const px = figure.label ? valuePx : bodyPx;
      const prefix = figure.label ? '' : BULLET;
      if (i > 0) yy += rowGap;
      if (!draw) {
        const n = count(value, valueW, px, Boolean(figure.label), prefix);
        lines[figureId(i)] = n;
        yy +=
          n * lineHeight(px) +
          (figure.note ? count(figure.note, valueW, notePx, false) * lineHeight(notePx) : 0);
        return;
      }
      if (figure.label) {
        const labelY = yy + Math.round((lineHeight(px) - lineHeight(labelPx)) / 2);
        ops.push(
          text(figure.label, pad + boxPad, labelY, fontOf(labelPx), COLORS.muted, m, lineHeight(labelPx)),
        );
      }
      yy = block(value, valueX, yy, valueW, px, Boolean(figure.label), COLORS.text, prefix).bottom;
      if (figure.note) yy = block(figure.note, valueX, yy, valueW, notePx, false, COLORS.muted).bottom;
    });
    return yy;
  };
  const figuresH = figureRows(false, 0) + boxPad * 2;
  ops.push({ op: 'rect', x: pad, y, w: inner, h: figuresH, color: COLORS.figuresBg });
  figureRows(true, y + boxPad);
  y += figuresH;

  // The critical warning, in its own tinted box.
  const warningPick = picks.warning;
  if (content.warning && warningPick !== undefined) {
    const value = wordingOf(content.warning, warningPick);
    const n = count(value, inner - boxPad * 2, bodyPx, false);
    lines.warning = n;
    y += gap;
    const h = n * lineHeight(bodyPx) + boxPad * 2;
    ops.push({ op: 'rect', x: pad, y, w: inner, h, color: COLORS.warningBg });
    block(value, pad + boxPad, y + boxPad, inner - boxPad * 2, bodyPx, false, COLORS.warning);
    y += h;
  }

  // The reasons, under a small title.
  const shown = content.reasons
    .map((wordings, i) => ({ id: reasonId(i), pick: picks[reasonId(i)], wordings }))
    .filter((r): r is { id: string; pick: number; wordings: readonly string[] } => r.pick !== undefined);
  if (shown.length > 0) {
    y += gap;
    y = block(content.reasonsTitle, pad, y, inner, labelPx, true, COLORS.muted).bottom;
    for (const reason of shown) {
      const value = wordingOf(reason.wordings, reason.pick);
      const drawn = block(value, pad, y + rowGap, inner, bodyPx, false, COLORS.text, BULLET);
      lines[reason.id] = drawn.count;
      y = drawn.bottom;
    }
  }

  return { ops, fits: y <= contentBottom, lines, room: contentBottom - y, contentBottom };
}
