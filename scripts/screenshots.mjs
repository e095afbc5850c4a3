// `npm run screenshots`: the README pictures, refreshed when a page changes. Every page in
// Chinese and English, light and dark, the chat card and the poster are captured at 1× from the
// browser preview of the real build into .cache/screenshots/; the few the README shows (PICKED)
// are reduced to 256 colours (scripts/png.mjs) and written to docs/screenshots/, to be committed.
// Flags: --no-build (reuse dist/). PREVIEW_DIST serves another build folder.
/* global window, document */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startPreview } from '../preview/server.mjs';
import * as phone from './phone.mjs';
import { COMPARE, HOME, QUIZ, RESULT, buttonIn } from './phone.mjs';
import { readTestScenarios } from './compile-ts.mjs';
import { CACHE, DIST as BUILD, ROOT } from './lib.mjs';
import { optimisePng } from './png.mjs';
import { launchChromium, privateCopy, requireChromium } from './preview-browser.mjs';

/** What the README shows: one of each page, both languages and both themes between them. */
const PICKED = [
  'home-zh-light',
  'quiz-en-dark',
  'first-screen-zh-light',
  'first-screen-en-dark',
  'result-zh-light',
  'compare-en-light',
  'share-card-en',
  'poster-en',
];
const ALL = path.join(CACHE, 'screenshots');
const DOCS = path.join(ROOT, 'docs/screenshots');
/** Two phone screens: the top of a long page, as a person scrolls it first. */
const MAX_HEIGHT = 1334;

const args = new Set(process.argv.slice(2));
const t0 = Date.now();
requireChromium('screenshots', args);
if (!args.has('--no-build')) {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
}
const DIST = privateCopy(
  process.env.PREVIEW_DIST ? path.resolve(process.env.PREVIEW_DIST) : BUILD,
  'oa-shots-',
);
const persona = readTestScenarios('screenshots').find(
  (s) => s.file === 'french-cosmetics-no-entity-pay.json',
).scenario;
const questions = createRequire(path.join(DIST, 'app.js'))('./rules/questions.js');

const problems = [];
const preview = await startPreview({ root: DIST, port: 5180 }).catch(() =>
  startPreview({ root: DIST, port: 0 }),
);
const browser = await launchChromium();
const newPhone = (lang, colorScheme = 'light') =>
  phone.newPhone(browser, preview.url, problems, {
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    colorScheme,
    deviceScaleFactor: 1,
  });
fs.rmSync(ALL, { recursive: true, force: true });
fs.mkdirSync(ALL, { recursive: true });

/** The phone with the page unrolled, up to MAX_HEIGHT. */
async function shoot(page, name) {
  await page.evaluate(() => document.getElementById('pv-phone').classList.add('pv-full'));
  const box = await page.locator('#pv-phone').boundingBox();
  await page.screenshot({
    path: path.join(ALL, `${name}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) },
    fullPage: true,
    animations: 'disabled',
  });
  await page.evaluate(() => document.getElementById('pv-phone').classList.remove('pv-full'));
}

// The result pictured is the French brand's, opened from its chat card as a friend would.
const walk = await newPhone('en');
await phone.open(walk.page, preview.url);
await phone.walkToResult(walk.page, questions, persona.answers);
await buttonIn(walk.page, 'share-bar__chat').click();
const link = await walk.page.locator('[data-testid="share-link"]').getAttribute('href');
await walk.context.close();
const resultHash = link.split('#')[1];

for (const lang of ['zh', 'en']) {
  for (const theme of ['light', 'dark']) {
    const { context, page } = await newPhone(lang);
    await phone.open(page, preview.url);
    await page.locator(`[data-theme-choice="${theme}"]`).click();
    for (const [name, hash] of [
      ['home', `/${HOME}`],
      ['quiz', `/${HOME}`],
      ['result', resultHash],
      ['compare', `/${COMPARE}`],
    ]) {
      await phone.relaunch(page, hash);
      if (name === 'quiz') {
        await buttonIn(page, 'home__start').click();
        await phone.waitRoute(page, QUIZ);
      }
      await shoot(page, `${name}-${lang}-${theme}`);
      // The result's first screen as the phone shows it, the share bar fixed at its foot.
      if (name === 'result')
        await page.locator('#pv-phone').screenshot({
          path: path.join(ALL, `first-screen-${lang}-${theme}.png`),
          animations: 'disabled',
        });
    }
    if (theme === 'light') {
      // The card a chat would show, over the result it shares.
      await phone.relaunch(page, resultHash);
      await phone.waitForCardImage(page);
      await buttonIn(page, 'share-bar__chat').click();
      await page.locator('[data-testid="share-card"]').waitFor();
      await page.locator('#pv-phone').screenshot({ path: path.join(ALL, `share-card-${lang}.png`) });
      await page.locator('[data-action="close"]').click();
    }
    await context.close();
  }
}

// The poster as saved to the album, drawn at the phone's pixel ratio, scaled down to 1×.
{
  const { context, page } = await newPhone('en');
  await page.goto(`${preview.url}#${resultHash}`);
  await page.waitForSelector('html[data-ready="true"]');
  await phone.waitRoute(page, RESULT);
  await buttonIn(page, 'share-bar__save').click();
  for (const kind of ['privacy', 'permission']) {
    await page.locator(`[data-testid="${kind}"] [data-action="confirm"]`).click({ timeout: 5000 });
  }
  const href = await page.locator('[data-testid="download-png"]').getAttribute('href', { timeout: 5000 });
  const dataUrl = await page.evaluate(async (src) => {
    const image = new window.Image();
    image.src = src;
    await image.decode();
    const ratio = window.wx.getWindowInfo().pixelRatio;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth / ratio);
    canvas.height = Math.round(image.naturalHeight / ratio);
    canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  }, href);
  fs.writeFileSync(path.join(ALL, 'poster-en.png'), Buffer.from(dataUrl.split(',')[1], 'base64'));
  await context.close();
}
await browser.close();
await preview.close();
if (problems.length) {
  console.error(`screenshots: the pages reported errors:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exit(1);
}

// Only the picked pictures live in the repository; the folder holds nothing else.
fs.rmSync(DOCS, { recursive: true, force: true });
fs.mkdirSync(DOCS, { recursive: true });
let before = 0;
let after = 0;
for (const name of PICKED) {
  const png = fs.readFileSync(path.join(ALL, `${name}.png`));
  const small = optimisePng(png, { colours: 256 });
  fs.writeFileSync(path.join(DOCS, `${name}.png`), small);
  before += png.length;
  after += small.length;
  console.log(`  ${name}.png  ${(small.length / 1024).toFixed(1)} KB`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `screenshots: ${fs.readdirSync(ALL).length} in ${path.relative(ROOT, ALL)}/; ${PICKED.length} picked into ` +
    `${path.relative(ROOT, DOCS)}/: ${kb(after)} (${kb(before)} as Chromium wrote them), ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
