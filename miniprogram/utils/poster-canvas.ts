/**
 * The wx side of the poster: find the type="2d" canvas in a component, load the mini program
 * code when the package has one, size the canvas for the screen's pixel ratio, replay a plan
 * on it, export a temporary image file.
 */
import { drawPlan, type Canvas2DLike, type PosterImages } from '../share/poster-draw';
import type { PosterPlan } from '../share/poster-plan';
import type { MeasureText } from '../share/text-wrap';

/**
 * The mini program code, from the package root. Only WeChat's servers make one, so the owner
 * adds it (README, "The mini program code on the poster"); without it the poster names what to
 * search for in WeChat.
 */
export const MINI_PROGRAM_CODE = '/assets/mp-code.png';
/** An image that neither loads nor fails by then counts as absent: the poster must not wait forever. */
const IMAGE_TIMEOUT_MS = 3000;

/** What the canvas step could load, told to the plan so it lays out what will really be drawn. */
export interface PosterAssets {
  code: boolean;
}

export type PosterFileResult =
  | { ok: true; tempFilePath: string }
  | { ok: false; reason: 'no_canvas' | 'draw_failed' | 'export_failed'; errMsg?: string };

interface CanvasImage {
  src: string;
  onload: (() => void) | null;
  onerror: ((err: unknown) => void) | null;
}

interface Canvas2DNode {
  width: number;
  height: number;
  createImage?: () => CanvasImage;
  getContext(
    kind: '2d',
  ):
    | (Canvas2DLike & { scale(x: number, y: number): void; measureText(text: string): { width: number } })
    | null;
}

// WeChat caps canvas size; 3x of a 600x750 poster stays well below it.
const MAX_DPR = 3;

export function pixelRatio(): number {
  try {
    const ratio = wx.getWindowInfo().pixelRatio;
    return Math.min(MAX_DPR, Math.max(1, ratio || 1));
  } catch {
    return 2;
  }
}

/** The phone's WeChat text size relative to the standard one (17 px); the plan clamps it. */
export function systemFontScale(): number {
  try {
    const setting = wx.getAppBaseInfo().fontSizeSetting;
    return typeof setting === 'number' && setting > 0 ? setting / 17 : 1;
  } catch {
    return 1;
  }
}

function findCanvas(
  component: WechatMiniprogram.Component.TrivialInstance,
  selector: string,
): Promise<Canvas2DNode | null> {
  return new Promise((resolve) => {
    wx.createSelectorQuery()
      .in(component)
      .select(selector)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: Canvas2DNode } | null>) => resolve(res?.[0]?.node ?? null));
  });
}

/**
 * Whether the package holds a file, asked of the file system (which reads package files by
 * their path from the root): a missing code is then never requested, and logs no load error.
 */
function packageHas(file: string): boolean {
  try {
    wx.getFileSystemManager().readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

type Timer = ReturnType<typeof setTimeout>;
/** Image waits under way, per component that asked: its detached stops them (stopImageWaits). */
const imageWaits = new WeakMap<object, Set<Timer>>();

/**
 * Stops every image wait a component started: called from its `detached`, so no timer of a
 * poster outlives the bar that draws it. A stopped wait never settles: the drawing it was for
 * is abandoned with the bar.
 */
export function stopImageWaits(owner: object): void {
  for (const timer of imageWaits.get(owner) ?? []) clearTimeout(timer);
  imageWaits.delete(owner);
}

/** The image at src on this canvas, or null when it is missing, broken or the canvas cannot load images. */
function loadImage(owner: object, canvas: Canvas2DNode, src: string): Promise<CanvasImage | null> {
  const create = canvas.createImage;
  if (typeof create !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const image = create.call(canvas);
    let settled = false;
    const waits = imageWaits.get(owner) ?? new Set<Timer>();
    imageWaits.set(owner, waits);
    const done = (value: CanvasImage | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      waits.delete(timer);
      resolve(value);
    };
    const timer = setTimeout(() => done(null), IMAGE_TIMEOUT_MS);
    waits.add(timer);
    image.onload = () => done(image);
    image.onerror = () => done(null);
    image.src = src;
  });
}

/**
 * Lays out with the canvas's own text measurement (plan(measure, assets)), draws, and exports
 * a PNG. The plan is built here because only the real context knows real glyph widths, and
 * only a load attempt knows whether the code image is there (withCode: posters, not cards).
 */
export async function renderPosterFile(
  component: WechatMiniprogram.Component.TrivialInstance,
  selector: string,
  plan: (measure: MeasureText, assets: PosterAssets) => PosterPlan,
  withCode = false,
): Promise<PosterFileResult> {
  const canvas = await findCanvas(component, selector);
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return { ok: false, reason: 'no_canvas' };

  const code =
    withCode && packageHas(MINI_PROGRAM_CODE) ? await loadImage(component, canvas, MINI_PROGRAM_CODE) : null;
  const images: PosterImages = code ? { code } : {};
  let layout: PosterPlan;
  const dpr = pixelRatio();
  try {
    layout = plan(
      (text, font) => {
        ctx.font = font;
        return ctx.measureText(text).width;
      },
      { code: code !== null },
    );
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    ctx.scale(dpr, dpr);
    drawPlan(ctx, layout, images);
  } catch (err) {
    return { ok: false, reason: 'draw_failed', errMsg: String(err) };
  }

  return new Promise((resolve) => {
    wx.canvasToTempFilePath({
      canvas,
      destWidth: canvas.width,
      destHeight: canvas.height,
      fileType: 'png',
      success: (res) => resolve({ ok: true, tempFilePath: res.tempFilePath }),
      fail: (err) => resolve({ ok: false, reason: 'export_failed', errMsg: err.errMsg }),
    });
  });
}
