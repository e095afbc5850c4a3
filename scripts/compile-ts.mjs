// Runs TypeScript that lives outside the mini program (the scenario runner under test/support)
// or inside it (the rules, for the CLIs) from a Node script, without a dist/ build: esbuild
// bundles the entry and what it imports into one CommonJS file under .cache/node/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE, ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);

/** A bundle is reused while its source text is the same and none of its inputs changed since. */
function fresh(out, manifestFile, source) {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.source !== source) return false;
    const built = fs.statSync(out).mtimeMs;
    return manifest.inputs.every((input) => fs.statSync(path.join(ROOT, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** Writes beside the target and renames, so parallel runs (jest workers) never read half a file. */
function replace(file, write) {
  const tmp = `${file}.${process.pid}.tmp`;
  write(tmp);
  fs.renameSync(tmp, file);
}

/**
 * Bundles `entry` (a .ts path from the repository root, or TypeScript source when `contents` is
 * given) and loads it.
 */
export function loadTs(name, { entry, contents } = {}) {
  const out = path.join(CACHE, 'node', `${name}.cjs`);
  const manifestFile = path.join(CACHE, 'node', `${name}.inputs.json`);
  const source = contents ?? entry;
  if (!fresh(out, manifestFile, source)) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    let inputs = [];
    replace(out, (tmp) => {
      // Loaded only to rebuild: importing esbuild costs a quarter of a second on every run.
      const result = require('esbuild').buildSync({
        ...(contents
          ? { stdin: { contents, resolveDir: ROOT, sourcefile: `${name}.ts`, loader: 'ts' } }
          : { entryPoints: [path.join(ROOT, entry)] }),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        outfile: tmp,
        metafile: true,
        logLevel: 'error',
        absWorkingDir: ROOT,
      });
      inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('<stdin>'));
    });
    replace(manifestFile, (tmp) => fs.writeFileSync(tmp, JSON.stringify({ source, inputs })));
  }
  return require(out);
}

/** The scenario runner of test/support (parse, match, read a folder), as jest uses it. */
export const loadScenarioSupport = () =>
  loadTs('scenarios', {
    contents: [
      "export { matchScenario, parseScenario } from './test/support/scenario-match';",
      "export { describeProblem, readScenarioDir } from './test/support/scenario-files';",
    ].join('\n'),
  });

/**
 * The scenario fixtures of test/scenarios as { file, scenario }, for scripts that walk them as
 * personas; `who` names the script in the error when the folder cannot be read or a file is invalid.
 */
export function readTestScenarios(who) {
  const read = loadScenarioSupport().readScenarioDir(path.join(ROOT, 'test/scenarios'));
  if (!read.ok) throw new Error(`${who}: test/scenarios: ${JSON.stringify(read.problem)}`);
  return read.scenarios;
}
