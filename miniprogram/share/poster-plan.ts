/**
 * The card and the poster as data: a pure step that turns a result in words into a list of
 * draw operations, so the layout is tested without a canvas and the canvas step only replays
 * it (poster-draw.ts). Every sentence shows whole: the plan takes the longest wording of each
 * item that fits (the last is the short one written for cards), then leaves out whole items
 * (the second reason first, the critical warning last), then makes the text smaller. The
 * headline and the figures never leave.
 */
import { paddingOf } from './poster-footer';
import { figureId, layoutPoster, reasonId, type Layout, type Picks, type WrapCache } from './poster-layout';
import type {
  Geometry,
  OptionalItem,
  PosterAspect,
  PosterContent,
  PosterKind,
  PosterOp,
  PosterPlan,
  TextOp,
  Wordings,
} from './poster-types';
import { withEllipsis, type MeasureText } from './text-wrap';

export { paddingOf };
export type {
  Figure,
  ImageOp,
  LineOp,
  OptionalItem,
  PosterAspect,
  PosterContent,
  PosterKind,
  PosterOp,
  PosterPlan,
  RectOp,
  TextOp,
  Wordings,
} from './poster-types';

export interface PosterOptions {
  measureText: MeasureText;
  aspect?: PosterAspect;
  /** The phone's text-size setting relative to standard (0.8 tiny … 2.0 huge). */
  fontScale?: number;
  /** Logical width in canvas units; the canvas helper multiplies by the pixel ratio. */
  width?: number;
  /** 'card' (chat card, Moments square) or 'poster' (saved image); poster by default. */
  kind?: PosterKind;
  /** The mini program code image loaded (posters only); otherwise the poster names what to search. */
  code?: boolean;
}

export const POSTER_WIDTH = 600;
const MIN_SCALE = 0.8;
const MAX_SCALE = 2;
/** How far the plan shrinks text, below the reader's setting, to keep the headline, figures and warning. */
const MIN_FIT_SCALE = 0.7;
/** A longer wording taking more lines than this gives way to a shorter one even when it fits. */
const MAX_ITEM_LINES = 4;

export function clampFontScale(scale: number | undefined): number {
  if (scale === undefined || !Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function posterHeight(aspect: PosterAspect | undefined, width: number): number {
  if (aspect === '4:5') return Math.round((width * 5) / 4);
  if (aspect === '5:4') return Math.round((width * 4) / 5);
  return width;
}

interface Item {
  id: string;
  wordings: Wordings;
  /** Set on the items the plan may leave out. */
  optional?: OptionalItem;
}

function itemsOf(content: PosterContent): Item[] {
  const items: Item[] = content.figures.map((f, i) => ({ id: figureId(i), wordings: f.value }));
  if (content.warning) items.push({ id: 'warning', wordings: content.warning, optional: 'warning' });
  content.reasons.slice(0, 2).forEach((wordings, i) => {
    items.push({ id: reasonId(i), wordings, optional: i === 0 ? 'reason1' : 'reason2' });
  });
  return items;
}

interface Fit {
  layout: Layout;
  picks: Picks;
  omitted: OptionalItem[];
}

export function planPosterContent(content: PosterContent, options: PosterOptions): PosterPlan {
  const width = options.width ?? POSTER_WIDTH;
  const geo: Geometry = {
    width,
    height: posterHeight(options.aspect, width),
    kind: options.kind ?? 'poster',
    code: (options.kind ?? 'poster') === 'poster' && options.code === true,
  };
  // Layouts are tried several times over: each string is measured once (a canvas call on a phone).
  const widths = new Map<string, Map<string, number>>();
  const m: MeasureText = (text, font) => {
    let byText = widths.get(font);
    if (!byText) widths.set(font, (byText = new Map()));
    let w = byText.get(text);
    if (w === undefined) byText.set(text, (w = options.measureText(text, font)));
    return w;
  };
  const wraps: WrapCache = new Map();
  const items = itemsOf(content);

  /** The item still in its longer wording with the most lines among those that pass the test. */
  const longest = (picks: Picks, layout: Layout, test: (lines: number) => boolean): Item | undefined => {
    let best: Item | undefined;
    // Walks backwards, so on a tie the reasons give way before the warning and the figures.
    for (const item of [...items].reverse()) {
      const pick = picks[item.id];
      const lines = layout.lines[item.id] ?? 0;
      if (pick === undefined || pick >= item.wordings.length - 1 || !test(lines)) continue;
      if (!best || lines > (layout.lines[best.id] ?? 0)) best = item;
    }
    return best;
  };

  const fitAt = (scale: number, order: readonly OptionalItem[]): Fit | null => {
    const picks: Picks = {};
    for (const item of items) picks[item.id] = 0;
    const omitted: OptionalItem[] = [];
    for (;;) {
      const layout = layoutPoster(content, geo, scale, picks, m, wraps);
      const tooLong = longest(picks, layout, (lines) => lines > MAX_ITEM_LINES);
      const shorter = tooLong ?? (layout.fits ? undefined : longest(picks, layout, () => true));
      if (shorter) {
        picks[shorter.id] = (picks[shorter.id] ?? 0) + 1;
        continue;
      }
      if (layout.fits) return { layout, picks, omitted };
      const drop = order.find((name) => items.some((i) => i.optional === name && picks[i.id] !== undefined));
      if (!drop) return null;
      const item = items.find((i) => i.optional === drop);
      if (item) delete picks[item.id];
      omitted.push(drop);
    }
  };

  /** Whether the headline, the figures and (with) the warning fit at a scale in their shortest wordings. */
  const required = (scale: number, withWarning: boolean): boolean => {
    const picks: Picks = {};
    for (const item of items) {
      if (!item.optional || (withWarning && item.optional === 'warning'))
        picks[item.id] = item.wordings.length - 1;
    }
    return layoutPoster(content, geo, scale, picks, m, wraps).fits;
  };

  const start = clampFontScale(options.fontScale);
  const scales: number[] = [];
  for (let s = start; s >= MIN_FIT_SCALE - 1e-9; s -= 0.1) scales.push(Math.round(s * 100) / 100);
  // The reader's text size first; smaller only when the headline and figures (and the warning,
  // which is worth smaller text) need it. Only when no scale keeps the warning does it leave too.
  /** The largest scale that fits: smaller text never takes more room, so a halving search will do. */
  const largest = (withWarning: boolean): number | undefined => {
    const [first] = scales;
    if (first !== undefined && required(first, withWarning)) return first;
    let lo = 1;
    let hi = scales.length - 1;
    if (hi < 1 || !required(scales[hi] as number, withWarning)) return undefined;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (required(scales[mid] as number, withWarning)) hi = mid;
      else lo = mid + 1;
    }
    return scales[lo];
  };
  for (const withWarning of [true, false]) {
    const scale = largest(withWarning);
    if (scale === undefined) continue;
    const order: readonly OptionalItem[] = withWarning
      ? ['reason2', 'reason1']
      : ['reason2', 'reason1', 'warning'];
    const fit = fitAt(scale, order);
    if (!fit) continue;
    const shortened = items.filter((i) => {
      const pick = fit.picks[i.id];
      return pick !== undefined && pick > 0 && i.wordings[pick] !== i.wordings[0];
    }).length;
    const { ops, room } = fit.layout;
    return { width, height: geo.height, ops, scale, omitted: fit.omitted, shortened, room, truncated: false };
  }
  return clipped(content, geo, items, m);
}

/**
 * Text no wording can fit (nothing a real result says; a test feeds absurd text): the shortest
 * wordings at the smallest scale, lines past the footer's rule dropped and the last one marked
 * with an ellipsis, so the image still says it was cut.
 */
function clipped(content: PosterContent, geo: Geometry, items: Item[], m: MeasureText): PosterPlan {
  const picks: Picks = {};
  for (const item of items) if (!item.optional) picks[item.id] = item.wordings.length - 1;
  const layout = layoutPoster(content, geo, MIN_FIT_SCALE, picks, m);
  const rule = layout.ops.findIndex((op) => op.op === 'line');
  const bottom = layout.contentBottom;
  const kept: PosterOp[] = [];
  let last: TextOp | undefined;
  layout.ops.forEach((op, i) => {
    if (i <= rule) kept.push(op);
    else if (op.op === 'text') {
      if (op.y + op.height <= bottom) {
        kept.push(op);
        last = op;
      }
    } else if (op.op === 'rect') {
      if (op.y < bottom) kept.push({ ...op, h: Math.min(op.h, bottom - op.y) });
    } else kept.push(op);
  });
  if (last) {
    last.text = withEllipsis(last.text, geo.width - paddingOf(geo.width) - last.x, last.font, m);
    last.width = m(last.text, last.font);
  }
  const omitted = items.flatMap((i) => (i.optional ? [i.optional] : []));
  return {
    width: geo.width,
    height: geo.height,
    ops: kept,
    scale: MIN_FIT_SCALE,
    omitted,
    shortened: 0,
    room: 0,
    truncated: true,
  };
}
