/**
 * Following the person through the app: where the last tap navigated to, opening that page,
 * answering the questionnaire by tapping the rendered options, and the fake storage.
 */
import simulate from 'miniprogram-simulate';
import { renderPage, tap, type RenderedPage } from './load';
import { parseQueryString } from './query';

interface NavEntry {
  method: string;
  url?: string;
  delta?: number;
}

const g = globalThis as unknown as {
  __navLog: NavEntry[];
  __storage: Map<string, unknown>;
  __pageStack: unknown[];
};

export function navLog(): NavEntry[] {
  return g.__navLog;
}

export function lastNav(): NavEntry | undefined {
  return g.__navLog[g.__navLog.length - 1];
}

/** The saved storage, as WeChat would hold it (tests may also corrupt it). */
export function storage(): Map<string, unknown> {
  return g.__storage;
}

/** A fresh phone: no storage, no navigation history, no open pages. */
export function resetPhone(): void {
  g.__storage.clear();
  g.__navLog.length = 0;
  g.__pageStack.length = 0;
}

/** Splits "/pages/quiz/index?at=goals" into the page path and its query. */
export function parseUrl(url: string): { rel: string; query: Record<string, string> } {
  const at = url.indexOf('?');
  const pathPart = at >= 0 ? url.slice(0, at) : url;
  const query: Record<string, string> = {};
  const raw = at >= 0 ? parseQueryString(url.slice(at + 1)) : {};
  for (const [k, v] of Object.entries(raw)) query[decodeURIComponent(k)] = decodeURIComponent(v);
  return { rel: pathPart.replace(/^\//, ''), query };
}

/** Opens the page the last navigation pointed at, as WeChat would after the tap. */
export function followNav(): RenderedPage & { rel: string; query: Record<string, string> } {
  const entry = lastNav();
  if (!entry?.url) throw new Error(`followNav: last navigation has no url (${JSON.stringify(entry)})`);
  const { rel, query } = parseUrl(entry.url);
  return { ...renderPage(rel, query), rel, query };
}

/**
 * WeChat's back (the navigation bar's arrow, a swipe, the on-page Back that calls it): the top
 * page goes, and the one under it shows again (its onShow runs). Returns the page now on top.
 */
export function followBack(pages: RenderedPage[]): RenderedPage {
  pages.pop();
  g.__pageStack.pop();
  const top = pages[pages.length - 1];
  if (!top) throw new Error('followBack: no page under this one');
  top.page.onShow();
  return top;
}

/**
 * Answers the questionnaire from a rendered quiz page by tapping options, question by
 * question, following each question's page as it opens, using `choices` for each question id
 * shown (a question not in `choices` fails the test, so a persona states every answer its
 * path asks). Returns the question ids asked; the last navigation then points at the result.
 */
export async function answerQuiz(
  quiz: RenderedPage,
  choices: Record<string, string | string[]>,
  maxSteps = 12,
): Promise<string[]> {
  const asked: string[] = [];
  let page = quiz;
  for (let step = 0; step < maxSteps; step += 1) {
    const q = page.page.data.q as { id: string; multi: boolean } | null;
    if (!q) throw new Error('answerQuiz: no question on screen');
    if (asked.includes(q.id)) break;
    const choice = choices[q.id];
    if (choice === undefined) throw new Error(`answerQuiz: persona has no answer for "${q.id}"`);
    asked.push(q.id);
    const navsBefore = navLog().length;
    if (q.multi) {
      for (const option of choice as string[]) tap(page.comp, `.quiz__option--${option}`);
      await simulate.sleep(0);
      tap(page.comp, '.quiz__next >>> .van-button');
    } else {
      tap(page.comp, `.quiz__option--${choice as string}`);
    }
    await simulate.sleep(0);
    if (navLog().length === navsBefore) continue;
    if (!lastNav()?.url?.startsWith('/pages/quiz/index')) return asked;
    page = followNav();
  }
  throw new Error(`answerQuiz: did not reach the result (asked ${asked.join(', ')})`);
}
