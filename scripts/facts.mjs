// npm run facts: every fact with its confidence, source addresses, review date and conflict flag,
// the weak ones first (low confidence, a single source, or no address), counts by confidence and
// sources by kind. The full report goes to .cache/facts.md, a summary to stdout. Exit 1 when a
// fact the product shows (on any reachable answer path, or in the comparison table) has no source
// address: a person tapping it would find nowhere to check it.
// The rules are compiled from source (scripts/compile-ts.mjs). FACTS_RULES=<file.cjs> loads a
// module with the same exports instead, so a test can hand in a knowledge base with a gap.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadTs } from './compile-ts.mjs';
import { CACHE } from './lib.mjs';

const CONFIDENCES = ['high', 'medium', 'low', 'derived'];
const KINDS = ['official', 'government', 'agency', 'press', 'community'];

function loadRules() {
  if (process.env.FACTS_RULES) return createRequire(import.meta.url)(path.resolve(process.env.FACTS_RULES));
  return loadTs('facts-report', {
    contents: [
      "export { FACTS, FACT_IDS, factSources } from './miniprogram/rules/knowledge';",
      "export { enumeratePaths } from './miniprogram/rules/questions';",
      "export { recommend } from './miniprogram/rules/engine';",
      "export { COMPARE_ROWS } from './miniprogram/rules/compare';",
      "export { KNOWLEDGE_VERSION } from './miniprogram/rules/version';",
      "export { tt } from './miniprogram/i18n';",
    ].join('\n'),
  });
}

/** Fact ids on any reachable answer path's result, and in the comparison table. */
function shownFacts(rules) {
  const shown = new Set();
  const paths = rules.enumeratePaths();
  for (const answers of paths) for (const id of rules.recommend(answers).facts) shown.add(id);
  for (const row of rules.COMPARE_ROWS ?? [])
    for (const byRegion of Object.values(row.cells))
      for (const cell of Object.values(byRegion)) for (const id of cell.facts) shown.add(id);
  return { shown, paths: paths.length };
}

/** One row per fact, with why it is weak (empty when it is not). */
function analyse(rules, shown) {
  return rules.FACT_IDS.map((id, order) => {
    const fact = rules.FACTS[id];
    const sources = rules.factSources(id);
    const addresses = [...new Set(sources.map((s) => s.address).filter(Boolean))];
    const weak = [];
    if (fact.confidence === 'low') weak.push('low confidence');
    if (sources.length === 1) weak.push('single source');
    if (addresses.length === 0) weak.push('no address');
    return { id, order, fact, sources, addresses, weak, shown: shown.has(id) };
  });
}

function count(items, keys, keyOf) {
  const out = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) out[keyOf(item)] = (out[keyOf(item)] ?? 0) + 1;
  return out;
}

const list = (counts) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

function sourceLine(rules, s) {
  const name = s.name ? (rules.tt ? rules.tt('en', { key: s.name }) : s.name) : '';
  const where = s.address ?? '(no address)';
  return `${s.kind}: ${name ? `${name}, ` : ''}${where}${s.date ? ` (${s.date})` : ''}`;
}

function table(rules, rows) {
  const lines = [
    '| id | confidence | reviewed | conflict | shown | weak because | sources |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const from = r.fact.derivedFrom ? `derived from ${r.fact.derivedFrom.join(', ')}; ` : '';
    const sources = r.sources.map((s) => sourceLine(rules, s)).join('<br>');
    lines.push(
      `| ${r.id} | ${r.fact.confidence} | ${r.fact.reviewed} | ${r.fact.conflict ? 'yes' : ''} | ${r.shown ? 'yes' : 'no'} | ${r.weak.join(', ')} | ${from}${sources} |`,
    );
  }
  return lines;
}

function main() {
  const rules = loadRules();
  const { shown, paths } = shownFacts(rules);
  const rows = analyse(rules, shown);
  const weak = rows.filter((r) => r.weak.length > 0);
  const strong = rows.filter((r) => r.weak.length === 0);
  // Distinct sources: the same page cited by several facts counts once.
  const distinct = new Map();
  for (const id of rules.FACT_IDS)
    for (const s of rules.FACTS[id].sources) distinct.set(`${s.kind}|${s.name ?? ''}|${s.address ?? ''}`, s);
  const byConfidence = count(rows, CONFIDENCES, (r) => r.fact.confidence);
  const byKind = count([...distinct.values()], KINDS, (s) => s.kind);
  const missing = rows.filter((r) => r.shown && r.addresses.length === 0).map((r) => r.id);
  const why = (reason) => rows.filter((r) => r.weak.includes(reason)).map((r) => r.id);

  const summary = [
    `facts: ${rows.length} (${list(byConfidence)}); reviewed ${[...new Set(rows.map((r) => r.fact.reviewed))].sort().join(', ')}`,
    `sources: ${distinct.size} distinct (${list(byKind)})`,
    `shown: ${rows.filter((r) => r.shown).length} of ${rows.length} facts on ${paths} answer paths and the comparison table`,
    `weak: ${weak.length} (low confidence: ${why('low confidence').join(' ') || 'none'}; single source: ${why('single source').join(' ') || 'none'}; no address: ${why('no address').join(' ') || 'none'})`,
    `conflicts: ${
      rows
        .filter((r) => r.fact.conflict)
        .map((r) => r.id)
        .join(' ') || 'none'
    }`,
  ];
  const report = [
    `# Facts report${rules.KNOWLEDGE_VERSION ? ` (knowledge ${rules.KNOWLEDGE_VERSION})` : ''}`,
    '',
    ...summary.map((line) => `- ${line}`),
    '',
    '## Weak facts first: low confidence, a single source, or no address',
    '',
    ...table(rules, weak),
    '',
    '## The other facts',
    '',
    ...table(rules, strong),
    '',
  ];
  const out = process.env.FACTS_REPORT ?? path.join(CACHE, 'facts.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report.join('\n'));

  for (const line of summary) console.log(line);
  console.log(`full report: ${path.relative(process.cwd(), out) || out}`);
  if (missing.length > 0) {
    console.error(`facts: shown in the product without a source address: ${missing.join(' ')}`);
    process.exit(1);
  }
}

main();
