/** Runs every persona in test/scenarios through the engine (subset match, shared with `npm run scenarios`). */
import fs from 'node:fs';
import path from 'node:path';
import { recommend } from '../../miniprogram/rules/engine';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import { matchScenario, parseScenario } from '../../miniprogram/rules/scenario-match';
import type { Scenario } from '../../miniprogram/rules/scenario-match';
import { CONTRACT_ROUTES, CONTRACT_TYPES, CONTRACT_WARNINGS } from '../helpers/personas';

const DIR = path.resolve(__dirname, '../scenarios');
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

const scenarios: [string, Scenario][] = files.map((file) => {
  const parsed = parseScenario(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problem}`);
  return [file, parsed.scenario];
});

describe('scenario fixtures', () => {
  it('has at least 20 personas', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
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
});
