/**
 * The result's first render, measured as WeChat counts it: the bytes of every setData the page
 * sends while it opens (UTF-8 JSON) and the WXML nodes it renders (vant's inner nodes included),
 * for three people: a French brand (its own result), a Shanghai blogger's result opened by a
 * friend, and a foreigner without a route. Budgets from issue 14: ≤ 8 KB, ≤ 250 nodes.
 */
import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import type { Lang } from '../../miniprogram/i18n/index';
import type { Answers } from '../../miniprogram/rules/types';
import { encodeAnswers } from '../../miniprogram/share/codec';
import { resetPhone, storage } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { loadComponent } from '../helpers/load';
import { BLOGGER, FOREIGNER, FRENCH_BRAND } from '../helpers/personas';
import { parseQueryString } from '../helpers/query';

interface Persona {
  name: string;
  answers: Answers;
  shared: boolean;
}

const PERSONAS: Persona[] = [
  { name: 'French brand, own result', answers: FRENCH_BRAND, shared: false },
  { name: 'Shanghai blogger, opened by a friend', answers: BLOGGER, shared: true },
  { name: 'foreigner without a route, own result', answers: FOREIGNER, shared: false },
];

const bytes = (data: unknown) => Buffer.byteLength(JSON.stringify(data), 'utf8');

/** Opens the result as WeChat would, counting what onLoad and onShow send. */
function firstRender(persona: Persona): { bytes: number; calls: number; nodes: number } {
  let query: Record<string, string> = {};
  if (persona.shared) query = parseQueryString(`${encodeAnswers(persona.answers)}&s=1`);
  else storage().set('oan.progress.v1', { f: 1, d: { answers: persona.answers, at: null } });
  const comp = simulate.render(loadComponent('pages/result/index'));
  comp.attach(document.createElement('parent-wrapper'));
  const page = comp.instance as unknown as Record<string, (arg?: unknown) => void> & {
    setData: (data: Record<string, unknown>, cb?: () => void) => void;
  };
  const original = page.setData.bind(page);
  const sent: number[] = [];
  page.setData = (data, cb) => {
    sent.push(bytes(data));
    original(data, cb);
  };
  page.onLoad?.call(page, query);
  page.onShow?.call(page);
  const nodes = comp.dom?.querySelectorAll('*').length ?? 0;
  return { bytes: sent.reduce((a, b) => a + b, 0), calls: sent.length, nodes };
}

describe('result page: first render budget', () => {
  const rows: string[] = [];
  afterAll(() => {
    fs.mkdirSync(path.resolve(__dirname, '../../.cache'), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, '../../.cache/result-budget.md'), `${rows.join('\n')}\n`);
  });

  describe.each(['zh', 'en'] as Lang[])('%s', (lang) => {
    it.each(PERSONAS)('$name', (persona) => {
      resetPhone();
      useLang(lang);
      const measured = firstRender(persona);
      rows.push(
        `| ${persona.name} | ${lang} | ${measured.bytes} B in ${measured.calls} setData | ${measured.nodes} nodes |`,
      );
      console.log(
        `result first render, ${persona.name} (${lang}): ${measured.bytes} B, ${measured.nodes} nodes`,
      );
      expect(measured.bytes).toBeLessThanOrEqual(8 * 1024);
      expect(measured.nodes).toBeLessThanOrEqual(250);
    });
  });
});
