/**
 * Reads a folder of scenario files (shared/DESIGN.md) for jest, `npm run scenarios`, the browser
 * checks and the audit, so that every reader agrees on which files count and what is wrong with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseScenario } from './scenario-match';
import type { Scenario } from './scenario-match';

export interface ScenarioFile {
  file: string;
  scenario: Scenario;
}

/** What makes a folder unusable; the runner exits 2 on any of these. */
export type ScenarioDirProblem =
  | { kind: 'unreadable_dir'; dir: string; detail: string }
  | { kind: 'empty_dir'; dir: string }
  | { kind: 'unreadable_file'; file: string; detail: string }
  | { kind: 'invalid_file'; file: string; detail: string };

export type ScenarioDir =
  { ok: true; scenarios: ScenarioFile[] } | { ok: false; problem: ScenarioDirProblem };

/** A scenario file is any *.json, whatever the case of its extension (files come from other systems). */
export const isScenarioFile = (name: string): boolean => /\.json$/i.test(name);

/** Parses every scenario file in dir, sorted by name; stops at the first problem. */
export function readScenarioDir(dir: string): ScenarioDir {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isScenarioFile(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable_dir', dir, detail: (error as Error).message } };
  }
  // No case found is not a pass: a wrong SCENARIOS_DIR would otherwise look green.
  if (names.length === 0) return { ok: false, problem: { kind: 'empty_dir', dir } };
  const scenarios: ScenarioFile[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      // A byte-order mark is legal in a UTF-8 file and JSON.parse rejects it: drop it first.
      json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, problem: { kind: 'unreadable_file', file, detail: (error as Error).message } };
    }
    const parsed = parseScenario(json);
    if (!parsed.ok) return { ok: false, problem: { kind: 'invalid_file', file, detail: parsed.problem } };
    scenarios.push({ file: name, scenario: parsed.scenario });
  }
  return { ok: true, scenarios };
}

/** One line for a person reading the terminal. */
export function describeProblem(problem: ScenarioDirProblem): string {
  switch (problem.kind) {
    case 'unreadable_dir':
      return `cannot read directory ${problem.dir}: ${problem.detail}`;
    case 'empty_dir':
      return `no scenario file (*.json) in ${problem.dir}: nothing was checked`;
    case 'unreadable_file':
      return `${problem.file}: unreadable or not JSON (${problem.detail})`;
    case 'invalid_file':
      return `${problem.file}: invalid scenario: ${problem.detail}`;
  }
}
