// Shared paths and file helpers for the build scripts (Node only; nothing here ships). The
// compiler helpers live with the preview, which needs them and must not import scripts/.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../preview/toolchain.mjs';

export { COMPILER_BIN, ROOT, makeCompilersExecutable, walk } from '../preview/toolchain.mjs';
export const SRC = path.join(ROOT, 'miniprogram');
export const DIST = path.join(ROOT, 'dist');
/** Everything a run writes (reports, screenshots, compiled helpers): gitignored, safe to delete. */
export const CACHE = path.join(ROOT, '.cache');
export const VANT_LIB = path.join(ROOT, 'node_modules/@vant/weapp/lib');

/** Copies vant's CommonJS lib/ (what DevTools' "build npm" copies) into <root>/miniprogram_npm. */
export function copyVant(intoRoot) {
  const target = path.join(intoRoot, 'miniprogram_npm/@vant/weapp');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(VANT_LIB, target, {
    recursive: true,
    filter: (src) => !src.endsWith('.d.ts'),
  });
  return target;
}
