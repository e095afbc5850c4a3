/**
 * The result's folded sections (vant collapse): content sent and rendered only when opened,
 * the warnings critical first, the checklist's ticks, the what-if, the facts list, copying an
 * address, and the "source" marks that open the fact popup, in both languages.
 */
import simulate from 'miniprogram-simulate';
import { factView } from '../../miniprogram/i18n/fact-view';
import { t, tt, type Lang } from '../../miniprogram/i18n/index';
import { recommend } from '../../miniprogram/rules/engine';
import { whatIfs } from '../../miniprogram/rules/what-if';
import { lastNav, parseUrl } from '../helpers/flow';
import { press, renderPage, tap } from '../helpers/load';
import { FRENCH_BRAND } from '../helpers/personas';
import { openOwn, openSection, propsOf, recordSetData, text, texts, until } from './result-page';

const LANGS: Lang[] = ['zh', 'en'];
const rec = recommend(FRENCH_BRAND);

afterEach(() => jest.restoreAllMocks());

describe.each(LANGS)('folded sections (%s)', (lang) => {
  it('opening a section sends its content once, in one small setData', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    const sent = recordSetData(page);
    await openSection(page, 'warnings', '.result__warnings');
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0] ?? {}).sort()).toEqual(['body.warnings', 'open']);
    expect(Buffer.byteLength(JSON.stringify(sent[0]), 'utf8')).toBeLessThanOrEqual(4096);
    // Every warning, critical first, each with its severity in words.
    const shown = texts(page, '.result__warning-text');
    expect(shown).toEqual(rec.warnings.map((w) => `${tt(lang, w.text)}${t(lang, 'result.source')}`));
    expect(text(page, '.result__warning')).toContain(t(lang, 'result.severity.critical'));
    expect(rec.warnings.map((w) => w.severity).indexOf('critical')).toBe(0);
    // Closing hides it; opening again sends nothing new but the open list.
    tap(page.comp, '.result__section--warnings >>> .van-cell');
    await until(() => !page.comp.querySelector('.result__warnings'), 'closing');
    sent.length = 0;
    await openSection(page, 'warnings', '.result__warnings');
    expect(Object.keys(sent[0] ?? {})).toEqual(['open']);
  });

  it('a source mark opens the fact popup with the facts behind that point', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    tap(page.comp, '.result__critical .result__src');
    await until(() => !!page.comp.querySelector('.result__popup >>> .fact-popup__statement'), 'the popup');
    const critical = rec.warnings.find((w) => w.severity === 'critical');
    const statements = texts(page, '.result__popup >>> .fact-popup__statement');
    expect(statements).toEqual((critical?.facts ?? []).map((id) => factView(lang, id)?.statement));
    tap(page.comp, '.result__popup >>> .fact-popup__close');
    await until(() => (page.page.data.popupFacts as string[]).length === 0, 'closing the popup');
  });

  it('the documents checklist keeps its ticks across a reload and holds the name checker', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await openSection(page, 'documents', '.result__documents');
    const total = page.comp.querySelectorAll('.result__doc').length;
    expect(total).toBe(rec.documents.length);
    await press(page.comp, '.result__doc--application_letter');
    await press(page.comp, '.result__doc--company_bank');
    await press(page.comp, '.result__doc--company_bank');
    expect(text(page, '.result__docs-progress')).toBe(
      t(lang, 'result.documentsProgress', { done: 1, total }),
    );
    expect(page.comp.querySelector('.result__name-checker')).toBeDefined();
    const again = renderPage('pages/result/index');
    await openSection(again, 'documents', '.result__documents');
    expect(again.comp.querySelector('.result__doc--application_letter.result__doc--on')).toBeDefined();
    expect(again.comp.querySelector('.result__doc--company_bank.result__doc--on')).toBeUndefined();
  });

  it('a what-if shows in place what would change and opens in full on its own page', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await openSection(page, 'whatIf', '.result__whatifs');
    const sent = recordSetData(page);
    await press(page.comp, '.result__whatif--set_up_china_entity');
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0] ?? {}).sort()).toEqual(['activeWhatIf', 'whatIf']);
    const flip = whatIfs(rec).find((w) => w.id === 'set_up_china_entity');
    const flipHeadline = tt(lang, flip?.rec.headline ?? { key: '' });
    expect(text(page, '.result__whatif-headline')).toBe(flipHeadline);
    // The person's own result stays on the first screen.
    expect(text(page, '.result__headline')).toBe(tt(lang, rec.headline));
    await press(page.comp, '.result__whatif-open >>> .van-button');
    const nav = lastNav();
    expect(nav?.method).toBe('navigateTo');
    const full = renderPage('pages/result/index', parseUrl(nav?.url ?? '').query);
    expect(text(full, '.result__headline')).toBe(flipHeadline);
    expect(text(full, '.result__whatif-page')).toBe(
      t(lang, 'result.whatIfPage', { label: t(lang, 'whatif.set_up_china_entity') }),
    );
    expect(full.comp.querySelector('.result__section--whatIf')).toBeUndefined();
  });

  it('the facts list arrives five per tap, and each fact opens in the popup', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await openSection(page, 'sources', '.result__sources');
    expect(text(page, '.result__reviewed')).toBe(t(lang, 'knowledge.reviewed', { date: rec.reviewed }));
    let shown = page.comp.querySelectorAll('.result__source').length;
    expect(shown).toBe(5);
    while (page.comp.querySelector('.result__more-sources')) {
      await press(page.comp, '.result__more-sources');
      const now = page.comp.querySelectorAll('.result__source').length;
      expect(now - shown).toBeGreaterThan(0);
      expect(now - shown).toBeLessThanOrEqual(5);
      shown = now;
    }
    expect(shown).toBe(rec.facts.length);
    // W4's sources disagree: the list says so, and its popup carries the question for WeChat.
    expect(text(page, '.result__source--W4')).toContain(t(lang, 'conflict.W4'));
    tap(page.comp, '.result__source--W4');
    await until(() => !!page.comp.querySelector('.result__popup >>> .fact-popup__question'), 'the question');
    expect(text(page, '.result__popup >>> .fact-popup__question')).toBe(t('zh', 'ask.W4'));
  });

  it('copying a step’s official address says it was copied', async () => {
    const page = openOwn(FRENCH_BRAND, lang);
    await openSection(page, 'steps', '.result__steps');
    const copied: string[] = [];
    const toast = jest.spyOn(wx, 'showToast');
    jest.spyOn(wx, 'setClipboardData').mockImplementation((options) => {
      copied.push(options.data);
      options.success?.({ errMsg: 'setClipboardData:ok' });
      return Promise.resolve({ errMsg: '' });
    });
    await press(page.comp, '.result__copy');
    expect(copied).toEqual([rec.steps.find((step) => step.url)?.url]);
    expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t(lang, 'common.copied')]);
  });
});

describe('sections on a language switch', () => {
  it('an open section is rebuilt in the new language', async () => {
    const page = openOwn(FRENCH_BRAND, 'zh');
    await openSection(page, 'timeline', '.result__timeline');
    expect(text(page, '.result__timeline')).toContain(tt('zh', rec.timeline));
    const home = renderPage('pages/home/index');
    await press(home.comp, '.home__lang');
    page.page.onShow();
    await simulate.sleep(0);
    expect(text(page, '.result__timeline')).toContain(tt('en', rec.timeline));
    expect(propsOf(page, '.result__popup').lang).toBe('en');
  });
});

describe('section titles', () => {
  it.each([
    ['zh', '备选方案'],
    ['en', 'The alternative'],
  ] as [Lang, string][])('the runner-up section reads as a consultant would put it (%s)', (lang, title) => {
    const page = openOwn(FRENCH_BRAND, lang);
    const heads = page.page.data.heads as { name: string; title: string }[];
    expect(heads.find((h) => h.name === 'runnerUp')?.title).toBe(title);
    expect(texts(page, '.result__section--runnerUp >>> .van-cell__title')).toEqual([title]);
  });
});
