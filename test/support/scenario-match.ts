/**
 * Scenario fixtures (shared/DESIGN.md): a persona's answers and a subset of the expected result.
 * Shared by the jest runner and `npm run scenarios`, so both judge a file the same way. It lives
 * outside miniprogram/ because only tests and scripts use it: WeChat must not upload it.
 */
import { evaluate } from '../../miniprogram/rules/engine';
import type { Evaluation } from '../../miniprogram/rules/types';

export interface ScenarioExpect {
  type?: string;
  route?: string;
  warnings?: string[];
  companions?: string[];
  /** Warning ids that must NOT be on the result. */
  absent_warnings?: string[];
  /** Companion account types that must NOT be recommended. */
  absent_companions?: string[];
}

export interface Scenario {
  name: string;
  answers: unknown;
  expect: ScenarioExpect;
}

export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; problem: string };

const STRING_FIELDS = ['type', 'route'] as const;
const LIST_FIELDS = ['warnings', 'companions', 'absent_warnings', 'absent_companions'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks the file's shape (not its answers: bad answers are a failing case, not a bad file). */
export function parseScenario(json: unknown): ParsedScenario {
  if (!isObject(json)) return { ok: false, problem: 'not a JSON object' };
  if (typeof json.name !== 'string') return { ok: false, problem: '"name" must be a string' };
  if (!isObject(json.answers)) return { ok: false, problem: '"answers" must be an object' };
  const e = json.expect;
  if (!isObject(e)) return { ok: false, problem: '"expect" must be an object' };
  const expect: ScenarioExpect = {};
  for (const field of STRING_FIELDS) {
    const value = e[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { ok: false, problem: `"expect.${field}" must be a string` };
    expect[field] = value;
  }
  for (const field of LIST_FIELDS) {
    const value = e[field];
    if (value === undefined) continue;
    if (!isStringList(value)) return { ok: false, problem: `"expect.${field}" must be a list of strings` };
    expect[field] = value;
  }
  // An id both required and forbidden can never pass: that is a mistake in the file, not a failing case.
  for (const [present, absent] of [
    ['warnings', 'absent_warnings'],
    ['companions', 'absent_companions'],
  ] as const) {
    const both = (expect[present] ?? []).filter((id) => (expect[absent] ?? []).includes(id));
    if (both.length) {
      return {
        ok: false,
        problem: `"expect.${present}" and "expect.${absent}" both name ${both.join(', ')}`,
      };
    }
  }
  return { ok: true, scenario: { name: json.name, answers: json.answers, expect } };
}

export interface ScenarioActual {
  type?: string;
  route?: string;
  warnings: string[];
  companions: string[];
  error?: string;
}

export interface ScenarioOutcome {
  pass: boolean;
  /** One line per mismatch: what was expected and what came out. */
  mismatches: string[];
  actual: ScenarioActual;
}

const listed = (ids: string[]) => ids.join(', ') || '(none)';

/**
 * Subset match: type and route equal when given; each listed warning and companion present;
 * each id under absent_warnings / absent_companions missing.
 */
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
  const actual: ScenarioActual = {
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
  for (const kind of ['warnings', 'companions'] as const) {
    const got = actual[kind];
    const missing = (expect[kind] ?? []).filter((id) => !got.includes(id));
    if (missing.length) mismatches.push(`${kind}: missing ${missing.join(', ')}; got ${listed(got)}`);
    const unwanted = (expect[`absent_${kind}`] ?? []).filter((id) => got.includes(id));
    if (unwanted.length) mismatches.push(`${kind}: unexpected ${unwanted.join(', ')}; got ${listed(got)}`);
  }
  return { pass: mismatches.length === 0, mismatches, actual };
}
