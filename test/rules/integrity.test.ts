/**
 * Walks every reachable answer path and checks the rules as a whole: valid results, reachable
 * questions and options, no dead options, every text key in both languages, every fact used.
 */
import { hasKey } from '../../miniprogram/i18n';
import { COMPARE_ROWS } from '../../miniprogram/rules/compare';
import { recommend } from '../../miniprogram/rules/engine';
import { FACTS, FACT_IDS, SOURCE_ADDRESSES, factAddresses } from '../../miniprogram/rules/knowledge';
import {
  QUESTIONS,
  enumeratePaths,
  nextQuestion,
  pruneAnswers,
  questionsOnPath,
} from '../../miniprogram/rules/questions';
import type { Answers, Recommendation } from '../../miniprogram/rules/types';
import { whatIfs } from '../../miniprogram/rules/what-if';
import { CONTRACT_ROUTES, CONTRACT_TYPES, CONTRACT_WARNINGS } from '../helpers/personas';

/** Team chat and/or customer contact only: WeCom alone serves them (DESIGN.md). */
function isTeamOnly(p: Answers): boolean {
  const goals = Array.isArray(p.goals) ? p.goals : [];
  return goals.length > 0 && goals.every((g) => g === 'internal_team' || g === 'customer_contact');
}

/** Everything the user sees, without the echo of the answers. */
const shown = (r: Recommendation) => JSON.stringify({ ...r, answers: undefined });

const paths = enumeratePaths();
const outcomes = paths.map((answers) => {
  const result = recommend(answers);
  return { answers, result, shown: shown(result) };
});
const results = outcomes.map((o) => o.result);
/** One result per distinct outcome: most checks need not look at identical results twice. */
const seenShown = new Set<string>();
const distinct = outcomes
  .filter((o) => {
    if (seenShown.has(o.shown)) return false;
    seenShown.add(o.shown);
    return true;
  })
  .map((o) => o.result);

function textKeys(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) textKeys(item, into);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.key === 'string') into.add(o.key);
    for (const [field, child] of Object.entries(o)) if (field !== 'answers') textKeys(child, into);
  }
}

function factIds(r: Recommendation): string[] {
  const ids = [...r.facts];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (Array.isArray(o.facts)) ids.push(...(o.facts as string[]));
      if (typeof o.factId === 'string') ids.push(o.factId);
      Object.values(o).forEach(visit);
    }
  };
  visit({ ...r, answers: undefined });
  return ids;
}

describe('every reachable path', () => {
  it('has a sensible number of paths, each 5 to 8 questions long unless a question is rightly skipped', () => {
    expect(paths.length).toBeGreaterThan(30000);
    const problems: string[] = [];
    for (const p of paths) {
      const length = Object.keys(p).length;
      // DESIGN.md skips questions that cannot matter, so some paths are shorter than 5:
      // a sole trader is never asked where it is (mainland by definition), and when the goals
      // are team chat and/or customer contact only, WeCom alone serves them: no frequency
      // question, and an organisation is not asked about payments either.
      const teamOnly = isTeamOnly(p);
      const shortest =
        5 -
        (p.entity === 'sole_trader' ? 1 : 0) -
        (teamOnly ? 1 : 0) -
        (teamOnly && p.entity !== 'individual' ? 1 : 0);
      if (length > 8 || length < shortest) problems.push(`${JSON.stringify(p)}: ${length} questions`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const lengths = paths.map((p) => Object.keys(p).length);
    expect([Math.min(...lengths), Math.max(...lengths)]).toEqual([2, 8]);
  });

  // These walk 10k+ paths: collect problems and assert once (expect() per path is slow).
  it('is complete and consistent with the questionnaire helpers', () => {
    const problems: string[] = [];
    for (const answers of paths) {
      const where = JSON.stringify(answers);
      if (nextQuestion(answers) !== null) problems.push(`${where}: not complete`);
      if (JSON.stringify(pruneAnswers(answers)) !== where) problems.push(`${where}: prune changes it`);
      if (
        questionsOnPath(answers)
          .map((q) => q.id)
          .join() !== Object.keys(answers).join()
      ) {
        problems.push(`${where}: questionsOnPath disagrees`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ends in a valid recommendation', () => {
    const problems: string[] = [];
    results.forEach((r, i) => {
      const where = JSON.stringify(paths[i]);
      const fail = (what: string) => problems.push(`${where}: ${what}`);
      if (!r.ok) fail('not ok');
      if (!CONTRACT_TYPES.includes(r.type)) fail(`type ${r.type}`);
      if (!CONTRACT_ROUTES.includes(r.route)) fail(`route ${r.route}`);
      if (JSON.stringify(r.answers) !== where) fail('answers not echoed');
      if (r.reasons.length === 0) fail('no reasons');
      // C4: the type is final wherever an Official Account is registered: never WeCom alone, never no route.
      const oa = r.type !== 'wecom' || r.companions.some((c) => c.type !== 'wecom');
      const permanent = r.warnings.some((w) => w.id === 'type_permanent');
      if (permanent !== (oa && r.route !== 'not_available')) fail(`type_permanent ${permanent}`);
      const ids = r.warnings.map((w) => w.id);
      if (new Set(ids).size !== ids.length) fail(`a warning twice: ${ids.join()}`);
      const severities = r.warnings.map((w) => w.severity);
      const firstCaution = severities.indexOf('caution');
      if (firstCaution !== -1 && severities.lastIndexOf('critical') > firstCaution)
        fail('critical after caution');
      if (r.route === 'not_available') {
        // No route: no table of an account they cannot have, but what they can do instead.
        if (r.features.length > 0) fail('feature table without a route');
        if (r.instead.length === 0) fail('nothing to do instead');
      } else {
        if (r.fees.length === 0) fail('no fees');
        if (r.steps.length === 0) fail('no steps');
        if (r.documents.length === 0) fail('no documents');
        // WeCom has its own, shorter table (team chat, customer contact, external contacts, verification).
        if (r.features.length < (r.type === 'wecom' ? 4 : 10)) fail('feature table too short');
      }
      if (!r.headline.key.startsWith(`headline.${r.route}.`)) fail('headline');
      if (r.runnerUp && r.runnerUp.type === r.type && r.runnerUp.route === r.route)
        fail('runner-up = winner');
      for (const reason of r.reasons) {
        for (const id of reason.answers) if (!(id in r.answers)) fail(`reason cites unasked ${id}`);
      }
      if (r.companions.some((c) => c.type === r.type)) fail('companion repeats the primary type');
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('reaches every type, route and contract warning', () => {
    expect(new Set(results.map((r) => r.type))).toEqual(new Set(CONTRACT_TYPES));
    expect(new Set(results.map((r) => r.route))).toEqual(new Set(CONTRACT_ROUTES));
    const warnings = new Set(results.flatMap((r) => r.warnings.map((w) => w.id)));
    for (const id of CONTRACT_WARNINGS) expect([id, warnings.has(id)]).toEqual([id, true]);
  });

  it('reaches every question and every option', () => {
    for (const q of QUESTIONS) {
      const seen = new Set<string>();
      for (const p of paths) {
        const value = p[q.id];
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) seen.add(v);
      }
      expect([q.id, [...seen].sort()]).toEqual([q.id, [...q.options].sort()]);
    }
  });

  it('has no dead option: each one changes the result somewhere', () => {
    const baseline = new Map<Answers, string>();
    for (const o of outcomes) baseline.set(o.answers, o.shown);
    for (const q of QUESTIONS) {
      for (const option of q.options) {
        const live = paths.some((p) => {
          const value = p[q.id];
          if (value === undefined) return false;
          let variant: Answers;
          if (q.multi) {
            const list = value as string[];
            variant = {
              ...p,
              [q.id]: list.includes(option)
                ? list.filter((v) => v !== option)
                : q.options.filter((o) => o === option || list.includes(o)),
            };
          } else {
            if (value === option) return false;
            variant = { ...p, [q.id]: option };
          }
          return shown(recommend(pruneAnswers(variant))) !== baseline.get(p);
        });
        expect([q.id, option, live]).toEqual([q.id, option, true]);
      }
    }
  });

  it('uses only text keys that exist in zh and en', () => {
    const keys = new Set<string>();
    distinct.forEach((r) => textKeys({ ...r, answers: undefined }, keys));
    for (const row of COMPARE_ROWS) textKeys(row, keys);
    for (const fact of Object.values(FACTS)) {
      keys.add(fact.key);
      if (fact.conflict) keys.add(`conflict.${fact.id}`);
    }
    const missing = [...keys].filter((key) => !hasKey(key));
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(200);
  });

  it('refers only to known facts, uses every fact it can cite, and never one without an address', () => {
    const used = new Set<string>();
    distinct.forEach((r) => factIds(r).forEach((id) => used.add(id)));
    for (const row of COMPARE_ROWS)
      for (const t of Object.values(row.cells))
        for (const c of Object.values(t)) c.facts.forEach((id) => used.add(id));
    expect([...used].filter((id) => !(id in FACTS))).toEqual([]);
    // A fact the sheet records without any source address (P2 today) stays in the knowledge base
    // but is never shown: `npm run facts` fails the build if it is.
    const citable = FACT_IDS.filter((id) => factAddresses(id).length > 0);
    expect(citable.filter((id) => !used.has(id))).toEqual([]);
    expect(FACT_IDS.filter((id) => used.has(id) && factAddresses(id).length === 0)).toEqual([]);
    expect(FACT_IDS.length - citable.length).toBe(1);
    for (const id of Object.keys(SOURCE_ADDRESSES)) expect(FACTS[id]).toBeDefined();
  });

  it('reports the conflicting facts it relies on', () => {
    const wrong = results.filter(
      (r) => r.conflicts.map((c) => c.factId).join() !== r.facts.filter((id) => FACTS[id]?.conflict).join(),
    );
    expect(wrong).toEqual([]);
    expect(results.some((r) => r.conflicts.some((c) => c.factId === 'L3'))).toBe(true);
  });

  it('offers only what-ifs that change the recommendation', () => {
    const sig = (r: Recommendation) => [r.type, r.route, r.companions.map((c) => c.type).join('+')].join('|');
    let offered = 0;
    for (const { result } of outcomes.filter((_, i) => i % 37 === 0)) {
      const base = sig(result);
      for (const flip of whatIfs(result)) {
        offered += 1;
        expect(hasKey(flip.label.key)).toBe(true);
        expect(pruneAnswers(flip.answers)).toEqual(flip.answers);
        expect(sig(recommend(flip.answers))).not.toBe(base);
      }
    }
    expect(offered).toBeGreaterThan(100);
  });
});
