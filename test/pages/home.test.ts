import { t } from '../../miniprogram/i18n/index';
import { oldestReview, parseYearMonth } from '../../miniprogram/rules/freshness';
import { REVIEWED } from '../../miniprogram/rules/version';
import { press, renderPage, textOf } from '../helpers/load';
import { lastNav, resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';

/** Pins the phone's clock `months` whole months after the facts' (oldest) review, mid-month. */
function clockAt(months: number): void {
  const reviewed = parseYearMonth(oldestReview() ?? '');
  if (!reviewed) throw new Error('no review date');
  const date = Date.UTC(reviewed.year, reviewed.month - 1 + months, 15);
  jest.spyOn(Date, 'now').mockReturnValue(date);
}

describe('home page', () => {
  beforeEach(resetPhone);

  it('states what the tool answers, offers Start, the comparison and the review date', async () => {
    const { comp } = renderPage('pages/home/index');
    const text = textOf(comp.querySelector('.home'));
    expect(text).toContain('回答几个问题');
    expect(textOf(comp.querySelector('.home__start >>> .van-button'))).toBe('开始');
    expect(comp.querySelector('.home__continue')).toBeUndefined();
    expect(text).toContain(`资料核对于 ${REVIEWED}`);
    await press(comp, '.home__compare');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'navigateTo', url: '/pages/compare/index' }));
    await press(comp, '.home__start >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ url: '/pages/quiz/index' }));
  });

  it('offers to continue when an unfinished questionnaire is saved', async () => {
    storage().set('oan.progress.v1', {
      f: 1,
      d: { answers: { entity: 'company', location: 'overseas' }, at: 'china_entity' },
    });
    const { comp } = renderPage('pages/home/index');
    expect(textOf(comp.querySelector('.home__continue >>> .van-button'))).toBe('从上次中断处继续');
    expect(textOf(comp.querySelector('.home__hint'))).toBe('已回答 2 题');
    // Starting over must not silently resume: it asks the quiz to restart.
    expect(textOf(comp.querySelector('.home__start >>> .van-button'))).toBe('重新开始');
    await press(comp, '.home__start >>> .van-button');
    expect(lastNav()?.url).toBe('/pages/quiz/index?restart=1');
  });

  it('offers the last result only when the result page can show one', async () => {
    // A finished questionnaire with no answers: nothing the result page could show.
    storage().set('oan.progress.v1', { f: 1, d: { answers: {}, at: null } });
    const empty = renderPage('pages/home/index');
    expect(empty.comp.querySelector('.home__last')).toBeUndefined();
    expect(empty.comp.querySelector('.home__continue')).toBeUndefined();
    expect(textOf(empty.comp.querySelector('.home__start >>> .van-button'))).toBe('开始');

    storage().set('oan.progress.v1', { f: 1, d: { answers: { entity: 'company' }, at: null } });
    const done = renderPage('pages/home/index');
    await press(done.comp, '.home__last >>> .van-button');
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'navigateTo', url: '/pages/result/index' }));
    const result = renderPage('pages/result/index');
    expect(textOf(result.comp.querySelector('.result__headline')).length).toBeGreaterThan(4);
    expect(result.comp.querySelector('.result__message')).toBeUndefined();
  });

  it('tells the person when saved progress could not be restored', () => {
    storage().set('oan.progress.v1', '{{{not json');
    const { comp } = renderPage('pages/home/index');
    expect(textOf(comp.querySelector('.home__notice'))).toContain('之前保存的进度无法恢复');
    expect(comp.querySelector('.home__continue')).toBeUndefined();
    expect(storage().has('oan.progress.v1')).toBe(false);
  });

  it('switches language on tap, and the choice survives a restart', async () => {
    const { comp } = renderPage('pages/home/index');
    await press(comp, '.home__lang');
    expect(textOf(comp.querySelector('.home__start >>> .van-button'))).toBe('Start');
    expect(textOf(comp.querySelector('.home'))).toContain(`Facts last reviewed ${REVIEWED}`);
    const again = renderPage('pages/home/index');
    expect(textOf(again.comp.querySelector('.home__lang'))).toBe('中文');
    expect(textOf(again.comp.querySelector('.home__promise'))).toContain('Answer a few questions');
  });

  it('shares the home page with a title in the current language', () => {
    const { page } = renderPage('pages/home/index');
    expect(page.onShareAppMessage()).toEqual({
      title: '该注册订阅号、服务号还是企业微信？几步问答帮你选',
      path: '/pages/home/index',
    });
  });

  describe('stale-facts notice', () => {
    afterEach(() => jest.restoreAllMocks());

    it('says nothing 12 months after the review', () => {
      clockAt(12);
      const { comp } = renderPage('pages/home/index');
      expect(comp.querySelector('.home__stale >>> .stale-notice')).toBeUndefined();
    });

    it('from the 13th month says when the facts were reviewed and where to check, in both languages', async () => {
      clockAt(13);
      const reviewed = oldestReview() ?? '';
      const { comp } = renderPage('pages/home/index');
      const notice = () => textOf(comp.querySelector('.home__stale >>> .stale-notice'));
      expect(notice()).toBe(t('zh', 'facts.stale', { date: reviewed, months: 13 }));
      expect(notice()).toContain('官方链接');
      await press(comp, '.home__lang');
      expect(notice()).toBe(t('en', 'facts.stale', { date: reviewed, months: 13 }));
    });

    it('shows in English when the page opens in English', () => {
      clockAt(25);
      useLang('en');
      const { comp } = renderPage('pages/home/index');
      expect(textOf(comp.querySelector('.home__stale >>> .stale-notice'))).toContain(
        `reviewed ${oldestReview() ?? ''}`,
      );
    });
  });
});
