/**
 * The sections' tables have no dead rows: each row shows on some reachable path, and every
 * text of the advice, the plan and the feature table is shown somewhere. A row whose
 * condition can never hold (say, a new warning whose condition contradicts itself) fails here.
 */
import advice from '../../miniprogram/i18n/advice.zh';
import features from '../../miniprogram/i18n/features.zh';
import plan from '../../miniprogram/i18n/plan.zh';
import { COMPARE_ROWS } from '../../miniprogram/rules/compare';
import { COST_FORMAT_KEYS } from '../../miniprogram/rules/sections/costs';
import { recommend } from '../../miniprogram/rules/engine';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import { DOCUMENTS } from '../../miniprogram/rules/sections/documents';
import { UNPRICED } from '../../miniprogram/rules/sections/costs';
import { FEES } from '../../miniprogram/rules/sections/fees';
import { EXTRA_REASONS } from '../../miniprogram/rules/sections/reasons';
import { SHARED_STEPS, STEPS } from '../../miniprogram/rules/sections/steps';
import { WARNINGS } from '../../miniprogram/rules/sections/warnings';
import type { Recommendation } from '../../miniprogram/rules/types';

const results: Recommendation[] = enumeratePaths().map((answers) => recommend(answers));

/** Every entry of a section across all paths, as JSON (entries are plain data). */
function shownIn(section: (r: Recommendation) => unknown[]): Set<string> {
  const out = new Set<string>();
  for (const r of results) for (const entry of section(r)) out.add(JSON.stringify(entry));
  return out;
}

const never = (shown: Set<string>, entries: object[]) =>
  entries.map((entry) => JSON.stringify(entry)).filter((json) => !shown.has(json));

describe('every row of the sections shows on some reachable path', () => {
  it('warnings', () => {
    const rows = WARNINGS.map((w) => ({
      id: w.id,
      severity: w.severity,
      text: { key: w.key },
      facts: w.facts,
    }));
    expect(
      never(
        shownIn((r) => r.warnings),
        rows,
      ),
    ).toEqual([]);
  });

  it('fees, and the unpriced parts of the costs', () => {
    // Amounts are checked in costs.test.ts; here: each row's wording and facts show somewhere.
    const rows = FEES.map((f) => ({ id: f.id, key: f.key, facts: f.facts }));
    const fees = shownIn((r) => r.fees.map((f) => ({ id: f.id, key: f.text.key, facts: f.facts })));
    expect(never(fees, rows)).toEqual([]);
    const unpriced = shownIn((r) => r.costs?.unpriced ?? []);
    expect(
      never(
        unpriced,
        UNPRICED.map((u) => ({ key: u.key })),
      ),
    ).toEqual([]);
  });

  it('reasons beyond the route and the type', () => {
    const shown = shownIn((r) => r.reasons.map((x) => ({ key: x.text.key, facts: x.facts })));
    expect(
      never(
        shown,
        EXTRA_REASONS.map((x) => ({ key: x.key, facts: x.facts })),
      ),
    ).toEqual([]);
  });

  it('documents and steps', () => {
    const documents = Object.values(DOCUMENTS).flatMap((rows) => rows.map((row) => row.item));
    expect(
      never(
        shownIn((r) => r.documents),
        documents,
      ),
    ).toEqual([]);
    const steps = [...Object.values(STEPS), SHARED_STEPS].flatMap((rows) => rows.map((row) => row.item));
    expect(
      never(
        shownIn((r) => r.steps),
        steps,
      ),
    ).toEqual([]);
  });
});

function textKeys(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) textKeys(item, into);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.key === 'string') into.add(o.key);
    for (const [field, child] of Object.entries(o)) if (field !== 'answers') textKeys(child, into);
  }
}

it('shows every text of the advice, the plan and the feature table somewhere', () => {
  const shown = new Set<string>();
  textKeys(results, shown);
  textKeys(COMPARE_ROWS, shown);
  // What-if labels are offered by what-if.ts and change notes by changes.ts, not by a section;
  // the cost formats (cost.rmb, cost.first_year...) are the page's words around the rules' numbers.
  const pageWords = new Set<string>(COST_FORMAT_KEYS);
  const keys = [...Object.keys(advice), ...Object.keys(plan), ...Object.keys(features)].filter(
    (key) => !key.startsWith('whatif.') && !key.startsWith('change.') && !pageWords.has(key),
  );
  expect(keys.filter((key) => !shown.has(key))).toEqual([]);
});
