// Runs scenario files (shared/DESIGN.md format) against the built engine.
// SCENARIOS_DIR=/some/dir npm run scenarios  -> only that directory (default: test/scenarios).
// Exit 0 all pass, 1 any failure, 2 an unreadable or invalid file (named on stderr).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIST, ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);
const { matchScenario, parseScenario } = require(path.join(DIST, 'rules/scenario-match.js'));

const dir = path.resolve(process.env.SCENARIOS_DIR || path.join(ROOT, 'test/scenarios'));

let files;
try {
  files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
} catch (error) {
  console.error(`scenarios: cannot read directory ${dir}: ${error.message}`);
  process.exit(2);
}

const scenarios = [];
for (const file of files) {
  const full = path.join(dir, file);
  let json;
  try {
    json = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (error) {
    console.error(`scenarios: ${full}: unreadable or not JSON (${error.message})`);
    process.exit(2);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    console.error(`scenarios: ${full}: invalid scenario: ${parsed.problem}`);
    process.exit(2);
  }
  scenarios.push({ file, scenario: parsed.scenario });
}

let passed = 0;
let failed = 0;
for (const { file, scenario } of scenarios) {
  const outcome = matchScenario(scenario);
  if (outcome.pass) {
    passed += 1;
    continue;
  }
  failed += 1;
  const e = scenario.expect;
  const a = outcome.actual;
  console.log(`FAIL ${file}: ${scenario.name}`);
  for (const line of outcome.mismatches) console.log(`  ${line}`);
  console.log(
    `  expected: ${JSON.stringify({ type: e.type, route: e.route, warnings: e.warnings, companions: e.companions })}`,
  );
  console.log(
    `  actual:   ${JSON.stringify(a.error ? { error: a.error } : { type: a.type, route: a.route, warnings: a.warnings, companions: a.companions })}`,
  );
}
if (files.length === 0) console.log(`(no .json files in ${dir})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
