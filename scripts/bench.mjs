// Rules benchmark (figures, not a timed test): µs per evaluate (median of batches),
// reachable paths and the time to evaluate them all, longest and shortest path in questions.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DIST } from './lib.mjs';

const require = createRequire(import.meta.url);
const { evaluate } = require(path.join(DIST, 'rules/engine.js'));
const { enumeratePaths } = require(path.join(DIST, 'rules/questions.js'));

const GOAL_US = 50;
const GOAL_ALL_MS = 1000;
const GOAL_LONGEST = 8;

const t0 = performance.now();
const paths = enumeratePaths();
const enumerateMs = performance.now() - t0;

// First full pass, cold: what a fresh process pays.
// CPU time too, for context: on a loaded machine wall-clock time includes waiting for a core.
const t1 = performance.now();
const cpu1 = process.cpuUsage();
for (const answers of paths) evaluate(answers);
const cpuCold = process.cpuUsage(cpu1);
const allColdMs = performance.now() - t1;
const allColdCpuMs = (cpuCold.user + cpuCold.system) / 1000;

// Median over batches of mixed inputs (a spread of paths, not one cached answer set).
const sample = paths.filter((_, i) => i % 97 === 0);
const BATCHES = 200;
const perBatch = [];
for (let b = 0; b < BATCHES; b += 1) {
  const start = performance.now();
  for (const answers of sample) evaluate(answers);
  perBatch.push(((performance.now() - start) * 1000) / sample.length);
}
perBatch.sort((x, y) => x - y);
const medianUs = perBatch[Math.floor(perBatch.length / 2)];

const t2 = performance.now();
for (const answers of paths) evaluate(answers);
const allWarmMs = performance.now() - t2;

const lengths = paths.map((p) => Object.keys(p).length);
const longest = Math.max(...lengths);
const shortest = Math.min(...lengths);

const ok = (pass) => (pass ? 'ok' : 'OVER GOAL');
console.log(
  `evaluate: ${medianUs.toFixed(1)} µs median (${BATCHES} batches × ${sample.length} mixed paths; goal ≤ ${GOAL_US}) ${ok(medianUs <= GOAL_US)}`,
);
console.log(
  `paths: ${paths.length} reachable complete answer sets (enumerated in ${enumerateMs.toFixed(0)} ms)`,
);
console.log(
  `all paths: ${allColdMs.toFixed(0)} ms first pass (${allColdCpuMs.toFixed(0)} ms CPU, GC threads included), ${allWarmMs.toFixed(0)} ms warm (goal < ${GOAL_ALL_MS} ms for the first pass) ${ok(allColdMs < GOAL_ALL_MS)}`,
);
console.log(
  `path length: longest ${longest} questions, shortest ${shortest} (goal longest ≤ ${GOAL_LONGEST}) ${ok(longest <= GOAL_LONGEST)}`,
);
const load = os.loadavg()[0];
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs, load average ${load.toFixed(1)}${load > os.cpus().length ? ' (busy machine: wall-clock figures are inflated)' : ''}`,
);
