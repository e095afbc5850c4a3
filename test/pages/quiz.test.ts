/**
 * The questionnaire as a person uses it: one page per question, progress that follows the
 * branching and says when the count changes, resume after leaving, bad saved data, and
 * changing an earlier answer. Back and the page history: quiz-history.test.ts.
 */
import { t } from '../../miniprogram/i18n/index';
import { questionsOnPath } from '../../miniprogram/rules/questions';
import type { Answers } from '../../miniprogram/rules/types';
import { press, renderPage, textOf, type RenderedPage } from '../helpers/load';
import { answerQuiz, lastNav, resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { Phone } from './quiz-phone';

const PROGRESS_KEY = 'oan.progress.v1';

function saved(): { answers: Record<string, unknown>; at: string | null } {
  const raw = storage().get(PROGRESS_KEY) as {
    f: number;
    d: { answers: Record<string, unknown>; at: string | null };
  };
  return raw.d;
}

const title = (quiz: RenderedPage) => textOf(quiz.comp.querySelector('.quiz__title'));
const progress = (quiz: RenderedPage) => textOf(quiz.comp.querySelector('.quiz__step'));
const totalNote = (quiz: RenderedPage) => textOf(quiz.comp.querySelector('.quiz__total'));

/** The "question n of m" on screen, as numbers. */
function count(quiz: RenderedPage): { step: number; total: number } {
  const match = /^第 (\d+) 题，共 (\d+) 题$/.exec(progress(quiz));
  if (!match) throw new Error(`no progress count in "${progress(quiz)}"`);
  return { step: Number(match[1]), total: Number(match[2]) };
}

describe('questionnaire', () => {
  beforeEach(resetPhone);

  it('shows one question per page with its why-line and a count that follows the branching', async () => {
    const phone = new Phone();
    phone.open('pages/quiz/index');
    expect(title(phone.top)).toBe(t('zh', 'q.entity.title'));
    expect(textOf(phone.top.comp.querySelector('.quiz__why'))).toContain(t('zh', 'q.entity.why'));
    // The count is the rules' path for the answers so far, so it moves with the branching.
    const expectCount = (step: number) =>
      expect(count(phone.top)).toEqual({ step, total: questionsOnPath(saved().answers as Answers).length });
    expectCount(1);
    const fill = () =>
      (phone.top.comp.querySelector('.quiz__bar-fill')?.dom as HTMLElement).getAttribute('style');
    expect(fill()).toContain('width: 0%');
    await phone.tap('.quiz__option--company');
    // A new page for the next question, on top of the first.
    expect(phone.pages).toHaveLength(2);
    expect(lastNav()).toEqual({
      method: 'navigateTo',
      url: expect.stringMatching(/^\/pages\/quiz\/index\?at=location/),
      delta: undefined,
    });
    expectCount(2);
    // One of n questions answered: the bar has moved by 1/n.
    expect(fill()).toContain(`width: ${Math.round((1 / count(phone.top).total) * 100)}%`);
    await phone.tap('.quiz__option--overseas');
    expect(title(phone.top)).toBe(t('zh', 'q.china_entity.title'));
    expectCount(3);
    await phone.tap('.quiz__option--willing_to_set_up');
    // Willing to set up a China entity: how soon matters (setting one up takes months).
    expect(title(phone.top)).toBe(t('zh', 'q.timeline.title'));
    expectCount(4);
  });

  it('says in words that the count depends on the answers, and when it changes', async () => {
    const phone = new Phone();
    phone.open('pages/quiz/index');
    expect(totalNote(phone.top)).toBe(t('zh', 'quiz.totalVaries'));
    const first = count(phone.top).total;
    // Same count, different questions: nothing to say.
    await phone.tap('.quiz__option--company');
    await phone.tap('.quiz__option--overseas');
    expect(count(phone.top).total).toBe(first);
    expect(phone.top.comp.querySelector('.quiz__total')).toBeUndefined();
    // Willing to set up a China entity: how soon, and how they will reach people, are asked too.
    await phone.tap('.quiz__option--willing_to_set_up');
    const grown = count(phone.top).total;
    expect(grown).toBeGreaterThan(first);
    expect(totalNote(phone.top)).toBe(t('zh', 'quiz.totalChanged', { total: grown, was: first }));
    // Back on the China-entity page, which showed the old count: it says the count moved.
    phone.back();
    expect(count(phone.top).total).toBe(grown);
    expect(totalNote(phone.top)).toBe(t('zh', 'quiz.totalChanged', { total: grown, was: first }));
    // No China entity after all: fewer questions again, and the next page says so.
    await phone.tap('.quiz__option--none');
    const shrunk = count(phone.top).total;
    expect(shrunk).toBeLessThan(grown);
    expect(totalNote(phone.top)).toBe(t('zh', 'quiz.totalChanged', { total: shrunk, was: grown }));
  });

  it('a later answer that changes the count is said on the earlier page when the person returns', async () => {
    storage().set(PROGRESS_KEY, {
      f: 1,
      d: { answers: { entity: 'company', location: 'mainland' }, at: 'goals' },
    });
    const phone = new Phone();
    phone.open('pages/quiz/index', { at: 'location' });
    await phone.tap('.quiz__next >>> .van-button');
    expect(title(phone.top)).toBe(t('zh', 'q.goals.title'));
    const before = count(phone.top).total;
    // Team chat alone: WeCom serves it, so payments and frequency are no longer asked.
    await phone.tap('.quiz__option--internal_team');
    expect(textOf(phone.top.comp.querySelector('.quiz__next >>> .van-button'))).toBe(t('zh', 'quiz.finish'));
    const after = count(phone.top).total;
    expect(after).toBeLessThan(before);
    expect(totalNote(phone.top)).toBe(t('zh', 'quiz.totalChanged', { total: after, was: before }));
    const location = phone.back();
    expect(count(location).total).toBe(after);
    expect(totalNote(location)).toBe(t('zh', 'quiz.totalChanged', { total: after, was: before }));
  });

  it('saves on every tap and resumes on the same question after WeChat reloads it', async () => {
    const phone = new Phone();
    phone.open('pages/quiz/index');
    for (const option of ['company', 'overseas', 'partner_licence', 'flexible'])
      await phone.tap(`.quiz__option--${option}`);
    expect(title(phone.top)).toBe(t('zh', 'q.goals.title'));
    await phone.tap('.quiz__option--sell');
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
    resetStackOnly();
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
    const phone = new Phone();
    phone.open('pages/quiz/index');
    const toast = jest.spyOn(wx, 'showToast');
    const full = jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size');
    });
    try {
      await phone.tap('.quiz__option--company');
      await phone.tap('.quiz__option--overseas');
      // The questionnaire carries on; the person heard once that nothing is being kept.
      expect(title(phone.top)).toBe(t('zh', 'q.china_entity.title'));
      expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t('zh', 'common.saveFailed')]);
      expect(saved()).toEqual({ answers: {}, at: 'entity' });
      // Back on the location page: its own answer is still shown, though nothing was saved.
      const location = phone.back();
      expect(location.comp.querySelector('.quiz__option--overseas.quiz__option--on')).toBeDefined();
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
    const phone = new Phone();
    phone.open('pages/quiz/index');
    for (const option of ['company', 'overseas', 'partner_licence', 'essential'])
      await phone.tap(`.quiz__option--${option}`);
    expect(saved().answers).toEqual({
      entity: 'company',
      location: 'overseas',
      china_entity: 'partner_licence',
      control: 'essential',
    });
    // Back to "where", now mainland: the China-entity and control answers no longer apply.
    for (let i = 0; i < 3; i += 1) phone.back();
    expect(title(phone.top)).toBe(t('zh', 'q.location.title'));
    await phone.tap('.quiz__option--mainland');
    expect(saved().answers).toEqual({ entity: 'company', location: 'mainland' });
    expect(title(phone.top)).toBe(t('zh', 'q.goals.title'));
    expect(textOf(phone.top.comp.querySelector('.quiz__notice'))).toBe(t('zh', 'quiz.pruned', { count: 2 }));
  });

  it('multi-select: taps toggle, Next moves on, and nothing ticked is a real answer', async () => {
    storage().set(PROGRESS_KEY, {
      f: 1,
      d: { answers: { entity: 'company', location: 'mainland' }, at: 'goals' },
    });
    const phone = new Phone();
    phone.open('pages/quiz/index');
    expect(textOf(phone.top.comp.querySelector('.quiz__hint'))).toBe(t('zh', 'quiz.multiHint'));
    await phone.tap('.quiz__option--publish');
    await phone.tap('.quiz__option--sell');
    await phone.tap('.quiz__option--publish');
    expect(saved().answers.goals).toEqual(['sell']);
    expect(phone.pages).toHaveLength(1);
    expect(phone.top.comp.querySelector('.quiz__option--sell.quiz__option--on')).toBeDefined();
    await phone.tap('.quiz__option--sell');
    await phone.tap('.quiz__next >>> .van-button');
    expect(saved().answers.goals).toEqual([]);
    expect(title(phone.top)).toBe(t('zh', 'q.payments.title'));
  });

  it('shows the questionnaire in English when English was chosen', () => {
    useLang('en');
    const quiz = renderPage('pages/quiz/index');
    expect(title(quiz)).toBe(t('en', 'q.entity.title'));
    expect(progress(quiz)).toMatch(/^Question 1 of \d$/);
    expect(totalNote(quiz)).toBe('The number of questions depends on your answers.');
    expect(textOf(quiz.comp.querySelector('.quiz__back >>> .van-button'))).toBe('Back');
  });
});

/** WeChat restarted: no pages open, the storage kept. */
function resetStackOnly(): void {
  (globalThis as unknown as { __pageStack: unknown[] }).__pageStack.length = 0;
}

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
