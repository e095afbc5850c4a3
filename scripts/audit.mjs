// `npm run audit`: what WeChat DevTools' experience score (体验评分) measures that can be
// measured offline, plus WCAG 2.2 AA, on every page in every state a person can reach, in
// the browser preview (the real build, as `npm start` serves it), in Chinese and
// English, light and dark. Writes a table per state to the terminal and .cache/audit.md (run
// output, not committed) and exits non-zero on any violation.
// Flags: --no-build (reuse dist/), --if-available (skip when Chromium is missing, except in CI).
/* global window, document */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startPreview } from '../preview/server.mjs';
import {
  firstScreenCheck,
  fontScaleCheck,
  installSetDataCounter,
  measureTree,
  runAxe,
  tapTargets,
} from './audit/probes.mjs';
import { activeRules, keysRead, reachability, rootKey, timers } from './audit/static.mjs';
import { readTestScenarios } from './compile-ts.mjs';
import * as phone from './phone.mjs';
import {
  buttonIn,
  byClass,
  currentQuestion,
  settle,
  route as topRoute,
  sectionTitle,
  visible,
} from './phone.mjs';
import { CACHE, DIST as BUILD, ROOT } from './lib.mjs';
import { launchChromium, privateCopy, requireChromium } from './preview-browser.mjs';

const args = new Set(process.argv.slice(2));
const t0 = Date.now();
requireChromium('audit', args);
if (!args.has('--no-build')) {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
}
// PREVIEW_DIST audits another build folder (as for e2e).
const DIST = privateCopy(
  process.env.PREVIEW_DIST ? path.resolve(process.env.PREVIEW_DIST) : BUILD,
  'oa-audit-dist-',
);
const requireDist = createRequire(path.join(DIST, 'app.js'));
const questions = requireDist('./rules/questions.js');
const engine = requireDist('./rules/engine.js');
const payload = requireDist('./share/payload.js');
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

// ------------------------------------------------------------------ limits
const LIMIT = {
  nodes: 1000, // fewer than
  depth: 30, // under
  children: 60, // at most
  callsPerTap: 1,
  bytesPerTap: 4096,
  target: 24,
  primaryTarget: 44,
  fontScale: 1.3,
  // Issue 14: the result's first render (before any section is opened).
  resultFirstBytes: 8192, // at most, all setData while it opens
  resultFirstNodes: 250, // at most
  // Navigation to first paint of the result under a 4x CPU slowdown (a low-end Android phone):
  // WeChat's own render rule is 500 ms.
  cpuSlowdown: 4,
  paintRuns: 5,
  paintGoal: 500,
};
// WCAG checks by axe-core: contrast, a name on every control, unique ids, the page language.
const AXE_RULES = [
  'color-contrast',
  'button-name',
  'link-name',
  'aria-command-name',
  'aria-toggle-field-name',
  'aria-input-field-name',
  'aria-dialog-name',
  'aria-progressbar-name',
  'aria-tooltip-name',
  'image-alt',
  'role-img-alt',
  'label',
  'duplicate-id',
  'duplicate-id-aria',
  'duplicate-id-active',
  'html-has-lang',
  'html-lang-valid',
];

const HOME = 'pages/home/index';
const QUIZ = 'pages/quiz/index';
const RESULT = 'pages/result/index';

// ------------------------------------------------------------------ personas
/** Every scenario of test/scenarios, as a persona: its file name and its answers and expectations. */
const scenarios = readTestScenarios('audit').map(({ file, scenario }) => ({ file, ...scenario }));

/**
 * Personas from test/scenarios chosen so that, between them, every question is asked and the
 * result shows each kind of page (company, individual, overseas): greedy cover of the questions.
 */
function pickPersonas() {
  const all = scenarios.map((p) => ({
    ...p,
    asked: questions.questionsOnPath(questions.pruneAnswers(p.answers)).map((q) => q.id),
  }));
  const missing = new Set(questions.QUESTIONS.map((q) => q.id));
  const picked = [];
  while (missing.size) {
    const best = all
      .filter((p) => !picked.includes(p))
      .map((p) => ({ p, gain: p.asked.filter((id) => missing.has(id)).length }))
      .sort((a, b) => b.gain - a.gain || b.p.asked.length - a.p.asked.length)[0];
    if (!best || !best.gain) break;
    picked.push(best.p);
    for (const id of best.p.asked) missing.delete(id);
  }
  return { picked, missing: [...missing] };
}
const personas = pickPersonas();

// ------------------------------------------------------------------ what the WXML reads
const componentFiles = {};
for (const route of appJson.pages) {
  componentFiles[`page-${route.replace(/[^a-zA-Z0-9]+/g, '-')}`] = `${route}.wxml`;
  const json = JSON.parse(fs.readFileSync(path.join(DIST, `${route}.json`), 'utf8'));
  for (const [tag, using] of Object.entries(json.usingComponents || {}))
    if (using.startsWith('/')) componentFiles[tag] = `${using.slice(1)}.wxml`;
}
const readKeys = {};
// From the build that is served, so the keys read and the keys set come from the same code.
for (const [tag, file] of Object.entries(componentFiles)) readKeys[tag] = keysRead(path.join(DIST, file));

// ------------------------------------------------------------------ run state
const states = []; // one row per page/state/language/theme
const steps = []; // one row per tap of the walks
const screens = []; // one row per result first screen: scenario, view, language, font scale
const paints = []; // one row per language: navigation-to-paint times under the CPU slowdown
const errors = [];
const visitedRoutes = new Set();
let preview;
let browser;

async function newPhone(lang, theme) {
  const context = await browser.newContext({
    viewport: { width: 480, height: 860 },
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    colorScheme: theme,
  });
  await context.route('**/*', (r) =>
    r.request().url().startsWith(preview.url) || /^(data|blob):/.test(r.request().url())
      ? r.continue()
      : (errors.push(`request outside the preview: ${r.request().url()}`), r.abort()),
  );
  await context.addInitScript(installSetDataCounter);
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(`console error: ${msg.text()}`));
  return { context, page };
}

async function load(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.evaluate(AXE);
}

/** Opens a hash route in the running app (WeChat opening a card: a relaunch, no reload), still. */
async function relaunch(page, hash) {
  await phone.relaunch(page, hash);
  await settle(page);
}

/** One tap of a walk: the setData calls it caused, per instance, with their keys and sizes. */
async function tap(page, ctx, label, locator) {
  const from = await topRoute(page);
  await page.evaluate(() => {
    window.__audit.calls.length = 0;
  });
  await locator.click({ timeout: 5000 });
  await settle(page);
  const calls = await page.evaluate(() => window.__audit.calls.slice());
  const to = await topRoute(page);
  visitedRoutes.add(to);
  // Per instance and per cause: the tap itself, or an event a component sent on its own
  // afterwards (the share bar's card drawn), which the page answers with a setData of its own.
  const byInstance = new Map();
  for (const c of calls) {
    const key = `${c.instance} ${c.cause}`;
    if (!byInstance.has(key)) byInstance.set(key, []);
    byInstance.get(key).push(c);
  }
  for (const list of byInstance.values()) {
    const first = list[0];
    // A page opened by this tap renders for the first time: WeChat sends its whole data once.
    const opened = first.cause === 'tap' && first.page !== from && first.tag.startsWith('page-');
    const redundant = new Set();
    const read = readKeys[first.tag];
    for (const c of list)
      for (const k of c.keys) if (read && !read.has(rootKey(k))) redundant.add(rootKey(k));
    steps.push({
      ...ctx,
      label,
      component: `${first.tag.replace(/^page-pages-/, '').replace(/-index$/, '')}${first.cause === 'tap' ? '' : ` (on ${first.cause})`}`,
      kind: opened ? 'first render' : 'update',
      calls: list.length,
      bytes: Math.max(...list.map((c) => c.bytes)),
      keys: [...new Set(list.flatMap((c) => c.keys.map(rootKey)))],
      redundant: [...redundant],
    });
  }
  if (!calls.length)
    steps.push({ ...ctx, label, component: '-', kind: 'none', calls: 0, bytes: 0, keys: [], redundant: [] });
  return to;
}

/** Undersized targets, one line per kind of target with its smallest instance. */
function grouped(targets, what, limit) {
  const byName = new Map();
  for (const t of targets) byName.set(t.name, [...(byName.get(t.name) || []), t]);
  return [...byName].map(([name, list]) => {
    const s = list.reduce((a, t) => (Math.min(t.width, t.height) < Math.min(a.width, a.height) ? t : a));
    return `${what} ${name}${list.length > 1 ? ` ×${list.length}` : ''}: ${s.width}×${s.height} px < ${limit}×${limit}`;
  });
}

/** Every measure of the page on screen; `firstRender` for a result as it first opens. */
async function audit(page, ctx, state, { firstRender = false } = {}) {
  await settle(page);
  const route = await topRoute(page);
  visitedRoutes.add(route);
  const tree = await page.evaluate(measureTree);
  const targets = await page.evaluate(tapTargets);
  const axe = await page.evaluate(runAxe, AXE_RULES);
  // Font scale changes layout, not colour: measured in the light theme only.
  const font = ctx.theme === 'light' ? await page.evaluate(fontScaleCheck, LIMIT.fontScale) : null;
  const small = targets.filter((t) => Math.min(t.width, t.height) < LIMIT.target);
  const smallPrimary = targets.filter((t) => t.primary && Math.min(t.width, t.height) < LIMIT.primaryTarget);
  const smallest = targets.reduce(
    (a, t) => (!a || Math.min(t.width, t.height) < Math.min(a.width, a.height) ? t : a),
    null,
  );
  const primaries = targets.filter((t) => t.primary);
  const smallestPrimary = primaries.reduce(
    (a, t) => (!a || Math.min(t.width, t.height) < Math.min(a.width, a.height) ? t : a),
    null,
  );
  const row = {
    ...ctx,
    state,
    route,
    tree,
    axe,
    font,
    targets: targets.length,
    smallest,
    smallestPrimary,
    small,
    smallPrimary,
  };
  row.failures = [
    tree.nodes >= LIMIT.nodes && `${tree.nodes} nodes`,
    tree.depth >= LIMIT.depth && `depth ${tree.depth}`,
    tree.children > LIMIT.children && `${tree.children} children under ${tree.widest}`,
    ...axe.violations.map((v) => `axe ${v.id} ×${v.count}: ${v.nodes.join('; ')}`),
    ...grouped(small, 'tap target', LIMIT.target),
    ...grouped(smallPrimary, 'primary action', LIMIT.primaryTarget),
    ...(font || []).map((p) => `font ${LIMIT.fontScale}×: ${p}`),
    firstRender &&
      tree.nodes > LIMIT.resultFirstNodes &&
      `first render: ${tree.nodes} nodes > ${LIMIT.resultFirstNodes}`,
  ].filter(Boolean);
  row.firstRender = firstRender;
  states.push(row);
  if (row.failures.length)
    console.log(`  FAIL  ${ctx.lang}/${ctx.theme} ${state}\n        ${row.failures.join('\n        ')}`);
  return row;
}

/** Home -> Start -> every question (audited, then answered by tapping) -> result. */
async function walk(page, ctx, persona) {
  const who = { ...ctx, persona: persona.file.replace(/\.json$/, '') };
  await tap(page, who, 'home: start', buttonIn(page, 'home__start'));
  for (let i = 0; i < 20 && (await topRoute(page)) === QUIZ; i += 1) {
    const id = await currentQuestion(page);
    const question = questions.questionById(id);
    await audit(page, ctx, `quiz: ${id}`);
    const wanted = id in persona.answers ? persona.answers[id] : question.defaultValue;
    if (question.multi) {
      for (const option of wanted)
        await tap(page, who, `${id}: tick ${option}`, visible(page).locator(`[data-option="${option}"]`));
      if (wanted.length) await audit(page, ctx, `quiz: ${id} (${wanted.length} ticked)`);
      await tap(page, who, `${id}: next`, buttonIn(page, 'quiz__next'));
    } else {
      await tap(page, who, `${id}: ${wanted}`, visible(page).locator(`[data-option="${wanted}"]`));
    }
  }
  if ((await topRoute(page)) !== RESULT) throw new Error(`${persona.file}: the quiz did not open the result`);
}

async function resultActions(page, ctx, persona) {
  const who = { ...ctx, persona: persona.file.replace(/\.json$/, '') };
  // Sections fold; each opens with a tap on its title (its first render of content).
  const fold = async (name, label) => {
    if (!(await sectionTitle(page, name).count())) return false;
    await tap(page, who, `result: open ${label}`, sectionTitle(page, name));
    return true;
  };
  if (await fold('documents', 'documents')) {
    await tap(
      page,
      who,
      'result: tick a document',
      visible(page).locator('[class*="--result__doc--"]').first(),
    );
    await audit(page, ctx, 'result: a document ticked');
  }
  if (await fold('whatIf', 'what-if')) {
    const whatIf = visible(page).locator('[class*="--result__whatif--"]').first();
    await tap(page, who, 'result: what-if on', whatIf);
    await audit(page, ctx, 'result: what-if on');
    await tap(page, who, 'result: what-if off', whatIf);
  }
  await fold('sources', 'sources');
  await audit(page, ctx, 'result: sources open');
  // The list arrives a few facts per tap: open all of it (the page's largest state).
  for (let i = 0; i < 20 && (await byClass(page, 'result__more-sources').count()); i += 1)
    await tap(page, who, 'result: more sources', byClass(page, 'result__more-sources'));
  await audit(page, ctx, 'result: all sources shown');
  await tap(page, who, 'result: hide sources', sectionTitle(page, 'sources'));
  await tap(page, who, 'result: compare', byClass(page, 'result__compare'));
  await audit(page, ctx, 'compare (local)');
  await tap(page, who, 'compare: overseas tab', byClass(page, 'compare__tab--overseas'));
  await audit(page, ctx, 'compare (overseas)');
  await tap(page, who, 'compare: a fact', byClass(page, 'compare__source').first());
  await audit(page, ctx, 'compare: fact sheet');
  await tap(page, who, 'compare: close fact', byClass(page, 'fact-popup__close'));
}

/** The link a chat card of this persona's result opens (the reader's phone picks the language). */
function sharedHash(persona) {
  return `/${RESULT}?${payload.sharedQuery(engine.recommend(persona.answers))}`;
}

async function runCombo(lang, theme) {
  const ctx = { lang, theme };
  const { context, page } = await newPhone(lang, theme);
  await load(page, preview.url);
  await audit(page, ctx, 'home (first visit)');
  for (const [i, persona] of personas.picked.entries()) {
    if (i) {
      await page.evaluate(() => window.wx.clearStorageSync());
      await relaunch(page, `/${HOME}`);
    }
    await walk(page, ctx, persona);
    await audit(page, ctx, `result: ${persona.file.replace(/\.json$/, '')}`, { firstRender: true });
    if (theme === 'light') await firstScreen(page, ctx, persona.file, 'own');
    if (i === 0) await resultActions(page, ctx, persona);
  }
  await relaunch(page, `/${HOME}`);
  await audit(page, ctx, 'home (result saved)');
  // Half-way through the questionnaire, then back home.
  await tap(page, { ...ctx, persona: 'restart' }, 'home: start over', buttonIn(page, 'home__start'));
  await tap(
    page,
    { ...ctx, persona: 'restart' },
    'entity: company',
    visible(page).locator('[data-option="company"]'),
  );
  await relaunch(page, `/${HOME}`);
  await audit(page, ctx, 'home (questionnaire half done)');
  await tap(page, { ...ctx, persona: 'restart' }, 'home: language switch', byClass(page, 'home__lang'));
  await tap(page, { ...ctx, persona: 'restart' }, 'home: language switch back', byClass(page, 'home__lang'));

  // A friend's shared card, from a chat and from Moments (single-page mode).
  const shared = sharedHash(personas.picked[0]);
  await page.evaluate(() => window.wx.clearStorageSync());
  await load(page, `${preview.url}?scene=1007#${shared}`);
  await audit(page, ctx, 'shared link (chat)', { firstRender: true });
  await load(page, `${preview.url}?scene=1154#${shared}`);
  await audit(page, ctx, 'shared link (Moments, single page)');
  // Error states: a damaged link, a result with nothing saved, corrupted storage.
  await load(page, `${preview.url}#/${RESULT}?v=9&a=zz!!&s=1`);
  await audit(page, ctx, 'bad link');
  await page.evaluate(() => window.wx.clearStorageSync());
  await relaunch(page, `/${RESULT}`);
  await audit(page, ctx, 'result with nothing saved');
  for (const [name, hash] of [
    ['home', `/${HOME}`],
    ['quiz', `/${QUIZ}`],
    ['result', `/${RESULT}`],
  ]) {
    await page.evaluate(() => window.localStorage.setItem('wx-storage:oan.progress.v1', '{"v":"}{garbage'));
    await relaunch(page, hash);
    await audit(page, ctx, `${name} (corrupted storage)`);
  }
  if (theme === 'light') {
    // A friend's view of every public scenario: its note makes it the tallest first screen.
    for (const scenario of scenarios) {
      await relaunch(page, sharedHash(scenario));
      await firstScreen(page, ctx, scenario.file, 'friend');
    }
    await measurePaint(context, page, ctx);
  }
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  await context.close();
  return htmlLang;
}

/** The result's first screen at the default font and at 1.3x (issue 14). */
async function firstScreen(page, ctx, file, view) {
  for (const scale of [1, LIMIT.fontScale]) {
    const { height, parts, problems } = await page.evaluate(firstScreenCheck, scale);
    const content = ['note', 'headline', 'figures', 'instead', 'critical']
      .map((k) => parts[k])
      .filter(Boolean);
    screens.push({
      ...ctx,
      scenario: file.replace(/\.json$/, ''),
      view,
      scale,
      height,
      contentEnd: Math.max(...content.map((b) => b.bottom)),
      barTop: parts.bar ? parts.bar.top : null,
      critical: Boolean(parts.critical),
      figures: parts.figures ? 'figures' : parts.instead ? 'instead' : '-',
      problems,
    });
  }
}

/**
 * Navigation to first paint of the result, under Chromium's CPU throttling: from the tap on
 * home's "see your last result" to the frame that shows the headline (a rAF, then a task after
 * that frame's paint). Median and worst of LIMIT.paintRuns, on a phone that has shown results
 * before (the walks ran first), each run starting when the previous one's card is drawn.
 */
async function measurePaint(context, page, ctx) {
  // A saved result, as after a walk: home then offers "see your last result".
  const answers = personas.picked[0].answers;
  await page.evaluate(
    (a) => window.wx.setStorageSync('oan.progress.v1', { f: 1, d: { answers: a, at: null } }),
    answers,
  );
  await relaunch(page, `/${HOME}`);
  if (!(await byClass(page, 'home__last').count()))
    throw new Error('audit: home offers no last result to open');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: LIMIT.cpuSlowdown });
  const times = [];
  for (let i = 0; i < LIMIT.paintRuns; i += 1) {
    await relaunch(page, `/${HOME}`);
    await page.evaluate(() => {
      window.__paint = new Promise((resolve) => {
        let start = 0;
        // The preview taps on pointerup (WeChat on touchend): the page opens inside that handler.
        document.addEventListener(
          'pointerup',
          () => {
            if (!start) start = window.performance.now();
          },
          { capture: true, once: true },
        );
        const seen = () =>
          [...document.querySelectorAll('page.pv-page:not([hidden]) [class*="--result__headline"]')].some(
            (n) => n.getClientRects().length,
          );
        const observer = new window.MutationObserver(() => {
          if (!start || !seen()) return;
          observer.disconnect();
          window.requestAnimationFrame(() => setTimeout(() => resolve(window.performance.now() - start), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    });
    await buttonIn(page, 'home__last').click();
    times.push(Math.round(await page.evaluate(() => window.__paint)));
    // The share bar draws its card images after the first paint: let it finish before the next run.
    await page.waitForFunction(
      () => Boolean((window.__preview.stack.at(-1) || {}).instance.momentsImage),
      null,
      {
        timeout: 30000,
      },
    );
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const sorted = [...times].sort((a, b) => a - b);
  paints.push({ ...ctx, times, median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1) });
}

// ------------------------------------------------------------------ run
preview = await startPreview({ root: DIST, port: 0 });
browser = await launchChromium();
console.log(
  `audit: preview at ${preview.url}, Chromium ${browser.version()}; personas ${personas.picked.map((p) => p.file).join(', ')}`,
);
for (const lang of ['zh', 'en']) for (const theme of ['light', 'dark']) await runCombo(lang, theme);
await browser.close();
await preview.close();

// ------------------------------------------------------------------ static checks
const active = activeRules();
const timerScan = timers();
const reach = reachability(appJson);
const notWalked = appJson.pages.filter((p) => !visitedRoutes.has(p));

// ------------------------------------------------------------------ report
const isResultFirst = (s) => s.kind === 'first render' && s.component === 'result';
const stepFailures = steps.filter(
  (s) =>
    s.calls > LIMIT.callsPerTap ||
    (s.kind === 'update' && s.bytes > LIMIT.bytesPerTap) ||
    (isResultFirst(s) && s.bytes > LIMIT.resultFirstBytes) ||
    s.redundant.length,
);
const screenFailures = screens.filter((s) => s.problems.length);
// A time depends on the machine: reported against its goal, never a pass or a fail (a timed
// check would turn a slow CI machine red).
const paintMissed = paints.filter((p) => p.median > LIMIT.paintGoal);
const min = (list, f) => list.reduce((a, x) => (f(x) !== null && (a === null || f(x) < f(a)) ? x : a), null);
const max = (list, f) => list.reduce((a, x) => (a === null || f(x) > f(a) ? x : a), null);
const worst = {
  nodes: max(states, (s) => s.tree.nodes),
  depth: max(states, (s) => s.tree.depth),
  children: max(states, (s) => s.tree.children),
  contrast: min(states, (s) => (s.axe.lowest ? s.axe.lowest.ratio : null)),
  target: min(states, (s) => (s.smallest ? Math.min(s.smallest.width, s.smallest.height) : null)),
  primary: min(states, (s) =>
    s.smallestPrimary ? Math.min(s.smallestPrimary.width, s.smallestPrimary.height) : null,
  ),
  update: max(
    steps.filter((s) => s.kind === 'update'),
    (s) => s.bytes,
  ),
  firstRender: max(
    steps.filter((s) => s.kind === 'first render'),
    (s) => s.bytes,
  ),
  calls: max(steps, (s) => s.calls),
  resultFirst: max(steps.filter(isResultFirst), (s) => s.bytes),
  resultNodes: max(
    states.filter((s) => s.firstRender),
    (s) => s.tree.nodes,
  ),
  screen: max(screens, (s) => s.contentEnd - (s.barTop ?? s.height)),
  paint: max(paints, (p) => p.median),
};
const stateFailures = states.filter((s) => s.failures.length);
const staticFailures = [
  ...active.map((a) => `:active in ${a}`),
  ...timerScan.uncleared.map((f) => `timer not cleared on unload in ${f}`),
  ...reach.unreachable.map((p) => `page ${p} unreachable from ${appJson.pages[0]}`),
  ...notWalked.map((p) => `page ${p} not reached by the walks`),
  ...personas.missing.map((q) => `no persona asks ${q}`),
  ...(screens.length ? [] : ['no result first screen measured']),
  ...screenFailures.map(
    (s) => `first screen, ${s.lang} ${s.scenario} (${s.view}, ${s.scale}× font): ${s.problems.join('; ')}`,
  ),
  ...(paints.length ? [] : ['navigation to first paint not measured']),
  ...[...new Set(errors)],
];
const violations =
  stateFailures.reduce((n, s) => n + s.failures.length, 0) + stepFailures.length + staticFailures.length;

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const fmtTarget = (t) => (t ? `${t.width}×${t.height} ${t.name}` : '-');
const lines = [];
const out = (s = '') => lines.push(s);
out('# Experience audit');
out();
out(
  "Generated by `npm run audit` (scripts/audit.mjs): WeChat DevTools' experience-score rules that can be measured offline, and WCAG 2.2 AA with axe-core " +
    `${JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/package.json'), 'utf8')).version}, measured in the browser preview of the real build ` +
    `(375 px wide phone) in Chinese and English, light and dark. Do not edit by hand.`,
);
out();
out('## Totals');
out();
out(
  `${violations === 0 ? 'PASS' : 'FAIL'}: ${violations} violation(s); ${states.length} page states audited, ${steps.length} tap steps measured, ` +
    `${appJson.pages.length} pages, personas: ${personas.picked.map((p) => p.file.replace(/\.json$/, '')).join(', ')}.`,
);
out();
out('| measure | worst | limit | where |');
out('| --- | --- | --- | --- |');
out(
  `| WXML nodes | ${worst.nodes.tree.nodes} | < ${LIMIT.nodes} | ${worst.nodes.state} (${worst.nodes.lang}) |`,
);
out(`| WXML depth | ${worst.depth.tree.depth} | < ${LIMIT.depth} | ${worst.depth.state} |`);
out(
  `| children of one node | ${worst.children.tree.children} | ≤ ${LIMIT.children} | ${worst.children.state}: ${worst.children.tree.widest.replace(/^.*?--/, '')} |`,
);
out(
  `| setData calls per tap, per page/component | ${worst.calls.calls} | ≤ ${LIMIT.callsPerTap} | ${worst.calls.label} |`,
);
out(
  `| setData bytes, update after a tap | ${kb(worst.update.bytes)} | ≤ ${kb(LIMIT.bytesPerTap)} | ${worst.update.label} (${worst.update.lang}) |`,
);
out(
  `| setData bytes, first render of a page | ${kb(worst.firstRender.bytes)} | (reported) | ${worst.firstRender.label} (${worst.firstRender.lang}) |`,
);
if (worst.resultFirst && worst.resultNodes && worst.screen && worst.paint) {
  out(
    `| result's first render: setData bytes | ${kb(worst.resultFirst.bytes)} | ≤ ${kb(LIMIT.resultFirstBytes)} | ${worst.resultFirst.label} (${worst.resultFirst.lang}) |`,
  );
  out(
    `| result's first render: WXML nodes | ${worst.resultNodes.tree.nodes} | ≤ ${LIMIT.resultFirstNodes} | ${worst.resultNodes.state} (${worst.resultNodes.lang}) |`,
  );
  out(
    `| result's first screen: content end vs share bar top (375×667) | ${worst.screen.contentEnd} / ${worst.screen.barTop} px | content above the bar | ${worst.screen.scenario}, ${worst.screen.view}, ${worst.screen.scale}× (${worst.screen.lang}); ${screens.length} screens, ${screenFailures.length} failing |`,
  );
  out(
    `| result's navigation to first paint, ${LIMIT.cpuSlowdown}× CPU slowdown | median ${worst.paint.median} ms (worst run ${worst.paint.worst} ms) | goal ≤ ${LIMIT.paintGoal} ms (reported: ${paintMissed.length ? 'missed' : 'met'}) | ${paints.map((p) => `${p.lang}: ${p.times.join(', ')} ms`).join('; ')} |`,
  );
}
out(`| setData keys the WXML never reads | ${steps.reduce((n, s) => n + s.redundant.length, 0)} | 0 | |`);
const lc = worst.contrast.axe.lowest;
out(
  `| lowest text contrast | ${lc.ratio}:1 | ≥ ${lc.need}:1 | ${worst.contrast.state} (${worst.contrast.lang}, ${worst.contrast.theme}): ${lc.fg} on ${lc.bg} |`,
);
out(
  `| smallest tap target | ${fmtTarget(worst.target.smallest)} | ≥ ${LIMIT.target}×${LIMIT.target} | ${worst.target.state} (${worst.target.lang}) |`,
);
out(
  `| smallest primary action | ${fmtTarget(worst.primary.smallestPrimary)} | ≥ ${LIMIT.primaryTarget}×${LIMIT.primaryTarget} | ${worst.primary.state} (${worst.primary.lang}) |`,
);
out(
  `| axe violations (contrast, names, ids, lang) | ${states.reduce((n, s) => n + s.axe.violations.length, 0)} | 0 | |`,
);
out(
  `| clipped/overlapping text at ${LIMIT.fontScale}× font | ${states.reduce((n, s) => n + (s.font ? s.font.length : 0), 0)} | 0 | |`,
);
out(`| \`:active\` in our WXSS | ${active.length} | 0 | hover-class instead |`);
out(
  `| timers not cleared on unload | ${timerScan.uncleared.length} | 0 | ${timerScan.started.length ? timerScan.started.join(', ') : `no setTimeout/setInterval in ${timerScan.files} page, component and util files`} |`,
);
out(
  `| pages unreachable from home | ${reach.unreachable.length + notWalked.length} | 0 | ${Object.entries(
    reach.edges,
  )
    .map(([p, t]) => `${p.split('/')[1]} → ${t.map((x) => x.split('/')[1]).join(', ') || '-'}`)
    .join('; ')} |`,
);
out(`| JS exceptions, console errors, outside requests | ${new Set(errors).size} | 0 | |`);
out();
if (staticFailures.length || stepFailures.length || stateFailures.length) {
  out('## Violations');
  out();
  for (const f of staticFailures) out(`- ${f}`);
  for (const s of stepFailures)
    out(
      `- ${s.lang}/${s.theme} ${s.persona}: "${s.label}" → ${s.component}: ${s.calls} call(s), ${kb(s.bytes)}${s.redundant.length ? `, keys never read: ${s.redundant.join(', ')}` : ''}`,
    );
  for (const s of stateFailures) for (const f of s.failures) out(`- ${s.lang}/${s.theme} ${s.state}: ${f}`);
  out();
}
out("## The result's first screen");
out();
out(
  `Issue 14: on a 375×667 phone, without scrolling, the headline, the three figures (or "what you can do instead"), the critical warning and the share bar; ` +
    `a friend's view includes its "shared with you" note. Positions in px from the top of the phone's screen; the share bar is fixed at the bottom.`,
);
out();
out('| lang | scenario | view | font | content ends | bar top | figures | critical warning | problems |');
out('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of screens)
  out(
    `| ${r.lang} | ${r.scenario} | ${r.view} | ${r.scale}× | ${r.contentEnd} | ${r.barTop ?? '-'} | ${r.figures} | ${r.critical ? 'yes' : '-'} | ${r.problems.join('; ') || 'ok'} |`,
  );
out();
out('## Pages and states');
out();
out(
  `Limits: nodes < ${LIMIT.nodes}, depth < ${LIMIT.depth}, children ≤ ${LIMIT.children}; axe violations 0; lowest contrast ≥ 4.5:1 (3:1 large text); ` +
    `tap targets ≥ ${LIMIT.target}×${LIMIT.target} px, primary actions (vant primary buttons, questionnaire options) ≥ ${LIMIT.primaryTarget}×${LIMIT.primaryTarget}; ` +
    `text at ${LIMIT.fontScale}× font neither clipped nor overlapping (light theme; colour does not change layout).`,
);
out();
out(
  '| state | lang | theme | nodes | depth | children | axe | lowest contrast | targets | smallest | smallest primary | 1.3× font | ok |',
);
out('| --- | --- | --- | --: | --: | --: | --: | --: | --: | --- | --- | --: | --- |');
for (const s of states) {
  out(
    `| ${s.state} | ${s.lang} | ${s.theme} | ${s.tree.nodes} | ${s.tree.depth} | ${s.tree.children} | ${s.axe.violations.length} | ` +
      `${s.axe.lowest ? `${s.axe.lowest.ratio}:1` : '-'} | ${s.targets} | ${fmtTarget(s.smallest)} | ${fmtTarget(s.smallestPrimary)} | ` +
      `${s.font ? s.font.length : 'n/a'} | ${s.failures.length ? 'FAIL' : 'ok'} |`,
  );
}
out();
out('## setData per tap');
out();
out(
  `Each tap of the walks: setData calls per page or component instance (vant's own excluded), the largest payload (UTF-8 bytes of its JSON), ` +
    `and keys set that the WXML never reads. Limits: ≤ ${LIMIT.callsPerTap} call per tap; updates ≤ ${kb(LIMIT.bytesPerTap)}; ` +
    `a page's first render (the tap that opens it) is reported, not limited: its data is what it shows. Shown for the light theme (dark taps are measured and checked the same).`,
);
out();
out('| lang | persona | tap | instance | kind | calls | bytes | keys | never read |');
out('| --- | --- | --- | --- | --- | --: | --: | --- | --- |');
for (const s of steps.filter((x) => x.theme === 'light'))
  out(
    `| ${s.lang} | ${s.persona} | ${s.label} | ${s.component} | ${s.kind} | ${s.calls} | ${s.bytes} | ${s.keys.join(', ')} | ${s.redundant.join(', ')} |`,
  );
out();

// Run output, like jest's report: gitignored, rewritten by every run.
const reportFile = path.join(CACHE, 'audit.md');
fs.mkdirSync(CACHE, { recursive: true });
fs.writeFileSync(reportFile, `${lines.join('\n')}\n`);
// The terminal gets everything but the long per-tap table, which is in the report file.
const cut = lines.indexOf('## setData per tap');
console.log(lines.slice(2, cut).join('\n'));
console.log(
  `audit: ${violations === 0 ? 'PASS' : 'FAIL'}, ${violations} violation(s) in ${states.length} states and ${steps.length} taps, ` +
    `${((Date.now() - t0) / 1000).toFixed(1)} s; full tables in ${path.relative(ROOT, reportFile)}`,
);
process.exit(violations ? 1 : 0);
