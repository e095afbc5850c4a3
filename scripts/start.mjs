// `npm start`: builds the mini program (the same dist/ DevTools opens), then serves it in a
// browser preview on http://127.0.0.1:${PORT:-5173}: WXML compiled by WeChat's wcc, the
// compiled TypeScript and @vant/weapp, run by miniprogram-simulate inside a phone frame.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startPreview } from '../preview/server.mjs';
import { DIST, ROOT } from './lib.mjs';

const started = Date.now();
execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });

const port = Number(process.env.PORT || 5173);
try {
  const preview = await startPreview({ root: DIST, port, log: (line) => console.log(line) });
  console.log(`
OA Navigator is running at ${preview.url}  (started in ${Date.now() - started} ms; Ctrl+C stops it)
The toolbar switches the system language and light/dark; the ··· capsule shares the page.
WeChat DevTools can open the same build: Import project -> ${ROOT} (project.config.json points at dist/).`);
} catch (err) {
  if (err && err.code === 'EADDRINUSE') {
    console.error(`start: port ${port} is taken; try PORT=${port + 1} npm start`);
  } else {
    console.error(err && err.stack ? err.stack : err);
  }
  process.exit(1);
}
