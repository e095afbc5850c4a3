// The engine from a shell: npm run advise -- --entity company --location overseas --goals publish,sell
// or --file answers.json; --lang zh for Chinese, --json for the raw result. Bad input: exit 2.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIST } from './lib.mjs';

const require = createRequire(import.meta.url);
const { evaluate } = require(path.join(DIST, 'rules/engine.js'));
const { QUESTIONS, questionById } = require(path.join(DIST, 'rules/questions.js'));
const { FACTS, SOURCE_ADDRESSES } = require(path.join(DIST, 'rules/knowledge.js'));
const { t, tt } = require(path.join(DIST, 'i18n/index.js'));

function usage() {
  const lines = [
    'Usage: npm run advise -- [--<question> <option> ...] [--file answers.json] [--lang en|zh] [--json]',
    '',
  ];
  for (const q of QUESTIONS) {
    lines.push(
      `  --${q.id.replace(/_/g, '-')} ${q.options.join(q.multi ? ',' : ' | ')}${q.multi ? '  (comma-separated)' : ''}`,
    );
  }
  return lines.join('\n');
}

function die(message) {
  console.error(`advise: ${message}`);
  console.error('Run with --help for the questions and options.');
  process.exit(2);
}

const args = process.argv.slice(2);
let lang = 'en';
let json = false;
let answers = {};
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--help' || arg === '-h') {
    console.log(usage());
    process.exit(0);
  }
  if (arg === '--json') {
    json = true;
    continue;
  }
  if (!arg.startsWith('--')) die(`unexpected argument "${arg}"`);
  const name = arg.slice(2);
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) die(`${arg} needs a value`);
  i += 1;
  if (name === 'lang') {
    if (value !== 'en' && value !== 'zh') die(`--lang must be en or zh, not "${value}"`);
    lang = value;
  } else if (name === 'file') {
    let text;
    try {
      text = fs.readFileSync(value, 'utf8');
    } catch (error) {
      die(`cannot read ${value}: ${error.message}`);
    }
    try {
      const parsed = JSON.parse(text);
      // A scenario file works too: take its answers.
      const fromFile = parsed && typeof parsed === 'object' && 'answers' in parsed ? parsed.answers : parsed;
      if (!fromFile || typeof fromFile !== 'object' || Array.isArray(fromFile))
        die(`${value} must hold a JSON object of answers`);
      answers = { ...fromFile, ...answers };
    } catch (error) {
      die(`${value} is not valid JSON: ${error.message}`);
    }
  } else {
    const id = name.replace(/-/g, '_');
    const question = questionById(id);
    answers[id] =
      question && question.multi
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : value;
  }
}

const result = evaluate(answers);
if (!result.ok) {
  const e = result.error;
  const hint =
    e.questionId && questionById(e.questionId)
      ? ` (options: ${questionById(e.questionId).options.join(', ')})`
      : '';
  die(`${tt('en', e.message)}${hint}`);
}
if (json) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}

const L = (text) => tt(lang, text);
const facts = (ids) => (ids && ids.length ? `  [${ids.join(', ')}]` : '');
const out = [];
const section = (title) => out.push('', title);
const zh = lang === 'zh';

out.push(L(result.headline));
out.push(`${t(lang, `type.${result.type}`)} · ${t(lang, `route.${result.route}`)}`);
for (const c of result.companions) out.push(`+ ${t(lang, `type.${c.type}`)}: ${L(c.text)}${facts(c.facts)}`);

section(zh ? '你的回答' : 'Your answers');
for (const [id, value] of Object.entries(result.answers)) {
  const shown = (Array.isArray(value) ? value : [value]).map((v) => t(lang, `q.${id}.opt.${v}`));
  out.push(`  ${t(lang, `q.${id}.title`)} ${shown.join(zh ? '、' : ', ') || (zh ? '（未选）' : '(none)')}`);
}
section(zh ? '理由' : 'Why');
for (const r of result.reasons) out.push(`  - ${L(r.text)}${facts(r.facts)}`);
section(zh ? '注意' : 'Warnings');
for (const w of result.warnings)
  out.push(`  ${w.severity === 'critical' ? '!' : '-'} ${L(w.text)}${facts(w.facts)}`);
section(zh ? '费用' : 'Fees');
for (const f of result.fees) out.push(`  - ${L(f.text)}${facts(f.facts)}`);
section(zh ? '时间' : 'Timeline');
out.push(`  ${L(result.timeline)}${facts(result.timeline.facts)}`);
if (result.documents.length) {
  section(zh ? '准备材料' : 'Documents');
  for (const d of result.documents) out.push(`  [ ] ${L(d.text)}${facts(d.facts)}`);
}
section(zh ? '步骤' : 'Steps');
result.steps.forEach((s, i) =>
  out.push(`  ${i + 1}. ${L(s.text)}${s.url ? ` ${s.url}` : ''}${facts(s.facts)}`),
);
section(zh ? '功能' : 'Features');
const mark = { yes: '✓', no: '✗', limited: '~', conflict: '?' };
for (const f of result.features) out.push(`  ${mark[f.value]} ${L(f.label)}: ${L(f.detail)}`);
if (result.runnerUp) {
  section(zh ? '次选' : 'Runner-up');
  const r = result.runnerUp;
  out.push(
    `  ${t(lang, `type.${r.type}`)} · ${t(lang, `route.${r.route}`)}: ${L(r.whyLost)}${facts(r.facts)}`,
  );
}
if (result.conflicts.length) {
  section(zh ? '来源不一' : 'Sources disagree');
  for (const c of result.conflicts) out.push(`  ? ${L(c.text)}  [${c.factId}]`);
}
section(zh ? '来源' : 'Sources');
for (const id of result.facts) {
  const fact = FACTS[id];
  const where = (SOURCE_ADDRESSES[id] || fact.sources).join('; ');
  out.push(`  ${id} (${fact.confidence}): ${where}`);
}
out.push('', `${t(lang, 'knowledge.reviewed', { date: result.reviewed })} · ${result.knowledgeVersion}`);
console.log(out.join('\n'));
