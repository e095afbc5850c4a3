// The browser checks (node:test), run by scripts/e2e.mjs in a process of their own: personas
// from test/scenarios walked from home to result by clicking and checked against the rules engine,
// language switches, a shared link on a "friend's phone", reload mid-quiz, the poster, every
// tappable element, every page in both languages and themes. After each check, any page error,
// console error or request off the machine during it fails that check (harness.mjs).
/* global window, document, getComputedStyle */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as phone from '../phone.mjs';
import {
  COMPARE,
  HOME,
  QUIZ,
  RESULT,
  buttonIn,
  byClass,
  open,
  route,
  squash,
  textOf,
  visible,
} from '../phone.mjs';
import {
  DIST,
  SHOTS,
  answersGiven,
  locale,
  recommendFor,
  requireDist,
  scenario,
  screenshot,
  useBrowser,
} from './harness.mjs';

// The compiled rules and texts, to check what the pages show against what the engine decides.
const i18n = requireDist('./i18n/index.js');
const questions = requireDist('./rules/questions.js');
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
const pageExists = (r) => appJson.pages.includes(r) && fs.existsSync(path.join(DIST, `${r}.js`));

/** Two personas of the scenario fixtures, each walked in its own language. */
const PERSONAS = [
  { ...scenario('french-cosmetics-no-entity-pay.json'), lang: 'en' },
  { ...scenario('shanghai-blogger.json'), lang: 'zh' },
];

const sharedLinks = {};
// A fixed port when free keeps the link in the share-card screenshot stable.
const app = useBrowser({ port: 5180 });
const newPhone = app.newPhone;

/** The result on screen agrees with the engine for the answers clicked; returns the headline. */
async function checkResult(page, persona, asked) {
  const rec = recommendFor(persona, answersGiven(persona, asked));
  const { expect } = persona;
  const headline = i18n.tt(persona.lang, rec.headline);
  assert.equal(await textOf(byClass(page, 'result__headline')), squash(headline), 'result headline');
  // Every warning is in the folded "all warnings" section; the first screen holds the critical one.
  if (await phone.sectionTitle(page, 'warnings').count())
    await phone.openSection(page, 'warnings', 'result__warnings');
  for (const id of expect.warnings ?? []) {
    const warning = byClass(page, `result__warning--${id}`);
    assert.equal(await warning.count(), 1, `result shows warning ${id}`);
    const text = i18n.tt(persona.lang, rec.warnings.find((w) => w.id === id).text);
    assert.ok((await textOf(warning)).includes(squash(text)), `warning ${id} reads as the engine's`);
  }
  for (const id of expect.absent_warnings ?? []) {
    assert.equal(await byClass(page, `result__warning--${id}`).count(), 0, `result shows warning ${id}`);
  }
  return headline;
}

test('home renders in the phone frame, from the real build', async () => {
  const { context, page } = await newPhone();
  await open(page, app.url);
  const ready = await page.evaluate(() => window.__preview.ready);
  console.log(
    `        first page rendered ${ready.navigationMs} ms after navigation (runtime ${ready.ms} ms)`,
  );
  assert.equal(await route(page), HOME, 'the first page is home');
  assert.ok((await textOf(page.locator('#pv-title'))).length > 0, 'navigation bar has a title');
  const width = await page.locator('#pv-viewport').evaluate((n) => n.getBoundingClientRect().width);
  assert.equal(width, 375, 'phone viewport width');
  // 750rpx = 375px: the page's own padding in rpx arrives halved in px.
  const rpx = await page.evaluate(() => window.__preview.rpx('width: 750rpx; margin: 32rpx'));
  assert.equal(rpx, 'width: 375px; margin: 16px');
  assert.equal(await buttonIn(page, 'home__start').count(), 1, 'home has a start button');
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
  assert.ok(icon.family, 'home shows a vant icon');
  const iconFamily = icon.family.split(',')[0].replace(/["']/g, '').trim();
  assert.ok(icon.loaded.includes(iconFamily), `icon font "${iconFamily}" loaded offline`);
  await context.close();
});

test('dark mode follows the browser; the toolbar overrides it', async () => {
  const { context, page } = await newPhone({ colorScheme: 'dark' });
  await open(page, app.url);
  const pageBg = () => visible(page).evaluate((n) => getComputedStyle(n).backgroundColor);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const dark = await pageBg();
  assert.equal(await page.evaluate(() => window.wx.getAppBaseInfo().theme), 'dark');
  await page.locator('[data-theme-choice="light"]').click();
  assert.notEqual(await pageBg(), dark, 'page background changes with the theme');
  await context.close();
});

for (const persona of PERSONAS) {
  test(`persona walk (${persona.lang}): ${persona.name}`, async () => {
    assert.ok(pageExists(RESULT), 'the result page is in the build');
    const { context, page } = await newPhone({ locale: locale(persona.lang) });
    await open(page, app.url);
    const asked = await phone.walkToResult(page, questions, persona.answers);
    const headline = await checkResult(page, persona, asked);
    // Share to chat: the card that would be sent (its drawn image), and its link.
    await phone.waitForCardImage(page);
    await buttonIn(page, 'share-bar__chat').click();
    const card = page.locator('[data-testid="share-card"]');
    await card.waitFor();
    const link = await page.locator('[data-testid="share-link"]').getAttribute('href');
    assert.ok(link && link.includes(`#/${RESULT}?`), `share link "${link}" opens the result page`);
    sharedLinks[persona.lang] = { link, headline, persona };
    await screenshot(page.locator('#pv-phone'), `share-card-${persona.lang}`);
    await page.locator('[data-action="close"]').click();
    // The capsule menu shares to Moments with the page's onShareTimeline.
    await page.locator('#pv-more').click();
    await page.locator('[data-testid="action-sheet"] .pv-sheet__item').nth(1).click();
    await card.waitFor();
    assert.ok((await textOf(page.locator('[data-testid="share-title"]'))).length > 0, 'Moments card title');
    const moments = await page.locator('[data-testid="share-link"]').getAttribute('href');
    assert.ok(moments.includes('scene=1154'), `Moments link "${moments}" opens in single-page mode`);
    sharedLinks[persona.lang].moments = moments;
    await page.locator('[data-action="close"]').click();
    console.log(`        ${asked.length} questions (${asked.join(' > ')}) -> ${headline}`);
    await context.close();
  });
}

test("a shared link opens the same result on a friend's phone", async () => {
  const shared = Object.values(sharedLinks)[0];
  assert.ok(shared, 'the persona walks produced a share link');
  const { context, page } = await newPhone({ locale: locale(shared.persona.lang) });
  await page.goto(shared.link);
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await route(page), RESULT, 'the shared link opens the result page');
  assert.equal(await textOf(byClass(page, 'result__headline')), squash(shared.headline));
  // From Moments: single-page mode (scene 1154), where the page says how to open the full mini program.
  await page.goto(shared.moments);
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await route(page), RESULT, 'the Moments link opens the result page');
  await page.locator('[data-testid="single-page-bar"]').waitFor();
  assert.equal(await page.evaluate(() => window.wx.getEnterOptionsSync().scene), 1154);
  assert.equal(await byClass(page, 'share-bar__single').count(), 1, 'single-page mode shows its share hint');
  // Clicking the card's link inside the preview reopens it too (WeChat opens the card's page).
  await open(page, app.url);
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate((href) => {
      window.location.href = href;
    }, shared.link),
  ]);
  await page.waitForSelector('html[data-ready="true"]');
  await phone.waitRoute(page, RESULT);
  assert.equal(await page.evaluate(() => window.wx.getEnterOptionsSync().scene), 1007, 'a chat card scene');
  await context.close();
});

test('switching language: in the app, and the system language in the toolbar', async () => {
  const { context, page } = await newPhone({ locale: 'en-US' });
  await open(page, app.url);
  const titleEn = await textOf(byClass(page, 'home__title'));
  assert.doesNotMatch(titleEn, /[\u4e00-\u9fff]/, 'English system language, English title');
  await byClass(page, 'home__lang').click();
  await page.waitForFunction(
    (before) =>
      document.querySelector('page.pv-page:not([hidden]) [class*="--home__title"]').innerText !== before,
    titleEn,
  );
  assert.match(
    await textOf(byClass(page, 'home__title')),
    /[\u4e00-\u9fff]/,
    'Chinese after the in-app switch',
  );
  await context.close();

  const fresh = await newPhone({ locale: 'en-US' });
  await open(fresh.page, app.url);
  await Promise.all([fresh.page.waitForEvent('load'), fresh.page.locator('[data-lang="zh-CN"]').click()]);
  await fresh.page.waitForSelector('html[data-ready="true"]');
  await fresh.page.waitForFunction(() =>
    /[\u4e00-\u9fff]/.test(document.getElementById('pv-title').innerText),
  );
  assert.equal(await fresh.page.evaluate(() => window.wx.getAppBaseInfo().language), 'zh_CN');
  await fresh.context.close();
});

test('reload mid-quiz resumes on the same question', async () => {
  const persona = PERSONAS[0];
  const { context, page } = await newPhone();
  await open(page, app.url);
  await buttonIn(page, 'home__start').click();
  await phone.waitRoute(page, QUIZ);
  await phone.answerCurrent(page, questions, persona.answers);
  await phone.answerCurrent(page, questions, persona.answers);
  const question = await textOf(byClass(page, 'quiz__title'));
  const step = await textOf(byClass(page, 'quiz__step'));
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await route(page), QUIZ, 'after reload the quiz is open');
  assert.equal(await textOf(byClass(page, 'quiz__title')), question, 'same question after reload');
  assert.equal(await textOf(byClass(page, 'quiz__step')), step, 'same progress after reload');
  // Reopened on its own, the question offers the one before it (back leads out, as WeChat's
  // bar does); the earlier answer is still selected there.
  await byClass(page, 'quiz__previous').click();
  const selected = visible(page).locator(`[data-option="${persona.answers.location}"][aria-checked="true"]`);
  await selected.waitFor({ timeout: 5000 });
  assert.equal(await selected.count(), 1, 'the previous question after reload keeps the earlier answer');
  await context.close();
});

test('poster: drawn on a real canvas, album permission asked, PNG offered', async () => {
  const shared = sharedLinks.en;
  assert.ok(shared, 'an English result to draw a poster for');
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
  const png = fs.readFileSync(await download.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG', 'the download is a PNG');
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.ok(width > 300 && height > 300, `poster is ${width}x${height}`);
  if (SHOTS) fs.writeFileSync(path.join(SHOTS, 'poster-en.png'), png);
  await page.locator('[data-testid="image-sheet"] [data-action="close"]').click();
  // Contact: says what WeChat would do.
  await buttonIn(page, 'result__contact').click();
  await page.locator('[data-testid="contact"]').waitFor();
  await context.close();
});

test('every tappable element on every page can be tapped without an error', async () => {
  const result = sharedLinks.en && sharedLinks.en.link.split('#')[1];
  const targets = [`/${HOME}`, `/${QUIZ}`, result, `/${COMPARE}`].filter(
    (hash) => hash && pageExists(hash.slice(1).split('?')[0]),
  );
  const { context, page } = await newPhone();
  await open(page, app.url);
  let tapped = 0;
  for (const hash of targets) {
    await phone.relaunch(page, hash);
    const count = await visible(page).locator('[tabindex]').count();
    for (let i = 0; i < Math.min(count, 60); i += 1) {
      // Each tap starts from a fresh launch of the page, so one tap's navigation cannot hide the next.
      await phone.relaunch(page, hash);
      const target = visible(page).locator('[tabindex]').nth(i);
      if (!(await target.isVisible())) continue;
      await target.click({ timeout: 3000 });
      tapped += 1;
      await phone.settle(page);
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
            await phone.settle(page);
            break;
          }
        }
      }
    }
  }
  console.log(`        ${tapped} taps on ${targets.length} pages`);
  assert.ok(tapped > 10, `only ${tapped} tappable elements found`);
  await context.close();
});

test('every page in both languages and themes', async () => {
  const result = sharedLinks.en && sharedLinks.en.link.split('#')[1];
  const pages = [
    ['home', `/${HOME}`],
    ['quiz', `/${QUIZ}`],
    ['result', result],
    ['compare', `/${COMPARE}`],
  ].filter(([, hash]) => hash && pageExists(hash.slice(1).split('?')[0]));
  assert.ok(pages.length >= 2, 'at least two pages to show');
  for (const lang of ['zh', 'en']) {
    for (const theme of ['light', 'dark']) {
      const { context, page } = await newPhone({ locale: locale(lang), colorScheme: 'light' });
      await open(page, app.url);
      // The toolbar toggle, not the browser setting, picks the theme: that is what people use.
      await page.locator(`[data-theme-choice="${theme}"]`).click();
      const bg = await visible(page).evaluate((n) => getComputedStyle(n).backgroundColor);
      for (const [name, hash] of pages) {
        // The questionnaire is reached from home, as people reach it.
        await phone.relaunch(page, name === 'quiz' ? `/${HOME}` : hash);
        if (name === 'quiz') {
          await buttonIn(page, 'home__start').click();
          await phone.waitRoute(page, QUIZ);
        }
        assert.ok((await textOf(visible(page))).length > 0, `${name} (${lang}, ${theme}) shows text`);
        await screenshot(page.locator('#pv-phone'), `${name}-${lang}-${theme}`);
      }
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      if (theme === 'dark')
        assert.notEqual(bg, 'rgb(245, 246, 248)', 'dark theme darkens the page background');
      await context.close();
    }
  }
});
