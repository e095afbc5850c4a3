// `npm run e2e`: the browser preview driven in Debian's Chromium by playwright-core. Builds,
// then runs with node's test runner, one file after the other (each starts and closes its own
// preview and browser), the checks of scripts/e2e/checks.mjs and issue 14's five user walks of
// scripts/e2e/walks.mjs ("walk: ..."), and writes their totals to .cache/e2e-results.json
// (CI's closing "N passed, N failed" adds them to jest's).
// Screenshots of what the checks saw go to .cache/e2e/screenshots/ (README pictures: `npm run screenshots`).
// Flags: --no-build (reuse dist/), --no-screenshots, --if-available (skip with exit 0 when
// Chromium is missing, except when CI is set), --only=<part of a check's name>.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { CACHE, DIST as BUILD, ROOT } from './lib.mjs';
import { privateCopy, requireChromium } from './preview-browser.mjs';

const args = new Set(process.argv.slice(2));
const t0 = Date.now();
const HERE = path.dirname(fileURLToPath(import.meta.url));
const FILES = [path.join(HERE, 'e2e/checks.mjs'), path.join(HERE, 'e2e/walks.mjs')];
const SHOTS = path.join(CACHE, 'e2e/screenshots');

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
// PREVIEW_DIST serves another build folder (used while developing the preview itself).
const source = process.env.PREVIEW_DIST ? path.resolve(process.env.PREVIEW_DIST) : BUILD;
if (!fs.existsSync(path.join(source, 'app.json'))) {
  console.error(`e2e: no build in ${source}; run \`npm run build\` (or drop --no-build)`);
  process.exit(1);
}
const buildMs = Date.now() - t0;
// The checks serve a private copy of the build, so a rebuild of dist/ meanwhile cannot pull files away.
process.env.E2E_DIST = privateCopy(source, 'oa-e2e-dist-');
process.env.E2E_SHOTS = args.has('--no-screenshots') ? '' : SHOTS;
fs.rmSync(SHOTS, { recursive: true, force: true });

const only = [...args].find((a) => a.startsWith('--only='));
const stream = run({
  files: FILES,
  concurrency: 1,
  testNamePatterns: only ? [new RegExp(only.slice(7).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))] : undefined,
});
const results = [];
// Top-level checks only; a check left out by --only is reported as skipped, not passed.
stream.on('test:pass', (e) => {
  if (e.nesting === 0 && !e.skip)
    results.push({ name: e.name, ok: true, ms: Math.round(e.details.duration_ms) });
});
stream.on('test:fail', (e) => {
  if (e.nesting === 0) results.push({ name: e.name, ok: false, ms: Math.round(e.details.duration_ms) });
});
await new Promise((resolve, reject) => {
  const out = stream.compose(spec);
  out.on('end', resolve);
  out.on('error', reject);
  out.pipe(process.stdout, { end: false });
});

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
fs.mkdirSync(CACHE, { recursive: true });
fs.writeFileSync(
  path.join(CACHE, 'e2e-results.json'),
  JSON.stringify({ passed, failed, tests: results }, null, 2),
);
const shots = fs.existsSync(SHOTS) ? fs.readdirSync(SHOTS).length : 0;
console.log(
  `e2e: ${passed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s ` +
    `(build ${buildMs} ms); ${shots} screenshots in ${path.relative(ROOT, SHOTS)}/`,
);
process.exit(failed || results.length === 0 ? 1 : 0);
