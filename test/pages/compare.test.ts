/** The comparison table: browsing local and overseas, and a fact sheet behind every cell. */
import { t } from '../../miniprogram/i18n/index';
import { COMPARE_ROWS } from '../../miniprogram/rules/compare';
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
      ['subscription', 'service', 'wecom'].map((type) => t('zh', `compare.type.${type}`)).join(''),
    );
    for (const row of COMPARE_ROWS) {
      const node = page.comp.querySelector(`.compare__row--${row.id}`);
      expect(textOf(node)).toContain(t('zh', row.label.key));
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
    const page = renderPage('pages/compare/index');
    await press(page.comp, '.compare__tab--overseas');
    await press(page.comp, '.compare__row--wechat_pay .compare__cell--service .compare__fact--L2');
    const sheet = textOf(page.comp.querySelector('.compare__sheet'));
    expect(sheet).toContain('Fact L2');
    expect(sheet).toContain(t('en', 'fact.L2'));
    expect(sheet).toContain(t('en', 'result.confidence.medium'));
    expect(sheet).toContain('pay.weixin.qq.com');
    expect(sheet).toContain(t('en', 'result.conflictAdvice'));
    await press(page.comp, '.compare__close');
    expect(page.comp.querySelector('.compare__sheet')).toBeUndefined();
    await press(page.comp, '.compare__start >>> .van-button');
    expect(lastNav()?.url).toBe('/pages/quiz/index');
  });
});
