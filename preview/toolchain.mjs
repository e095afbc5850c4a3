// Where the repository and WeChat's compilers are, and the file walk that feeds them. The
// preview needs these to compile WXML; the build scripts use them too, through scripts/lib.mjs
// (scripts may import the preview, never the other way round).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

/** The npm tarball drops the exec bit of WeChat's compilers; restore it. */
export function makeCompilersExecutable() {
  for (const bin of ['wcc', 'wcsc']) {
    const file = path.join(COMPILER_BIN, bin);
    if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
  }
}
