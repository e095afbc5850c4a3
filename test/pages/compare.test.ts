/** The comparison table: browsing local and overseas, and a fact sheet behind every cell. */
import { t, tt } from '../../miniprogram/i18n/index';
import { COMPARE_REGIONS, COMPARE_ROWS, COMPARE_TYPES } from '../../miniprogram/rules/compare';
import { FACTS, SOURCE_ADDRESSES } from '../../miniprogram/rules/knowledge';
import { press, renderPage, textOf } from '../helpers/load';
import { lastNav, resetPhone } from '../helpers/flow';
import { useLang } from '../helpers/lang';

describe('compare page', () => {
  beforeEach(resetPhone);

  it('shows every row with three type columns, each cell naming its facts', () => {
    const page = renderPage('pages/compare/index');
    const rows = page.comp.querySelectorAll('.compare__row');
    expect(rows.length).toBe(COMPARE_ROWS.length);
    expect(page.comp.querySelectorAll('.compare__cell').length).toBe(COMPARE_ROWS.length * 3);
    const head = textOf(page.comp.querySelector('.compare__head'));
    expect(head).toBe(
      (['subscription', 'service', 'wecom'] as const).map((type) => t('zh', `compare.type.${type}`)).join(''),
    );
    for (const row of COMPARE_ROWS) {
      const node = page.comp.querySelector(`.compare__row--${row.id}`);
      expect(textOf(node)).toContain(tt('zh', row.label));
      for (const id of row.cells.service.local.facts) expect(textOf(node)).toContain(id);
    }
  });

  it('switches between local and overseas entities with one small setData', async () => {
    const page = renderPage('pages/compare/index');
    const instance = page.page as unknown as { setData: (d: Record<string, unknown>) => void };
    const sent: string[] = [];
    const original = instance.setData.bind(instance);
    instance.setData = (d) => {
      sent.push(JSON.stringify(d));
      original(d);
    };
    expect(page.comp.querySelector('.compare__tab--local.compare__tab--on')).toBeDefined();
    // Overseas service accounts and WeChat Pay: sources disagree (L2, L3), so the cell says so.
    await press(page.comp, '.compare__tab--overseas');
    expect(sent).toEqual(['{"region":"overseas"}']);
    const pay = textOf(page.comp.querySelector('.compare__row--wechat_pay .compare__cell--service'));
    expect(pay).toContain(t('zh', 'result.feature.conflict'));
    expect(pay).toContain('L2');
  });

  it('tapping a fact id shows the fact, its confidence, sources and any conflict', async () => {
    useLang('en');
    // The first cell that cites a fact whose sources disagree (the fact sheet says which ones do).
    const cells = COMPARE_ROWS.flatMap((row) =>
      COMPARE_REGIONS.flatMap((region) => COMPARE_TYPES.map((type) => ({ row, region, type }))),
    );
    const found = cells
      .map((c) => ({ ...c, fact: c.row.cells[c.type][c.region].facts.find((id) => FACTS[id]?.conflict) }))
      .find((c) => c.fact !== undefined);
    const id = found?.fact;
    const fact = id === undefined ? undefined : FACTS[id];
    if (!found || !id || !fact) throw new Error('no compare cell cites a fact whose sources disagree');
    const page = renderPage('pages/compare/index');
    await press(page.comp, `.compare__tab--${found.region}`);
    await press(
      page.comp,
      `.compare__row--${found.row.id} .compare__cell--${found.type} .compare__fact--${id}`,
    );
    const sheet = textOf(page.comp.querySelector('.compare__sheet'));
    expect(sheet).toContain(`Fact ${id}`);
    expect(sheet).toContain(tt('en', { key: `fact.${id}` }));
    expect(sheet).toContain(t('en', `result.confidence.${fact.confidence}`));
    for (const address of SOURCE_ADDRESSES[id] ?? []) expect(sheet).toContain(address);
    expect(sheet).toContain(tt('en', { key: `conflict.${id}` }));
    expect(sheet).toContain(t('en', 'result.conflictAdvice'));
    await press(page.comp, '.compare__close');
    expect(page.comp.querySelector('.compare__sheet')).toBeUndefined();
    await press(page.comp, '.compare__start >>> .van-button');
    expect(lastNav()?.url).toBe('/pages/quiz/index');
  });
});
