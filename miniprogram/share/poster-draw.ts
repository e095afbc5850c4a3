/**
 * Replays a poster plan on a 2D context. Kept free of wx: the context is anything with the
 * few members below (a real CanvasRenderingContext2D of a type="2d" canvas, or a test fake).
 */
import type { PosterPlan } from './poster-types';

/** Images a plan may place, already loaded by the canvas step (a canvas Image, or a test stand-in). */
export type PosterImages = Partial<Record<'code', unknown>>;

export interface Canvas2DLike {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textBaseline: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  drawImage(image: unknown, x: number, y: number, w: number, h: number): void;
}

export function drawPlan(ctx: Canvas2DLike, plan: PosterPlan, images: PosterImages = {}): void {
  // The plan measures text from its top-left corner.
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const op of plan.ops) {
    switch (op.op) {
      case 'rect':
        ctx.fillStyle = op.color;
        ctx.fillRect(op.x, op.y, op.w, op.h);
        break;
      case 'line':
        ctx.strokeStyle = op.color;
        ctx.lineWidth = op.width;
        ctx.beginPath();
        ctx.moveTo(op.x1, op.y1);
        ctx.lineTo(op.x2, op.y2);
        ctx.stroke();
        break;
      case 'text':
        ctx.font = op.font;
        ctx.fillStyle = op.color;
        ctx.fillText(op.text, op.x, op.y);
        break;
      case 'image': {
        // The plan asks for an image only when the canvas step said it loaded.
        const image = images[op.image];
        if (image) ctx.drawImage(image, op.x, op.y, op.w, op.h);
        break;
      }
    }
  }
}
