// `npm run e2e`: the browser preview driven in Debian's Chromium by playwright-core. Walks
// personas from home to result by clicking, checks the result against the rules engine,
// switches language, opens a shared link on a "friend's phone", reloads mid-quiz, saves the
// poster, and writes screenshots of every page in both themes and languages to
// docs/screenshots/. Any uncaught page error or console error fails the run.
// Flags: --no-build (reuse dist/), --no-screenshots, --if-available (skip with exit 0 when
// Chromium is missing, except when CI is set), --only=<part of a test name>.
/* global window, document, getComputedStyle -- code in page.evaluate() runs in the browser */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startPreview } from '../preview/server.mjs';
import { DIST as BUILD, ROOT } from './lib.mjs';
import { launchChromium, privateCopy, requireChromium } from './preview-browser.mjs';

// PREVIEW_DIST serves another build folder (used while developing the preview itself).
const SOURCE_DIST = process.env.PREVIEW_DIST ? path.resolve(process.env.PREVIEW_DIST) : BUILD;
const SHOTS = path.join(ROOT, 'docs/screenshots');
const args = new Set(process.argv.slice(2));
const t0 = Date.now();

// Inside `npm test` on a laptop without Chromium the browser tests are skipped, loudly; in CI never.
requireChromium('e2e', args);

// Without a CJK font Chromium draws Chinese as boxes: the zh screenshots would be useless.
try {
  const cjk = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
  if (!cjk)
    console.warn(
      'e2e: warning: no Chinese font installed (apt-get install -y fonts-wqy-microhei); zh screenshots will show boxes',
    );
} catch {
  /* no fontconfig: nothing to check */
}

if (!args.has('--no-build')) {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
}
const buildMs = Date.now() - t0;
// The run uses a private copy of the build, so a rebuild of dist/ meanwhile cannot pull files away.
if (!fs.existsSync(path.join(SOURCE_DIST, 'app.json'))) {
  console.error(`e2e: no build in ${SOURCE_DIST}; run \`npm run build\` (or drop --no-build)`);
  process.exit(1);
}
const DIST = privateCopy(SOURCE_DIST, 'oa-e2e-dist-');

// The compiled rules and texts, to check what the pages show against what the engine decides.
const requireDist = createRequire(path.join(DIST, 'app.js'));
const has = (rel) => fs.existsSync(path.join(DIST, rel));
const i18n = requireDist('./i18n/index.js');
const engine = has('rules/engine.js') ? requireDist('./rules/engine.js') : null;
const questions = has('rules/questions.js') ? requireDist('./rules/questions.js') : null;
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
const pageExists = (route) => appJson.pages.includes(route) && has(`${route}.js`);

const HOME = 'pages/home/index';
const QUIZ = 'pages/quiz/index';
const RESULT = 'pages/result/index';
const COMPARE = 'pages/compare/index';

/** People who should get a definite answer; expectations as in shared/DESIGN.md. */
const PERSONAS = [
  {
    name: 'French cosmetics brand, no China entity, wants WeChat Pay',
    lang: 'en',
    answers: {
      entity: 'company',
      location: 'overseas',
      business_abroad: 'yes',
      china_entity: 'none',
      control: 'essential',
      timeline: 'soon',
      goals: ['publish', 'sell'],
      payments: 'cross_border',
      frequency: 'weekly',
      reach: 'important',
    },
    expect: {
      type: 'service',
      route: 'overseas_licence',
      warnings: ['type_permanent', 'wechat_pay_limited_overseas'],
    },
  },
  {
    name: 'Blogger in Chengdu with a mainland ID card',
    lang: 'zh',
    answers: {
      entity: 'individual',
      location: 'mainland',
      mainland_phone: 'yes',
      goals: ['publish'],
      payments: 'none',
      frequency: 'daily',
      reach: 'not_important',
    },
    expect: { type: 'subscription', route: 'personal_id', warnings: ['type_permanent'] },
  },
];

// ------------------------------------------------------------------ harness
const results = [];
const problems = [];
let preview;
let browser;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const only = [...args].find((a) => a.startsWith('--only='));
async function test(name, fn) {
  if (only && !name.includes(only.slice(7))) return;
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ok    ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push({ name, ok: false, ms: Date.now() - started, err });
    console.log(
      `  FAIL  ${name} (${Date.now() - started} ms)\n        ${String(err && err.message)
        .split('\n')
        .join('\n        ')}`,
    );
  }
}

/** A fresh phone: its own storage, a locale and a colour scheme; errors are recorded. */
async function newPhone({ locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({
    viewport: { width: 480, height: 860 },
    deviceScaleFactor: 2,
    locale,
    colorScheme,
    acceptDownloads: true,
  });
  // Nothing may leave the machine: any request off the preview server is refused and fails the run.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(preview.url) || url.startsWith('data:') || url.startsWith('blob:'))
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

async function open(page, hash = '') {
  await page.goto(`${preview.url}${hash ? `#${hash}` : ''}`);
  await page.waitForSelector('html[data-ready="true"]');
}

const visible = (page) => page.locator('page.pv-page:not([hidden])');
const route = (page) => page.evaluate(() => (window.__preview.stack.at(-1) || {}).route);
const waitRoute = (page, want) =>
  page.waitForFunction((r) => (window.__preview.stack.at(-1) || {}).route === r, want, { timeout: 5000 });
/** Clicks a component by the class it has in WXML (simulate prefixes classes with the owner's tag). */
const byClass = (page, cls) => visible(page).locator(`[class*="--${cls}"]`).first();
const buttonIn = (page, cls) => byClass(page, cls).locator('[role="button"]').first();
const textOf = async (locator) => ((await locator.innerText()) || '').replace(/\s+/g, ' ').trim();

/** The question on screen (read from the page instance: which answer to tap, not what to assert). */
const currentQuestion = (page) =>
  page.evaluate(() => (window.__preview.stack.at(-1) || {}).instance.currentId);

async function answerCurrent(page, persona) {
  const id = await currentQuestion(page);
  const question = questions.questionById(id);
  assert(question, `quiz shows an unknown question "${id}"`);
  const wanted = id in persona.answers ? persona.answers[id] : question.defaultValue;
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
        top.instance.currentId !== q ||
        document.querySelector('page.pv-page:not([hidden])').innerText !== text
      );
    },
    [id, before],
    { timeout: 5000 },
  );
  return id;
}

/** Home -> Start -> every question by tapping -> result; returns the answers the engine should see. */
async function walkToResult(page, persona) {
  await buttonIn(page, 'home__start').click();
  await waitRoute(page, QUIZ);
  const asked = [];
  for (let i = 0; i < 20 && (await route(page)) === QUIZ; i += 1)
    asked.push(await answerCurrent(page, persona));
  assert((await route(page)) === RESULT, `after ${asked.join(' > ')} the quiz did not open the result`);
  return asked;
}

function expectedFor(persona, asked) {
  const answers = {};
  for (const id of asked) if (id in persona.answers) answers[id] = persona.answers[id];
  const rec = engine.recommend(answers);
  return { rec, headline: i18n.tt(persona.lang, rec.headline) };
}

async function checkResult(page, persona, asked) {
  const { rec, headline } = expectedFor(persona, asked);
  assert(
    rec.type === persona.expect.type,
    `engine: ${persona.name} got type ${rec.type}, expected ${persona.expect.type}`,
  );
  assert(
    rec.route === persona.expect.route,
    `engine: ${persona.name} got route ${rec.route}, expected ${persona.expect.route}`,
  );
  const shown = await textOf(byClass(page, 'result__headline'));
  assert(
    shown === headline.replace(/\s+/g, ' ').trim(),
    `result headline "${shown}" differs from the engine's "${headline}"`,
  );
  for (const id of persona.expect.warnings) {
    const warning = byClass(page, `result__warning--${id}`);
    assert((await warning.count()) === 1, `result does not show warning ${id}`);
    const text = i18n.tt(persona.lang, rec.warnings.find((w) => w.id === id).text);
    assert(
      (await textOf(warning)).includes(text.replace(/\s+/g, ' ').trim()),
      `warning ${id} text differs from the engine's`,
    );
  }
  return headline;
}

/** The phone with the whole page unrolled, up to two screens tall (the README shows these). */
async function shoot(page, name) {
  if (args.has('--no-screenshots')) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.getElementById('pv-phone').classList.add('pv-full'));
  await page.waitForTimeout(50);
  const box = await page.locator('#pv-phone').boundingBox();
  await page.screenshot({
    path: path.join(SHOTS, `${name}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_SHOT_HEIGHT) },
    fullPage: true,
    animations: 'disabled',
  });
  await page.evaluate(() => document.getElementById('pv-phone').classList.remove('pv-full'));
  shots.push(name);
}
const MAX_SHOT_HEIGHT = 1334;
const shots = [];

// ------------------------------------------------------------------ run
const serverStarted = Date.now();
// A fixed port when free keeps the link in the share-card screenshot stable; else any free port.
preview = await startPreview({ root: DIST, port: 5180 }).catch(() => startPreview({ root: DIST, port: 0 }));
const serverMs = Date.now() - serverStarted;
browser = await launchChromium();
console.log(
  `e2e: preview at ${preview.url} (build ${buildMs} ms, server ${serverMs} ms), Chromium ${browser.version()}`,
);

let firstRender = null;
const sharedLinks = {};

await test('home renders in the phone frame, from the real build', async () => {
  const { context, page } = await newPhone();
  await open(page);
  firstRender = await page.evaluate(() => window.__preview.ready);
  assert((await route(page)) === HOME, 'the first page is not home');
  const title = await textOf(page.locator('#pv-title'));
  assert(title.length > 0, 'navigation bar has no title');
  const width = await page.locator('#pv-viewport').evaluate((n) => n.getBoundingClientRect().width);
  assert(width === 375, `phone viewport is ${width}px wide, expected 375`);
  // 750rpx = 375px: the page's own padding in rpx arrives halved in px.
  const rpx = await page.evaluate(() => window.__preview.rpx('width: 750rpx; margin: 32rpx'));
  assert(rpx === 'width: 375px; margin: 16px', `rpx conversion gave "${rpx}"`);
  assert((await buttonIn(page, 'home__start').count()) === 1, 'home has no start button');
  // Icons come from glyphs bundled with the app, not from vant's CDN: the font the icons use is loaded.
  const icon = await page.evaluate(async () => {
    await document.fonts.ready;
    const node = document.querySelector('page.pv-page:not([hidden]) [class*="van-icon--van-icon"]');
    if (!node) return { family: null, loaded: [] };
    const family = getComputedStyle(node, '::before').fontFamily || getComputedStyle(node).fontFamily;
    const loaded = [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .map((f) => f.family.replace(/["']/g, ''));
    return { family, loaded };
  });
  assert(icon.family, 'home shows no vant icon');
  const iconFamily = icon.family.split(',')[0].replace(/["']/g, '').trim();
  assert(
    icon.loaded.includes(iconFamily),
    `icon font "${iconFamily}" not loaded offline (loaded: ${icon.loaded.join(', ') || 'none'})`,
  );
  await context.close();
});

await test('dark mode follows the browser; the toolbar overrides it', async () => {
  const { context, page } = await newPhone({ colorScheme: 'dark' });
  await open(page);
  const pageBg = () => visible(page).evaluate((n) => getComputedStyle(n).backgroundColor);
  assert(
    (await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark',
    'dark browser, light preview',
  );
  const dark = await pageBg();
  assert(
    (await page.evaluate(() => window.wx.getAppBaseInfo().theme)) === 'dark',
    'getAppBaseInfo().theme is not dark',
  );
  await page.locator('[data-theme-choice="light"]').click();
  const light = await pageBg();
  assert(dark !== light, `page background did not change with the theme (${dark})`);
  await context.close();
});

for (const persona of PERSONAS) {
  await test(`persona walk (${persona.lang}): ${persona.name}`, async () => {
    assert(engine && questions, 'dist/rules/engine.js or questions.js missing');
    assert(pageExists(RESULT), 'the result page is not in the build yet');
    const { context, page } = await newPhone({ locale: persona.lang === 'zh' ? 'zh-CN' : 'en-US' });
    await open(page);
    const asked = await walkToResult(page, persona);
    const headline = await checkResult(page, persona, asked);
    // Share to chat: the card that would be sent, and its link.
    await buttonIn(page, 'share-bar__chat').click();
    const card = page.locator('[data-testid="share-card"]');
    await card.waitFor();
    const link = await page.locator('[data-testid="share-link"]').getAttribute('href');
    assert(link && link.includes(`#/${RESULT}?`), `share link "${link}" does not open the result page`);
    sharedLinks[persona.lang] = { link, headline, persona };
    if (!args.has('--no-screenshots')) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page
        .locator('#pv-phone')
        .screenshot({ path: path.join(SHOTS, `share-card-${persona.lang}.png`) });
      shots.push(`share-card-${persona.lang}`);
    }
    await page.locator('[data-action="close"]').click();
    // The capsule menu shares to Moments with the page's onShareTimeline.
    await page.locator('#pv-more').click();
    await page.locator('[data-testid="action-sheet"] .pv-sheet__item').nth(1).click();
    await card.waitFor();
    assert(
      (await textOf(page.locator('[data-testid="share-title"]'))).length > 0,
      'Moments card has no title',
    );
    const moments = await page.locator('[data-testid="share-link"]').getAttribute('href');
    assert(moments.includes('scene=1154'), `Moments link "${moments}" does not open in single-page mode`);
    sharedLinks[persona.lang].moments = moments;
    await page.locator('[data-action="close"]').click();
    console.log(`        ${asked.length} questions (${asked.join(' > ')}) -> ${headline}`);
    await context.close();
  });
}

await test("a shared link opens the same result on a friend's phone", async () => {
  const shared = Object.values(sharedLinks)[0];
  assert(shared, 'no share link was produced by the persona walks');
  const { context, page } = await newPhone({ locale: shared.persona.lang === 'zh' ? 'zh-CN' : 'en-US' });
  await page.goto(shared.link);
  await page.waitForSelector('html[data-ready="true"]');
  assert((await route(page)) === RESULT, 'the shared link did not open the result page');
  const shown = await textOf(byClass(page, 'result__headline'));
  assert(shown === shared.headline.replace(/\s+/g, ' ').trim(), `shared result shows "${shown}"`);
  // From Moments: single-page mode (scene 1154), where the page says how to open the full mini program.
  await page.goto(shared.moments);
  await page.waitForSelector('html[data-ready="true"]');
  assert((await route(page)) === RESULT, 'the Moments link did not open the result page');
  await page.locator('[data-testid="single-page-bar"]').waitFor();
  const scene = await page.evaluate(() => window.wx.getEnterOptionsSync().scene);
  assert(scene === 1154, `Moments link opened with scene ${scene}`);
  assert(
    (await byClass(page, 'share-bar__single').count()) === 1,
    'single-page mode does not show its share hint',
  );
  // Clicking the card's link inside the preview reopens it too (WeChat opens the card's page).
  await open(page);
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate((href) => {
      window.location.href = href;
    }, shared.link),
  ]);
  await page.waitForSelector('html[data-ready="true"]');
  await waitRoute(page, RESULT);
  assert(
    (await page.evaluate(() => window.wx.getEnterOptionsSync().scene)) === 1007,
    'a chat card opens with scene 1007',
  );
  await context.close();
});

await test('switching language: in the app, and the system language in the toolbar', async () => {
  const { context, page } = await newPhone({ locale: 'en-US' });
  await open(page);
  const titleEn = await textOf(byClass(page, 'home__title'));
  assert(!/[\u4e00-\u9fff]/.test(titleEn), `English system language shows "${titleEn}"`);
  await byClass(page, 'home__lang').click();
  await page.waitForFunction(
    (before) =>
      document.querySelector('page.pv-page:not([hidden]) [class*="--home__title"]').innerText !== before,
    titleEn,
  );
  const titleZh = await textOf(byClass(page, 'home__title'));
  assert(/[\u4e00-\u9fff]/.test(titleZh), `after the in-app switch the title is "${titleZh}"`);
  await context.close();

  const fresh = await newPhone({ locale: 'en-US' });
  await open(fresh.page);
  await Promise.all([fresh.page.waitForEvent('load'), fresh.page.locator('[data-lang="zh-CN"]').click()]);
  await fresh.page.waitForSelector('html[data-ready="true"]');
  await fresh.page.waitForFunction(() =>
    /[\u4e00-\u9fff]/.test(document.getElementById('pv-title').innerText),
  );
  const lang = await fresh.page.evaluate(() => window.wx.getAppBaseInfo().language);
  assert(lang === 'zh_CN', `toolbar switch gave system language ${lang}`);
  await fresh.context.close();
});

await test('reload mid-quiz resumes on the same question', async () => {
  const persona = PERSONAS[0];
  const { context, page } = await newPhone();
  await open(page);
  await buttonIn(page, 'home__start').click();
  await waitRoute(page, QUIZ);
  await answerCurrent(page, persona);
  await answerCurrent(page, persona);
  const question = await textOf(byClass(page, 'quiz__title'));
  const step = await textOf(byClass(page, 'quiz__step'));
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert((await route(page)) === QUIZ, 'after reload the quiz is not open');
  assert(
    (await textOf(byClass(page, 'quiz__title'))) === question,
    `after reload the question is not "${question}"`,
  );
  assert((await textOf(byClass(page, 'quiz__step'))) === step, `after reload progress is not "${step}"`);
  // The earlier answer is still selected when going back.
  await buttonIn(page, 'quiz__back').click();
  const selected = visible(page).locator(`[data-option="${persona.answers.location}"][aria-checked="true"]`);
  assert((await selected.count()) === 1, 'going back after reload lost the earlier answer');
  await context.close();
});

await test('poster: drawn on a real canvas, album permission asked, PNG offered', async () => {
  const shared = sharedLinks.en;
  assert(shared, 'no English result to draw a poster for');
  const { context, page } = await newPhone();
  await page.goto(shared.link);
  await page.waitForSelector('html[data-ready="true"]');
  await buttonIn(page, 'share-bar__save').click();
  for (const kind of ['privacy', 'permission']) {
    const dialog = page.locator(`[data-testid="${kind}"]`);
    await dialog.waitFor({ timeout: 5000 });
    await dialog.locator('[data-action="confirm"]').click();
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="download-png"]').click({ timeout: 5000 }),
  ]);
  const file = await download.path();
  const png = fs.readFileSync(file);
  assert(png.subarray(1, 4).toString() === 'PNG', 'the download is not a PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert(width > 300 && height > 300, `poster is only ${width}x${height}`);
  if (!args.has('--no-screenshots')) {
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(SHOTS, 'poster-en.png'));
  }
  await page.locator('[data-testid="image-sheet"] [data-action="close"]').click();
  // Contact: says what WeChat would do.
  await buttonIn(page, 'result__contact').click();
  await page.locator('[data-testid="contact"]').waitFor();
  await context.close();
});

await test('every tappable element on every page can be tapped without an error', async () => {
  const result = sharedLinks.en && sharedLinks.en.link.split('#')[1];
  const targets = [`/${HOME}`, `/${QUIZ}`, result, `/${COMPARE}`].filter(
    (hash) => hash && pageExists(hash.slice(1).split('?')[0]),
  );
  const { context, page } = await newPhone();
  await open(page);
  let tapped = 0;
  const relaunch = async (hash) => {
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await waitRoute(page, hash.slice(1).split('?')[0]);
  };
  for (const hash of targets) {
    await relaunch(hash);
    const count = await visible(page).locator('[tabindex]').count();
    for (let i = 0; i < Math.min(count, 60); i += 1) {
      // Each tap starts from a fresh launch of the page, so one tap's navigation cannot hide the next.
      await relaunch(hash);
      const target = visible(page).locator('[tabindex]').nth(i);
      if (!(await target.isVisible())) continue;
      await target.click({ timeout: 3000 });
      tapped += 1;
      await page.waitForTimeout(150);
      // Dismiss whatever the tap opened in the emulated WeChat UI.
      for (let round = 0; round < 5 && (await page.locator('#pv-overlay .pv-mask').count()); round += 1) {
        for (const sel of [
          '[data-action="cancel"]',
          '[data-action="close"]',
          '.pv-sheet__cancel',
          '[data-action="confirm"]',
        ]) {
          const button = page.locator(`#pv-overlay ${sel}`).first();
          if (await button.isVisible().catch(() => false)) {
            await button.click();
            await page.waitForTimeout(100);
            break;
          }
        }
      }
    }
  }
  console.log(`        ${tapped} taps on ${targets.length} pages`);
  assert(tapped > 10, `only ${tapped} tappable elements found`);
  await context.close();
});

await test('screenshots: every page in both languages and themes', async () => {
  const result = sharedLinks.en && sharedLinks.en.link.split('#')[1];
  const pages = [
    ['home', `/${HOME}`],
    ['quiz', `/${QUIZ}`],
    ['result', result],
    ['compare', `/${COMPARE}`],
  ].filter(
    ([, hash]) =>
      hash && appJson.pages.includes(hash.slice(1).split('?')[0]) && has(`${hash.slice(1).split('?')[0]}.js`),
  );
  for (const lang of ['zh', 'en']) {
    for (const theme of ['light', 'dark']) {
      const { context, page } = await newPhone({
        locale: lang === 'zh' ? 'zh-CN' : 'en-US',
        colorScheme: 'light',
      });
      await open(page);
      // The toolbar toggle, not the browser setting, picks the theme: that is what people use.
      await page.locator(`[data-theme-choice="${theme}"]`).click();
      const bg = await visible(page).evaluate((n) => getComputedStyle(n).backgroundColor);
      for (const [name, hash] of pages) {
        // A new hash relaunches the app on that page, as opening a link does (no reload needed);
        // the questionnaire is reached from home, as people reach it.
        await page.evaluate(
          (h) => {
            window.location.hash = h;
          },
          name === 'quiz' ? `/${HOME}` : hash,
        );
        if (name === 'quiz') {
          await waitRoute(page, HOME);
          await buttonIn(page, 'home__start').click();
        }
        await waitRoute(page, hash.slice(1).split('?')[0]);
        await page.waitForTimeout(100);
        await shoot(page, `${name}-${lang}-${theme}`);
      }
      const themed = await page.evaluate(() => document.documentElement.dataset.theme);
      assert(themed === theme, `theme toggle left the preview in ${themed}`);
      if (theme === 'dark') assert(bg !== 'rgb(245, 246, 248)', 'dark theme left the page background light');
      await context.close();
    }
  }
  assert(pages.length >= 2, 'fewer than two pages to capture');
});

await browser.close();
await preview.close();

if (problems.length) {
  results.push({ name: 'no page errors, console errors or outside requests', ok: false });
  console.log(`  FAIL  ${problems.length} page/console error(s) or outside request(s):`);
  for (const p of [...new Set(problems)].slice(0, 20))
    console.log(`        ${p.split('\n').slice(0, 4).join('\n        ')}`);
} else {
  results.push({ name: 'no page errors, console errors or outside requests', ok: true });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
// For CI's closing "N passed, N failed" line (scripts/test-summary.mjs can add these).
fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
fs.writeFileSync(
  path.join(ROOT, '.cache/e2e-results.json'),
  JSON.stringify(
    { passed, failed, tests: results.map((r) => ({ name: r.name, ok: r.ok, ms: r.ms })) },
    null,
    2,
  ),
);
console.log(
  `e2e: ${passed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
    `start-up: server ${serverMs} ms, first page rendered ${firstRender ? firstRender.navigationMs : '?'} ms after navigation; ` +
    `${shots.length} screenshots in docs/screenshots/`,
);
process.exit(failed ? 1 : 0);
