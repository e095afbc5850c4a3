/**
 * @jest-environment node
 *
 * `npm run facts` as a person runs it: the script's output, report and exit code, on the real
 * knowledge base and on a small one with a shown fact that has no address.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { recommend } from '../../miniprogram/rules/engine';
import { COMPARE_ROWS } from '../../miniprogram/rules/compare';
import { FACTS, FACT_IDS, factAddresses, factSources } from '../../miniprogram/rules/knowledge';
import { enumeratePaths } from '../../miniprogram/rules/questions';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, '.cache/facts-test');

function runFacts(env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['scripts/facts.mjs'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The report's table rows, in order: id and the "weak because" column. */
function rowsOf(report: string): { id: string; shown: string; weak: string }[] {
  return report
    .split('\n')
    .filter((line) => /^\| [A-Z]\w* \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return { id: cells[1] ?? '', shown: cells[5] ?? '', weak: cells[6] ?? '' };
    });
}

beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

describe('npm run facts on the knowledge base', () => {
  const reportFile = path.join(OUT, 'report.md');
  let run: ReturnType<typeof runFacts>;
  let report: string;
  beforeAll(() => {
    run = runFacts({ FACTS_REPORT: reportFile });
    report = fs.readFileSync(reportFile, 'utf8');
  });

  it('lists every fact once, the weak ones (low, single-source, no address) first', () => {
    const rows = rowsOf(report);
    expect(rows.map((r) => r.id).sort()).toEqual([...FACT_IDS].sort());
    const isWeak = (id: string) =>
      FACTS[id]?.confidence === 'low' || factSources(id).length === 1 || factAddresses(id).length === 0;
    const weakIds = FACT_IDS.filter(isWeak);
    expect(weakIds.length).toBeGreaterThan(0);
    expect(rows.slice(0, weakIds.length).map((r) => r.id)).toEqual(weakIds);
    expect(rows.slice(weakIds.length).every((r) => r.weak === '')).toBe(true);
    expect(rows.find((r) => r.id === 'P2')?.weak).toBe('low confidence, single source, no address');
  });

  it('prints counts by confidence and sources by kind', () => {
    const byConfidence = ['high', 'medium', 'low', 'derived']
      .map((c) => `${c} ${FACT_IDS.filter((id) => FACTS[id]?.confidence === c).length}`)
      .join(', ');
    expect(run.stdout).toContain(`facts: ${FACT_IDS.length} (${byConfidence}); reviewed 2026-12`);
    expect(run.stdout).toMatch(
      /sources: \d+ distinct \(official \d+, government \d+, agency \d+, press \d+, community \d+\)/,
    );
    expect(run.stdout).toContain('conflicts: C3 W4 W6 L3');
    expect(run.stdout).toContain('full report: .cache/facts-test/report.md');
  });

  it('exits 1 exactly when a fact the product shows has no source address, and names it', () => {
    const shown = new Set<string>();
    for (const answers of enumeratePaths()) recommend(answers).facts.forEach((id) => shown.add(id));
    for (const row of COMPARE_ROWS)
      for (const byRegion of Object.values(row.cells))
        for (const cell of Object.values(byRegion)) cell.facts.forEach((id) => shown.add(id));
    const missing = FACT_IDS.filter((id) => shown.has(id) && factAddresses(id).length === 0);
    expect(rowsOf(report).filter((r) => r.shown === 'yes').length).toBe(shown.size);
    expect(run.code).toBe(missing.length > 0 ? 1 : 0);
    if (missing.length > 0) {
      expect(run.stderr).toContain(`shown in the product without a source address: ${missing.join(' ')}`);
    } else {
      expect(run.stderr).toBe('');
    }
  });
});

describe('npm run facts on a knowledge base with a gap', () => {
  /** A three-fact base: A sourced, B with no address, C derived from A. */
  function fixture(shownIds: string[]): string {
    const file = path.join(OUT, `fixture-${shownIds.join('')}.cjs`);
    const facts = {
      A: {
        id: 'A',
        confidence: 'high',
        reviewed: '2026-12',
        sources: [{ kind: 'official', address: 'a.example/x' }],
      },
      B: { id: 'B', confidence: 'medium', reviewed: '2026-12', sources: [{ kind: 'agency', name: 'src.b' }] },
      C: { id: 'C', confidence: 'derived', reviewed: '2026-12', sources: [], derivedFrom: ['A'] },
    };
    fs.writeFileSync(
      file,
      [
        `const FACTS = ${JSON.stringify(facts)};`,
        'exports.FACTS = FACTS;',
        "exports.FACT_IDS = ['A', 'B', 'C'];",
        'exports.factSources = (id) => [...FACTS[id].sources, ...(FACTS[id].derivedFrom || []).flatMap((f) => FACTS[f].sources)];',
        'exports.enumeratePaths = () => [{}, {}];',
        `exports.recommend = () => ({ facts: ${JSON.stringify(shownIds)} });`,
      ].join('\n'),
    );
    return file;
  }

  it('exits 1 and names the shown fact that has no address', () => {
    const reportFile = path.join(OUT, 'gap.md');
    const run = runFacts({ FACTS_RULES: fixture(['A', 'B', 'C']), FACTS_REPORT: reportFile });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('facts: shown in the product without a source address: B');
    expect(run.stdout).toContain('facts: 3 (high 1, medium 1, low 0, derived 1)');
    expect(run.stdout).toContain(
      'sources: 2 distinct (official 1, government 0, agency 1, press 0, community 0)',
    );
    expect(run.stdout).toContain('shown: 3 of 3 facts on 2 answer paths');
    const rows = rowsOf(fs.readFileSync(reportFile, 'utf8'));
    expect(rows.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(rows.map((r) => r.weak)).toEqual(['single source', 'single source, no address', 'single source']);
  });

  it('exits 0 when that fact is not shown, and still lists it first', () => {
    const reportFile = path.join(OUT, 'hidden-gap.md');
    const run = runFacts({ FACTS_RULES: fixture(['A', 'C']), FACTS_REPORT: reportFile });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('weak: 3 (low confidence: none; single source: A B C; no address: B)');
    const rows = rowsOf(fs.readFileSync(reportFile, 'utf8'));
    expect(rows.find((r) => r.id === 'B')).toEqual({
      id: 'B',
      shown: 'no',
      weak: 'single source, no address',
    });
  });
});
