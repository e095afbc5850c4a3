/**
 * The share bar as WeChat renders it (official compiler, vant resolved): its buttons in both
 * languages, single-page mode, and a full "save as image" tap with wx faked at its edges
 * (the canvas node, the file export and the album), so the real poster plan is drawn.
 */
import simulate from 'miniprogram-simulate';
import { loadComponent, textOf } from '../helpers/load';
import { tt } from '../../miniprogram/i18n';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Recommendation } from '../../miniprogram/rules/types';
import { FRENCH_BRAND } from '../helpers/personas';

const rec = evaluate(FRENCH_BRAND) as Recommendation;

type Comp = ReturnType<typeof simulate.render>;

function render(props: Record<string, unknown>): Comp {
  const comp = simulate.render(loadComponent('components/share-bar/index'), props);
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

const label = (comp: Comp, cls: string) => textOf(comp.querySelector(`${cls} >>> .van-button`));

describe('share bar', () => {
  it('shows the chat and image buttons and the Moments hint in Chinese', () => {
    const comp = render({ recommendation: rec, lang: 'zh' });
    expect(label(comp, '.share-bar__chat')).toBe('分享给朋友');
    expect(label(comp, '.share-bar__save')).toBe('保存为图片');
    expect(textOf(comp.querySelector('.share-bar__moments'))).toContain('分享到朋友圈');
  });

  it('shows them in English', () => {
    const comp = render({ recommendation: rec, lang: 'en' });
    expect(label(comp, '.share-bar__chat')).toBe('Share to chat');
    expect(label(comp, '.share-bar__save')).toBe('Save as image');
    expect(textOf(comp.querySelector('.share-bar__moments'))).toContain('Share to Moments');
  });

  it('switches language when the page does', async () => {
    const comp = render({ recommendation: rec, lang: 'zh' });
    comp.setData({ lang: 'en' });
    await simulate.sleep(0);
    expect(label(comp, '.share-bar__chat')).toBe('Share to chat');
  });

  it('the chat button is a WeChat share button and reports the tap', async () => {
    const comp = render({ recommendation: rec, lang: 'en' });
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
    const comp = render({ recommendation: rec, lang: 'en', singlePage: true });
    expect(comp.querySelector('.share-bar__chat')).toBeUndefined();
    expect(comp.querySelector('.share-bar__save')).toBeUndefined();
    expect(textOf(comp.querySelector('.share-bar__single'))).toContain('Open Mini Program');
  });

  it('renders nothing without a recommendation', () => {
    const comp = render({ lang: 'en' });
    expect(comp.querySelector('.share-bar')).toBeUndefined();
  });

  describe('save as image', () => {
    const realWx = (globalThis as { wx?: unknown }).wx;
    afterEach(() => {
      (globalThis as { wx?: unknown }).wx = realWx;
    });

    function fakeCanvasWx(options: { canvas: boolean; album: 'ok' | 'disk' }) {
      const drawn: string[] = [];
      const saved: string[] = [];
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
      const node = { width: 300, height: 150, getContext: () => ctx };
      const query = {
        in: () => query,
        select: () => query,
        fields: () => query,
        exec: (cb: (res: unknown[]) => void) => cb([options.canvas ? { node } : null]),
      };
      (globalThis as { wx?: unknown }).wx = {
        ...(realWx as object),
        canIUse: () => true,
        getWindowInfo: () => ({ pixelRatio: 2 }),
        getAppBaseInfo: () => ({ fontSizeSetting: 17, language: 'en' }),
        createSelectorQuery: () => query,
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
      return { drawn, saved, node };
    }

    function listen(comp: Comp, name: string): unknown[] {
      const events: unknown[] = [];
      (
        comp as unknown as { addEventListener: (n: string, f: (e: { detail: unknown }) => void) => void }
      ).addEventListener(name, (e) => events.push(e.detail));
      return events;
    }

    it('draws the poster at the screen pixel ratio, saves it, and says so', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ recommendation: rec, lang: 'en', aspect: '4:5' });
      const saves = listen(comp, 'save');
      const posters = listen(comp, 'poster');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await simulate.sleep(10);
      expect(fake.drawn[0]?.length).toBeGreaterThan(3);
      expect(tt('en', rec.headline).startsWith(fake.drawn[0]?.replace('…', '') ?? '-')).toBe(true);
      expect(fake.drawn).toContain(`Facts reviewed ${rec.reviewed}`);
      expect(fake.node.width).toBe(1200);
      expect(fake.node.height).toBe(1500);
      expect(fake.saved).toEqual(['wxfile://tmp/poster-1200.png']);
      expect(posters).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200.png' }]);
      expect(saves).toEqual([{ ok: true, message: 'Image saved to your album' }]);
      expect(textOf(comp.querySelector('.share-bar__status'))).toBe('Image saved to your album');
    });

    it('draws the 5:4 chat-card image as soon as a result shows, and again in a new language', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ recommendation: rec, lang: 'en' });
      const cards = listen(comp, 'card');
      await simulate.sleep(10);
      expect(cards).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200.png' }]);
      // 600 x 480 layout units at pixel ratio 2: WeChat's 5:4 card shape.
      expect(fake.node.width).toBe(1200);
      expect(fake.node.height).toBe(960);
      expect(tt('en', rec.headline).startsWith(fake.drawn[0]?.replace('…', '') ?? '-')).toBe(true);
      fake.drawn.length = 0;
      comp.setData({ lang: 'zh' });
      await simulate.sleep(10);
      expect(cards).toHaveLength(2);
      expect(tt('zh', rec.headline).startsWith(fake.drawn[0]?.replace('…', '') ?? '-')).toBe(true);
    });

    it('draws no card without a canvas, and says nothing', async () => {
      fakeCanvasWx({ canvas: false, album: 'ok' });
      const comp = render({ recommendation: rec, lang: 'en' });
      const cards = listen(comp, 'card');
      // Past the bar's retries for a canvas that appears late (4 tries, 250 ms apart).
      await simulate.sleep(1000);
      expect(cards).toEqual([]);
      expect(comp.querySelector('.share-bar__status')).toBeUndefined();
    });

    it('draws a card once a late canvas appears', async () => {
      const fake = fakeCanvasWx({ canvas: false, album: 'ok' });
      const comp = render({ recommendation: rec, lang: 'en' });
      const cards = listen(comp, 'card');
      await simulate.sleep(10);
      expect(cards).toEqual([]);
      fakeCanvasWx({ canvas: true, album: 'ok' });
      await simulate.sleep(300);
      expect(cards).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200.png' }]);
      expect(fake.saved).toEqual([]);
    });

    it('draws no card in single-page mode', async () => {
      fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ recommendation: rec, lang: 'en', singlePage: true });
      const cards = listen(comp, 'card');
      await simulate.sleep(10);
      expect(cards).toEqual([]);
    });

    it('a failed save is shown, with the reason', async () => {
      fakeCanvasWx({ canvas: true, album: 'disk' });
      const comp = render({ recommendation: rec, lang: 'zh' });
      const saves = listen(comp, 'save');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await simulate.sleep(10);
      expect(textOf(comp.querySelector('.share-bar__status--error'))).toBe(
        '图片保存失败：saveImageToPhotosAlbum:fail no space left on device',
      );
      expect(saves).toEqual([
        {
          ok: false,
          reason: 'failed',
          message: '图片保存失败：saveImageToPhotosAlbum:fail no space left on device',
        },
      ]);
    });

    it('no canvas: says the image could not be created', async () => {
      const fake = fakeCanvasWx({ canvas: false, album: 'ok' });
      const comp = render({ recommendation: rec, lang: 'en' });
      const saves = listen(comp, 'save');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await simulate.sleep(10);
      expect(fake.saved).toEqual([]);
      expect(textOf(comp.querySelector('.share-bar__status'))).toBe(
        'Could not create the image. Please try again.',
      );
      expect(saves).toEqual([
        { ok: false, reason: 'no_canvas', message: 'Could not create the image. Please try again.' },
      ]);
    });
  });
});
