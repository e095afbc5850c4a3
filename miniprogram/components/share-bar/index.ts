/**
 * The share actions under a result: send the card to a chat, save a poster image, and how
 * to post to Moments. In single-page mode (opened from Moments) WeChat forbids sharing and
 * saving, so only a hint shows.
 *
 * Properties: `content`, the poster's text already in the reader's language (the page
 * translates the result once; the card and the poster both draw it), `lang` for the labels, and
 * `compact` for a bar that stays on screen (the two buttons side by side, no Moments hint), and
 * `wait-for-page` to draw the card only once the page calls `pageReady()` from its onReady.
 *
 * Events: `share` { channel: 'chat' } when the chat button is tapped (WeChat then calls the
 * page's onShareAppMessage); `card` { tempFilePath } once the 5:4 chat-card image for this
 * result is drawn (the page passes it as the share's imageUrl, so the card shows the headline
 * rather than a crop of the screen); `moments` { tempFilePath } once the same card is drawn
 * square (Moments shows its image 1:1: the page passes it as onShareTimeline's imageUrl);
 * `poster` { tempFilePath } once the saved image is drawn; `save` { ok, reason?, message }
 * after every save attempt.
 */
import { isLang, t, type Lang } from '../../i18n/index';
import { planPosterContent, type PosterAspect, type PosterContent } from '../../share/poster-plan';
import { albumMessage, saveImageToAlbum } from '../../utils/album';
import { sendChanges } from '../../utils/patch';
import { renderPosterFile, stopImageWaits, systemFontScale } from '../../utils/poster-canvas';

function labels(lang: Lang) {
  return {
    chat: t(lang, 'share.chat'),
    save: t(lang, 'share.save'),
    saving: t(lang, 'share.saving'),
    moments: t(lang, 'share.moments_hint'),
    single: t(lang, 'share.single_page_hint'),
  };
}

/** Bars in the page tree: before that a selector query finds no canvas node. */
const attachedBars = new WeakSet<object>();
/** Bars whose page has painted (pageReady), for bars that wait for it. */
const paintedPages = new WeakSet<object>();
/** A pending retry per bar, cleared when the bar goes away. */
const cardRetries = new WeakMap<object, ReturnType<typeof setTimeout>>();
/** The latest card drawing per bar: an older one still under way (another language) is not sent. */
const cardRounds = new WeakMap<object, number>();
/**
 * What each bar's card was last drawn for. A parent may send the same content again with any
 * setData (renderers differ): drawing again would send `card` again, and a page that answers
 * `card` with a setData would loop.
 */
const cardDrawnFor = new WeakMap<object, string>();
/** A canvas can appear a moment after the view that holds it: try a few times, then give up quietly. */
const CARD_TRIES = 4;
const CARD_RETRY_MS = 250;

Component({
  properties: {
    // type null: WeChat passes the page's object through as is, and the typings keep its type.
    content: { type: null, value: null as PosterContent | null },
    lang: { type: String, value: 'zh' },
    singlePage: { type: Boolean, value: false },
    aspect: { type: String, value: '4:5' },
    // The result's sticky bar: buttons in a row, no Moments hint (the page shows it lower down).
    compact: { type: Boolean, value: false },
    // The card waits for the page's first paint (the page calls pageReady() from onReady):
    // drawing two canvases on attach would hold back the screen the person is waiting for.
    waitForPage: { type: Boolean, value: false },
  },
  data: {
    labels: labels('zh'),
    busy: false,
    status: '',
    statusOk: true,
  },
  observers: {
    lang() {
      sendChanges(this, { labels: labels(this.currentLang()), status: '' });
    },
    // Not on lang alone: a page that switches language sends the new content in the same setData.
    'content, singlePage'() {
      this.drawCardIfDue();
    },
  },
  lifetimes: {
    // attached, not ready: some renderers (the browser preview, tests) never send ready; a
    // canvas not drawn yet is retried below.
    attached() {
      attachedBars.add(this);
      if (this.mayDraw()) void this.prepareCard();
    },
    detached() {
      clearTimeout(cardRetries.get(this) ?? 0);
      cardRetries.delete(this);
      stopImageWaits(this);
    },
  },
  methods: {
    /** The page passes a Lang; anything else (a hand-written attribute) falls back to Chinese. */
    currentLang(): Lang {
      return isLang(this.data.lang) ? this.data.lang : 'zh';
    },
    mayDraw(): boolean {
      return attachedBars.has(this) && (!this.data.waitForPage || paintedPages.has(this));
    },
    /** Draws the card when the bar may draw and the one it has is not for this content. */
    drawCardIfDue() {
      if (this.mayDraw() && cardDrawnFor.get(this) !== this.cardFor()) void this.prepareCard();
    },
    /** The page's first render is on screen (its onReady): a bar that waits draws its card now. */
    pageReady() {
      paintedPages.add(this);
      this.drawCardIfDue();
    },
    cardFor(): string {
      return `${String(this.data.singlePage)} ${JSON.stringify(this.data.content)}`;
    },
    /** Draws the chat-card image ahead of time: onShareAppMessage must answer at once. */
    async prepareCard(attempt = 1) {
      clearTimeout(cardRetries.get(this) ?? 0);
      cardRetries.delete(this);
      cardDrawnFor.set(this, this.cardFor());
      const content = this.data.content;
      if (!content || this.data.singlePage) return;
      const round = (cardRounds.get(this) ?? 0) + 1;
      cardRounds.set(this, round);
      const current = () => cardRounds.get(this) === round;
      // The card is seen small in a chat: the standard text size, never the phone's larger one.
      const drawn = await renderPosterFile(this, '#share-card', (measureText) =>
        planPosterContent(content, { measureText, aspect: '5:4', fontScale: 1, kind: 'card' }),
      );
      if (drawn.ok) {
        if (!current()) return;
        this.triggerEvent('card', { tempFilePath: drawn.tempFilePath });
        const square = await renderPosterFile(this, '#share-square', (measureText) =>
          planPosterContent(content, { measureText, aspect: '1:1', fontScale: 1, kind: 'card' }),
        );
        if (square.ok && current()) this.triggerEvent('moments', { tempFilePath: square.tempFilePath });
      } else if (drawn.reason === 'no_canvas' && attempt < CARD_TRIES) {
        cardRetries.set(
          this,
          setTimeout(() => void this.prepareCard(attempt + 1), CARD_RETRY_MS),
        );
      }
      // Without a card image WeChat shows the top of the screen: a fine fallback, so no message.
    },
    onChat() {
      this.triggerEvent('share', { channel: 'chat' });
    },
    async onSave() {
      const content = this.data.content;
      if (this.data.busy || !content || this.data.singlePage) return;
      const lang = this.currentLang();
      sendChanges(this, { busy: true, status: '' });
      const aspect: PosterAspect = this.data.aspect === '1:1' ? '1:1' : '4:5';
      const fontScale = systemFontScale();
      const drawn = await renderPosterFile(
        this,
        '#share-poster',
        (measureText, assets) =>
          planPosterContent(content, { measureText, aspect, fontScale, kind: 'poster', code: assets.code }),
        true,
      );
      if (!drawn.ok) {
        const message = t(lang, 'share.poster.failed');
        sendChanges(this, { busy: false, status: message, statusOk: false });
        this.triggerEvent('save', { ok: false, reason: drawn.reason, message });
        return;
      }
      this.triggerEvent('poster', { tempFilePath: drawn.tempFilePath });
      const saved = await saveImageToAlbum(drawn.tempFilePath, lang);
      const message = albumMessage(saved, lang);
      sendChanges(this, { busy: false, status: message, statusOk: saved.ok });
      this.triggerEvent(
        'save',
        saved.ok ? { ok: true, message } : { ok: false, reason: saved.reason, message },
      );
    },
  },
});
