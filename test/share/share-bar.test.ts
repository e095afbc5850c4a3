/**
 * The share bar as WeChat renders it (official compiler, vant resolved): its buttons in both
 * languages, single-page mode, and a full "save as image" tap with wx faked at its edges
 * (the canvas node, the file export and the album), so the real poster plan is drawn.
 */
import simulate from 'miniprogram-simulate';
import { loadComponent, textOf } from '../helpers/load';
import { tt, type Lang } from '../../miniprogram/i18n';
import { posterOf, resultView } from '../../miniprogram/pages/result/view';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Recommendation } from '../../miniprogram/rules/types';
import { FRENCH_BRAND } from '../helpers/personas';

const rec = evaluate(FRENCH_BRAND) as Recommendation;
/** What the result page hands the bar: the result in words, in the reader's language. */
const content = (lang: Lang) => posterOf(lang, resultView(lang, rec), rec.reviewed);

type Comp = ReturnType<typeof simulate.render>;

/** Bars still attached: detached after each test so no retry of one test reaches the next one's wx. */
const rendered: Comp[] = [];

function render(props: Record<string, unknown>): Comp {
  const comp = simulate.render(loadComponent('components/share-bar/index'), props);
  comp.attach(document.createElement('parent-wrapper'));
  rendered.push(comp);
  return comp;
}

afterEach(() => {
  for (const comp of rendered.splice(0)) (comp as unknown as { detach(): void }).detach();
});

const label = (comp: Comp, cls: string) => textOf(comp.querySelector(`${cls} >>> .van-button`));

describe('share bar', () => {
  it('shows the chat and image buttons and the Moments hint in Chinese', () => {
    const comp = render({ content: content('zh'), lang: 'zh' });
    expect(label(comp, '.share-bar__chat')).toBe('分享给朋友');
    expect(label(comp, '.share-bar__save')).toBe('保存为图片');
    expect(textOf(comp.querySelector('.share-bar__moments'))).toContain('分享到朋友圈');
  });

  it('shows them in English', () => {
    const comp = render({ content: content('en'), lang: 'en' });
    expect(label(comp, '.share-bar__chat')).toBe('Share to chat');
    expect(label(comp, '.share-bar__save')).toBe('Save as image');
    expect(textOf(comp.querySelector('.share-bar__moments'))).toContain('Share to Moments');
  });

  it('switches language when the page does', async () => {
    const comp = render({ content: content('zh'), lang: 'zh' });
    comp.setData({ lang: 'en' });
    await simulate.sleep(0);
    expect(label(comp, '.share-bar__chat')).toBe('Share to chat');
  });

  it('the chat button is a WeChat share button and reports the tap', async () => {
    const comp = render({ content: content('en'), lang: 'en' });
    // simulate does not render attributes: read the open-type the vant button received.
    const vantButton = comp.querySelector('.share-bar__chat') as unknown as { data: { openType?: string } };
    expect(vantButton.data.openType).toBe('share');
    const saveButton = comp.querySelector('.share-bar__save') as unknown as { data: { openType?: string } };
    expect(saveButton.data.openType).not.toBe('share');
    const native = comp.querySelector('.share-bar__chat >>> .van-button');
    const events: unknown[] = [];
    (
      comp as unknown as { addEventListener: (n: string, f: (e: { detail: unknown }) => void) => void }
    ).addEventListener('share', (e) => events.push(e.detail));
    native?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(events).toEqual([{ channel: 'chat' }]);
  });

  it('in single-page mode (opened from Moments) hides the actions and says why', () => {
    const comp = render({ content: content('en'), lang: 'en', singlePage: true });
    expect(comp.querySelector('.share-bar__chat')).toBeUndefined();
    expect(comp.querySelector('.share-bar__save')).toBeUndefined();
    expect(textOf(comp.querySelector('.share-bar__single'))).toContain('Open Mini Program');
  });

  it('renders nothing without content', () => {
    const comp = render({ lang: 'en' });
    expect(comp.querySelector('.share-bar')).toBeUndefined();
  });

  describe('save as image', () => {
    const realWx = (globalThis as { wx?: unknown }).wx;
    afterEach(() => {
      (globalThis as { wx?: unknown }).wx = realWx;
    });

    /**
     * wx faked at its edges. Each selector gets its own canvas node and context (the card is
     * drawn on #share-card as soon as the bar attaches, the poster on #share-poster when Save
     * is tapped: one shared node would let the card land on the poster's canvas).
     */
    function fakeCanvasWx(options: { canvas: boolean; album: 'ok' | 'disk' }) {
      const saved: string[] = [];
      const queries: string[] = [];
      const canvases: Record<string, { node: { width: number; height: number }; drawn: string[] }> = {};
      const canvasFor = (selector: string) => {
        const existing = canvases[selector];
        if (existing) return existing;
        const drawn: string[] = [];
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
        };
        const made = { node: { width: 300, height: 150, getContext: () => ctx }, drawn };
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
        canvasToTempFilePath: (o: { success: (r: { tempFilePath: string }) => void; destWidth: number }) =>
          o.success({ tempFilePath: `wxfile://tmp/poster-${o.destWidth}.png` }),
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

    /** Every detail the bar sends under this event name, and a way to wait for the n-th one. */
    function listen(comp: Comp, name: string) {
      const events: unknown[] = [];
      const waiters: Array<{ count: number; resolve: () => void }> = [];
      (
        comp as unknown as { addEventListener: (n: string, f: (e: { detail: unknown }) => void) => void }
      ).addEventListener(name, (e) => {
        events.push(e.detail);
        for (const w of waiters.filter((x) => events.length >= x.count)) w.resolve();
      });
      const received = (count = 1) =>
        new Promise<void>((resolve) => {
          if (events.length >= count) resolve();
          else waiters.push({ count, resolve });
        });
      return { events, received };
    }

    /** Resolves once check() holds, polling on the event loop (never a fixed wait); fails after 5 s. */
    async function until(check: () => boolean, what: string): Promise<void> {
      const deadline = Date.now() + 5000;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }

    it('draws the poster at the screen pixel ratio, saves it, and says so', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en', aspect: '4:5' });
      const saves = listen(comp, 'save');
      const posters = listen(comp, 'poster');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await saves.received();
      const poster = fake.canvasFor('#share-poster');
      expect(poster.drawn[0]?.length).toBeGreaterThan(3);
      expect(tt('en', rec.headline).startsWith(poster.drawn[0]?.replace('…', '') ?? '-')).toBe(true);
      expect(poster.drawn).toContain(`Facts reviewed ${rec.reviewed}`);
      expect(poster.node.width).toBe(1200);
      expect(poster.node.height).toBe(1500);
      expect(fake.saved).toEqual(['wxfile://tmp/poster-1200.png']);
      expect(posters.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200.png' }]);
      expect(saves.events).toEqual([{ ok: true, message: 'Image saved to your album' }]);
      expect(textOf(comp.querySelector('.share-bar__status'))).toBe('Image saved to your album');
    });

    it('draws the 5:4 chat-card image as soon as a result shows, and again in a new language', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en' });
      const cards = listen(comp, 'card');
      await cards.received(1);
      expect(cards.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200.png' }]);
      // 600 x 480 layout units at pixel ratio 2: WeChat's 5:4 card shape.
      const card = fake.canvasFor('#share-card');
      expect(card.node.width).toBe(1200);
      expect(card.node.height).toBe(960);
      expect(tt('en', rec.headline).startsWith(card.drawn[0]?.replace('…', '') ?? '-')).toBe(true);
      card.drawn.length = 0;
      comp.setData({ lang: 'zh', content: content('zh') });
      await cards.received(2);
      expect(cards.events).toHaveLength(2);
      expect(tt('zh', rec.headline).startsWith(card.drawn[0]?.replace('…', '') ?? '-')).toBe(true);
    });

    it('draws no card without a canvas, and says nothing', async () => {
      const fake = fakeCanvasWx({ canvas: false, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en' });
      const cards = listen(comp, 'card');
      // The bar looks for a late canvas 4 times, then gives up quietly.
      await until(() => fake.queries.length >= 4, 'the fourth canvas lookup');
      await simulate.sleep(0);
      expect(fake.queries).toEqual(['#share-card', '#share-card', '#share-card', '#share-card']);
      expect(cards.events).toEqual([]);
      expect(comp.querySelector('.share-bar__status')).toBeUndefined();
    });

    it('draws a card once a late canvas appears', async () => {
      const first = fakeCanvasWx({ canvas: false, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en' });
      const cards = listen(comp, 'card');
      await until(() => first.queries.length >= 1, 'the first canvas lookup');
      expect(cards.events).toEqual([]);
      const late = fakeCanvasWx({ canvas: true, album: 'ok' });
      await cards.received(1);
      expect(cards.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200.png' }]);
      expect(late.saved).toEqual([]);
    });

    it('draws no card in single-page mode', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en', singlePage: true });
      const cards = listen(comp, 'card');
      // Single-page mode returns before looking for a canvas: nothing is pending to wait for.
      await simulate.sleep(0);
      expect(fake.queries).toEqual([]);
      expect(cards.events).toEqual([]);
    });

    it('a failed save is shown, with the reason', async () => {
      fakeCanvasWx({ canvas: true, album: 'disk' });
      const comp = render({ content: content('zh'), lang: 'zh' });
      const saves = listen(comp, 'save');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await saves.received();
      expect(textOf(comp.querySelector('.share-bar__status--error'))).toBe(
        '图片保存失败：saveImageToPhotosAlbum:fail no space left on device',
      );
      expect(saves.events).toEqual([
        {
          ok: false,
          reason: 'failed',
          message: '图片保存失败：saveImageToPhotosAlbum:fail no space left on device',
        },
      ]);
    });

    it('no canvas: says the image could not be created', async () => {
      const fake = fakeCanvasWx({ canvas: false, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en' });
      const saves = listen(comp, 'save');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await saves.received();
      expect(fake.saved).toEqual([]);
      expect(textOf(comp.querySelector('.share-bar__status'))).toBe(
        'Could not create the image. Please try again.',
      );
      expect(saves.events).toEqual([
        { ok: false, reason: 'no_canvas', message: 'Could not create the image. Please try again.' },
      ]);
    });
  });
});
