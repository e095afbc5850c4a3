/** Runs every persona in test/scenarios through the engine (subset match, shared with `npm run scenarios`). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recommend } from '../../miniprogram/rules/engine';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import { CONTRACT_ROUTES, CONTRACT_TYPES, CONTRACT_WARNINGS } from '../helpers/personas';
import { readScenarioDir } from '../support/scenario-files';
import { matchScenario, parseScenario } from '../support/scenario-match';
import type { Scenario } from '../support/scenario-match';

const read = readScenarioDir(path.resolve(__dirname, '../scenarios'));
if (!read.ok) throw new Error(`test/scenarios: ${JSON.stringify(read.problem)}`);
const files = read.scenarios.map((s) => s.file);
const scenarios: [string, Scenario][] = read.scenarios.map((s) => [s.file, s.scenario]);

describe('scenario fixtures', () => {
  it('has at least 45 personas, at least two on every route', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    const perRoute = new Map<string, number>();
    for (const [, s] of scenarios) {
      const route = matchScenario(s).actual.route ?? 'error';
      perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
    }
    for (const route of CONTRACT_ROUTES)
      expect([route, (perRoute.get(route) ?? 0) >= 2]).toEqual([route, true]);
  });

  it('say what must not show, too: every contract warning is named present somewhere and absent somewhere', () => {
    const absent = new Set(scenarios.flatMap(([, s]) => s.expect.absent_warnings ?? []));
    const missing = CONTRACT_WARNINGS.filter((id) => !absent.has(id));
    expect(missing).toEqual([]);
    expect(scenarios.some(([, s]) => (s.expect.absent_companions ?? []).length > 0)).toBe(true);
  });

  it.each(scenarios)('%s', (_file, scenario) => {
    expect(matchScenario(scenario).mismatches).toEqual([]);
  });

  it('between them reach every type, route and contract warning', () => {
    const outcomes = scenarios.map(([, s]) => matchScenario(s).actual);
    const expected = scenarios.map(([, s]) => s.expect);
    expect(new Set(outcomes.map((o) => o.type))).toEqual(new Set(CONTRACT_TYPES));
    expect(new Set(expected.map((e) => e.route).filter(Boolean))).toEqual(new Set(CONTRACT_ROUTES));
    const named = new Set(expected.flatMap((e) => e.warnings ?? []));
    // Every warning the engine can give on some path is named by at least one persona.
    const possible = new Set(enumeratePaths().flatMap((p) => recommend(p).warnings.map((w) => w.id)));
    expect([...possible].filter((id) => !named.has(id))).toEqual([]);
    for (const id of CONTRACT_WARNINGS) {
      expect([id, named.has(id)]).toEqual([id, true]);
    }
  });

  it('reports a mismatch as expected vs actual', () => {
    const outcome = matchScenario({
      name: 'wrong on purpose',
      answers: { entity: 'individual', location: 'mainland' },
      expect: { type: 'service', route: 'overseas_licence', warnings: ['third_party_ownership'] },
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.mismatches).toEqual([
      'type: expected service, got subscription',
      'route: expected overseas_licence, got personal_id',
      expect.stringMatching(/^warnings: missing third_party_ownership; got type_permanent/),
    ]);
  });

  it('fails a persona whose answers are invalid, naming the problem', () => {
    const outcome = matchScenario({ name: 'bad', answers: { entity: 'robot' }, expect: {} });
    expect(outcome.pass).toBe(false);
    expect(outcome.mismatches[0]).toBe('answers rejected: unknown_option (entity)');
  });

  it('rejects malformed files', () => {
    expect(parseScenario([]).ok).toBe(false);
    expect(parseScenario({ name: 'x', answers: {} })).toEqual({
      ok: false,
      problem: '"expect" must be an object',
    });
    expect(parseScenario({ name: 'x', answers: {}, expect: { warnings: 'type_permanent' } })).toEqual({
      ok: false,
      problem: '"expect.warnings" must be a list of strings',
    });
  });

  it('rejects an absent_* list that is not a list of strings, or names an id also required', () => {
    const file = (expect: unknown) => ({ name: 'x', answers: {}, expect });
    expect(parseScenario(file({ absent_warnings: 'type_permanent' }))).toEqual({
      ok: false,
      problem: '"expect.absent_warnings" must be a list of strings',
    });
    expect(parseScenario(file({ absent_companions: [1] }))).toEqual({
      ok: false,
      problem: '"expect.absent_companions" must be a list of strings',
    });
    expect(
      parseScenario(file({ warnings: ['type_permanent'], absent_warnings: ['type_permanent'] })),
    ).toEqual({
      ok: false,
      problem: '"expect.warnings" and "expect.absent_warnings" both name type_permanent',
    });
  });
});

describe('absent_warnings and absent_companions', () => {
  // A mainland company that publishes and runs a team chat: subscription, local licence, WeCom beside it.
  const company = { entity: 'company', location: 'mainland', goals: ['publish', 'internal_team'] };
  const run = (expect: Scenario['expect']) => matchScenario({ name: 'absent', answers: company, expect });

  it('pass when none of the ids is on the result', () => {
    const outcome = run({
      absent_warnings: ['personal_cannot_verify', 'third_party_ownership'],
      absent_companions: ['service'],
    });
    expect(outcome.mismatches).toEqual([]);
    expect(outcome.pass).toBe(true);
  });

  it('fail naming each id that is present, beside what the result has', () => {
    const outcome = run({
      absent_warnings: ['type_permanent', 'third_party_ownership'],
      absent_companions: ['wecom'],
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.mismatches).toEqual([
      expect.stringMatching(/^warnings: unexpected type_permanent; got .*type_permanent/),
      'companions: unexpected wecom; got wecom',
    ]);
  });

  it('are parsed from a file and kept', () => {
    const parsed = parseScenario({
      name: 'x',
      answers: {},
      expect: {
        absent_warnings: ['a'],
        absent_companions: ['wecom'],
        note: 'fields not named are not checked',
      },
    });
    expect(parsed).toEqual({
      ok: true,
      scenario: { name: 'x', answers: {}, expect: { absent_warnings: ['a'], absent_companions: ['wecom'] } },
    });
  });
});

describe('reading a scenario folder', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oan-scenarios-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const persona = (name: string) =>
    JSON.stringify({
      name,
      answers: { entity: 'individual', location: 'mainland' },
      expect: { type: 'subscription' },
    });
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is an error when the folder holds no scenario file', () => {
    const dir = folder({ 'notes.txt': 'not a scenario' });
    expect(readScenarioDir(dir)).toEqual({ ok: false, problem: { kind: 'empty_dir', dir } });
  });

  it('is an error when the folder does not exist', () => {
    const dir = path.join(folder({}), 'missing');
    const read = readScenarioDir(dir);
    expect(read.ok ? 'read' : read.problem.kind).toBe('unreadable_dir');
  });

  it('counts .json in any case, sorted by name, and accepts a byte-order mark', () => {
    const dir = folder({
      'b.JSON': persona('upper'),
      'a.json': persona('lower'),
      'c.Json': `\uFEFF${persona('bom')}`,
    });
    const read = readScenarioDir(dir);
    expect(read.ok && read.scenarios.map((s) => [s.file, s.scenario.name])).toEqual([
      ['a.json', 'lower'],
      ['b.JSON', 'upper'],
      ['c.Json', 'bom'],
    ]);
  });

  it('names the file that is not JSON, or not a scenario', () => {
    const broken = folder({ 'ok.json': persona('fine'), 'z.json': '{ "name": ' });
    const notJson = readScenarioDir(broken);
    expect(
      notJson.ok ? 'read' : [notJson.problem.kind, 'file' in notJson.problem && notJson.problem.file],
    ).toEqual(['unreadable_file', path.join(broken, 'z.json')]);
    const invalid = folder({
      'x.json': JSON.stringify({ name: 'x', answers: {}, expect: { absent_warnings: 'a' } }),
    });
    expect(readScenarioDir(invalid)).toEqual({
      ok: false,
      problem: {
        kind: 'invalid_file',
        file: path.join(invalid, 'x.json'),
        detail: '"expect.absent_warnings" must be a list of strings',
      },
    });
  });
});
