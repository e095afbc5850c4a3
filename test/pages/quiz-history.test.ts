/**
 * Back in the questionnaire is the page history, the same whichever back the person uses: the
 * navigation bar's arrow (or a swipe, or Android's key) and the on-page Back both go one step
 * back in their own history. Also: the result opens on top of the last question, WeChat's
 * ten-page limit, a double tap, and the cost of each tap (one setData, small payload).
 */
import { t } from '../../miniprogram/i18n/index';
import { navLog, lastNav, resetPhone, storage } from '../helpers/flow';
import { textOf, type RenderedPage } from '../helpers/load';
import { Phone } from './quiz-phone';

const title = (page: RenderedPage) => textOf(page.comp.querySelector('.quiz__title'));
const backLabel = (page: RenderedPage) => textOf(page.comp.querySelector('.quiz__back >>> .van-button'));
const isOn = (page: RenderedPage, option: string) =>
  page.comp.querySelector(`.quiz__option--${option}.quiz__option--on`) !== undefined;

function saved(): { answers: Record<string, unknown>; at: string | null } {
  return (storage().get('oan.progress.v1') as { d: { answers: Record<string, unknown>; at: string | null } })
    .d;
}

/** Home -> Start -> entity: company -> location: overseas, as a person taps it. */
async function twoAnswered(): Promise<Phone> {
  const phone = new Phone();
  const home = phone.open('pages/home/index');
  await phone.tap('.home__start >>> .van-button');
  expect(phone.top).not.toBe(home);
  await phone.tap('.quiz__option--company');
  await phone.tap('.quiz__option--overseas');
  expect(title(phone.top)).toBe(t('zh', 'q.china_entity.title'));
  return phone;
}

describe('back in the questionnaire', () => {
  beforeEach(resetPhone);

  it('the navigation bar and the on-page Back both go one question back, answers kept', async () => {
    const byBar = await twoAnswered();
    const barPage = byBar.back();
    resetPhone();
    const byButton = await twoAnswered();
    expect(backLabel(byButton.top)).toBe(t('zh', 'quiz.back'));
    await byButton.tap('.quiz__back >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'navigateBack', delta: 1 }));
    const buttonPage = byButton.top;
    // The same page either way: the location question, "overseas" still chosen.
    for (const page of [barPage, buttonPage]) {
      expect(title(page)).toBe(t('zh', 'q.location.title'));
      expect(isOn(page, 'overseas')).toBe(true);
    }
    expect(byBar.pages.length).toBe(byButton.pages.length);
    // Resume would now reopen the question on screen.
    expect(saved().at).toBe('location');
  });

  it('on the first question Back says so and returns home, exactly as the bar does', async () => {
    const phone = new Phone();
    phone.open('pages/home/index');
    await phone.tap('.home__start >>> .van-button');
    expect(backLabel(phone.top)).toBe(t('zh', 'quiz.leave'));
    await phone.tap('.quiz__back >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'navigateBack', delta: 1 }));
    expect(phone.pages).toHaveLength(1);
    expect(textOf(phone.top.comp.querySelector('.home__title'))).toBe(t('zh', 'home.nav'));
  });

  it('a question opened on its own (after WeChat restarts, or from a link) goes back home', async () => {
    storage().set('oan.progress.v1', {
      f: 1,
      d: { answers: { entity: 'company', location: 'mainland' }, at: 'goals' },
    });
    const phone = new Phone();
    phone.open('pages/quiz/index');
    expect(title(phone.top)).toBe(t('zh', 'q.goals.title'));
    expect(backLabel(phone.top)).toBe(t('zh', 'quiz.leave'));
    await phone.tap('.quiz__back >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'reLaunch', url: '/pages/home/index' }));
  });

  it('a question opened on its own offers the previous one on top of it; back returns to it', async () => {
    storage().set('oan.progress.v1', {
      f: 1,
      d: { answers: { entity: 'company', location: 'mainland' }, at: 'goals' },
    });
    const phone = new Phone();
    const goals = phone.open('pages/quiz/index');
    expect(textOf(goals.comp.querySelector('.quiz__previous'))).toBe(t('zh', 'quiz.previous'));
    await phone.tap('.quiz__previous');
    expect(lastNav()?.method).toBe('navigateTo');
    expect(title(phone.top)).toBe(t('zh', 'q.location.title'));
    expect(isOn(phone.top, 'mainland')).toBe(true);
    // Opened from a question, this page goes back to it and offers no link of its own.
    expect(backLabel(phone.top)).toBe(t('zh', 'quiz.back'));
    expect(phone.top.comp.querySelector('.quiz__previous')).toBeUndefined();
    expect(phone.back()).toBe(goals);
    expect(title(goals)).toBe(t('zh', 'q.goals.title'));
    // The first question has nothing before it.
    resetPhone();
    expect(new Phone().open('pages/quiz/index').comp.querySelector('.quiz__previous')).toBeUndefined();
  });

  it('the result opens on top of the last question; back from it shows that question again', async () => {
    storage().set('oan.progress.v1', {
      f: 1,
      d: { answers: { entity: 'company', location: 'mainland', goals: ['internal_team'] }, at: 'goals' },
    });
    const phone = new Phone();
    phone.open('pages/quiz/index');
    await phone.tap('.quiz__next >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'navigateTo', url: '/pages/result/index' }));
    expect(saved().at).toBeNull();
    // WeChat uncovers the question page when the person goes back from the result.
    phone.top.page.onShow();
    expect(title(phone.top)).toBe(t('zh', 'q.goals.title'));
    expect(isOn(phone.top, 'internal_team')).toBe(true);
    expect(saved().at).toBe('goals');
  });

  it('past WeChat ten-page limit the next question replaces the page instead of failing', async () => {
    const stack = (globalThis as unknown as { __pageStack: unknown[] }).__pageStack;
    const phone = new Phone();
    phone.open('pages/quiz/index');
    // Nine pages under this one: home, compare, a result, questions...
    stack.unshift(...Array.from({ length: 9 }, () => ({ route: 'pages/home/index' })));
    await phone.tap('.quiz__option--company');
    expect(navLog().map((n) => n.method)).toEqual(['redirectTo']);
    expect(title(phone.top)).toBe(t('zh', 'q.location.title'));
  });

  it('a second quick tap while the next page opens does not open it twice', async () => {
    const phone = new Phone();
    const first = phone.open('pages/quiz/index');
    first.comp.querySelector('.quiz__option--company')?.dispatchEvent('tap');
    first.comp.querySelector('.quiz__option--individual')?.dispatchEvent('tap');
    await phone.tap('.quiz__option--media');
    expect(navLog()).toHaveLength(1);
    expect(saved().answers).toEqual({ entity: 'company' });
  });
});

describe('questionnaire render cost', () => {
  beforeEach(resetPhone);

  it('at most one setData per tap on the tapped page, at most 200 B; each question page opens with under 4 KB', async () => {
    const phone = new Phone();
    const rows: string[] = [];
    const taps: number[] = [];
    const firstRenders: number[] = [];
    const watch = (page: RenderedPage) => {
      firstRenders.push(JSON.stringify(page.page.data).length);
      const sent: number[] = [];
      const original = page.page.setData.bind(page.page);
      page.page.setData = (data, cb) => {
        sent.push(JSON.stringify(data).length);
        original(data, cb);
      };
      return sent;
    };
    let sent = watch(phone.open('pages/quiz/index'));
    const measure = async (selector: string) => {
      sent.length = 0;
      const pages = phone.pages.length;
      await phone.tap(selector);
      expect(sent.length).toBeLessThanOrEqual(1);
      taps.push(sent[0] ?? 0);
      rows.push(
        `  ${selector
          .replace(/^\.quiz__/, '')
          .replace(/ >>>.*$/, '')
          .padEnd(26)} ${sent[0] ?? 0} B`,
      );
      if (phone.pages.length > pages) sent = watch(phone.top);
    };
    await measure('.quiz__option--company');
    await measure('.quiz__option--overseas');
    await measure('.quiz__option--partner_licence');
    await measure('.quiz__option--flexible');
    await measure('.quiz__option--publish');
    await measure('.quiz__option--sell');
    await measure('.quiz__option--publish');
    await measure('.quiz__next >>> .van-button');
    await measure('.quiz__option--cross_border');
    await measure('.quiz__option--weekly');
    // Back to a page that has nothing new to show: no setData at all.
    sent.length = 0;
    phone.back();
    const onReturn = sent.length;
    console.log(
      `setData per tap in the questionnaire (at most 1 call each, JSON bytes):\n${rows.join('\n')}\n` +
        `  max per tap: ${Math.max(...taps)} B; a question page's whole data at open: ` +
        `${Math.min(...firstRenders)}–${Math.max(...firstRenders)} B; back to an unchanged page: ${onReturn} setData`,
    );
    expect(Math.max(...taps)).toBeLessThanOrEqual(200);
    expect(Math.max(...firstRenders)).toBeLessThan(4096);
    expect(onReturn).toBe(0);
    expect(lastNav()?.url).toBe('/pages/result/index');
  });
});
