// The engine from a shell: npm run advise -- --entity company --location overseas --goals publish,sell
// or --file answers.json; --lang zh for Chinese, --json for the raw result. Flags take a value as
// the next argument or after "=". Bad input (an unknown or repeated flag, a bad file, an answer the
// rules reject): a message in the chosen language on stderr, exit 2.
import fs from 'node:fs';
import { loadTs } from './compile-ts.mjs';

const { evaluate, QUESTIONS, questionById, FACTS, SOURCE_ADDRESSES, t, tt } = loadTs('advise', {
  contents: [
    "export { evaluate } from './miniprogram/rules/engine';",
    "export { QUESTIONS, questionById } from './miniprogram/rules/questions';",
    "export { FACTS, SOURCE_ADDRESSES } from './miniprogram/rules/knowledge';",
    "export { t, tt } from './miniprogram/i18n';",
  ].join('\n'),
});

/** The CLI's own messages; the rules' messages come from the i18n tables. */
const MESSAGES = {
  unexpected: { en: (a) => `unexpected argument "${a}"`, zh: (a) => `无法识别的参数“${a}”` },
  unknownFlag: {
    en: (f) => `unknown flag ${f}: the flags are --lang, --file, --json and one per question`,
    zh: (f) => `没有 ${f} 这个选项：可用的是 --lang、--file、--json，以及每个问题各自的选项`,
  },
  needsValue: { en: (f) => `${f} needs a value`, zh: (f) => `${f} 后面需要给一个值` },
  takesNoValue: { en: (f) => `${f} takes no value`, zh: (f) => `${f} 不带值` },
  repeated: {
    en: (f) => `${f} is given more than once; give each flag once`,
    zh: (f) => `${f} 出现了不止一次，每个选项只能给一次`,
  },
  badLang: {
    en: (v) => `--lang must be en or zh, not "${v}"`,
    zh: (v) => `--lang 只能是 en 或 zh，不能是“${v}”`,
  },
  unreadable: { en: (f, m) => `cannot read ${f}: ${m}`, zh: (f, m) => `无法读取 ${f}：${m}` },
  notJson: { en: (f, m) => `${f} is not valid JSON: ${m}`, zh: (f, m) => `${f} 不是有效的 JSON：${m}` },
  notAnswers: {
    en: (f) => `${f} must hold a JSON object of answers`,
    zh: (f) => `${f} 里应当是一个 JSON 对象，写明各题的回答`,
  },
  options: { en: (list) => ` (options: ${list.join(', ')})`, zh: (list) => `（可选：${list.join('、')}）` },
  seeHelp: {
    en: () => 'Run with --help for the questions and options.',
    zh: () => '加 --help 可查看全部问题和选项。',
  },
};

const args = process.argv.slice(2);
/** Errors speak the language asked for, even when the error comes before --lang is read. */
const lang = args.some((a, i) => a === '--lang=zh' || (a === '--lang' && args[i + 1] === 'zh')) ? 'zh' : 'en';
const say = (key, ...params) => MESSAGES[key][lang](...params);

function die(message) {
  console.error(`advise: ${message}`);
  console.error(say('seeHelp'));
  process.exit(2);
}

function usage() {
  const lines = [
    'Usage: npm run advise -- [--<question> <option> ...] [--file answers.json] [--lang en|zh] [--json]',
    '       (--flag=value works too)',
    '',
  ];
  for (const q of QUESTIONS) {
    lines.push(
      `  --${q.id.replace(/_/g, '-')} ${q.options.join(q.multi ? ',' : ' | ')}${q.multi ? '  (comma-separated)' : ''}`,
    );
  }
  return lines.join('\n');
}

/** The answers in a file: a JSON object of answers, or a scenario file (its "answers"). */
function readAnswersFile(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    die(say('unreadable', file, error.message));
  }
  let parsed;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    die(say('notJson', file, error.message));
  }
  const answers = parsed && typeof parsed === 'object' && 'answers' in parsed ? parsed.answers : parsed;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) die(say('notAnswers', file));
  return answers;
}

/** Reads the command line: each flag at most once, known names only (so "--__proto__" cannot slip by). */
function readArgs() {
  const seen = new Set();
  const options = { json: false, file: null, lang: 'en' };
  const flagged = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    }
    if (!arg.startsWith('--') || arg === '--') die(say('unexpected', arg));
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const flag = `--${name}`;
    const id = name.replace(/-/g, '_');
    const question = questionById(id);
    if (name !== 'json' && name !== 'lang' && name !== 'file' && !question) die(say('unknownFlag', flag));
    if (seen.has(name) || (question && seen.has(id))) die(say('repeated', flag));
    seen.add(name);
    if (question) seen.add(id);
    if (name === 'json') {
      if (eq >= 0) die(say('takesNoValue', flag));
      options.json = true;
      continue;
    }
    let value;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      i += 1;
    }
    // An empty list is a real answer to a multi-choice question ("none of these"), not to the others.
    if (value === undefined || value.startsWith('--') || (value === '' && !(question && question.multi)))
      die(say('needsValue', flag));
    if (name === 'lang') {
      if (value !== 'en' && value !== 'zh') die(say('badLang', value));
      options.lang = value;
    } else if (name === 'file') options.file = value;
    else {
      flagged[id] = question.multi
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : value;
    }
  }
  // Flags on the command line win over the same answer in the file.
  return { ...options, answers: { ...(options.file ? readAnswersFile(options.file) : {}), ...flagged } };
}

const options = readArgs();
const result = evaluate(options.answers);
if (!result.ok) {
  const e = result.error;
  const question = e.questionId && questionById(e.questionId);
  die(`${tt(lang, e.message)}${question ? say('options', question.options) : ''}`);
}
if (options.json) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
console.log(report(result, options.lang));

/** The result as plain text, in the order the result page shows it. */
function report(result, lang) {
  const L = (text) => tt(lang, text);
  const facts = (ids) => (ids && ids.length ? `  [${ids.join(', ')}]` : '');
  const out = [];
  const section = (title) => out.push('', title);
  const zh = lang === 'zh';

  out.push(L(result.headline));
  out.push(`${t(lang, `type.${result.type}`)} · ${t(lang, `route.${result.route}`)}`);
  for (const c of result.companions)
    out.push(`+ ${t(lang, `type.${c.type}`)}: ${L(c.text)}${facts(c.facts)}`);

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
    section(zh ? '备选方案' : 'The alternative');
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
  return out.join('\n');
}
