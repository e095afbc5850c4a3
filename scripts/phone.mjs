// A phone in Chromium showing the browser preview, and how the browser checks tap through it:
// shared by the e2e checks, the audit and `npm run screenshots`.
/* global window, document */
export const HOME = 'pages/home/index';
export const QUIZ = 'pages/quiz/index';
export const RESULT = 'pages/result/index';
export const COMPARE = 'pages/compare/index';

/**
 * A fresh phone: its own storage, a locale and a colour scheme. Page errors, console errors and
 * any request off the preview server (refused) are pushed to `problems`.
 */
export async function newPhone(
  browser,
  previewUrl,
  problems,
  { locale = 'en-US', colorScheme = 'light', deviceScaleFactor = 2 } = {},
) {
  const context = await browser.newContext({
    viewport: { width: 480, height: 860 },
    deviceScaleFactor,
    locale,
    colorScheme,
    acceptDownloads: true,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(previewUrl) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    problems.push(`request outside the preview: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`page error: ${err.stack || err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  return { context, page };
}

/** Loads the preview (optionally at a hash route) and waits until the first page has rendered. */
export async function open(page, url, hash = '') {
  await page.goto(`${url}${hash ? `#${hash}` : ''}`);
  await page.waitForSelector('html[data-ready="true"]');
}

export const visible = (page) => page.locator('page.pv-page:not([hidden])');
export const route = (page) => page.evaluate(() => (window.__preview.stack.at(-1) || {}).route);
export const waitRoute = (page, want) =>
  page.waitForFunction((r) => (window.__preview.stack.at(-1) || {}).route === r, want, { timeout: 5000 });
/** A component by the class it has in WXML (simulate prefixes classes with the owner's tag). */
export const byClass = (page, cls) => visible(page).locator(`[class*="--${cls}"]`).first();
export const buttonIn = (page, cls) => byClass(page, cls).locator('[role="button"]').first();
export const textOf = async (locator) => ((await locator.innerText()) || '').replace(/\s+/g, ' ').trim();
/** Whitespace as innerText shows it, for comparing the engine's text with the screen's. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();
/** The title of one of the result's folded sections (vant collapse); a click opens or closes it. */
export const sectionTitle = (page, name) =>
  byClass(page, `result__section--${name}`).locator('[class*="collapse-item__title"]').first();
/** Opens a folded section of the result and waits for its content (`content`, a class in it). */
export async function openSection(page, name, content) {
  await sectionTitle(page, name).click();
  await byClass(page, content).waitFor();
}

/** A hash route opened in the running app: WeChat opening a card relaunches, without a reload. */
export async function relaunch(page, hash) {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await waitRoute(page, hash.slice(1).split('?')[0]);
}

/**
 * The question on screen, from the quiz page's view data (`q.id`): which answer to tap, not what
 * to assert. The options alone cannot tell it: several questions are answered yes or no.
 */
export const currentQuestion = (page) =>
  page.evaluate(() => {
    const top = window.__preview.stack.at(-1);
    return top && top.instance.data.q ? top.instance.data.q.id : undefined;
  });

/** Taps the persona's answer (or the question's default) to the question on screen; returns its id. */
export async function answerCurrent(page, questions, answers) {
  const id = await currentQuestion(page);
  const question = questions.questionById(id);
  if (!question) throw new Error(`quiz shows an unknown question "${id}"`);
  const wanted = id in answers ? answers[id] : question.defaultValue;
  const before = await textOf(visible(page));
  if (question.multi) {
    for (const option of wanted) await visible(page).locator(`[data-option="${option}"]`).click();
    await buttonIn(page, 'quiz__next').click();
  } else {
    await visible(page).locator(`[data-option="${wanted}"]`).click();
  }
  await page.waitForFunction(
    ([q, text]) => {
      const top = window.__preview.stack.at(-1);
      return (
        top.route !== 'pages/quiz/index' ||
        (top.instance.data.q && top.instance.data.q.id) !== q ||
        document.querySelector('page.pv-page:not([hidden])').innerText !== text
      );
    },
    [id, before],
    { timeout: 5000 },
  );
  return id;
}

/** Home -> Start -> every question by tapping -> result; returns the ids of the questions asked. */
export async function walkToResult(page, questions, answers) {
  await buttonIn(page, 'home__start').click();
  await waitRoute(page, QUIZ);
  const asked = [];
  for (let i = 0; i < 20 && (await route(page)) === QUIZ; i += 1)
    asked.push(await answerCurrent(page, questions, answers));
  if ((await route(page)) !== RESULT) {
    throw new Error(`after ${asked.join(' > ')} the quiz did not open the result`);
  }
  return asked;
}
