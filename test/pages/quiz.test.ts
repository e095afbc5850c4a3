/**
 * The questionnaire as a person uses it: one question per screen, progress that follows the
 * branching, back, resume after leaving, bad saved data, changing an earlier answer, and the
 * cost of each tap (one setData, small payload).
 */
import { t } from '../../miniprogram/i18n/index';
import { questionsOnPath } from '../../miniprogram/rules/questions';
import type { Answers } from '../../miniprogram/rules/types';
import { press, renderPage, textOf, type RenderedPage } from '../helpers/load';
import { answerQuiz, lastNav, resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';

const PROGRESS_KEY = 'oan.progress.v1';

function saved(): { answers: Record<string, unknown>; at: string | null } {
  const raw = storage().get(PROGRESS_KEY) as {
    f: number;
    d: { answers: Record<string, unknown>; at: string | null };
  };
  return raw.d;
}

function title(quiz: RenderedPage): string {
  return textOf(quiz.comp.querySelector('.quiz__title'));
}

function progress(quiz: RenderedPage): string {
  return textOf(quiz.comp.querySelector('.quiz__step'));
}

describe('questionnaire', () => {
  beforeEach(resetPhone);

  it('shows one question with its why-line and a progress count that follows the branching', async () => {
    const quiz = renderPage('pages/quiz/index');
    expect(title(quiz)).toBe(t('zh', 'q.entity.title'));
    expect(textOf(quiz.comp.querySelector('.quiz__why'))).toContain(t('zh', 'q.entity.why'));
    const shown = () => {
      const match = /^第 (\d+) 题，共 (\d+) 题$/.exec(progress(quiz));
      expect(match).not.toBeNull();
      return { step: Number(match?.[1]), total: Number(match?.[2]) };
    };
    // The count is the rules' path for the answers so far, so it moves with the branching.
    const expectCount = (step: number) => {
      const answers = saved().answers as Answers;
      expect(shown()).toEqual({ step, total: questionsOnPath(answers).length });
    };
    expectCount(1);
    const fill = () => (quiz.comp.querySelector('.quiz__bar-fill')?.dom as HTMLElement).getAttribute('style');
    expect(fill()).toContain('width: 0%');
    const totals = new Set<number>();
    await press(quiz.comp, '.quiz__option--individual');
    expectCount(2);
    // One of n questions answered: the bar has moved by 1/n.
    expect(fill()).toContain(`width: ${Math.round((1 / shown().total) * 100)}%`);
    totals.add(shown().total);
    await press(quiz.comp, '.quiz__back >>> .van-button');
    await press(quiz.comp, '.quiz__option--company');
    await press(quiz.comp, '.quiz__option--overseas');
    // An overseas company is asked about a China entity.
    expect(title(quiz)).toBe(t('zh', 'q.china_entity.title'));
    expectCount(3);
    totals.add(shown().total);
    await press(quiz.comp, '.quiz__option--willing_to_set_up');
    // Willing to set up a China entity: how soon matters (setting one up takes months).
    expect(title(quiz)).toBe(t('zh', 'q.timeline.title'));
    expectCount(4);
    totals.add(shown().total);
    await press(quiz.comp, '.quiz__back >>> .van-button');
    await press(quiz.comp, '.quiz__option--none');
    expectCount(4);
    totals.add(shown().total);
    // Different branches, different lengths: the bar is not a fixed count.
    expect(totals.size).toBeGreaterThan(1);
  });

  it('Back returns to the previous question with the answer still selected', async () => {
    const quiz = renderPage('pages/quiz/index');
    await press(quiz.comp, '.quiz__option--media');
    await press(quiz.comp, '.quiz__option--mainland');
    expect(title(quiz)).toBe(t('zh', 'q.goals.title'));
    await press(quiz.comp, '.quiz__back >>> .van-button');
    expect(title(quiz)).toBe(t('zh', 'q.location.title'));
    expect(quiz.comp.querySelector('.quiz__option--mainland.quiz__option--on')).toBeDefined();
    expect(quiz.comp.querySelector('.quiz__option--overseas.quiz__option--on')).toBeUndefined();
    // Answered questions can be passed with Next instead of tapping again.
    await press(quiz.comp, '.quiz__next >>> .van-button');
    expect(title(quiz)).toBe(t('zh', 'q.goals.title'));
    expect(saved().answers).toEqual({ entity: 'media', location: 'mainland' });
    // Back on the first question leaves the quiz (the answers stay saved).
    await press(quiz.comp, '.quiz__back >>> .van-button');
    await press(quiz.comp, '.quiz__back >>> .van-button');
    await press(quiz.comp, '.quiz__back >>> .van-button');
    expect(lastNav()?.method).toMatch(/navigateBack|reLaunch/);
    expect(saved().answers).toEqual({ entity: 'media', location: 'mainland' });
  });

  it('saves on every tap and resumes on the same question after WeChat reloads it', async () => {
    const quiz = renderPage('pages/quiz/index');
    await press(quiz.comp, '.quiz__option--company');
    await press(quiz.comp, '.quiz__option--overseas');
    await press(quiz.comp, '.quiz__option--partner_licence');
    await press(quiz.comp, '.quiz__option--flexible');
    expect(title(quiz)).toBe(t('zh', 'q.goals.title'));
    await press(quiz.comp, '.quiz__option--sell');
    expect(saved()).toEqual({
      answers: {
        entity: 'company',
        location: 'overseas',
        china_entity: 'partner_licence',
        control: 'flexible',
        goals: ['sell'],
      },
      at: 'goals',
    });
    // A new page instance, as after WeChat dropped the mini program from memory.
    const again = renderPage('pages/quiz/index');
    expect(title(again)).toBe(t('zh', 'q.goals.title'));
    expect(again.comp.querySelector('.quiz__option--sell.quiz__option--on')).toBeDefined();
    expect(again.comp.querySelector('.quiz__option--publish.quiz__option--on')).toBeUndefined();
    expect(again.comp.querySelector('.quiz__notice')).toBeUndefined();
    const home = renderPage('pages/home/index');
    expect(textOf(home.comp.querySelector('.home__continue >>> .van-button'))).toBe('从上次中断处继续');
  });

  it.each([
    ['garbage', 'not an object at all'],
    ['an old format', { answers: { entity: 'company' }, step: 2 }],
    ['a newer envelope version', { f: 99, d: { answers: {}, at: null } }],
    ['missing keys', { f: 1, d: { at: 'goals' } }],
    ['an unknown question', { f: 1, d: { answers: { favourite_colour: 'blue' }, at: 'goals' } }],
    ['an unknown option', { f: 1, d: { answers: { entity: 'spaceship' }, at: 'location' } }],
  ])('detects %s in storage, says so and starts clean', async (_label, value) => {
    storage().set(PROGRESS_KEY, value);
    const quiz = renderPage('pages/quiz/index');
    expect(textOf(quiz.comp.querySelector('.quiz__notice'))).toBe(t('zh', 'common.restoreFailed'));
    expect(title(quiz)).toBe(t('zh', 'q.entity.title'));
    expect(quiz.comp.querySelector('.quiz__option--on')).toBeUndefined();
    expect(saved()).toEqual({ answers: {}, at: 'entity' });
    // The next tap works normally and the notice goes away.
    await press(quiz.comp, '.quiz__option--company');
    expect(quiz.comp.querySelector('.quiz__notice')).toBeUndefined();
  });

  it('reports saved answers carrying an own __proto__ key instead of dropping the key unseen', () => {
    // As WeChat's storage hands it back: parsed JSON, where __proto__ is an ordinary own key.
    storage().set(
      PROGRESS_KEY,
      JSON.parse('{"f":1,"d":{"answers":{"entity":"company","__proto__":["x"]},"at":"location"}}'),
    );
    const quiz = renderPage('pages/quiz/index');
    expect(textOf(quiz.comp.querySelector('.quiz__notice'))).toBe(t('zh', 'common.restoreFailed'));
    expect(title(quiz)).toBe(t('zh', 'q.entity.title'));
    expect(saved()).toEqual({ answers: {}, at: 'entity' });
    expect(Object.getPrototypeOf(saved().answers)).toBe(Object.prototype);
  });

  it('says once, without stopping the questionnaire, when the phone refuses to save', async () => {
    const quiz = renderPage('pages/quiz/index');
    const toast = jest.spyOn(wx, 'showToast');
    const full = jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size');
    });
    try {
      await press(quiz.comp, '.quiz__option--company');
      await press(quiz.comp, '.quiz__option--overseas');
      // The questionnaire carries on; the person heard once that nothing is being kept.
      expect(title(quiz)).toBe(t('zh', 'q.china_entity.title'));
      expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t('zh', 'common.saveFailed')]);
      expect(saved()).toEqual({ answers: {}, at: 'entity' });
    } finally {
      full.mockRestore();
      toast.mockRestore();
    }
  });

  it('detects progress left by an older version under a legacy key', () => {
    storage().set('oan.progress', { entity: 'company' });
    const quiz = renderPage('pages/quiz/index');
    expect(textOf(quiz.comp.querySelector('.quiz__notice'))).toBe(t('zh', 'common.restoreFailed'));
    expect(storage().has('oan.progress')).toBe(false);
  });

  it('changing an earlier answer drops the answers that no longer apply, and says so', async () => {
    const quiz = renderPage('pages/quiz/index');
    await press(quiz.comp, '.quiz__option--company');
    await press(quiz.comp, '.quiz__option--overseas');
    await press(quiz.comp, '.quiz__option--partner_licence');
    await press(quiz.comp, '.quiz__option--essential');
    expect(saved().answers).toEqual({
      entity: 'company',
      location: 'overseas',
      china_entity: 'partner_licence',
      control: 'essential',
    });
    // Back to "where", now mainland: the China-entity and control answers no longer apply.
    for (let i = 0; i < 3; i += 1) await press(quiz.comp, '.quiz__back >>> .van-button');
    expect(title(quiz)).toBe(t('zh', 'q.location.title'));
    await press(quiz.comp, '.quiz__option--mainland');
    expect(saved().answers).toEqual({ entity: 'company', location: 'mainland' });
    expect(textOf(quiz.comp.querySelector('.quiz__notice'))).toBe(t('zh', 'quiz.pruned', { count: 2 }));
    expect(title(quiz)).toBe(t('zh', 'q.goals.title'));
  });

  it('multi-select: taps toggle, Next moves on, and nothing ticked is a real answer', async () => {
    storage().set(PROGRESS_KEY, {
      f: 1,
      d: { answers: { entity: 'company', location: 'mainland' }, at: 'goals' },
    });
    const quiz = renderPage('pages/quiz/index');
    expect(textOf(quiz.comp.querySelector('.quiz__hint'))).toBe(t('zh', 'quiz.multiHint'));
    await press(quiz.comp, '.quiz__option--publish');
    await press(quiz.comp, '.quiz__option--sell');
    await press(quiz.comp, '.quiz__option--publish');
    expect(saved().answers.goals).toEqual(['sell']);
    expect(quiz.comp.querySelector('.quiz__option--sell.quiz__option--on')).toBeDefined();
    await press(quiz.comp, '.quiz__option--sell');
    await press(quiz.comp, '.quiz__next >>> .van-button');
    expect(saved().answers.goals).toEqual([]);
    expect(title(quiz)).toBe(t('zh', 'q.payments.title'));
  });

  it('shows the questionnaire in English when English was chosen', () => {
    useLang('en');
    const quiz = renderPage('pages/quiz/index');
    expect(title(quiz)).toBe(t('en', 'q.entity.title'));
    expect(progress(quiz)).toMatch(/^Question 1 of \d$/);
    expect(textOf(quiz.comp.querySelector('.quiz__back >>> .van-button'))).toBe('Back');
  });
});

describe('questionnaire render cost', () => {
  beforeEach(resetPhone);

  it('sends at most one setData of at most 4 KB per tap', async () => {
    const quiz = renderPage('pages/quiz/index');
    const calls: number[] = [];
    const instance = quiz.page as unknown as {
      setData: (data: Record<string, unknown>, cb?: () => void) => void;
    };
    const original = instance.setData.bind(instance);
    instance.setData = (data, cb) => {
      calls.push(JSON.stringify(data).length);
      original(data, cb);
    };
    const taps: { tap: string; calls: number; bytes: number }[] = [];
    const measure = async (selector: string) => {
      calls.length = 0;
      await press(quiz.comp, selector);
      taps.push({
        tap: selector.replace(/^\.quiz__/, '').replace(/ >>>.*$/, ''),
        calls: calls.length,
        bytes: calls.reduce((a, b) => a + b, 0),
      });
    };
    await measure('.quiz__option--company');
    await measure('.quiz__option--overseas');
    await measure('.quiz__option--partner_licence');
    await measure('.quiz__option--flexible');
    await measure('.quiz__option--publish');
    await measure('.quiz__option--sell');
    await measure('.quiz__option--publish');
    await measure('.quiz__next >>> .van-button');
    await measure('.quiz__back >>> .van-button');
    await measure('.quiz__next >>> .van-button');
    await measure('.quiz__option--cross_border');
    await measure('.quiz__option--weekly');
    console.log(
      `setData per tap in the questionnaire (calls, JSON bytes):\n${taps
        .map((m) => `  ${m.tap.padEnd(24)} ${m.calls} call, ${m.bytes} B`)
        .join('\n')}\n  max: ${Math.max(...taps.map((m) => m.bytes))} B`,
    );
    for (const m of taps) {
      expect(m.calls).toBe(1);
      expect(m.bytes).toBeLessThanOrEqual(4096);
    }
    // The last tap finished the questionnaire and went to the result.
    expect(lastNav()?.url).toBe('/pages/result/index');
    // A toggle on a multi-select sends only what changed, not the question again.
    expect(taps[5]?.bytes).toBeLessThan(200);
  });
});

// The walk helper is shared with walk.test.ts; keep a direct use here so a broken helper fails close to the quiz.
it('answerQuiz reaches the result for a mainland company', async () => {
  resetPhone();
  const quiz = renderPage('pages/quiz/index');
  const asked = await answerQuiz(quiz, {
    entity: 'company',
    location: 'mainland',
    goals: ['publish'],
    payments: 'none',
    frequency: 'weekly',
    reach: 'not_important',
  });
  expect(asked[0]).toBe('entity');
  expect(lastNav()?.url).toBe('/pages/result/index');
});
