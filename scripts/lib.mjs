// Shared paths and file helpers for the build scripts (Node only; nothing here ships).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = path.join(ROOT, 'miniprogram');
export const DIST = path.join(ROOT, 'dist');
export const VANT_LIB = path.join(ROOT, 'node_modules/@vant/weapp/lib');
export const COMPILER_BIN = path.join(ROOT, 'node_modules/miniprogram-compiler/bin/linux');

/** Every file under dir (relative paths, '/' separators), skipping the named folders. */
export function walk(dir, skip = []) {
  const out = [];
  const visit = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(child)) visit(child);
      } else out.push(child);
    }
  };
  visit('');
  return out.sort();
}

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

/** The npm tarball drops the exec bit of WeChat's compilers; restore it. */
export function makeCompilersExecutable() {
  for (const bin of ['wcc', 'wcsc']) {
    const file = path.join(COMPILER_BIN, bin);
    if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
  }
}
