/**
 * Navigation titles fit beside WeChat's capsule in both languages. The title is centred in a
 * 375 px bar; the capsule (87 px wide, 7 px from the right edge) leaves 171 px for a centred
 * title (2 × (187.5 − 7 − 87 − 8 px gap)). Widths are estimated at the bar's 17 px with a
 * generous per-character model (real fonts run narrower), and must stay within 160 px.
 */
import { LANGS, type Lang } from '../../miniprogram/i18n/index';
import { renderPage } from '../helpers/load';
import { resetPhone } from '../helpers/flow';
import { useLang } from '../helpers/lang';

const FONT_PX = 17;
const LIMIT_PX = 160;

/** Width at 17 px: a CJK or full-width character 1 em, capitals 0.7, other letters and digits 0.56, spaces 0.27. */
function titleWidth(text: string): number {
  let em = 0;
  for (const ch of Array.from(text)) {
    if (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch)) em += 1;
    else if (/\s/.test(ch)) em += 0.27;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.56;
  }
  return em * FONT_PX;
}

const PAGES: [string, Record<string, string>][] = [
  ['pages/home/index', {}],
  ['pages/quiz/index', {}],
  ['pages/compare/index', {}],
];

describe('navigation titles beside the capsule', () => {
  beforeEach(resetPhone);
  afterEach(() => jest.restoreAllMocks());

  it('the model measures as WeChat draws: the issue\'s "Your recommendation" is over the limit', () => {
    expect(titleWidth('Your recommendation')).toBeGreaterThan(LIMIT_PX);
    expect(titleWidth('公众号选型助手')).toBe(7 * FONT_PX);
  });

  it.each(LANGS.map((lang) => [lang] as [Lang]))('every title fits in %s', (lang) => {
    useLang(lang);
    const titles: string[] = [];
    const spy = jest.spyOn(wx, 'setNavigationBarTitle').mockImplementation((o) => {
      titles.push(o.title);
      return Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' });
    });
    const rows: string[] = [];
    for (const [rel, query] of PAGES) {
      titles.length = 0;
      renderPage(rel, query);
      const title = titles[titles.length - 1];
      expect(title).toBeTruthy();
      const width = titleWidth(title ?? '');
      rows.push(`  ${rel.padEnd(22)} ${(title ?? '').padEnd(18)} ${Math.round(width)} px`);
      expect(width).toBeLessThanOrEqual(LIMIT_PX);
    }
    spy.mockRestore();
    console.log(
      `navigation titles (${lang}), estimated width of ${LIMIT_PX} px allowed:\n${rows.join('\n')}`,
    );
  });
});
