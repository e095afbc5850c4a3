// What the browser checks (e2e, audit) share: where Chromium is, what happens when it is
// missing, a private copy of the build to serve, and how Chromium is launched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Exits when Chromium is missing: with 0 and a loud message under --if-available outside CI
 * (a laptop running `npm test`), else with 1.
 */
export function requireChromium(name, args) {
  if (fs.existsSync(CHROMIUM)) return;
  const how = `Install Debian's chromium (apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.`;
  if (args.has('--if-available') && !process.env.CI) {
    console.log(`${name}: SKIPPED: Chromium not found at ${CHROMIUM}. ${how}`);
    process.exit(0);
  }
  console.error(`${name}: Chromium not found at ${CHROMIUM}. ${how}`);
  process.exit(1);
}

/** A private copy of the build, removed at exit, so a rebuild of dist/ meanwhile cannot pull files away. */
export function privateCopy(source, prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(source, dir, { recursive: true });
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Headless Chromium; playwright gives it a fresh temporary profile of its own. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
