/**
 * The result page: what-if toggles, the checklist's ticks, the language, shared links (good,
 * tampered), the empty state, links back to answers and the share hooks.
 */
import { t, tt } from '../../miniprogram/i18n/index';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Recommendation } from '../../miniprogram/rules/types';
import { REVIEWED } from '../../miniprogram/rules/version';
import { encodeAnswers, decodeQuery } from '../../miniprogram/share/codec';
import { press, renderPage, textOf, type RenderedPage } from '../helpers/load';
import { lastNav, parseUrl, resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { FRENCH_BRAND } from '../helpers/personas';

function finishedQuiz(answers: Record<string, unknown>): void {
  storage().set('oan.progress.v1', { f: 1, d: { answers, at: null } });
}

function headline(page: RenderedPage): string {
  return textOf(page.comp.querySelector('.result__headline'));
}

describe('result page', () => {
  beforeEach(resetPhone);

  it('a what-if toggle shows in place what would change, opens in full, and toggles back', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const original = t('zh', 'headline.overseas_licence.service');
    expect(headline(result)).toBe(original);
    expect(textOf(result.comp.querySelector('.result__whatifs'))).toContain(
      t('zh', 'whatif.set_up_china_entity'),
    );
    expect(result.comp.querySelector('.result__whatif-changes')).toBeUndefined();
    await press(result.comp, '.result__whatif--set_up_china_entity');
    // The person's own result stays; the panel says what the what-if would change.
    expect(headline(result)).toBe(original);
    const changes = textOf(result.comp.querySelector('.result__whatif-changes'));
    expect(textOf(result.comp.querySelector('.result__whatif-headline'))).toBe(
      t('zh', 'headline.china_entity.service'),
    );
    // Setting up a company takes months: that warning is gained; the overseas no-migration one is lost.
    const added = result.comp.querySelectorAll('.result__whatif-added').map((node) => textOf(node));
    const removed = result.comp.querySelectorAll('.result__whatif-removed').map((node) => textOf(node));
    const alt = evaluate({ ...FRENCH_BRAND, china_entity: 'willing_to_set_up' }) as Recommendation;
    const own = evaluate(FRENCH_BRAND) as Recommendation;
    const text = (rec: Recommendation, id: string) => tt('zh', rec.warnings.find((w) => w.id === id)!.text);
    expect(added).toContain(text(alt, 'setup_takes_months'));
    expect(removed).toContain(text(own, 'overseas_no_migration'));
    expect(changes).toContain(tt('zh', alt.timeline));
    // The saved answers are the person's own, not the what-if's.
    expect((storage().get('oan.progress.v1') as { d: { answers: unknown } }).d.answers).toEqual(FRENCH_BRAND);

    // "See the full plan" opens the what-if as a result page of its own, labelled as such.
    await press(result.comp, '.result__whatif-open >>> .van-button');
    const nav = lastNav();
    expect(nav).toEqual(expect.objectContaining({ method: 'navigateTo' }));
    const full = renderPage('pages/result/index', parseUrl(nav?.url ?? '').query);
    expect(headline(full)).toBe(t('zh', 'headline.china_entity.service'));
    expect(textOf(full.comp.querySelector('.result__whatif-page'))).toBe(
      t('zh', 'result.whatIfPage', { label: t('zh', 'whatif.set_up_china_entity') }),
    );
    expect(full.comp.querySelector('.result__shared')).toBeUndefined();
    expect(full.comp.querySelector('.result__whatifs')).toBeUndefined();

    await press(result.comp, '.result__whatif--set_up_china_entity');
    expect(result.comp.querySelector('.result__whatif-changes')).toBeUndefined();
    expect(headline(result)).toBe(original);
  });

  it('documents checklist: ticks persist across a reload', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const total = result.comp.querySelectorAll('.result__doc').length;
    expect(total).toBeGreaterThan(2);
    expect(textOf(result.comp.querySelector('.result__docs-progress'))).toBe(
      t('zh', 'result.documentsProgress', { done: 0, total }),
    );
    await press(result.comp, '.result__doc--application_letter');
    await press(result.comp, '.result__doc--company_bank');
    await press(result.comp, '.result__doc--company_bank');
    expect(textOf(result.comp.querySelector('.result__docs-progress'))).toBe(
      t('zh', 'result.documentsProgress', { done: 1, total }),
    );
    const again = renderPage('pages/result/index');
    expect(again.comp.querySelector('.result__doc--application_letter.result__doc--on')).toBeDefined();
    expect(again.comp.querySelector('.result__doc--company_bank.result__doc--on')).toBeUndefined();
    expect(textOf(again.comp.querySelector('.result__docs-progress'))).toBe(
      t('zh', 'result.documentsProgress', { done: 1, total }),
    );
  });

  it('follows a language switch made on the home page when shown again', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    expect(headline(result)).toBe(t('zh', 'headline.overseas_licence.service'));
    const home = renderPage('pages/home/index');
    await press(home.comp, '.home__lang');
    result.page.onShow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(headline(result)).toBe('Register an overseas service account');
    expect(textOf(result.comp.querySelector('.result'))).toContain(t('en', 'result.warnings'));
  });

  it('opens a shared link: the sender’s result, a "shared with you" note and no edit links', () => {
    useLang('en');
    const query = parseUrl(`/pages/result/index?${encodeAnswers(FRENCH_BRAND)}&s=1`).query;
    const result = renderPage('pages/result/index', query);
    expect(headline(result)).toBe('Register an overseas service account');
    expect(textOf(result.comp.querySelector('.result__shared'))).toBe(t('en', 'result.shared'));
    expect(result.comp.querySelector('.result__chip--link')).toBeUndefined();
    expect(textOf(result.comp.querySelector('.result__try >>> .van-button'))).toBe(
      t('en', 'result.tryYourself'),
    );
    // Opening someone else's result does not touch the reader's own progress.
    expect(storage().has('oan.progress.v1')).toBe(false);
  });

  it('"start from these answers" makes a shared result the reader\'s own quiz, opened at the first question', async () => {
    useLang('en');
    const query = parseUrl(`/pages/result/index?${encodeAnswers(FRENCH_BRAND)}&s=1`).query;
    const result = renderPage('pages/result/index', query);
    const button = result.comp.querySelector('.result__start-from >>> .van-button');
    expect(textOf(button)).toBe(t('en', 'result.startFrom'));
    await press(result.comp, '.result__start-from >>> .van-button');
    expect(lastNav()).toEqual(
      expect.objectContaining({ method: 'reLaunch', url: '/pages/quiz/index?at=entity' }),
    );
    const quiz = renderPage('pages/quiz/index', { at: 'entity' });
    expect(textOf(quiz.comp.querySelector('.quiz__title'))).toBe(t('en', 'q.entity.title'));
    expect(quiz.comp.querySelector('.quiz__option--company.quiz__option--on')).toBeDefined();
    await press(quiz.comp, '.quiz__next >>> .van-button');
    expect(textOf(quiz.comp.querySelector('.quiz__title'))).toBe(t('en', 'q.location.title'));
    expect(quiz.comp.querySelector('.quiz__option--overseas.quiz__option--on')).toBeDefined();
  });

  it('"start from these answers" stays put and says so when the phone cannot save them', async () => {
    useLang('en');
    const query = parseUrl(`/pages/result/index?${encodeAnswers(FRENCH_BRAND)}&s=1`).query;
    const result = renderPage('pages/result/index', query);
    const toast = jest.spyOn(wx, 'showToast');
    const full = jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size');
    });
    try {
      await press(result.comp, '.result__start-from >>> .van-button');
      expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t('en', 'common.saveFailed')]);
      // The quiz would open on the reader's old answers: the page stays.
      expect(lastNav()).toBeUndefined();
    } finally {
      full.mockRestore();
      toast.mockRestore();
    }
  });

  it.each([
    ['copied', { success: true }, 'common.copied'],
    [
      'refused: privacy notice not accepted',
      { errno: 104, errMsg: 'setClipboardData:fail privacy permission is not authorized' },
      'common.copyPrivacy',
    ],
    ['refused for another reason', { errMsg: 'setClipboardData:fail' }, 'common.copyFailed'],
  ] as const)('copying an official address says what happened: %s', async (_label, outcome, key) => {
    useLang('en');
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const toast = jest.spyOn(wx, 'showToast');
    const copied: string[] = [];
    const clipboard = jest.spyOn(wx, 'setClipboardData').mockImplementation((options) => {
      copied.push(options.data);
      if ('success' in outcome) options.success?.({ errMsg: 'setClipboardData:ok' });
      else options.fail?.(outcome);
      return Promise.resolve({ errMsg: '' });
    });
    try {
      await press(result.comp, '.result__copy');
      const firstUrl = (evaluate(FRENCH_BRAND) as Recommendation).steps.find((step) => step.url)?.url;
      expect(copied).toEqual([firstUrl]);
      expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t('en', key)]);
    } finally {
      clipboard.mockRestore();
      toast.mockRestore();
    }
  });

  it('a tampered link shows a clear message and a button to start the questionnaire', async () => {
    const good = parseUrl(`/pages/result/index?${encodeAnswers(FRENCH_BRAND)}&s=1`).query;
    const a = good.a ?? '';
    const tampered = { ...good, a: `${a.slice(0, -1)}${a.endsWith('A') ? 'B' : 'A'}` };
    const result = renderPage('pages/result/index', tampered);
    expect(result.comp.querySelector('.result__headline')).toBeUndefined();
    expect(textOf(result.comp.querySelector('.result__error-title'))).toBe(t('zh', 'result.linkError'));
    expect(textOf(result.comp.querySelector('.result__message')).length).toBeGreaterThan(4);
    await press(result.comp, '.result__start >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'reLaunch', url: '/pages/quiz/index' }));
  });

  it('with nothing answered yet, says so and offers the questionnaire', () => {
    const result = renderPage('pages/result/index');
    expect(textOf(result.comp.querySelector('.result__message'))).toBe(t('zh', 'result.noResult'));
    expect(textOf(result.comp.querySelector('.result__start >>> .van-button'))).toBe(
      t('zh', 'result.startQuiz'),
    );
  });

  it('links each reason to the answers behind it; tapping one reopens that question', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const chip = result.comp.querySelector('.result__chip--location');
    expect(textOf(chip)).toBe(t('zh', 'q.location.opt.overseas'));
    await press(result.comp, '.result__chip--location');
    expect(lastNav()).toEqual(
      expect.objectContaining({ method: 'redirectTo', url: '/pages/quiz/index?at=location' }),
    );
    const quiz = renderPage('pages/quiz/index', { at: 'location' });
    expect(textOf(quiz.comp.querySelector('.quiz__title'))).toBe(t('zh', 'q.location.title'));
  });

  it('share hooks: the chat card and Moments rebuild the same result for a friend', () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const card = result.page.onShareAppMessage() as { title: string; path: string };
    expect(card.title).toBe(t('zh', 'headline.overseas_licence.service'));
    const { rel, query } = parseUrl(card.path);
    expect(rel).toBe('pages/result/index');
    const decoded = decodeQuery(query);
    expect(decoded.ok && decoded.answers).toEqual(FRENCH_BRAND);
    const moments = result.page.onShareTimeline() as { title: string; query: string };
    expect(moments.title).toContain(t('zh', 'headline.overseas_licence.service'));
    expect(decodeQuery(parseUrl(`x?${moments.query}`).query).ok).toBe(true);
  });

  it('the chat card carries the card image the share bar drew', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const before = result.page.onShareAppMessage() as { imageUrl?: string };
    // Until an image exists WeChat shows the top of the screen.
    expect(before.imageUrl).toBeUndefined();
    const bar = result.comp.querySelector('.result__share') as unknown as {
      instance: { triggerEvent: (name: string, detail: unknown) => void };
    };
    bar.instance.triggerEvent('card', { tempFilePath: 'wxfile://tmp/card.png' });
    const after = result.page.onShareAppMessage() as { imageUrl?: string; title: string };
    expect(after.imageUrl).toBe('wxfile://tmp/card.png');
    expect(after.title).toBe(t('zh', 'headline.overseas_licence.service'));
  });

  it('start again forgets the answers and restarts the questionnaire', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    await press(result.comp, '.result__restart >>> .van-button');
    expect(storage().has('oan.progress.v1')).toBe(false);
    expect(lastNav()).toEqual(
      expect.objectContaining({ method: 'reLaunch', url: '/pages/quiz/index?restart=1' }),
    );
  });

  it('shows sources with the review date and the conflicts with advice to confirm', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const folded = textOf(result.comp.querySelector('.result__sources'));
    expect(folded).toContain(t('zh', 'knowledge.reviewed', { date: REVIEWED }));
    expect(folded).toContain(t('zh', 'result.conflictAdvice'));
    // The long list of facts is folded until asked for.
    expect(result.comp.querySelector('.result__source')).toBeUndefined();
    await press(result.comp, '.result__toggle-sources');
    // The list arrives five facts per tap (each setData under 4 KB) until all are on screen.
    let shown = result.comp.querySelectorAll('.result__source').length;
    expect(shown).toBe(5);
    while (result.comp.querySelector('.result__more-sources')) {
      await press(result.comp, '.result__more-sources');
      const now = result.comp.querySelectorAll('.result__source').length;
      expect(now - shown).toBeGreaterThan(0);
      expect(now - shown).toBeLessThanOrEqual(5);
      shown = now;
    }
    const count = result.comp.querySelectorAll('.result__source').length;
    expect(count).toBeGreaterThan(5);
    expect(textOf(result.comp.querySelector('.result__toggle-sources'))).toBe(t('zh', 'result.hideSources'));
    const sources = textOf(result.comp.querySelector('.result__sources'));
    expect(sources).toContain(t('zh', 'fact.W3'));
    expect(sources).toContain('developers.weixin.qq.com');
    // A fact whose sources disagree says so in the list too (W4: overseas subscription accounts).
    const conflicts = result.comp.querySelectorAll('.result__source-conflict').map((node) => textOf(node));
    expect(conflicts).toContain(t('zh', 'conflict.W4'));
    expect(sources).toContain(t('zh', 'result.hideSources'));
    await press(result.comp, '.result__toggle-sources');
    expect(textOf(result.comp.querySelector('.result__toggle-sources'))).toBe(
      t('zh', 'result.showSources', { count }),
    );
    expect(textOf(result.comp.querySelector('.result__contact >>> .van-button'))).toBe(
      t('zh', 'result.contact'),
    );
  });

  it('a what-if or a tick is one setData; a tick sends only its own keys', async () => {
    finishedQuiz(FRENCH_BRAND);
    const result = renderPage('pages/result/index');
    const instance = result.page as unknown as { setData: (d: Record<string, unknown>) => void };
    const sent: Record<string, unknown>[] = [];
    const original = instance.setData.bind(instance);
    instance.setData = (d) => {
      sent.push(d);
      original(d);
    };
    await press(result.comp, '.result__doc--application_letter');
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0] ?? {}).sort()).toEqual(['docsProgress', 'ticks.application_letter']);
    sent.length = 0;
    await press(result.comp, '.result__whatif--set_up_china_entity');
    expect(sent).toHaveLength(1);
    const bytes = JSON.stringify(sent[0]).length;
    console.log(`result page: a what-if toggle sends 1 setData of ${bytes} B`);
    // Only the toggle and its list of changes: the result itself is not resent.
    expect(Object.keys(sent[0] ?? {}).sort()).toEqual(['activeWhatIf', 'whatIf']);
    expect(bytes).toBeLessThanOrEqual(4096);
  });
});
