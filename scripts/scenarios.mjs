// Runs scenario files (shared/DESIGN.md format) against the rules engine, compiled from source.
// SCENARIOS_DIR=/some/dir npm run scenarios  -> only that directory (default: test/scenarios).
// Exit 0 all pass, 1 any failure, 2 no scenario file, or an unreadable or invalid one (named on stderr).
import path from 'node:path';
import { loadScenarioSupport } from './compile-ts.mjs';
import { ROOT } from './lib.mjs';

const { describeProblem, matchScenario, readScenarioDir } = loadScenarioSupport();

const dir = path.resolve(process.env.SCENARIOS_DIR || path.join(ROOT, 'test/scenarios'));
const read = readScenarioDir(dir);
if (!read.ok) {
  console.error(`scenarios: ${describeProblem(read.problem)}`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
for (const { file, scenario } of read.scenarios) {
  const outcome = matchScenario(scenario);
  if (outcome.pass) {
    passed += 1;
    continue;
  }
  failed += 1;
  const a = outcome.actual;
  console.log(`FAIL ${file}: ${scenario.name}`);
  for (const line of outcome.mismatches) console.log(`  ${line}`);
  console.log(`  expected: ${JSON.stringify(scenario.expect)}`);
  console.log(
    `  actual:   ${JSON.stringify(a.error ? { error: a.error } : { type: a.type, route: a.route, warnings: a.warnings, companions: a.companions })}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
