import { drawPlan, type Canvas2DLike } from '../../miniprogram/share/poster-draw';
import {
  planPosterContent,
  type PosterAspect,
  type PosterContent,
  type PosterPlan,
  type TextOp,
} from '../../miniprogram/share/poster-plan';
import { wrapLines, wrapText } from '../../miniprogram/share/text-wrap';

/** A stand-in for canvas measureText: CJK glyphs are square, Latin ones about half as wide. */
function fakeMeasure(text: string, font: string): number {
  const px = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  let w = 0;
  for (const ch of Array.from(text)) {
    if (/[\u3000-\u9fff\uff00-\uffef]/.test(ch)) w += px;
    else if (ch === ' ') w += px * 0.3;
    else if (/[A-Z]/.test(ch)) w += px * 0.7;
    else w += px * 0.55;
  }
  return w;
}

const FONT = 'normal 20px sans-serif';

describe('text wrapping', () => {
  it('breaks English at spaces and keeps every word whole', () => {
    const text = 'Register an overseas service account with your own foreign business licence';
    const lines = wrapText(text, 200, FONT, fakeMeasure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(fakeMeasure(line, FONT)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks Chinese between any two characters, never before closing punctuation', () => {
    const text = '服务号每月只能群发四次，订阅号每天一次。类型注册后基本无法更改，请谨慎选择。';
    for (const width of [100, 120, 140, 160, 180, 200, 220]) {
      const lines = wrapText(text, width, FONT, fakeMeasure);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(fakeMeasure(line, FONT)).toBeLessThanOrEqual(width);
        expect(line[0]).not.toMatch(/[，。、；：！？）」]/);
      }
    }
  });

  it('hard-breaks a word wider than the line', () => {
    const word = 'Internationalisation-of-verification-procedures';
    const lines = wrapText(`See ${word} now`, 120, FONT, fakeMeasure);
    for (const line of lines) expect(fakeMeasure(line, FONT)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(`See${word}now`);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('mixes Chinese and English: Latin words stay whole, Chinese breaks anywhere', () => {
    const text = '海外主体可以用 WeChat Pay Global 收取跨境付款，结算为外币。';
    const lines = wrapText(text, 150, FONT, fakeMeasure);
    for (const line of lines) expect(fakeMeasure(line, FONT)).toBeLessThanOrEqual(150);
    for (const word of ['WeChat', 'Pay', 'Global']) {
      expect(lines.some((l) => l.includes(word))).toBe(true);
    }
  });

  it('cuts to a line limit with an ellipsis that still fits', () => {
    const text = 'A very long reason that needs many lines to show in full on a narrow poster column';
    const { lines, truncated } = wrapLines(text, 150, FONT, fakeMeasure, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(fakeMeasure(line, FONT)).toBeLessThanOrEqual(150);
  });
});

const zhContent: PosterContent = {
  headline: '建议以海外主体注册服务号（海外营业执照路径）',
  reasonsTitle: '为什么',
  reasons: [
    '你在中国大陆没有公司，也不打算设立：只能用自己的海外营业执照注册。',
    '你要卖货并收款：只有认证的服务号能接入微信支付。',
    '你每周发布内容：服务号每月四次群发足够。',
  ],
  warningsTitle: '请注意',
  warnings: [
    '账号类型注册后基本无法更改：订阅号不能变成服务号。',
    '海外账号只能跨境收款，以人民币标价、外币结算。',
    '海外主体的账号不能迁出或迁入。',
  ],
  appName: '来自小程序「公众号选型助手」',
  reviewed: '资料核对于 2026-11',
};

const enContent: PosterContent = {
  headline: 'Register an overseas service account with your own foreign business licence',
  reasonsTitle: 'Why',
  reasons: [
    'You have no company in mainland China and do not plan one, so your own overseas licence is the route.',
    'You want to sell and take payments: only a verified service account can use WeChat Pay.',
    'You publish weekly: four broadcasts a month are enough.',
  ],
  warningsTitle: 'Watch out',
  warnings: [
    'The account type is effectively permanent: a subscription account cannot become a service account.',
    'An overseas account takes payments only cross-border, priced in RMB and settled in foreign currency.',
    'Accounts of overseas entities can neither start nor receive a migration.',
  ],
  appName: 'From the mini program "OA Navigator"',
  reviewed: 'Facts reviewed 2026-11',
};

const extreme: PosterContent = {
  ...enContent,
  headline: `${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)} ${'long headline '.repeat(12)}`,
  reasons: Array.from({ length: 6 }, (_, i) => `Reason ${i} ${'with many words '.repeat(20)}`),
  warnings: Array.from({ length: 6 }, (_, i) => `警告${i}${'类型注册后无法更改'.repeat(10)}`),
  appName: 'From the mini program "OA Navigator" '.repeat(4),
  reviewed: 'Facts reviewed 2026-11 '.repeat(4),
};

const texts = (plan: PosterPlan) => plan.ops.filter((op): op is TextOp => op.op === 'text');

function expectInside(plan: PosterPlan) {
  for (const op of plan.ops) {
    if (op.op === 'text') {
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.y).toBeGreaterThanOrEqual(0);
      // Width measured again here, so a plan that lies about its widths fails too.
      expect(op.x + fakeMeasure(op.text, op.font)).toBeLessThanOrEqual(plan.width);
      expect(op.y + op.height).toBeLessThanOrEqual(plan.height);
    } else if (op.op === 'rect') {
      expect(op.x + op.w).toBeLessThanOrEqual(plan.width);
      expect(op.y + op.h).toBeLessThanOrEqual(plan.height);
    } else {
      expect(Math.max(op.x1, op.x2)).toBeLessThanOrEqual(plan.width);
      expect(Math.max(op.y1, op.y2)).toBeLessThanOrEqual(plan.height);
    }
  }
  // No two lines of text overlap vertically when they share a column start.
  const lines = texts(plan).sort((a, b) => a.y - b.y);
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1] as TextOp;
    const cur = lines[i] as TextOp;
    if (prev.y !== cur.y) expect(cur.y).toBeGreaterThanOrEqual(prev.y + prev.height - 0.001);
  }
}

describe('poster plan', () => {
  const aspects: PosterAspect[] = ['1:1', '4:5', '5:4'];
  const scales = [0.8, 1, 2];

  it.each(
    aspects.flatMap((aspect) =>
      scales.flatMap((scale) => [
        ['zh', aspect, scale, zhContent],
        ['en', aspect, scale, enContent],
        ['extreme', aspect, scale, extreme],
      ]),
    ) as Array<[string, PosterAspect, number, PosterContent]>,
  )('%s content, %s, font scale %s: everything inside the canvas', (_name, aspect, fontScale, content) => {
    const plan = planPosterContent(content, { measureText: fakeMeasure, aspect, fontScale });
    expect(plan.width).toBe(600);
    expect(plan.height).toBe({ '1:1': 600, '4:5': 750, '5:4': 480 }[aspect]);
    expectInside(plan);
    const all = texts(plan).map((op) => op.text);
    // The headline starts the poster; the footer always names the mini program and the review date.
    expect(content.headline.startsWith(all[0]?.replace('…', '') ?? '')).toBe(true);
    expect(all.some((s) => s.startsWith(content.appName.slice(0, 8)))).toBe(true);
    expect(all.some((s) => s.startsWith(content.reviewed.slice(0, 8)))).toBe(true);
    // At least one warning survives every layout: the permanence warning must reach the reader.
    expect(all).toContain(content.warningsTitle);
  });

  it('shows the whole Chinese text at normal size in 4:5', () => {
    const plan = planPosterContent(zhContent, { measureText: fakeMeasure, aspect: '4:5', fontScale: 1 });
    const joined = texts(plan)
      .map((op) => op.text)
      .join('');
    for (const item of [...zhContent.reasons, ...zhContent.warnings]) expect(joined).toContain(item);
    expect(plan.truncated).toBe(false);
  });

  it('keeps the start of every reason and warning of long English text at normal size', () => {
    const plan = planPosterContent(enContent, { measureText: fakeMeasure, aspect: '4:5', fontScale: 1 });
    const lines = texts(plan).map((op) => op.text);
    for (const item of [...enContent.reasons.slice(0, 2), ...enContent.warnings.slice(0, 2)]) {
      expect(lines.some((l) => item.startsWith(l.replace('…', '').trim()) && l.length > 20)).toBe(true);
    }
    // The first warning (type is permanent) always reaches the poster.
    expect(lines.join(' ')).toContain('The account type is effectively permanent');
  });

  it('shortens with an ellipsis, and says so, when text cannot fit', () => {
    const plan = planPosterContent(extreme, { measureText: fakeMeasure, aspect: '1:1', fontScale: 2 });
    expect(plan.truncated).toBe(true);
    expect(texts(plan).some((op) => op.text.endsWith('…'))).toBe(true);
  });

  it('falls back to the bare app name when the long form does not fit', () => {
    const content = { ...enContent, appShort: 'OA Navigator' };
    const small = texts(planPosterContent(content, { measureText: fakeMeasure, fontScale: 1 })).map(
      (o) => o.text,
    );
    const huge = texts(planPosterContent(content, { measureText: fakeMeasure, fontScale: 2 })).map(
      (o) => o.text,
    );
    expect(small).toContain(enContent.appName);
    expect(huge).toContain('OA Navigator');
  });

  it('keeps the first warning over any reason when room is short', () => {
    const plan = planPosterContent(enContent, { measureText: fakeMeasure, aspect: '1:1', fontScale: 2 });
    const lines = texts(plan).map((o) => o.text);
    expect(lines).toContain('Watch out');
    expect(lines.join(' ')).toContain('The account type');
    expect(lines).not.toContain('Why');
  });

  it('uses bigger type for a bigger font setting, clamped to 0.8-2.0', () => {
    const headSize = (fontScale: number) => {
      const first = texts(planPosterContent(enContent, { measureText: fakeMeasure, fontScale }))[0];
      return Number(/(\d+)px/.exec(first?.font ?? '')?.[1]);
    };
    expect(headSize(0.8)).toBeLessThan(headSize(1));
    expect(headSize(2)).toBeGreaterThan(headSize(1));
    expect(headSize(5)).toBe(headSize(2));
    expect(headSize(0.1)).toBe(headSize(0.8));
  });
});

describe('poster draw step', () => {
  it('replays exactly the plan on a 2D context', () => {
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
    };
    const plan = planPosterContent(zhContent, { measureText: fakeMeasure, aspect: '4:5' });
    drawPlan(ctx, plan);

    const expected: string[] = [];
    for (const op of plan.ops) {
      if (op.op === 'rect') expected.push(`fillRect ${op.color} ${op.x} ${op.y} ${op.w} ${op.h}`);
      else if (op.op === 'text') expected.push(`fillText ${op.font} ${op.color} ${op.x} ${op.y} ${op.text}`);
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
    expect(calls.filter((c) => c.startsWith('fillText')).length).toBeGreaterThan(8);
  });
});
