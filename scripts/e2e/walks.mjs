// Issue 14's five user walks (node:test), run by scripts/e2e.mjs after scripts/e2e/checks.mjs in a
// process of their own: five people on a 375×667 phone in the preview, each clicking what they
// see (real clicks on visible elements, never a store poke), checked against the compiled rules
// and texts of the build: the headline, the figures or "what you can do instead", the critical
// warning on the first screen (at the standard and a 1.3× font), a source mark's fact popup, a
// folded section, sharing and saving, changing an answer in place, a friend opening the link,
// the compare page in dark mode. After each walk, any page error, console error or request off
// the machine fails it (harness.mjs).
/* global window */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstScreenCheck } from '../audit/probes.mjs';
import * as phone from '../phone.mjs';
import {
  COMPARE,
  QUIZ,
  RESULT,
  buttonIn,
  byClass,
  contrastOf,
  currentQuestion,
  open,
  route,
  routeStack,
  squash,
  textOf,
  textWithout,
  visible,
  waitForText,
  waitRoute,
} from '../phone.mjs';
import {
  answersGiven,
  locale,
  recommendFor,
  requireDist,
  scenario,
  screenshot as shot,
  useBrowser,
} from './harness.mjs';

// The compiled rules and texts: what each person should see, from the same build the preview serves.
const i18n = requireDist('./i18n/index.js');
const engine = requireDist('./rules/engine.js');
const questions = requireDist('./rules/questions.js');
const knowledge = requireDist('./rules/knowledge.js');
const compareRules = requireDist('./rules/compare.js');
const features = requireDist('./rules/features.js');
const nameCheck = requireDist('./rules/name-check.js');

const app = useBrowser();
const newPhone = (lang, colorScheme = 'light') => app.newPhone({ locale: locale(lang), colorScheme });
/** The phone's screen as the person sees it. */
const screenshot = (page, name) => shot(page.locator('#pv-phone'), name);

// ---- what the build says the person should see ----

/** The short wording written for cards where there is one (i18n `card.<key>`), as the first screen says it. */
function shortText(lang, text) {
  const key = `card.${text.key}`;
  return squash(i18n.hasKey(key) ? i18n.t(lang, key, text.params) : i18n.tt(lang, text));
}

/** An amount as the figures write it: 29,700 in English, 29700 in Chinese. */
const amount = (lang, n) => (lang === 'en' ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n));

/** A cost figure from the engine's totals: each currency's sum, "Free" when nothing, "(reported)" when so. */
function moneyText(lang, list, reported) {
  if (list.every((m) => m.amount === 0)) return i18n.t(lang, 'result.figure.free');
  const sum = list
    .filter((m) => m.amount > 0)
    .map((m) =>
      i18n.t(lang, m.currency === 'USD' ? 'cost.usd' : 'cost.rmb', { amount: amount(lang, m.amount) }),
    )
    .join(' + ');
  return reported ? i18n.t(lang, 'result.figure.reported', { amount: sum }) : sum;
}

// ---- what the person does and sees ----

/** A fresh phone, home, Start, every question tapped, the result: checked against the engine. */
async function walkToResult(lang, file, colorScheme = 'light') {
  const persona = scenario(file);
  const { context, page } = await newPhone(lang, colorScheme);
  await open(page, app.url);
  const asked = await phone.walkToResult(page, questions, persona.answers);
  const answers = answersGiven(persona, asked);
  const rec = recommendFor(persona, answers);
  assert.equal(await route(page), RESULT, 'the last answer opens the result');
  assert.equal(
    await textOf(byClass(page, 'result__headline')),
    squash(i18n.tt(lang, rec.headline)),
    'the headline is the engine’s',
  );
  console.log(`        ${lang}: ${asked.join(' > ')} -> ${i18n.tt(lang, rec.headline)}`);
  return { context, page, persona, asked, answers, rec };
}

/** The first screen holds at the standard font and at the system's 1.3× font: no problem found. */
async function firstScreenHolds(page, where) {
  const seen = {};
  for (const scale of [1, 1.3]) {
    const check = await page.evaluate(firstScreenCheck, scale);
    assert.equal(check.height, 667, 'a 375×667 phone screen');
    assert.deepEqual(
      check.problems,
      [],
      `${where}, first screen at ${scale}×: ${JSON.stringify(check.parts)}`,
    );
    seen[scale] = check.parts;
  }
  return seen;
}

/** The three figures (four rows: both costs, time to go live, documents) read as the engine's values. */
async function checkFigures(page, lang, rec) {
  assert.ok(rec.costs && rec.goLive, 'engine: a route with costs and a time to go live');
  const want = {
    firstYear: moneyText(lang, rec.costs.firstYear, rec.costs.reported),
    threeYears: moneyText(lang, rec.costs.threeYears, rec.costs.reported),
    goLive: shortText(lang, rec.goLive.text),
    documents: i18n.t(lang, 'result.figure.documentsValue', { n: rec.documents.length }),
  };
  for (const [id, value] of Object.entries(want)) {
    const figure = byClass(page, `result__figure--${id}`);
    assert.equal(await figure.count(), 1, `the ${id} figure is shown`);
    assert.equal(
      await textOf(figure.locator('[class*="--result__figure-label"]')),
      squash(i18n.t(lang, `result.figure.${id}`)),
      `${id} label`,
    );
    assert.equal(
      await textWithout(figure.locator('[class*="--result__figure-value"]'), 'result__src'),
      squash(value),
      `${id} figure`,
    );
  }
}

/** What the fact popup on screen shows for each fact: statement, the line with the review date, addresses. */
const popupFacts = (page) =>
  byClass(page, 'fact-popup__body').evaluate((body) =>
    [...body.querySelectorAll('[class*="fact-popup__fact--"]')].map((fact) => {
      const id = [...fact.classList].map((c) => (c.match(/fact-popup__fact--(\w+)$/) || [])[1]).find(Boolean);
      const text = (cls) =>
        [...fact.querySelectorAll(`[class*="--${cls}"]`)].map((n) => n.innerText.replace(/\s+/g, ' ').trim());
      return {
        id,
        statement: text('fact-popup__statement')[0],
        meta: text('fact-popup__meta')[0],
        addresses: text('fact-popup__address-text'),
      };
    }),
  );

/** The popup shows these facts as the knowledge base words them, each with its addresses and review date. */
async function checkPopup(page, lang, ids) {
  const shown = await popupFacts(page);
  assert.deepEqual(
    shown.map((f) => f.id),
    ids,
    'the popup shows the facts behind the mark',
  );
  for (const fact of shown) {
    const known = knowledge.FACTS[fact.id];
    assert.equal(fact.statement, squash(i18n.tt(lang, { key: known.key })), `fact ${fact.id} statement`);
    const reviewed = squash(i18n.t(lang, 'facts.reviewed', { date: known.reviewed }));
    assert.ok(fact.meta.includes(reviewed), `fact ${fact.id} says "${reviewed}" (shows "${fact.meta}")`);
    const addresses = knowledge
      .factSources(fact.id)
      .map((s) => s.address)
      .filter(Boolean);
    assert.ok(addresses.length > 0, `fact ${fact.id} has a source address`);
    assert.deepEqual(fact.addresses, addresses, `fact ${fact.id} source addresses`);
  }
}

/** Share to chat from the result's bar: the card with its drawn image; returns the link a friend taps. */
async function shareToChat(page, lang) {
  // WeChat would otherwise send a crop of the screen.
  await phone.waitForCardImage(page);
  await byClass(page, 'result__bar').locator('[class*="--share-bar__chat"] [role="button"]').first().click();
  const card = page.locator('[data-testid="share-card"]');
  await card.waitFor({ timeout: 5000 });
  assert.equal(
    await textOf(page.locator('[data-testid="share-title"]')),
    squash(i18n.t(lang, 'share.chat_title')),
  );
  const size = await phone.imageSize(card.locator('img.pv-card__image'));
  assert.ok(size.width > 0, 'the card shows the drawn card image');
  assert.equal(
    Math.round((size.width / size.height) * 100) / 100,
    1.25,
    `the card image is 5:4 (${size.width}×${size.height})`,
  );
  const link = await page.locator('[data-testid="share-link"]').getAttribute('href');
  assert.ok(link && link.includes(`#/${RESULT}?`), `the card opens the result page: ${link}`);
  return { card, link };
}

// ---- the five people ----

test('walk: a French brand manager, in English', async () => {
  const lang = 'en';
  const { context, page, rec } = await walkToResult(lang, 'french-cosmetics-no-entity-pay.json');
  await screenshot(page, 'walk-1-french-brand-manager');
  await checkFigures(page, lang, rec);
  const critical = rec.warnings.find((w) => w.severity === 'critical');
  assert.ok(critical, 'engine: a critical warning');
  assert.equal(
    await textWithout(byClass(page, 'result__critical-text'), 'result__src'),
    shortText(lang, critical.text),
    'the critical warning reads as the engine’s',
  );
  const parts = await firstScreenHolds(page, 'the result');
  assert.ok(parts[1].critical && parts[1.3].critical, 'the critical warning is on the first screen');

  // The warning's source mark: the facts behind it, then closed again.
  await byClass(page, 'result__critical').locator('[class*="--result__src"]').click();
  const popup = byClass(page, 'fact-popup__body');
  await popup.waitFor({ timeout: 5000 });
  await checkPopup(page, lang, critical.facts);
  await byClass(page, 'fact-popup__close').click();
  await popup.waitFor({ state: 'detached', timeout: 5000 });

  // The folded costs: one row per fee the engine lists.
  await phone.openSection(page, 'costs', 'result__costs');
  const fees = byClass(page, 'result__costs').locator('[class*="--result__fee"]');
  assert.equal(await fees.count(), rec.fees.length, 'one row per fee');
  for (let i = 0; i < rec.fees.length; i += 1)
    assert.equal(await textWithout(fees.nth(i), 'result__src'), squash(i18n.tt(lang, rec.fees[i].text)));

  // Share to chat: the card as the chat would show it.
  const { card } = await shareToChat(page, lang);
  await page.locator('#pv-overlay [data-action="close"]').click();
  await card.waitFor({ state: 'detached' });

  // Save as image: WeChat's privacy notice once, then the album permission, allowed; the image offered.
  await byClass(page, 'result__bar').locator('[class*="--share-bar__save"] [role="button"]').first().click();
  await page.locator('[data-testid="privacy"] [data-action="confirm"]').click({ timeout: 5000 });
  const permission = page.locator('[data-testid="permission"]');
  await permission.waitFor({ timeout: 5000 });
  await permission.locator('[data-action="confirm"]').click();
  const sheet = page.locator('[data-testid="image-sheet"]');
  await sheet.waitFor({ timeout: 10000 });
  const poster = await phone.imageSize(sheet.locator('img'));
  assert.ok(poster.width > 300 && poster.height > 300, `the saved image is ${poster.width}×${poster.height}`);
  await waitForText(page, 'share-bar__status', squash(i18n.t(lang, 'share.saved')));
  await sheet.locator('[data-action="close"]').click();
  await context.close();
});

test('walk: a Chengdu food blogger, in Chinese', async () => {
  const lang = 'zh';
  // The closest Chengdu food person of the fixtures: a chilli-sauce maker selling online as a private person.
  const { context, page, asked, answers, rec } = await walkToResult(
    lang,
    'chengdu-sauce-maker-becomes-sole-trader.json',
  );
  await screenshot(page, 'walk-2-chengdu-food-blogger');
  await firstScreenHolds(page, 'the result');
  const history = await routeStack(page);

  // She decides she only wants to publish after all: "your answers", the goals, untick selling, Done.
  const edited = questions.pruneAnswers({ ...answers, goals: answers.goals.filter((g) => g !== 'sell') });
  assert.ok(!questions.nextQuestion(edited), 'engine: nothing more to ask after the edit');
  const after = engine.recommend(edited);
  const newHeadline = squash(i18n.tt(lang, after.headline));
  assert.notEqual(newHeadline, squash(i18n.tt(lang, rec.headline)), 'engine: the edit changes the headline');

  await phone.openSection(page, 'answers', 'result__answers');
  await byClass(page, 'result__answer--goals').click();
  const editor = byClass(page, 'answer-editor--goals');
  await editor.waitFor({ timeout: 5000 });
  assert.equal(
    await textOf(editor.locator('[class*="--answer-editor__title"]')),
    squash(i18n.tt(lang, { key: questions.questionById('goals').titleKey })),
    'the editor opens on the goals question',
  );
  const ticked = () =>
    editor.locator('[aria-checked="true"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.option));
  assert.deepEqual(await ticked(), answers.goals, 'her goals are ticked');
  await editor.locator('[data-option="sell"]').click();
  await editor.locator('[data-option="sell"][aria-checked="false"]').waitFor({ timeout: 5000 });
  await buttonIn(page, 'answer-editor__done').click();
  await page
    .locator('[data-testid="toast"]', { hasText: i18n.t(lang, 'result.updated') })
    .waitFor({ timeout: 5000 });
  await waitForText(page, 'result__headline', newHeadline);
  assert.equal(await route(page), RESULT, 'the edit stays on the result');
  await editor.waitFor({ state: 'detached', timeout: 5000 });
  assert.deepEqual(await routeStack(page), history, 'the edit changes no page of her history');

  // The navigation bar's back: one step back in her own history, the last question she answered.
  assert.equal(await page.locator('#pv-back').getAttribute('data-kind'), 'back');
  await page.locator('#pv-back').click();
  await waitRoute(page, QUIZ);
  assert.deepEqual(await routeStack(page), history.slice(0, -1), 'back pops only the result');
  const last = asked.at(-1);
  assert.equal(await currentQuestion(page), last, 'back shows the last question she answered');
  assert.equal(
    await textOf(byClass(page, 'quiz__title')),
    squash(i18n.tt(lang, { key: questions.questionById(last).titleKey })),
  );

  // Forward again with her answer; then the phone reloads the page: the edited result, not a question.
  await phone.answerCurrent(page, questions, edited);
  await waitRoute(page, RESULT);
  await waitForText(page, 'result__headline', newHeadline);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await route(page), RESULT, 'a reload reopens the result');
  assert.equal(
    await textOf(byClass(page, 'result__headline')),
    newHeadline,
    'the edited result after a reload',
  );
  await context.close();
});

/** The agency consultant's way to the compare page: home, "compare the accounts", dark mode. */
async function openCompare(lang) {
  const { context, page } = await newPhone(lang, 'dark');
  await open(page, app.url);
  assert.equal(await page.evaluate(() => window.document.documentElement.dataset.theme), 'dark');
  await byClass(page, 'home__compare').click();
  await waitRoute(page, COMPARE);
  return { context, page };
}

test('walk: an agency consultant comparing, in dark mode', async () => {
  const lang = 'en';
  const { context, page } = await openCompare(lang);
  await screenshot(page, 'walk-3-agency-consultant-compare');
  const background = await visible(page).evaluate((n) => window.getComputedStyle(n).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `the page is dark (${background})`);

  // Her client has no China entity: the overseas tab.
  const region = 'overseas';
  await byClass(page, `compare__tab--${region}`).click();
  await visible(page).locator(`[data-region="${region}"][aria-selected="true"]`).waitFor({ timeout: 5000 });
  await byClass(page, `compare__table--${region}`).waitFor();

  // WeCom in a section of its own, with its own rows, one cell each: no column of "No" under every
  // Official Account feature.
  const wecom = byClass(page, 'compare__section--wecom');
  const rows = await wecom
    .locator('[class*="--compare__row--"]')
    .evaluateAll((nodes) =>
      nodes.map((n) => [...n.classList].map((c) => (c.match(/compare__row--(\w+)$/) || [])[1]).find(Boolean)),
    );
  assert.deepEqual(rows, [...features.WECOM_FEATURE_IDS], 'WeCom shows its own rows');
  for (const id of ['team_chat', 'customer_contact', 'external_contacts', 'verification'])
    assert.ok(rows.includes(id), `WeCom has a ${id} row`);
  let noes = 0;
  for (const id of rows) {
    const spec = compareRules.COMPARE_ROWS.find((row) => row.id === id);
    const cell = spec.cells.wecom[region];
    const row = wecom.locator(`[class*="--compare__row--${id}"]`).first();
    assert.equal(await textOf(row.locator('[class*="--compare__label"]')), squash(i18n.tt(lang, spec.label)));
    const cells = row.locator('[class*="--compare__cell--"]');
    assert.equal(await cells.count(), 1, `${id}: one cell, WeCom's`);
    assert.match(
      await cells.first().getAttribute('class'),
      /--compare__cell--wecom\b/,
      `${id}: WeCom's cell`,
    );
    const shown = await textOf(cells.first().locator('[class*="badge"]').first());
    assert.equal(shown, squash(i18n.t(lang, `result.feature.${cell.value}`)), `${id}: WeCom's badge`);
    assert.equal(
      await textOf(cells.first().locator('[class*="--compare__text"]')),
      squash(i18n.tt(lang, cell.text)),
      `${id}: WeCom's cell text`,
    );
    if (shown === squash(i18n.t(lang, 'result.feature.no'))) noes += 1;
  }
  assert.ok(noes < rows.length / 2, `WeCom's column is not a column of "No" (${noes} of ${rows.length})`);
  assert.equal(
    await byClass(page, 'compare__section--oa').locator('[class*="--compare__cell--wecom"]').count(),
    0,
    'no WeCom cells among the Official Account rows',
  );

  // The source mark of WeCom's team chat: the facts in a vant popup over a dimmed page.
  const teamChat = compareRules.COMPARE_ROWS.find((row) => row.id === 'team_chat').cells.wecom[region];
  await wecom.locator('[class*="--compare__row--team_chat"] [class*="--compare__source"]').first().click();
  const popup = byClass(page, 'fact-popup__body');
  await popup.waitFor({ timeout: 5000 });
  await checkPopup(page, lang, teamChat.facts);
  const overlay = visible(page).locator('[class*="van-overlay--van-overlay"]');
  assert.equal(await overlay.count(), 1, 'one backdrop on the page');
  await overlay.waitFor({ state: 'visible' });
  const dim = await overlay.evaluate((n) => window.getComputedStyle(n).backgroundColor);
  const alpha = Number((dim.match(/rgba\([^)]*,\s*([\d.]+)\)/) || [])[1] ?? 1);
  assert.ok(alpha >= 0.4, `the backdrop dims the page (${dim})`);
  const [box, panel] = await Promise.all([
    overlay.boundingBox(),
    visible(page).locator('[class*="van-popup--van-popup"]').filter({ visible: true }).boundingBox(),
  ]);
  assert.ok(panel.y - box.y > 40, 'the page shows above the panel');
  // A tap on the backdrop, above the panel, closes it.
  await overlay.click({ position: { x: box.width / 2, y: (panel.y - box.y) / 2 } });
  await popup.waitFor({ state: 'detached', timeout: 5000 });
  await overlay.waitFor({ state: 'hidden', timeout: 5000 });
  assert.equal(await route(page), COMPARE, 'still on the compare page');
  await context.close();
});

test('walk: an agency consultant comparing, in dark mode: the fact popup is readable', async () => {
  const lang = 'en';
  const { context, page } = await openCompare(lang);
  await byClass(page, 'compare__section--wecom').locator('[class*="--compare__source"]').first().click();
  await byClass(page, 'fact-popup__body').waitFor({ timeout: 5000 });
  // Body text needs 4.5:1 (WCAG AA) on the panel it is drawn on.
  for (const cls of ['fact-popup__title', 'fact-popup__statement', 'fact-popup__source-name']) {
    const { ratio, color, background } = await contrastOf(byClass(page, cls));
    assert.ok(
      ratio >= 4.5,
      `dark mode: ${cls} is ${color} on the popup's ${background} panel, ${ratio}:1 (under 4.5:1)`,
    );
  }
  await context.close();
});

test('walk: an agency consultant comparing, in dark mode: types an account name', async () => {
  const lang = 'en';
  const { context, page } = await openCompare(lang);
  const field = byClass(page, 'name-checker__input').locator('input, textarea, [contenteditable="true"]');
  assert.equal(
    await field.count(),
    1,
    `the name checker's field has nothing to type into: the preview draws <input> as ${await byClass(page, 'name-checker__input').evaluate((n) => n.outerHTML)}`,
  );
  // Two Chinese characters and a Latin word: WeChat counts each Chinese character 2.
  const name = '出海Brand号';
  const { length } = nameCheck.checkName(name);
  await field.click();
  await page.keyboard.type(name);
  await waitForText(page, 'name-checker__count', squash(i18n.t(lang, 'nameCheck.count', { length })));
  await context.close();
});

test('walk: a Shanghai SME that wants team chat, in Chinese', async () => {
  const lang = 'zh';
  // A mainland company whose only goal is its staff's chat: WeCom.
  const { context, page, rec } = await walkToResult(lang, 'mainland-factory-team.json');
  await screenshot(page, 'walk-4-shanghai-sme');
  assert.equal(rec.type, 'wecom', 'engine: WeCom');
  await checkFigures(page, lang, rec);
  // WeCom registers the same day: said as a figure, the engine's own value.
  assert.equal(rec.goLive.text.key, 'golive.wecom', 'engine: WeCom registers the same day');
  assert.equal(
    await textWithout(
      byClass(page, 'result__figure--goLive').locator('[class*="--result__figure-value"]'),
      'result__src',
    ),
    shortText(lang, rec.goLive.text),
  );
  await firstScreenHolds(page, 'the result');
  const headline = squash(i18n.tt(lang, rec.headline));
  const { link } = await shareToChat(page, lang);
  await context.close();

  // A colleague's phone, nothing stored: the link opens the same result, said to be shared.
  const friend = await newPhone(lang);
  await friend.page.goto(link);
  await friend.page.waitForSelector('html[data-ready="true"]');
  assert.equal(await route(friend.page), RESULT, 'the link opens the result');
  assert.equal(await textOf(byClass(friend.page, 'result__headline')), headline, 'the same headline');
  assert.equal(await textOf(byClass(friend.page, 'result__shared')), squash(i18n.t(lang, 'result.shared')));
  await screenshot(friend.page, 'walk-4-shanghai-sme-friend');
  const parts = await firstScreenHolds(friend.page, "the friend's result");
  assert.ok(parts[1].note, 'the "shared with you" note is on the first screen');
  await byClass(friend.page, 'result__try').click();
  await waitRoute(friend.page, QUIZ);
  const first = questions.questionsOnPath({})[0];
  assert.equal(await currentQuestion(friend.page), first.id, 'their own answers start at the first question');
  assert.equal(
    await textOf(byClass(friend.page, 'quiz__title')),
    squash(i18n.tt(lang, { key: first.titleKey })),
  );
  await friend.context.close();
});

test('walk: a foreigner in Shanghai without a mainland ID, in English', async () => {
  const lang = 'en';
  const { context, page, rec } = await walkToResult(lang, 'foreigner-in-shanghai.json');
  await screenshot(page, 'walk-5-foreigner-in-shanghai');
  assert.equal(rec.route, 'not_available', 'engine: no route');
  assert.equal(await byClass(page, 'result__figures').count(), 0, 'no figures without a route');
  const instead = byClass(page, 'result__instead');
  assert.equal(
    await textOf(instead.locator('[class*="--result__instead-title"]')),
    squash(i18n.t(lang, 'result.instead')),
  );
  const items = instead.locator('[class*="--result__instead-item"]');
  assert.ok(rec.instead.length > 0, 'engine: something to do instead');
  assert.equal(await items.count(), rec.instead.length, 'one item per thing the engine suggests');
  for (let i = 0; i < rec.instead.length; i += 1)
    assert.equal(await textWithout(items.nth(i), 'result__src'), shortText(lang, rec.instead[i].text));
  const parts = await firstScreenHolds(page, 'the no-route result');
  for (const scale of [1, 1.3]) {
    assert.equal(parts[scale].figures, null, `no figures block at ${scale}×`);
    assert.ok(parts[scale].instead, `"what you can do instead" on the first screen at ${scale}×`);
  }
  await context.close();
});
