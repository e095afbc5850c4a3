/**
 * Scenario fixtures (shared/DESIGN.md): a persona's answers and a subset of the expected result.
 * Shared by the jest runner and `npm run scenarios`, so both judge a file the same way.
 */
import { evaluate } from './engine';
import type { Evaluation } from './types';

export interface ScenarioExpect {
  type?: string;
  route?: string;
  warnings?: string[];
  companions?: string[];
}

export interface Scenario {
  name: string;
  answers: unknown;
  expect: ScenarioExpect;
}

export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; problem: string };

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks the file's shape (not its answers: bad answers are a failing case, not a bad file). */
export function parseScenario(json: unknown): ParsedScenario {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: 'not a JSON object' };
  }
  const o = json as Record<string, unknown>;
  if (typeof o.name !== 'string') return { ok: false, problem: '"name" must be a string' };
  if (typeof o.answers !== 'object' || o.answers === null || Array.isArray(o.answers)) {
    return { ok: false, problem: '"answers" must be an object' };
  }
  if (typeof o.expect !== 'object' || o.expect === null || Array.isArray(o.expect)) {
    return { ok: false, problem: '"expect" must be an object' };
  }
  const e = o.expect as Record<string, unknown>;
  for (const field of ['type', 'route'] as const) {
    if (e[field] !== undefined && typeof e[field] !== 'string') {
      return { ok: false, problem: `"expect.${field}" must be a string` };
    }
  }
  for (const field of ['warnings', 'companions'] as const) {
    if (e[field] !== undefined && !isStringList(e[field])) {
      return { ok: false, problem: `"expect.${field}" must be a list of strings` };
    }
  }
  return { ok: true, scenario: { name: o.name, answers: o.answers, expect: e as ScenarioExpect } };
}

export interface ScenarioOutcome {
  pass: boolean;
  /** One line per mismatch: what was expected and what came out. */
  mismatches: string[];
  actual: { type?: string; route?: string; warnings: string[]; companions: string[]; error?: string };
}

/** Subset match: type and route equal when given; each listed warning and companion present. */
export function matchScenario(scenario: Scenario): ScenarioOutcome {
  const result: Evaluation = evaluate(scenario.answers);
  const expect = scenario.expect;
  if (!result.ok) {
    return {
      pass: false,
      mismatches: [
        `answers rejected: ${result.error.code}${result.error.questionId ? ` (${result.error.questionId})` : ''}`,
      ],
      actual: { warnings: [], companions: [], error: result.error.code },
    };
  }
  const actual = {
    type: result.type,
    route: result.route,
    warnings: result.warnings.map((w): string => w.id),
    companions: result.companions.map((c): string => c.type),
  };
  const mismatches: string[] = [];
  if (expect.type !== undefined && expect.type !== actual.type) {
    mismatches.push(`type: expected ${expect.type}, got ${actual.type}`);
  }
  if (expect.route !== undefined && expect.route !== actual.route) {
    mismatches.push(`route: expected ${expect.route}, got ${actual.route}`);
  }
  const missingWarnings = (expect.warnings ?? []).filter((id) => !actual.warnings.includes(id));
  if (missingWarnings.length) {
    mismatches.push(
      `warnings: missing ${missingWarnings.join(', ')}; got ${actual.warnings.join(', ') || '(none)'}`,
    );
  }
  const missingCompanions = (expect.companions ?? []).filter((id) => !actual.companions.includes(id));
  if (missingCompanions.length) {
    mismatches.push(
      `companions: missing ${missingCompanions.join(', ')}; got ${actual.companions.join(', ') || '(none)'}`,
    );
  }
  return { pass: mismatches.length === 0, mismatches, actual };
}
