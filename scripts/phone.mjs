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

/**
 * Resolves once the phone is still: three animation frames in a row with no change to its DOM
 * and no CSS transition or animation running (vant's popups, the emulated sheets). What a tap
 * set off has then happened, with no fixed wait; gives up quietly after `limit` ms.
 */
export const settle = (page, limit = 3000) =>
  page.evaluate(
    (max) =>
      new Promise((resolve) => {
        const phone = document.getElementById('pv-phone') || document.body;
        let calm = 0;
        const observer = new window.MutationObserver(() => {
          calm = 0;
        });
        observer.observe(phone, { subtree: true, childList: true, attributes: true, characterData: true });
        const started = window.performance.now();
        const tick = () => {
          const moving = document.getAnimations().some((a) => a.playState === 'running');
          calm = moving ? 0 : calm + 1;
          if (calm >= 3 || window.performance.now() - started > max) {
            observer.disconnect();
            resolve();
          } else window.requestAnimationFrame(tick);
        };
        window.requestAnimationFrame(tick);
      }),
    limit,
  );
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

/* global getComputedStyle */
/** The preview's page stack, bottom first: each opened page's id, route and query (back pops the top). */
export const routeStack = (page) =>
  page.evaluate(() =>
    window.__preview.stack.map((e) => ({ id: e.id, route: e.route, query: e.queryString })),
  );

/**
 * A point's own words as the person reads them, without the marks inside it of class `without`
 * (a result point carries its "source" mark inside its text).
 */
export async function textWithout(locator, without) {
  const text = await locator.evaluate((node, cls) => {
    const copy = node.cloneNode(true);
    for (const mark of copy.querySelectorAll(`[class*="--${cls}"]`)) mark.remove();
    return copy.textContent || '';
  }, without);
  return squash(text);
}

/** Waits until the first element of class `cls` on the page on screen reads `want` (whitespace squashed). */
export const waitForText = (page, cls, want) =>
  page.waitForFunction(
    ([c, w]) => {
      const node = document.querySelector(`page.pv-page:not([hidden]) [class*="--${c}"]`);
      return !!node && node.innerText.replace(/\s+/g, ' ').trim() === w;
    },
    [cls, want],
    { timeout: 5000 },
  );

/**
 * The WCAG contrast ratio of a text element's colour on the first opaque background behind it
 * (its own or an ancestor's), as drawn on screen: { ratio, color, background }.
 */
export const contrastOf = (locator) =>
  locator.evaluate((node) => {
    const rgba = (css) => (css.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const lin = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let back = null;
    for (let n = node; n && n.nodeType === 1 && !back; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c.length >= 3 && (c.length === 3 || c[3] > 0.9)) back = c;
    }
    back = back || [255, 255, 255];
    const fore = rgba(getComputedStyle(node).color);
    const [a, b] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
    return {
      ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100,
      color: `rgb(${fore.slice(0, 3).join(', ')})`,
      background: `rgb(${back.slice(0, 3).join(', ')})`,
    };
  });

/** The natural size of an <img> on the page, once it has loaded: { width, height }. */
export const imageSize = (img) =>
  img.evaluate(
    (node) =>
      new Promise((resolve) => {
        const done = () => resolve({ width: node.naturalWidth, height: node.naturalHeight });
        if (node.complete) done();
        else node.addEventListener('load', done);
      }),
  );

/**
 * Resolves once the result on screen has its chat-card image: the share bar draws it after the
 * page's first paint, and a person reading the result gives it that moment before sharing.
 */
export const waitForCardImage = (page) =>
  page.waitForFunction(() => Boolean((window.__preview.stack.at(-1) || {}).instance?.cardImage), null, {
    timeout: 10000,
  });
