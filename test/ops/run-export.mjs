/* global process */
// Calls one export of a repository script module (ESM, which jest's CommonJS cannot import) with
// each argument list given as JSON, and prints the results as JSON: lets jest test pure functions.
//   node test/ops/run-export.mjs <module> <export> '[[...args], [...args]]'
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, exportName, calls] = process.argv.slice(2);
const mod = await import(pathToFileURL(path.resolve(modulePath)).href);
if (typeof mod[exportName] !== 'function') throw new Error(`${modulePath} exports no function ${exportName}`);
const results = [];
for (const args of JSON.parse(calls)) results.push(await mod[exportName](...args));
process.stdout.write(JSON.stringify(results));
