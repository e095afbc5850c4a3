/**
 * The share actions under a result: send the card to a chat, save a poster image, and how
 * to post to Moments. In single-page mode (opened from Moments) WeChat forbids sharing and
 * saving, so only a hint shows.
 *
 * Events: `share` { channel: 'chat' } when the chat button is tapped (WeChat then calls the
 * page's onShareAppMessage); `poster` { tempFilePath } once the image is drawn (usable as the
 * card image); `save` { ok, reason?, message } after every save attempt.
 */
import { isLang, t, type Lang } from '../../i18n/index';
import { planPoster, type PosterAspect, type PosterSource } from '../../share/poster-plan';
import { albumMessage, saveImageToAlbum } from '../../utils/album';
import { renderPosterFile, systemFontScale } from '../../utils/poster-canvas';

function labels(lang: Lang) {
  return {
    chat: t(lang, 'share.chat'),
    save: t(lang, 'share.save'),
    saving: t(lang, 'share.saving'),
    moments: t(lang, 'share.moments_hint'),
    single: t(lang, 'share.single_page_hint'),
  };
}

Component({
  properties: {
    recommendation: { type: Object, value: null as unknown as WechatMiniprogram.IAnyObject },
    lang: { type: String, value: 'zh' },
    singlePage: { type: Boolean, value: false },
    aspect: { type: String, value: '4:5' },
  },
  data: {
    labels: labels('zh'),
    busy: false,
    status: '',
    statusOk: true,
  },
  observers: {
    lang(lang: string) {
      this.setData({ labels: labels(isLang(lang) ? lang : 'zh'), status: '' });
    },
  },
  methods: {
    currentLang(): Lang {
      return isLang(this.data.lang) ? this.data.lang : 'zh';
    },
    onChat() {
      this.triggerEvent('share', { channel: 'chat' });
    },
    async onSave() {
      const rec = this.data.recommendation as unknown as PosterSource | null;
      if (this.data.busy || !rec || this.data.singlePage) return;
      const lang = this.currentLang();
      this.setData({ busy: true, status: '' });
      const aspect: PosterAspect = this.data.aspect === '1:1' ? '1:1' : '4:5';
      const fontScale = systemFontScale();
      const drawn = await renderPosterFile(this, '#share-poster', (measureText) =>
        planPoster(rec, lang, { measureText, aspect, fontScale }),
      );
      if (!drawn.ok) {
        const message = t(lang, 'share.poster.failed');
        this.setData({ busy: false, status: message, statusOk: false });
        this.triggerEvent('save', { ok: false, reason: drawn.reason, message });
        return;
      }
      this.triggerEvent('poster', { tempFilePath: drawn.tempFilePath });
      const saved = await saveImageToAlbum(drawn.tempFilePath, lang);
      const message = albumMessage(saved, lang);
      this.setData({ busy: false, status: message, statusOk: saved.ok });
      this.triggerEvent(
        'save',
        saved.ok ? { ok: true, message } : { ok: false, reason: saved.reason, message },
      );
    },
  },
});
