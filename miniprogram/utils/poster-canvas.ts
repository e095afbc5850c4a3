/**
 * The wx side of the poster: find the type="2d" canvas in a component, size it for the
 * screen's pixel ratio, replay a plan on it, export a temporary image file.
 */
import { drawPlan, type Canvas2DLike } from '../share/poster-draw';
import type { PosterPlan } from '../share/poster-plan';
import type { MeasureText } from '../share/text-wrap';

export type PosterFileResult =
  | { ok: true; tempFilePath: string }
  | { ok: false; reason: 'no_canvas' | 'draw_failed' | 'export_failed'; errMsg?: string };

interface Canvas2DNode {
  width: number;
  height: number;
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
 * Lays out with the canvas's own text measurement (plan(measure)), draws, and exports a PNG.
 * The plan is built here because only the real context knows real glyph widths.
 */
export async function renderPosterFile(
  component: WechatMiniprogram.Component.TrivialInstance,
  selector: string,
  plan: (measure: MeasureText) => PosterPlan,
): Promise<PosterFileResult> {
  const canvas = await findCanvas(component, selector);
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return { ok: false, reason: 'no_canvas' };

  let layout: PosterPlan;
  const dpr = pixelRatio();
  try {
    layout = plan((text, font) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    });
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    ctx.scale(dpr, dpr);
    drawPlan(ctx, layout);
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
