/**
 * Opening the result page as a person does (their own finished questionnaire, or a friend's
 * card) and working its folded sections and popups, for the result page's tests.
 */
import type { Lang } from '../../miniprogram/i18n/index';
import type { Answers } from '../../miniprogram/rules/types';
import { encodeAnswers } from '../../miniprogram/share/codec';
import { resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { renderPage, tap, textOf, type RenderedPage } from '../helpers/load';
import { parseQueryString } from '../helpers/query';

/** The saved progress of a finished questionnaire, as the quiz leaves it. */
export function finishedQuiz(answers: Answers): void {
  storage().set('oan.progress.v1', { f: 1, d: { answers, at: null } });
}

export function savedProgress(): { answers: Answers; at: string | null } | undefined {
  return (storage().get('oan.progress.v1') as { d: { answers: Answers; at: string | null } } | undefined)?.d;
}

/** A fresh phone in `lang` showing the person's own result for `answers`. */
export function openOwn(answers: Answers, lang: Lang): RenderedPage {
  resetPhone();
  useLang(lang);
  finishedQuiz(answers);
  return renderPage('pages/result/index');
}

/** The query a friend's chat card opens the result page with. */
export function sharedQuery(answers: Answers, version?: string): Record<string, string> {
  return parseQueryString(`${encodeAnswers(answers, version)}&s=1`);
}

/** A fresh phone in `lang` opening a friend's card. */
export function openShared(answers: Answers, lang: Lang, version?: string): RenderedPage {
  resetPhone();
  useLang(lang);
  return renderPage('pages/result/index', sharedQuery(answers, version));
}

/** Waits for something the page does after a tap (events and vant's transitions are asynchronous). */
export async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 3000) throw new Error(`result page: ${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Taps a section's title (vant's collapse cell) and waits for its content to render. */
export async function openSection(page: RenderedPage, name: string, content: string): Promise<void> {
  tap(page.comp, `.result__section--${name} >>> .van-cell`);
  await until(() => !!page.comp.querySelector(content), `opening the ${name} section`);
}

export function text(page: RenderedPage, selector: string): string {
  return textOf(page.comp.querySelector(selector));
}

export function texts(page: RenderedPage, selector: string): string[] {
  return page.comp.querySelectorAll(selector).map((node) => textOf(node));
}

/** Props a vant component received (simulate does not render attributes). */
export function propsOf(page: RenderedPage, selector: string): Record<string, unknown> {
  const node = page.comp.querySelector(selector) as unknown as { data: Record<string, unknown> } | undefined;
  if (!node) throw new Error(`result page: nothing matches ${selector}`);
  return node.data;
}

/** Records every setData the page sends from now on. */
export function recordSetData(page: RenderedPage): Record<string, unknown>[] {
  const sent: Record<string, unknown>[] = [];
  const original = page.page.setData.bind(page.page);
  page.page.setData = (data, callback) => {
    sent.push(data);
    original(data, callback);
  };
  return sent;
}
