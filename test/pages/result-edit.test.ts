/**
 * Changing an answer from the result, in place: the question opens in a popup, a choice
 * recomputes the result on the spot, answers that no longer apply are pruned, newly needed
 * questions are asked one after another in the same popup, and the page, its URL and the
 * saved progress stay on the result (a reload shows it, never a question). Both languages.
 */
import { t, tt, type Lang } from '../../miniprogram/i18n/index';
import { beginEdit, choose } from '../../miniprogram/components/answer-editor/flow';
import { recommend } from '../../miniprogram/rules/engine';
import type { Answers } from '../../miniprogram/rules/types';
import { navLog } from '../helpers/flow';
import { press, renderPage, tap, type RenderedPage } from '../helpers/load';
import { FRENCH_BRAND } from '../helpers/personas';
import { openOwn, openSection, openShared, savedProgress, text, texts, until } from './result-page';

const LANGS: Lang[] = ['zh', 'en'];
const EDITOR = '.result__editor >>> .answer-editor';

async function editAnswer(page: RenderedPage, question: string): Promise<void> {
  await openSection(page, 'answers', '.result__answers');
  tap(page.comp, `.result__answer--${question}`);
  await until(() => !!page.comp.querySelector(`${EDITOR}--${question}`), `the ${question} question`);
}

async function pick(page: RenderedPage, option: string, next?: string): Promise<void> {
  tap(page.comp, `.result__editor >>> .answer-editor__option--${option}`);
  if (next) await until(() => !!page.comp.querySelector(`${EDITOR}--${next}`), `the ${next} question`);
  else await until(() => !page.comp.querySelector(EDITOR), 'the editor closing');
}

describe('editing pure: prune and ask only what is newly needed', () => {
  it('a changed answer that needs a new question asks it next, then finishes pruned', () => {
    const edit = beginEdit(recommend(FRENCH_BRAND).answers, 'china_entity');
    if (!edit) throw new Error('china_entity is a question');
    const first = choose(edit, 'partner_licence');
    expect(first.kind === 'ask' && first.edit.current.id).toBe('control');
    if (first.kind !== 'ask') return;
    const done = choose(first.edit, 'flexible');
    expect(done).toEqual(
      expect.objectContaining({ kind: 'done', answers: expect.objectContaining({ control: 'flexible' }) }),
    );
  });

  it('an option the question lacks changes nothing', () => {
    const edit = beginEdit(FRENCH_BRAND, 'entity');
    if (!edit) throw new Error('entity is a question');
    expect(choose(edit, 'nonsense')).toEqual({ kind: 'ask', edit });
    expect(beginEdit(FRENCH_BRAND, 'no_such_question')).toBeNull();
  });
});

describe.each(LANGS)('editing an answer from the result (%s)', (lang) => {
  it('one tap changes the answer: the result recomputes on the spot and stays the result', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    const navs = navLog().length;
    await editAnswer(page, 'payments');
    expect(text(page, `${EDITOR}__title`)).toBe(t(lang, 'q.payments.title'));
    expect(
      page.comp.querySelector(`${EDITOR}__option--cross_border.answer-editor__option--on`),
    ).toBeDefined();
    await pick(page, 'none');
    const edited: Answers = { ...FRENCH_BRAND, payments: 'none' };
    const rec = recommend(edited);
    expect(text(page, '.result__headline')).toBe(tt(lang, rec.headline));
    expect(texts(page, '.result__answer--payments >>> .van-cell__label')).toEqual([
      t(lang, 'q.payments.opt.none'),
    ]);
    // No navigation: the page and its URL stay; the saved progress is a finished result.
    expect(navLog().length).toBe(navs);
    expect(savedProgress()).toEqual({ answers: rec.answers, at: null });
    const reloaded = renderPage('pages/result/index');
    expect(text(reloaded, '.result__headline')).toBe(tt(lang, rec.headline));
  });

  it('a change that needs a new question asks it in the same popup, then prunes what no longer applies', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await editAnswer(page, 'china_entity');
    await pick(page, 'partner_licence', 'control');
    expect(text(page, `${EDITOR}__added`)).toBe(t(lang, 'result.editNew'));
    expect(text(page, `${EDITOR}__title`)).toBe(t(lang, 'q.control.title'));
    await pick(page, 'flexible');
    const saved = savedProgress();
    const rec = recommend({ ...FRENCH_BRAND, china_entity: 'partner_licence', control: 'flexible' });
    expect(saved?.answers).toEqual(rec.answers);
    expect(text(page, '.result__headline')).toBe(tt(lang, rec.headline));
  });

  it('answers that no longer apply are pruned: a company becomes a person', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await editAnswer(page, 'entity');
    await pick(page, 'individual', 'business_abroad');
    await pick(page, 'no');
    const answers = savedProgress()?.answers ?? {};
    expect(answers.entity).toBe('individual');
    expect(answers.business_abroad).toBe('no');
    expect(Object.keys(answers)).not.toContain('china_entity');
    expect(Object.keys(answers)).not.toContain('payments');
    expect(text(page, '.result__instead-title')).toBe(t(lang, 'result.instead'));
  });

  it('a multi-select question: tick, untick, then Done', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await editAnswer(page, 'goals');
    tap(page.comp, `${EDITOR}__option--sell`);
    tap(page.comp, `${EDITOR}__option--internal_team`);
    await until(
      () => !!page.comp.querySelector(`${EDITOR}__option--internal_team.answer-editor__option--on`),
      'the tick',
    );
    tap(page.comp, '.result__editor >>> .answer-editor__done >>> .van-button');
    await until(() => !page.comp.querySelector(EDITOR), 'the editor closing');
    expect(savedProgress()?.answers.goals).toEqual(['publish', 'internal_team']);
  });

  it('an open what-if is cleared when an edit changes the result, the open sections rebuilt', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await openSection(page, 'whatIf', '.result__whatifs');
    await press(page.comp, '.result__whatif--set_up_china_entity');
    expect(page.comp.querySelector('.result__whatif-changes')).toBeDefined();
    await editAnswer(page, 'payments');
    await pick(page, 'none');
    expect(page.comp.querySelector('.result__whatif-changes')).toBeUndefined();
    expect(page.page.data.activeWhatIf).toBe('');
    expect(page.comp.querySelector('.result__whatifs')).toBeDefined();
  });

  it('closing the popup leaves the result as it was', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    const before = text(page, '.result__headline');
    await editAnswer(page, 'entity');
    tap(page.comp, `${EDITOR}__close`);
    await until(() => !page.comp.querySelector(EDITOR), 'the editor closing');
    expect(text(page, '.result__headline')).toBe(before);
    expect(savedProgress()?.answers).toEqual(FRENCH_BRAND);
  });

  it("a reason's answer chip opens the same editor", async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await openSection(page, 'why', '.result__reasons');
    const chip = page.comp.querySelector('.result__chip--link');
    expect(chip).toBeDefined();
    chip?.dispatchEvent('tap');
    await until(() => !!page.comp.querySelector(EDITOR), 'the editor');
  });

  it("a friend's answers are shown, not editable", async () => {
    const page = openShared(FRENCH_BRAND, lang);
    await openSection(page, 'answers', '.result__answers');
    expect(text(page, '.result__section--answers >>> .van-cell__title')).toBe(
      t(lang, 'result.answersShared'),
    );
    await press(page.comp, '.result__answer--entity');
    expect(page.comp.querySelector('.result__editor')).toBeUndefined();
    expect(page.page.data.editQuestion).toBe('');
  });
});
