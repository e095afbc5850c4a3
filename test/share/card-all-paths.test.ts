/**
 * Every reachable answer path (enumeratePaths, then the engine's recommend), in both languages,
 * on the chat card (5:4), its Moments square (1:1) and the poster (4:5 and 1:1, with and without
 * the mini program code, at four text sizes), measured as PingFang SC would: no ellipsis
 * anywhere, no text past an edge or over other text, the headline and the figures always there
 * and whole, and each reason or warning either whole in one of its wordings or left out whole.
 * Figures for the report go to .cache/share/card-all-paths.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasKey, LANGS, type Lang } from '../../miniprogram/i18n';
import enTable from '../../miniprogram/i18n/en';
import zhTable from '../../miniprogram/i18n/zh';
import { recommend } from '../../miniprogram/rules/engine';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import type { Recommendation } from '../../miniprogram/rules/types';
import { cardKey, posterContent } from '../../miniprogram/share/poster-content';
import {
  paddingOf,
  planPosterContent,
  type PosterAspect,
  type PosterContent,
  type PosterKind,
  type PosterPlan,
  type TextOp,
} from '../../miniprogram/share/poster-plan';
import { realisticMeasure } from './poster-measure';

const recs: Recommendation[] = enumeratePaths().map(recommend);

/** The keys of every text a card can show, with the paths that show each. */
function cardKeys(): Map<string, number> {
  const keys = new Map<string, number>();
  const add = (key: string) => keys.set(key, (keys.get(key) ?? 0) + 1);
  for (const rec of recs) {
    rec.reasons.slice(0, 2).forEach((r) => add(r.text.key));
    const critical = rec.warnings.find((w) => w.severity === 'critical');
    if (critical) add(critical.text.key);
    if (rec.goLive) add(rec.goLive.text.key);
    rec.instead.forEach((i) => add(i.text.key));
    rec.costs?.unpriced.forEach((u) => add(u.key));
  }
  return keys;
}

interface Case {
  name: string;
  aspect: PosterAspect;
  kind: PosterKind;
  code: boolean;
  scales: number[];
}

const POSTER_SCALES = [1, 1.3, 2];
const CASES: Case[] = [
  { name: 'chat card 5:4', aspect: '5:4', kind: 'card', code: false, scales: [1] },
  { name: 'Moments square 1:1', aspect: '1:1', kind: 'card', code: false, scales: [1] },
  { name: 'poster 4:5 with code', aspect: '4:5', kind: 'poster', code: true, scales: POSTER_SCALES },
  { name: 'poster 4:5 without code', aspect: '4:5', kind: 'poster', code: false, scales: POSTER_SCALES },
  { name: 'poster 1:1 with code', aspect: '1:1', kind: 'poster', code: true, scales: POSTER_SCALES },
  { name: 'poster 1:1 without code', aspect: '1:1', kind: 'poster', code: false, scales: POSTER_SCALES },
];

/** One content per distinct card: many paths share their card word for word. */
function contentsOf(lang: Lang): PosterContent[] {
  const seen = new Map<string, PosterContent>();
  for (const rec of recs) {
    const content = posterContent(lang, rec);
    seen.set(JSON.stringify(content), content);
  }
  return [...seen.values()];
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Reads the image's text back in drawing order and checks it is exactly what the card should
 * say: the headline, the figures, the warning and reasons each whole in one of their wordings
 * or absent whole, the footer's lines; nothing else, nothing cut.
 */
function readBack(plan: PosterPlan, content: PosterContent, c: Case): string[] {
  const out: string[] = [];
  const ruleIndex = plan.ops.findIndex((op) => op.op === 'line');
  const texts = (from: number, to: number) =>
    plan.ops.slice(from, to).filter((op): op is TextOp => op.op === 'text');
  const body = squash(
    texts(ruleIndex + 1, plan.ops.length)
      .map((op) => op.text)
      .join(''),
  );
  let pos = 0;
  const take = (label: string, ...choices: string[]) => {
    const hit = choices.map(squash).find((choice) => body.startsWith(choice, pos));
    if (hit === undefined) out.push(`${label} not whole at "${body.slice(pos, pos + 24)}"`);
    else pos += hit.length;
  };
  take('headline', content.headline);
  if (content.figuresTitle) take('figures title', content.figuresTitle);
  content.figures.forEach((f, i) => {
    take(`figure ${i}`, f.label ? f.label : '•');
    take(`figure ${i} value`, ...f.value);
    if (f.note) take(`figure ${i} note`, f.note);
  });
  if (content.warning && !plan.omitted.includes('warning')) take('warning', ...content.warning);
  const reasons = content.reasons.filter((_, i) => !plan.omitted.includes(i === 0 ? 'reason1' : 'reason2'));
  if (reasons.length > 0) take('reasons title', content.reasonsTitle);
  reasons.forEach((wordings, i) => {
    take(`reason ${i}`, '•');
    take(`reason ${i}`, ...wordings);
  });
  if (pos !== body.length) out.push(`stray text: ${body.slice(pos, pos + 24)}`);
  const call = c.kind === 'card' ? content.open : c.code ? content.code : content.search;
  const foot = squash(
    texts(0, ruleIndex)
      .map((op) => op.text)
      .join(''),
  );
  if (foot !== squash(call + content.reviewed)) out.push(`footer reads ${foot}`);
  if (c.code !== plan.ops.some((op) => op.op === 'image')) out.push('code image where none belongs, or none');
  return out;
}

/** Problems a plan shows a reader, in words (an empty list is a clean card). */
function problems(plan: PosterPlan, content: PosterContent, c: Case): string[] {
  const out: string[] = [];
  const pad = paddingOf(plan.width);
  const texts = plan.ops.filter((op): op is TextOp => op.op === 'text');
  const rule = plan.ops.find((op) => op.op === 'line');
  const ruleIndex = plan.ops.findIndex((op) => op.op === 'line');
  if (plan.truncated) out.push('truncated');
  for (const op of texts) {
    const width = realisticMeasure(op.text, op.font);
    if (op.text.includes('…')) out.push(`ellipsis: ${op.text}`);
    if (op.x < pad - 0.01 || op.x + width > plan.width - pad + 0.01) out.push(`past a side: ${op.text}`);
    if (op.y + op.height > plan.height - pad + 0.01) out.push(`past the bottom: ${op.text}`);
    if (rule?.op === 'line' && plan.ops.indexOf(op) > ruleIndex && op.y + op.height > rule.y1 + 0.01) {
      out.push(`into the footer: ${op.text}`);
    }
  }
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const a = texts[i] as TextOp;
      const b = texts[j] as TextOp;
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > 0.01 && down > 0.01) out.push(`overlap: ${a.text} / ${b.text}`);
    }
  }
  return out.concat(readBack(plan, content, c));
}

interface Tally {
  plans: number;
  minRoom: number;
  tightest: string;
  minScale: number;
  omitted: Record<string, number>;
  shortened: number;
}

const report: Record<string, Tally> = {};

describe('card wordings', () => {
  it('every reason, warning, time to go live, way instead and unpriced cost a card can show has one', () => {
    const keys = cardKeys();
    const missing = [...keys.keys()].filter((key) => !hasKey(cardKey(key)));
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(40);
  });

  it('are whole sentences (reasons, warnings, ways instead), with no ellipsis and no English in Chinese', () => {
    const sentence = /^card\.(reason|warning|instead)\./;
    for (const [key, value] of Object.entries(zhTable).filter(([k]) => k.startsWith('card.'))) {
      const english = enTable[key as keyof typeof enTable];
      expect([key, value.includes('…') || english.includes('…')]).toEqual([key, false]);
      // Addresses (kf.qq.com) are not words.
      expect([key, /[A-Za-z]{2,}/.test(value.replace(/[a-z.]+\.com/g, ''))]).toEqual([key, false]);
      if (sentence.test(key)) expect([key, /[。.]$/.test(value) && /\.$/.test(english)]).toEqual([key, true]);
    }
  });
});

describe.each(LANGS.map((lang) => [lang]))('every reachable path (%s)', (lang) => {
  const contents = contentsOf(lang);

  it.each(CASES.map((c) => [c.name, c]))(
    '%s: every sentence whole, nothing cut or past an edge',
    (_name, c) => {
      const tally: Tally = {
        plans: 0,
        minRoom: Infinity,
        tightest: '',
        minScale: 2,
        omitted: {},
        shortened: 0,
      };
      const found: string[] = [];
      for (const content of contents) {
        for (const fontScale of c.scales) {
          const plan = planPosterContent(content, {
            measureText: realisticMeasure,
            aspect: c.aspect,
            kind: c.kind,
            code: c.code,
            fontScale,
          });
          tally.plans += 1;
          if (plan.room < tally.minRoom) {
            tally.minRoom = plan.room;
            tally.tightest = `${content.headline} @${fontScale}`;
          }
          tally.minScale = Math.min(tally.minScale, plan.scale);
          for (const item of plan.omitted)
            tally.omitted[`${item} @${fontScale}`] = (tally.omitted[`${item} @${fontScale}`] ?? 0) + 1;
          tally.shortened += plan.shortened;
          for (const problem of problems(plan, content, c))
            found.push(`${content.headline} @${fontScale}: ${problem}`);
        }
      }
      report[`${lang} ${c.name}`] = tally;
      expect(found.slice(0, 10)).toEqual([]);
      expect(tally.plans).toBe(contents.length * c.scales.length);
    },
  );
});

afterAll(() => {
  const dir = path.join(__dirname, '../../.cache/share');
  fs.mkdirSync(dir, { recursive: true });
  const summary = { paths: recs.length, ...report };
  fs.writeFileSync(path.join(dir, 'card-all-paths.json'), `${JSON.stringify(summary, null, 2)}\n`);
});
