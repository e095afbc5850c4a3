/**
 * The result's first screen as the person sees it, in both languages: the headline, the three
 * figures from the engine (or what to do instead), the critical warning, the share bar; a
 * friend's view with its note and "try it yourself" near the top; the outdated-link note; the
 * navigation titles; the empty and broken-link states; the share hooks.
 */
import { t, tt, type Lang, type MessageKey } from '../../miniprogram/i18n/index';
import { changesFor } from '../../miniprogram/rules/changes';
import { recommend } from '../../miniprogram/rules/engine';
import type { Answers, Recommendation } from '../../miniprogram/rules/types';
import { whatIfs } from '../../miniprogram/rules/what-if';
import { decodeQuery, encodeAnswers } from '../../miniprogram/share/codec';
import { lastNav, parseUrl, resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { press, renderPage } from '../helpers/load';
import { BLOGGER, FOREIGNER, FRENCH_BRAND } from '../helpers/personas';
import { parseQueryString } from '../helpers/query';
import { openOwn, openShared, sharedQuery, text, texts } from './result-page';

const LANGS: Lang[] = ['zh', 'en'];

const firstCritical = (rec: Recommendation) => rec.warnings.find((w) => w.severity === 'critical');

describe.each(LANGS)('result first screen (%s)', (lang) => {
  it('the decision: headline, cost over one and three years, time to go live, documents, the critical warning', () => {
    const rec = recommend(FRENCH_BRAND);
    const page = openOwn(FRENCH_BRAND, lang);
    expect(text(page, '.result__headline')).toBe(tt(lang, rec.headline));
    const usd = (n: number) => t(lang, 'cost.usd', { amount: n });
    // The overseas verification fee is only reported by agencies (V2): the figure says so.
    expect(text(page, '.result__figure--firstYear')).toBe(
      `${t(lang, 'result.figure.firstYear')}${t(lang, 'result.figure.reported', { amount: usd(99) })}${t(lang, 'result.source')}`,
    );
    expect(text(page, '.result__figure--threeYears')).toContain(
      t(lang, 'result.figure.reported', { amount: usd(297) }),
    );
    expect(text(page, '.result__figure--goLive')).toContain(t(lang, 'card.golive.overseas'));
    expect(text(page, '.result__figure--documents')).toBe(
      `${t(lang, 'result.figure.documents')}${t(lang, 'result.figure.documentsValue', { n: rec.documents.length })}`,
    );
    // The acquirer's fees have no sourced number: named in words, never given one.
    expect(text(page, '.result__plus')).toBe(
      t(lang, 'result.figure.plus', { parts: t(lang, 'result.plus.acquirer') }),
    );
    expect(text(page, '.result__plus')).not.toMatch(/\d/);
    // The critical warning in the short wording written for cards; the full one is in "All warnings".
    const critical = firstCritical(rec);
    expect(text(page, '.result__critical-text')).toBe(
      `${t(lang, `card.${critical?.text.key ?? ''}` as MessageKey)}${t(lang, 'result.source')}`,
    );
    // The share actions sit in the bar that stays on screen.
    expect(text(page, '.result__bar .result__share >>> .share-bar__chat >>> .van-button')).toBe(
      t(lang, 'share.chat'),
    );
  });

  it('everything else is folded: section titles only, no content until opened', () => {
    const page = openOwn(FRENCH_BRAND, lang);
    const titles = texts(page, '.result__sections >>> .van-cell__title');
    expect(titles).toEqual(
      expect.arrayContaining([
        t(lang, 'result.answers'),
        t(lang, 'result.why'),
        t(lang, 'result.allWarnings'),
        t(lang, 'result.costs'),
        t(lang, 'result.timeline'),
        t(lang, 'result.documents'),
        t(lang, 'result.steps'),
        t(lang, 'result.features'),
        t(lang, 'result.whatIf'),
        t(lang, 'result.sources'),
      ]),
    );
    for (const content of ['.result__warnings', '.result__reasons', '.result__costs', '.result__steps'])
      expect(page.comp.querySelector(content)).toBeUndefined();
  });

  it('a free route says "free" once, for the first year and after, and states its time as a figure', () => {
    const page = openOwn(BLOGGER, lang);
    expect(text(page, '.result__figure--firstYear')).toBe(
      `${t(lang, 'result.figure.bothYears')}${t(lang, 'result.figure.free')}${t(lang, 'result.source')}`,
    );
    expect(page.comp.querySelector('.result__figure--threeYears')).toBeUndefined();
    expect(text(page, '.result__figure--goLive')).toContain(t(lang, 'card.golive.same_day'));
    expect(page.comp.querySelector('.result__plus')).toBeUndefined();
  });

  it('no route: what you can do instead takes the place of the figures; the headline states the critical warning', () => {
    const rec = recommend(FOREIGNER);
    const page = openOwn(FOREIGNER, lang);
    expect(page.comp.querySelector('.result__figures')).toBeUndefined();
    expect(text(page, '.result__instead-title')).toBe(t(lang, 'result.instead'));
    expect(texts(page, '.result__instead-item')).toEqual(
      rec.instead.map(
        (item) => `${t(lang, `card.${item.text.key}` as MessageKey)}${t(lang, 'result.source')}`,
      ),
    );
    // "Without a mainland ID you cannot register…": said once, by the headline, with the warning's facts.
    expect(firstCritical(rec)?.id).toBe('personal_needs_mainland_id');
    expect(page.comp.querySelector('.result__critical')).toBeUndefined();
    expect(text(page, '.result__head')).toBe(`${tt(lang, rec.headline)}${t(lang, 'result.source')}`);
  });

  it("a friend's view: the shared note with 'try it yourself' above the headline, landing on the first question", async () => {
    const page = openShared(BLOGGER, lang);
    const all = text(page, '.result');
    expect(text(page, '.result__shared')).toBe(t(lang, 'result.shared'));
    expect(all.indexOf(t(lang, 'result.tryYourself'))).toBeLessThan(
      all.indexOf(text(page, '.result__headline')),
    );
    expect(page.comp.querySelector('.result__figure--goLive')).toBeDefined();
    // Opening someone else's result does not touch the reader's own progress.
    expect(storage().has('oan.progress.v1')).toBe(false);
    await press(page.comp, '.result__try');
    expect(lastNav()).toEqual({ method: 'reLaunch', url: '/pages/quiz/index?restart=1', delta: undefined });
    const quiz = renderPage('pages/quiz/index', { restart: '1' });
    expect(text(quiz, '.quiz__title')).toBe(t(lang, 'q.entity.title'));
  });

  it('a link from an older rules version names what changed for this person', async () => {
    const page = openShared(FRENCH_BRAND, lang, '1');
    const changes = changesFor(FRENCH_BRAND, '1');
    expect(changes.length).toBeGreaterThan(0);
    expect(text(page, '.result__outdated')).toBe(
      t(lang, 'result.outdatedChanges', { count: changes.length }),
    );
    expect(page.comp.querySelector('.result__change')).toBeUndefined();
    await press(page.comp, '.result__changes-toggle');
    expect(texts(page, '.result__change')).toEqual(changes.map((change) => tt(lang, change)));
    expect(text(page, '.result__headline')).toBe(tt(lang, recommend(FRENCH_BRAND).headline));
  });

  it('the navigation title fits beside the capsule and says whose result it is', () => {
    const titles: string[] = [];
    const spy = jest.spyOn(wx, 'setNavigationBarTitle').mockImplementation((options) => {
      titles.push(options.title);
      return Promise.resolve({ errMsg: '' });
    });
    try {
      openOwn(FRENCH_BRAND, lang);
      openShared(FRENCH_BRAND, lang);
      const flip = whatIfs(recommend(FRENCH_BRAND))[0];
      if (!flip) throw new Error('the French brand has what-ifs');
      renderPage('pages/result/index', parseQueryString(`${encodeAnswers(flip.answers)}&w=${flip.id}`));
      const broken = sharedQuery(FRENCH_BRAND);
      renderPage('pages/result/index', { ...broken, a: (broken.a ?? '').slice(0, 5) });
    } finally {
      spy.mockRestore();
    }
    expect(titles).toEqual([
      t(lang, 'result.nav'),
      t(lang, 'result.navShared'),
      t(lang, 'result.navWhatIf'),
      t(lang, 'result.navError'),
    ]);
    // Within 160 px at 17 px, by the model of home-titles.test.ts (CJK 1 em, capitals 0.7, others 0.56).
    const width = (title: string) =>
      Array.from(title).reduce(
        (em, ch) =>
          em +
          (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch)
            ? 1
            : /\s/.test(ch)
              ? 0.27
              : /[A-Z]/.test(ch)
                ? 0.7
                : 0.56),
        0,
      ) * 17;
    for (const title of titles) expect(width(title)).toBeLessThanOrEqual(160);
  });

  it('a broken link shows a clear message and a way to start', async () => {
    resetPhone();
    useLang(lang);
    const good = sharedQuery(FRENCH_BRAND);
    const a = good.a ?? '';
    const page = renderPage('pages/result/index', {
      ...good,
      a: `${a.slice(0, -1)}${a.endsWith('A') ? 'B' : 'A'}`,
    });
    expect(page.comp.querySelector('.result__headline')).toBeUndefined();
    expect(text(page, '.result__error-title')).toBe(t(lang, 'result.linkError'));
    expect(text(page, '.result__message')).toBe(t(lang, 'share.error.tampered'));
    await press(page.comp, '.result__start >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'reLaunch', url: '/pages/quiz/index' }));
  });
});

describe('result page', () => {
  it('with nothing answered yet, says so and offers the questionnaire', () => {
    resetPhone();
    const page = renderPage('pages/result/index');
    expect(text(page, '.result__message')).toBe(t('zh', 'result.noResult'));
    expect(text(page, '.result__start >>> .van-button')).toBe(t('zh', 'result.startQuiz'));
  });

  it('follows a language switch made on another page when shown again', async () => {
    const page = openOwn(FRENCH_BRAND, 'zh');
    expect(text(page, '.result__headline')).toBe(t('zh', 'headline.overseas_licence.service'));
    const home = renderPage('pages/home/index');
    await press(home.comp, '.home__lang');
    page.page.onShow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(text(page, '.result__headline')).toBe(tt('en', recommend(FRENCH_BRAND).headline));
    expect(text(page, '.result__figure--goLive')).toContain(t('en', 'result.figure.goLive'));
  });

  it('share hooks: the chat card and Moments rebuild the same result and carry the card image', () => {
    const page = openOwn(FRENCH_BRAND, 'en');
    const before = page.page.onShareAppMessage() as { title: string; path: string; imageUrl?: string };
    expect(before.imageUrl).toBeUndefined();
    // The card's image shows the headline; its title says what the card holds (payload.ts).
    expect(before.title).toBe(t('en', 'share.chat_title'));
    const decoded = decodeQuery(parseUrl(before.path).query);
    expect(decoded.ok && decoded.answers).toEqual(FRENCH_BRAND);
    const bar = page.comp.querySelector('.result__share') as unknown as {
      instance: { triggerEvent: (name: string, detail: unknown) => void };
    };
    bar.instance.triggerEvent('card', { tempFilePath: 'wxfile://tmp/card.png' });
    const chat = page.page.onShareAppMessage() as { imageUrl?: string };
    expect(chat.imageUrl).toBe('wxfile://tmp/card.png');
    expect((page.page.onShareTimeline() as { imageUrl?: string }).imageUrl).toBe('wxfile://tmp/card.png');
    // Moments shows its image square: the bar's square card replaces the 5:4 one there.
    bar.instance.triggerEvent('moments', { tempFilePath: 'wxfile://tmp/square.png' });
    const moments = page.page.onShareTimeline() as { imageUrl?: string; query: string };
    expect(moments.imageUrl).toBe('wxfile://tmp/square.png');
    expect((page.page.onShareAppMessage() as { imageUrl?: string }).imageUrl).toBe('wxfile://tmp/card.png');
    expect(decodeQuery(parseUrl(`x?${moments.query}`).query).ok).toBe(true);
  });

  it('start again forgets the answers and restarts the questionnaire', async () => {
    const page = openOwn(FRENCH_BRAND, 'zh');
    await press(page.comp, '.result__restart >>> .van-button');
    expect(storage().has('oan.progress.v1')).toBe(false);
    expect(lastNav()).toEqual(
      expect.objectContaining({ method: 'reLaunch', url: '/pages/quiz/index?restart=1' }),
    );
  });
});

describe('a time in several stages goes under its label, full width', () => {
  it.each(LANGS)('%s', (lang) => {
    // A sole trader who also wants a Mini Program: registration, verification and the filing.
    const answers = {
      ...BLOGGER,
      goals: ['publish', 'mini_program', 'sell'],
      sole_trader: 'willing',
    } as Answers;
    const rec = recommend(answers);
    expect(rec.route).toBe('sole_trader');
    const page = openOwn(answers, lang);
    const time = page.comp.querySelector('.result__figure--goLive');
    expect(time?.dom?.className).toContain('result__figure--stacked');
    expect(text(page, '.result__figure--goLive')).toContain(t(lang, 'card.golive.sole_trader.mini_program'));
    // A short one stays beside its label.
    const blogger = openOwn(BLOGGER, lang);
    expect(blogger.comp.querySelector('.result__figure--goLive')?.dom?.className).not.toContain('stacked');
  });
});
