// Runs TypeScript that lives outside the mini program (the scenario runner under test/support)
// or inside it (the rules, for the CLIs) from a Node script, without a dist/ build: esbuild
// bundles the entry and what it imports into one CommonJS file under .cache/node/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { CACHE, ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);

/**
 * Bundles `entry` (a .ts path from the repository root, or TypeScript source when `contents` is
 * given) and loads it. Written to a temporary name and renamed, so runs in parallel (jest workers)
 * never read a half-written file.
 */
export function loadTs(name, { entry, contents } = {}) {
  const out = path.join(CACHE, 'node', `${name}.cjs`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  buildSync({
    ...(contents
      ? { stdin: { contents, resolveDir: ROOT, sourcefile: `${name}.ts`, loader: 'ts' } }
      : { entryPoints: [path.join(ROOT, entry)] }),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: tmp,
    logLevel: 'error',
  });
  fs.renameSync(tmp, out);
  return require(out);
}
