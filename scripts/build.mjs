// Offline build of what DevTools opens (project.config.json miniprogramRoot = dist/):
// TypeScript compiled by tsc, WXML/WXSS/WXS/JSON/images copied, vant in miniprogram_npm.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT, SRC, copyVant, walk } from './lib.mjs';

const COPY = /\.(wxml|wxss|wxs|json|png|jpg|jpeg|svg|gif)$/;
const quiet = process.argv.includes('--quiet');
const started = Date.now();

fs.rmSync(DIST, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
let copied = 0;
for (const rel of walk(SRC, ['miniprogram_npm'])) {
  if (!COPY.test(rel)) continue;
  fs.mkdirSync(path.dirname(path.join(DIST, rel)), { recursive: true });
  fs.copyFileSync(path.join(SRC, rel), path.join(DIST, rel));
  copied += 1;
}
copyVant(DIST);
if (!quiet) {
  console.log(
    `build: dist/ ready in ${Date.now() - started} ms (${copied} view files + compiled TypeScript + vant)`,
  );
}
