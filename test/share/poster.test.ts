/**
 * The poster plan with a fake context: line breaking, the choice of wording, which items leave
 * first, the code or the name to search for, and the draw step replaying the plan.
 * (test/share/card-all-paths.test.ts runs the plan over every reachable result.)
 */
import { t } from '../../miniprogram/i18n';
import { recommend } from '../../miniprogram/rules/engine';
import { posterContent } from '../../miniprogram/share/poster-content';
import { drawPlan, type Canvas2DLike } from '../../miniprogram/share/poster-draw';
import {
  planPosterContent,
  type PosterAspect,
  type PosterContent,
  type PosterKind,
  type PosterPlan,
  type TextOp,
} from '../../miniprogram/share/poster-plan';
import { wrapLines, wrapText } from '../../miniprogram/share/text-wrap';
import { FRENCH_BRAND } from '../helpers/personas';
import { realisticMeasure as measure } from './poster-measure';

const FONT = 'normal 20px sans-serif';

describe('text wrapping', () => {
  it('breaks English at spaces and keeps every word whole', () => {
    const text = 'Register an overseas service account with your own foreign business licence';
    const lines = wrapText(text, 200, FONT, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks Chinese between any two characters, never before closing punctuation', () => {
    const texts = [
      '服务号每月只能群发四次，订阅号每天一次。类型注册后基本无法更改，请谨慎选择。',
      // Two closing marks in a row: the character before them goes down with both.
      '账号类型选定后就改不了（升级途径 2018 年已取消），注册前想清楚。',
    ];
    for (const text of texts) {
      for (let width = 100; width <= 460; width += 10) {
        const lines = wrapText(text, width, FONT, measure);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) {
          expect(measure(line, FONT)).toBeLessThanOrEqual(width);
          expect(line[0]).not.toMatch(/[，。、；：！？）」]/);
        }
      }
    }
  });

  it('hard-breaks a word wider than the line', () => {
    const word = 'Internationalisation-of-verification-procedures';
    const lines = wrapText(`See ${word} now`, 120, FONT, measure);
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(`See${word}now`);
  });

  it('mixes Chinese and English: Latin words stay whole, Chinese breaks anywhere', () => {
    const lines = wrapText('海外主体可以用 WeChat Pay Global 收取跨境付款，结算为外币。', 150, FONT, measure);
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(150);
    for (const word of ['WeChat', 'Pay', 'Global']) expect(lines.some((l) => l.includes(word))).toBe(true);
  });

  it('cuts to a line limit with an ellipsis that still fits (only the last resort uses it)', () => {
    const text = 'A very long reason that needs many lines to show in full on a narrow poster column';
    const { lines, truncated } = wrapLines(text, 150, FONT, measure, 2);
    expect(truncated).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(150);
  });
});

const rec = recommend(FRENCH_BRAND);
const zh = posterContent('zh', rec);
const en = posterContent('en', rec);
const texts = (plan: PosterPlan) => plan.ops.filter((op): op is TextOp => op.op === 'text');
const joined = (plan: PosterPlan) =>
  texts(plan)
    .map((op) => op.text)
    .join(' ');
const plan = (content: PosterContent, aspect: PosterAspect, kind: PosterKind, fontScale = 1, code = false) =>
  planPosterContent(content, { measureText: measure, aspect, kind, fontScale, code });

function expectInside(p: PosterPlan) {
  for (const op of p.ops) {
    if (op.op === 'text') {
      expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(p.width);
      expect(op.y + op.height).toBeLessThanOrEqual(p.height);
    } else if (op.op === 'rect' || op.op === 'image') {
      expect(op.x + op.w).toBeLessThanOrEqual(p.width);
      expect(op.y + op.h).toBeLessThanOrEqual(p.height);
    }
  }
}

/** A reason whose full wording takes many lines and whose card wording one. */
const long = (n: number, what = 'reason') =>
  `${`This full wording goes on and on about the ${what}, `.repeat(n)}and ends.`;

describe('poster plan', () => {
  it.each(
    (['1:1', '4:5', '5:4'] as PosterAspect[]).flatMap((aspect) =>
      [0.8, 1, 2].flatMap((scale) => [
        ['zh', aspect, scale],
        ['en', aspect, scale],
      ]),
    ) as Array<['zh' | 'en', PosterAspect, number]>,
  )('%s, %s, font scale %s: inside the canvas, headline first, footer always', (lang, aspect, fontScale) => {
    const content = lang === 'zh' ? zh : en;
    const p = plan(content, aspect, aspect === '5:4' ? 'card' : 'poster', fontScale);
    expect(p.height).toBe({ '1:1': 600, '4:5': 750, '5:4': 480 }[aspect]);
    expectInside(p);
    expect(joined(p).replace(/\s/g, '')).toContain(content.headline.replace(/\s/g, ''));
    expect(joined(p)).toContain(content.reviewed);
    expect(joined(p)).not.toContain('…');
    expect(p.truncated).toBe(false);
  });

  it('states the figures: cost over one and three years, time to go live, documents to prepare', () => {
    const all = joined(plan(en, '4:5', 'poster'));
    expect(all).toContain('US$99 in year one,');
    expect(all).toContain('US$297 over three years');
    expect(all).toContain(`${rec.documents.length} to prepare`);
    expect(all).toContain('Live in');
  });

  it('takes the full wording when it fits and the card wording when it does not', () => {
    const short = {
      ...en,
      reasons: [
        ['Short and whole.', 'Card.'],
        [long(8), 'The card wording.'],
      ],
    };
    const p = plan(short, '4:5', 'poster');
    expect(joined(p)).toContain('Short and whole.');
    expect(joined(p)).toContain('The card wording.');
    expect(joined(p)).not.toContain('goes on and on');
    expect(p.shortened).toBeGreaterThanOrEqual(1);
  });

  it('leaves out the second reason first, then the first, and the warning last, whole', () => {
    const crowded = { ...en, reasons: [[long(3)], [long(4)]], warning: [long(2, 'warning')] };
    const card = plan(crowded, '5:4', 'card');
    expect(card.omitted).toEqual(['reason2', 'reason1']);
    expect(joined(card)).not.toContain('the reason');
    expect(joined(card)).not.toContain(en.reasonsTitle);
    expect(joined(card)).toContain('about the warning, and ends.');
    const tight = plan({ ...crowded, warning: [long(12, 'warning')] }, '5:4', 'card');
    expect(tight.omitted).toEqual(['reason2', 'reason1', 'warning']);
    expect(texts(tight).some((op) => op.text.includes('goes on'))).toBe(false);
  });

  it('never drops the headline or a figure: the text gets smaller instead', () => {
    const heavy = { ...en, headline: `${en.headline} ${en.headline}` };
    const p = plan(heavy, '1:1', 'poster', 2, true);
    expect(p.scale).toBeLessThan(2);
    const all = joined(p).replace(/\s/g, '');
    expect(all).toContain(heavy.headline.replace(/\s/g, ''));
    for (const f of heavy.figures) {
      expect(f.value.some((wording) => all.includes(wording.replace(/\s/g, '')))).toBe(true);
    }
    expect(all).not.toContain('…');
  });

  it('only text no wording can fit is cut, with an ellipsis, and says so', () => {
    const absurd = { ...en, headline: 'An absurd headline that goes on '.repeat(30) };
    const p = plan(absurd, '5:4', 'card');
    expect(p.truncated).toBe(true);
    expect(texts(p).some((op) => op.text.endsWith('…'))).toBe(true);
    expectInside(p);
  });

  it('a poster with the code shows it at the bottom with a line to long-press', () => {
    const p = plan(zh, '4:5', 'poster', 1, true);
    const image = p.ops.find((op) => op.op === 'image');
    expect(image).toEqual(expect.objectContaining({ image: 'code', w: 102, h: 102 }));
    expect(joined(p).replace(/\s/g, '')).toContain(t('zh', 'share.poster.code', { app: '公众号选型助手' }));
    expect(joined(p)).not.toContain('微信搜索');
  });

  it('without the code, the poster names what to search for in WeChat (the Chinese name in English too)', () => {
    const zhPoster = plan(zh, '4:5', 'poster', 1, false);
    expect(zhPoster.ops.some((op) => op.op === 'image')).toBe(false);
    expect(joined(zhPoster)).toContain('微信搜索「公众号选型助手」');
    expect(joined(plan(en, '1:1', 'poster')).replace(/\s/g, '')).toContain(
      'Search"公众号选型助手"(OANavigator)inWeChat',
    );
  });

  it('a card says tap to open in WeChat and never carries the code', () => {
    const card = plan(en, '5:4', 'card', 1, true);
    expect(card.ops.some((op) => op.op === 'image')).toBe(false);
    expect(joined(card)).toContain('Tap to see the full result in WeChat');
  });

  it('uses bigger type for a bigger font setting, clamped to 0.8-2.0', () => {
    const headSize = (fontScale: number) => {
      const p = plan({ ...en, headline: 'Short' }, '4:5', 'poster', fontScale);
      const head = texts(p).find((op) => op.text === 'Short');
      return Number(/(\d+)px/.exec(head?.font ?? '')?.[1]);
    };
    expect(headSize(0.8)).toBeLessThan(headSize(1));
    expect(headSize(2)).toBeGreaterThan(headSize(1));
    expect(headSize(5)).toBe(headSize(2));
    expect(headSize(0.1)).toBe(headSize(0.8));
  });
});

describe('poster draw step', () => {
  it('replays exactly the plan on a 2D context, the code image included', () => {
    const calls: string[] = [];
    const ctx: Canvas2DLike = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      font: '',
      textBaseline: '',
      textAlign: '',
      fillRect: (x, y, w, h) => calls.push(`fillRect ${String(ctx.fillStyle)} ${x} ${y} ${w} ${h}`),
      fillText: (text, x, y) => calls.push(`fillText ${ctx.font} ${String(ctx.fillStyle)} ${x} ${y} ${text}`),
      beginPath: () => calls.push('beginPath'),
      moveTo: (x, y) => calls.push(`moveTo ${x} ${y}`),
      lineTo: (x, y) => calls.push(`lineTo ${x} ${y}`),
      stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)} ${ctx.lineWidth}`),
      drawImage: (image, x, y, w, h) => calls.push(`drawImage ${String(image)} ${x} ${y} ${w} ${h}`),
    };
    const p = plan(zh, '4:5', 'poster', 1, true);
    drawPlan(ctx, p, { code: 'CODE' });

    const expected: string[] = [];
    for (const op of p.ops) {
      if (op.op === 'rect') expected.push(`fillRect ${op.color} ${op.x} ${op.y} ${op.w} ${op.h}`);
      else if (op.op === 'text') expected.push(`fillText ${op.font} ${op.color} ${op.x} ${op.y} ${op.text}`);
      else if (op.op === 'image') expected.push(`drawImage CODE ${op.x} ${op.y} ${op.w} ${op.h}`);
      else
        expected.push(
          'beginPath',
          `moveTo ${op.x1} ${op.y1}`,
          `lineTo ${op.x2} ${op.y2}`,
          `stroke ${op.color} ${op.width}`,
        );
    }
    expect(calls).toEqual(expected);
    expect(ctx.textBaseline).toBe('top');
    expect(calls.filter((c) => c.startsWith('drawImage'))).toHaveLength(1);
  });
});
