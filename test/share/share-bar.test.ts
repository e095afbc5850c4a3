/**
 * The share bar as WeChat renders it (official compiler, vant resolved): its buttons in both
 * languages, single-page mode, and full "save as image" taps with wx faked at its edges
 * (fake-canvas-wx.ts: canvas nodes, image loading, file export, album), so the real plan is drawn.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { loadComponent, textOf } from '../helpers/load';
import { t, tt, type Lang } from '../../miniprogram/i18n';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Recommendation } from '../../miniprogram/rules/types';
import { posterContent } from '../../miniprogram/share/poster-content';
import { MINI_PROGRAM_CODE } from '../../miniprogram/utils/poster-canvas';
import { FRENCH_BRAND } from '../helpers/personas';
import { fakeCanvasWx, restoreWx } from './fake-canvas-wx';

const rec = evaluate(FRENCH_BRAND) as Recommendation;
/** What the result page hands the bar: the result in words, in the reader's language. */
const content = (lang: Lang) => posterContent(lang, rec);

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

  it("compact (the result's sticky bar): the two buttons side by side, the Moments hint left to the page", () => {
    const comp = render({ content: content('en'), lang: 'en', compact: true });
    const bar = comp.querySelector('.share-bar');
    expect(bar?.dom?.className).toContain('share-bar--compact');
    expect(label(comp, '.share-bar__chat')).toBe('Share to chat');
    expect(label(comp, '.share-bar__save')).toBe('Save as image');
    expect(comp.querySelector('.share-bar__moments')).toBeUndefined();
    // The row itself is the stylesheet's: both buttons share it equally.
    const css = fs.readFileSync(
      path.resolve(__dirname, '../../miniprogram/components/share-bar/index.wxss'),
      'utf8',
    );
    expect(css).toMatch(/\.share-bar--compact \.share-bar__actions \{\s*flex-direction: row;/);
  });

  it('both buttons are full-width, with the same rounded corners as every other button', () => {
    const comp = render({ content: content('en'), lang: 'en' });
    for (const cls of ['.share-bar__chat', '.share-bar__save']) {
      const button = comp.querySelector(cls) as unknown as { data: { round?: boolean; block?: boolean } };
      // Not vant's pill (round): app.wxss gives all buttons WeChat's 8 px corners.
      expect(button.data).toEqual(expect.objectContaining({ round: false, block: true }));
    }
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
    afterEach(restoreWx);

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

    /** The text drawn on a canvas, read back without spaces (lines wrap at spaces or anywhere in Chinese). */
    const read = (drawn: string[]) => drawn.join('').replace(/\s/g, '');
    const squash = (text: string) => text.replace(/\s/g, '');

    it('draws the poster at the screen pixel ratio, saves it, and says so', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en', aspect: '4:5' });
      const saves = listen(comp, 'save');
      const posters = listen(comp, 'poster');
      comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
      await saves.received();
      const poster = fake.canvasFor('#share-poster');
      expect(read(poster.drawn)).toContain(squash(tt('en', rec.headline)));
      expect(poster.drawn).toContain(`Facts reviewed ${rec.reviewed}`);
      expect(read(poster.drawn)).not.toContain('…');
      expect(poster.node.width).toBe(1200);
      expect(poster.node.height).toBe(1500);
      expect(fake.saved).toEqual(['wxfile://tmp/poster-1200x1500.png']);
      expect(posters.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200x1500.png' }]);
      expect(saves.events).toEqual([{ ok: true, message: 'Image saved to your album' }]);
      expect(textOf(comp.querySelector('.share-bar__status'))).toBe('Image saved to your album');
    });

    describe('the mini program code on the poster', () => {
      let root = '';
      beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'oan-package-'));
      });
      afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

      async function savePoster(lang: Lang) {
        const fake = fakeCanvasWx({ canvas: true, album: 'ok', packageRoot: root });
        const comp = render({ content: content(lang), lang, aspect: '4:5' });
        const saves = listen(comp, 'save');
        comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
        await saves.received();
        return fake.canvasFor('#share-poster');
      }

      it('with assets/mp-code.png in the package, draws the code and says to long-press it', async () => {
        fs.mkdirSync(path.join(root, 'assets'));
        fs.writeFileSync(path.join(root, MINI_PROGRAM_CODE), 'PNG');
        const poster = await savePoster('zh');
        expect(poster.images).toEqual([MINI_PROGRAM_CODE]);
        expect(read(poster.drawn)).toContain(squash(t('zh', 'share.poster.code', { app: '公众号选型助手' })));
        expect(read(poster.drawn)).not.toContain('微信搜索');
      });

      it('a bar taken away while the code image is still loading leaves no timer behind', async () => {
        fs.mkdirSync(path.join(root, 'assets'));
        fs.writeFileSync(path.join(root, MINI_PROGRAM_CODE), 'PNG');
        const fake = fakeCanvasWx({ canvas: true, album: 'ok', packageRoot: root, imagesHang: true });
        const started: unknown[] = [];
        const realSetTimeout = globalThis.setTimeout;
        jest.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
          const id = realSetTimeout(fn, ms);
          if (ms === 3000) started.push(id);
          return id;
        }) as typeof setTimeout);
        const cleared = jest.spyOn(globalThis, 'clearTimeout');
        const comp = render({ content: content('en'), lang: 'en', aspect: '4:5' });
        comp.querySelector('.share-bar__save >>> .van-button')?.dispatchEvent('tap');
        await until(() => fake.canvasFor('#share-poster').requested.length === 1, 'the code image asked for');
        expect(started).toHaveLength(1);
        (comp as unknown as { detach(): void }).detach();
        expect(cleared.mock.calls.map(([id]) => id)).toContain(started[0]);
      });

      it('without one, names what to search for in WeChat', async () => {
        const poster = await savePoster('en');
        // Asked of the file system first: a missing code is never requested as an image.
        expect(poster.requested).toEqual([]);
        expect(poster.images).toEqual([]);
        expect(read(poster.drawn)).toContain(squash('Search "公众号选型助手" (OA Navigator) in WeChat'));
      });
    });

    it('draws the 5:4 chat card and its Moments square as soon as a result shows, again in a new language', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en' });
      const cards = listen(comp, 'card');
      const squares = listen(comp, 'moments');
      await squares.received(1);
      // 600 x 480 layout units at pixel ratio 2: WeChat's 5:4 card; Moments shows its image 1:1.
      expect(cards.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200x960.png' }]);
      expect(squares.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200x1200.png' }]);
      const card = fake.canvasFor('#share-card');
      expect(read(card.drawn)).toContain(squash(tt('en', rec.headline)));
      expect(card.drawn).toContain(t('en', 'share.card.open'));
      expect(card.images).toEqual([]);
      expect(read(fake.canvasFor('#share-square').drawn)).toContain(squash(tt('en', rec.headline)));
      card.drawn.length = 0;
      comp.setData({ lang: 'zh', content: content('zh') });
      await squares.received(2);
      expect(cards.events).toHaveLength(2);
      expect(read(card.drawn)).toContain(squash(tt('zh', rec.headline)));
    });

    it('draws the card once for the same content, however often the page sends it', async () => {
      const fake = fakeCanvasWx({ canvas: true, album: 'ok' });
      const comp = render({ content: content('en'), lang: 'en' });
      const squares = listen(comp, 'moments');
      await squares.received(1);
      // A page answering `card` with a setData re-sends its data: an equal copy draws nothing.
      comp.setData({ content: JSON.parse(JSON.stringify(content('en'))) as unknown });
      comp.setData({ content: content('en') });
      await simulate.sleep(0);
      expect(fake.queries).toEqual(['#share-card', '#share-square']);
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
      expect(cards.events).toEqual([{ tempFilePath: 'wxfile://tmp/poster-1200x960.png' }]);
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
