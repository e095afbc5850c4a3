// Prints the one closing line CI reads, from jest's --json report: "N passed, N failed".
// A stage that failed before jest wrote its report counts as one failure.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

const report = path.join(ROOT, '.cache/jest-results.json');
const testExit = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites || 0);
}
if (testExit !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
