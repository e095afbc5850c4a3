// Prints the one closing line CI reads, "N passed, N failed": jest's --json report plus the
// browser checks' report (.cache/e2e-results.json). A stage that failed before writing a
// report counts as one failure, so a red run can never print "0 failed".
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

const testExit = Number(process.argv[2] ?? 0);
const read = (name) => {
  const file = path.join(ROOT, '.cache', name);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
};
let passed = 0;
let failed = 0;
const jest = read('jest-results.json');
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites || 0);
}
const e2e = read('e2e-results.json');
if (e2e) {
  passed += e2e.passed;
  failed += e2e.failed;
}
if (testExit !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
