// Compiles every WXML/WXS and WXSS of the mini program with WeChat's own wcc and wcsc
// (from the miniprogram-compiler package); any compiler error fails the check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COMPILER_BIN, SRC, copyVant, makeCompilersExecutable, walk } from './lib.mjs';

makeCompilersExecutable();
if (!fs.existsSync(path.join(SRC, 'miniprogram_npm/@vant/weapp'))) copyVant(SRC);

const files = walk(SRC);
const wxml = files.filter((f) => f.endsWith('.wxml') || f.endsWith('.wxs'));
const wxss = files.filter((f) => f.endsWith('.wxss'));

function run(bin, args) {
  const res = spawnSync(path.join(COMPILER_BIN, bin), args, {
    cwd: SRC,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) {
    console.error(`compile-check: ${bin} failed (exit ${res.status})\n${res.stderr || res.stdout}`);
    process.exit(1);
  }
}

const started = Date.now();
run('wcc', ['-d', ...wxml, '-gn', '$gwx']);
run('wcsc', ['-db', '-pc', String(wxss.length), ...wxss]);
const ours = (list) => list.filter((f) => !f.startsWith('miniprogram_npm/')).length;
console.log(
  `compile-check: wcc ${wxml.length} WXML/WXS (${ours(wxml)} ours), wcsc ${wxss.length} WXSS (${ours(wxss)} ours): OK in ${Date.now() - started} ms`,
);
