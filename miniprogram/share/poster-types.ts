/**
 * The shapes shared by the poster's content, layout and drawing: what goes on a card or poster
 * (already in the reader's language) and the draw operations a plan is made of.
 */

/** 1:1 and 4:5 for the saved poster (1:1 also for Moments); 5:4 is WeChat's chat-card image shape. */
export type PosterAspect = '1:1' | '4:5' | '5:4';

/** A chat card (or its Moments square) says "tap to open"; a saved poster carries the code or the name to search. */
export type PosterKind = 'card' | 'poster';

/** The canvas a plan is laid out on. */
export interface Geometry {
  width: number;
  height: number;
  kind: PosterKind;
  /** The mini program code image is available (poster only). */
  code: boolean;
}

/**
 * One sentence in every wording it has, longest first: the plan takes the first that fits and
 * never cuts one. The last is the short wording written for cards (i18n `card.<key>`).
 */
export type Wordings = readonly string[];

/** A figure of the result: "First year" and its amount, or (label '') one thing to do instead. */
export interface Figure {
  label: string;
  value: Wordings;
  /** Said under the value in small type, e.g. the costs that have no sourced number; '' when none. */
  note: string;
}

/** What goes on the card and the poster, in the reader's language. */
export interface PosterContent {
  headline: string;
  /** The three figures (cost, time to go live, documents), or with no route what to do instead. */
  figures: Figure[];
  /** A title over the figures ('' for the usual three, which carry their own labels). */
  figuresTitle: string;
  /** The critical warning, when the result has one. */
  warning: Wordings | null;
  reasonsTitle: string;
  /** The top two reasons. */
  reasons: Wordings[];
  /** The card's line: tap it to open the result in WeChat. */
  open: string;
  /** The poster's line beside the mini program code. */
  code: string;
  /** The poster's line without a code: the name to search for in WeChat. */
  search: string;
  /** e.g. "Facts reviewed 2026-12". */
  reviewed: string;
}

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

/** An image the canvas step loads before drawing (today only the mini program code). */
export interface ImageOp {
  op: 'image';
  image: 'code';
  x: number;
  y: number;
  w: number;
  h: number;
}

export type PosterOp = RectOp | LineOp | TextOp | ImageOp;

/** Items the plan may leave out, in the order it gives them up. */
export type OptionalItem = 'reason2' | 'reason1' | 'warning';

export interface PosterPlan {
  width: number;
  height: number;
  ops: PosterOp[];
  /** The text scale used: the reader's setting, or less when the headline and figures needed it. */
  scale: number;
  /** Whole items left out for lack of room (the result page still has them all). */
  omitted: OptionalItem[];
  /** How many items are in a shorter wording than their full one. */
  shortened: number;
  /** Height left free above the footer, in canvas units (how close the tightest layout came). */
  room: number;
  /** Only for text no wording can fit (never for a real result): lines were cut with an ellipsis. */
  truncated: boolean;
}
