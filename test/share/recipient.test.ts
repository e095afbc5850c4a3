/**
 * The friend's side: the result page opened from a shared card, rendered with the official
 * compiler. The result is rebuilt from the link alone; a damaged link shows the error state.
 */
import simulate from 'miniprogram-simulate';
import { renderPage, textOf } from '../helpers/load';
import { t, tt, type Lang } from '../../miniprogram/i18n';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Recommendation } from '../../miniprogram/rules/types';
import { chatShare, timelineShare } from '../../miniprogram/share/payload';
import { wordingsOf } from '../../miniprogram/share/poster-content';
import { FRENCH_BRAND } from '../helpers/personas';
import { parseQueryString } from '../helpers/query';

type WxLike = Record<string, unknown>;
const wxGlobal = (globalThis as unknown as { wx: WxLike }).wx;
const saved: WxLike = {};

function phone(lang: Lang, scene = 1007) {
  for (const key of ['getAppBaseInfo', 'getEnterOptionsSync']) saved[key] ??= wxGlobal[key];
  wxGlobal.getAppBaseInfo = () => ({ language: lang === 'zh' ? 'zh_CN' : 'en', fontSizeSetting: 17 });
  wxGlobal.getEnterOptionsSync = () => ({ scene, query: {}, path: 'pages/result/index' });
}

afterEach(() => {
  Object.assign(wxGlobal, saved);
});

const sender = evaluate(FRENCH_BRAND) as Recommendation;

function open(query: Record<string, string>) {
  const { comp } = renderPage('pages/result/index', query);
  return comp;
}

describe.each(['zh', 'en'] as Lang[])('opening a shared result (%s)', (lang) => {
  it('rebuilds the same result from the chat card and says it was shared', async () => {
    phone(lang);
    const card = chatShare(sender, lang);
    const comp = open(parseQueryString(card.path));
    await simulate.sleep(0);
    expect(textOf(comp.querySelector('.result__headline'))).toBe(tt(lang, sender.headline));
    expect(textOf(comp.querySelector('.result__shared'))).toBe(t(lang, 'result.shared'));
    expect(comp.querySelector('.result__outdated')).toBeUndefined();
    // The first screen holds the critical warning; the rest fold under it (test/pages/result-sections).
    const critical = sender.warnings.find((warning) => warning.severity === 'critical');
    // In the short wording written for cards (the last of its wordings); the full one is folded.
    const short = wordingsOf(lang, critical?.text ?? { key: '' });
    expect(textOf(comp.querySelector('.result__critical-text'))).toContain(short[short.length - 1] ?? '');
    // The share actions are there for the friend too.
    expect(textOf(comp.querySelector('.result__share >>> .share-bar__chat >>> .van-button'))).toBe(
      t(lang, 'share.chat'),
    );
  });

  it('a cut link shows the error state with a way to start', async () => {
    phone(lang);
    const query = parseQueryString(chatShare(sender, lang).path);
    const comp = open({ v: query.v as string, a: (query.a as string).slice(0, 9) });
    await simulate.sleep(0);
    expect(comp.querySelector('.result__headline')).toBeUndefined();
    expect(textOf(comp.querySelector('.result__message'))).toBe(t(lang, 'share.error.truncated'));
    expect(comp.querySelector('.result__error-title')).toBeDefined();
    expect(textOf(comp.querySelector('.result__start >>> .van-button'))).toBe(t(lang, 'result.startQuiz'));
  });

  it('an edited link is refused, not shown as a different result', async () => {
    phone(lang);
    const query = parseQueryString(chatShare(sender, lang).path);
    const a = query.a as string;
    const edited = (a[0] === 'B' ? 'C' : 'B') + a.slice(1);
    const comp = open({ v: query.v as string, a: edited, s: '1' });
    await simulate.sleep(0);
    expect(comp.querySelector('.result__headline')).toBeUndefined();
    expect(textOf(comp.querySelector('.result__message'))).toBe(t(lang, 'share.error.tampered'));
  });
});

describe('opened from Moments (single-page mode, scene 1154)', () => {
  it('renders the result readably without the share and save actions', async () => {
    phone('en', 1154);
    const moments = timelineShare(sender, 'en');
    const comp = open(parseQueryString(moments.query));
    await simulate.sleep(0);
    expect(textOf(comp.querySelector('.result__headline'))).toBe(tt('en', sender.headline));
    expect(comp.querySelector('.result__share >>> .share-bar__chat')).toBeUndefined();
    expect(comp.querySelector('.result__share >>> .share-bar__save')).toBeUndefined();
    expect(textOf(comp.querySelector('.result__share >>> .share-bar__single'))).toBe(
      t('en', 'share.single_page_hint'),
    );
    // Single-page mode can neither navigate nor open customer service: those actions are not offered.
    expect(comp.querySelector('.result__actions')).toBeUndefined();
    expect(comp.querySelector('.result__contact')).toBeUndefined();
  });
});
