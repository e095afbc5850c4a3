/**
 * wx faked at the share bar's edges: the canvas nodes (one per selector, each with its own
 * context: the card, its Moments square and the poster are drawn on different canvases), the
 * image loader of a canvas, the file export and the album. Images load from `packageRoot`, a
 * folder standing in for the mini program package: a test puts assets/mp-code.png there or not.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FakeCanvas {
  node: { width: number; height: number };
  drawn: string[];
  /** Images drawn, by src. */
  images: string[];
  /** Images asked to load, by src (a missing file asked for is an error in WeChat's console). */
  requested: string[];
}

export interface FakeWx {
  saved: string[];
  queries: string[];
  canvasFor(selector: string): FakeCanvas;
}

export interface FakeOptions {
  canvas: boolean;
  album: 'ok' | 'disk';
  /** Where image paths such as /assets/mp-code.png are looked up; none: every image fails to load. */
  packageRoot?: string;
  /** Images neither load nor fail (a slow or stuck file system): the poster's own timeout decides. */
  imagesHang?: boolean;
}

const realWx = (globalThis as { wx?: unknown }).wx;

export function restoreWx(): void {
  (globalThis as { wx?: unknown }).wx = realWx;
}

export function fakeCanvasWx(options: FakeOptions): FakeWx {
  const saved: string[] = [];
  const queries: string[] = [];
  const canvases: Record<string, FakeCanvas> = {};
  const canvasFor = (selector: string): FakeCanvas => {
    const existing = canvases[selector];
    if (existing) return existing;
    const drawn: string[] = [];
    const images: string[] = [];
    const requested: string[] = [];
    const ctx = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      font: '',
      textBaseline: '',
      textAlign: '',
      scale: () => undefined,
      measureText: (text: string) => ({ width: Array.from(text).length * 14 }),
      fillRect: () => undefined,
      fillText: (text: string) => drawn.push(text),
      beginPath: () => undefined,
      moveTo: () => undefined,
      lineTo: () => undefined,
      stroke: () => undefined,
      drawImage: (image: { src: string }) => images.push(image.src),
    };
    const createImage = () => {
      const image = {
        onload: null as null | (() => void),
        onerror: null as null | ((e: unknown) => void),
        loaded: '',
        set src(value: string) {
          this.loaded = value;
          requested.push(value);
          const file = options.packageRoot ? path.join(options.packageRoot, value) : '';
          // Like a real image: the outcome arrives later, as an event.
          queueMicrotask(() => {
            if (options.imagesHang) return;
            if (file && fs.existsSync(file)) this.onload?.();
            else this.onerror?.({ errMsg: `image not found: ${value}` });
          });
        },
        get src() {
          return this.loaded;
        },
      };
      return image;
    };
    const made: FakeCanvas = {
      node: { width: 300, height: 150, getContext: () => ctx, createImage } as never,
      drawn,
      images,
      requested,
    };
    canvases[selector] = made;
    return made;
  };
  const createSelectorQuery = () => {
    let selector = '';
    const query = {
      in: () => query,
      select: (s: string) => {
        selector = s;
        return query;
      },
      fields: () => query,
      exec: (cb: (res: unknown[]) => void) => {
        queries.push(selector);
        cb([options.canvas ? { node: canvasFor(selector).node } : null]);
      },
    };
    return query;
  };
  (globalThis as { wx?: unknown }).wx = {
    ...(realWx as object),
    canIUse: () => true,
    getWindowInfo: () => ({ pixelRatio: 2 }),
    getAppBaseInfo: () => ({ fontSizeSetting: 17, language: 'en' }),
    createSelectorQuery,
    // Package files are read by their path from the package root.
    getFileSystemManager: () => ({
      readFileSync: (file: string) => {
        if (!options.packageRoot) throw new Error(`readFileSync:fail no such file or directory ${file}`);
        return fs.readFileSync(path.join(options.packageRoot, file));
      },
    }),
    canvasToTempFilePath: (o: {
      success: (r: { tempFilePath: string }) => void;
      destWidth: number;
      destHeight: number;
    }) => o.success({ tempFilePath: `wxfile://tmp/poster-${o.destWidth}x${o.destHeight}.png` }),
    requirePrivacyAuthorize: (o: { success: () => void }) => o.success(),
    getSetting: (o: { success: (r: unknown) => void }) =>
      o.success({ authSetting: { 'scope.writePhotosAlbum': true } }),
    saveImageToPhotosAlbum: (o: {
      filePath: string;
      success: () => void;
      fail: (e: { errMsg: string }) => void;
    }) => {
      saved.push(o.filePath);
      if (options.album === 'ok') o.success();
      else o.fail({ errMsg: 'saveImageToPhotosAlbum:fail no space left on device' });
    },
  };
  return { saved, queries, canvasFor };
}
