// What the browser test files (checks.mjs, walks.mjs) share: the build they check, its compiled
// rules and texts, the scenario personas, one preview and one Chromium per file, and the rule that
// a page error, console error or request off the machine fails the test it happened in.
// Environment (set by scripts/e2e.mjs): E2E_DIST the build to serve, E2E_SHOTS where to write
// screenshots ('' for none).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, afterEach, before } from 'node:test';
import { startPreview } from '../../preview/server.mjs';
import { readTestScenarios } from '../compile-ts.mjs';
import * as phone from '../phone.mjs';
import { launchChromium } from '../preview-browser.mjs';

export const DIST = process.env.E2E_DIST;
export const SHOTS = process.env.E2E_SHOTS || '';
assert.ok(DIST, 'E2E_DIST is not set: run the browser checks with `npm run e2e`');

/** A module of the build the preview serves: what the person should see comes from the same code. */
export const requireDist = createRequire(path.join(DIST, 'app.js'));

export const locale = (lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

let scenarios;
/** A persona of test/scenarios by its file name. */
export function scenario(file) {
  scenarios ??= readTestScenarios('e2e');
  const found = scenarios.find((s) => s.file === file);
  assert.ok(found, `test/scenarios/${file} is missing`);
  return found.scenario;
}

/** The answers the person gave to the questions they were asked (the rest of the file is off their path). */
export function answersGiven(persona, asked) {
  const answers = {};
  for (const id of asked) if (id in persona.answers) answers[id] = persona.answers[id];
  return answers;
}

/** The engine's recommendation for these answers, checked against the type and route the scenario expects. */
export function recommendFor(persona, answers) {
  const rec = requireDist('./rules/engine.js').recommend(answers);
  const { expect } = persona;
  if (expect.type) assert.equal(rec.type, expect.type, `engine: ${persona.name} type`);
  if (expect.route) assert.equal(rec.route, expect.route, `engine: ${persona.name} route`);
  return rec;
}

export async function screenshot(locator, name) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await locator.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/**
 * One preview of the build and one Chromium for the calling test file (node:test hooks), and
 * fresh phones on them. `port`: a fixed port when it is free (a screenshot that shows the link
 * stays the same), else any free port. After each test, any problem a phone saw fails it.
 */
export function useBrowser({ port = 0 } = {}) {
  const problems = [];
  let preview;
  let browser;
  before(async () => {
    preview = await startPreview({ root: DIST, port }).catch((error) => {
      if (!port) throw error;
      return startPreview({ root: DIST, port: 0 });
    });
    browser = await launchChromium();
    console.log(`e2e: preview at ${preview.url}, Chromium ${browser.version()}`);
  });
  after(async () => {
    await browser?.close();
    await preview?.close();
  });
  afterEach(() => {
    const seen = [...new Set(problems.splice(0))].map((p) => p.split('\n').slice(0, 4).join('\n'));
    assert.deepEqual(seen, [], 'page errors, console errors or requests outside the preview');
  });
  return {
    get url() {
      return preview.url;
    },
    newPhone: (options) => phone.newPhone(browser, preview.url, problems, options),
  };
}
