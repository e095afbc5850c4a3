/**
 * The comparison as a person reads it: Official Accounts side by side, WeCom with its own
 * rows, local or overseas; a source mark per cell opening the shared fact popup (dimmed
 * backdrop, closes on an outside tap); the account-name checker below the table.
 */
import simulate from 'miniprogram-simulate';
import { t, tt } from '../../miniprogram/i18n/index';
import { COMPARE_REGIONS, COMPARE_ROWS } from '../../miniprogram/rules/compare';
import { OA_FEATURE_IDS, WECOM_FEATURE_IDS } from '../../miniprogram/rules/features';
import { FACTS } from '../../miniprogram/rules/knowledge';
import { press, renderPage, tap, textOf, type RenderedPage } from '../helpers/load';
import { lastNav, resetPhone } from '../helpers/flow';
import { useLang } from '../helpers/lang';

const rows = (page: RenderedPage, section: string) =>
  page.comp.querySelectorAll(`.compare__section--${section} .compare__row`);

/** vant's popup shows its content once its enter transition starts: wait for that, not a fixed time. */
async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 3000) throw new Error(`compare: ${what} never happened`);
    await simulate.sleep(5);
  }
}

const popupText = (page: RenderedPage) =>
  textOf(page.comp.querySelector('.compare__popup >>> .fact-popup__body'));

describe('compare page', () => {
  beforeEach(resetPhone);

  it('Official Accounts side by side; WeCom on its own rows, never "not supported" for what it is not', () => {
    const page = renderPage('pages/compare/index');
    expect(rows(page, 'oa')).toHaveLength(OA_FEATURE_IDS.length);
    expect(rows(page, 'wecom')).toHaveLength(WECOM_FEATURE_IDS.length);
    expect(textOf(page.comp.querySelector('.compare__section--oa .compare__head'))).toBe('订阅号服务号');
    // No WeCom cell among the Official Account rows, no Official Account cell among WeCom's.
    expect(page.comp.querySelectorAll('.compare__section--oa .compare__cell--wecom')).toHaveLength(0);
    expect(page.comp.querySelectorAll('.compare__section--wecom .compare__cell--service')).toHaveLength(0);
    const wecom = textOf(page.comp.querySelector('.compare__section--wecom'));
    expect(wecom).toContain(t('zh', 'compare.wecomNote'));
    for (const id of ['team_chat', 'customer_contact', 'external_contacts', 'verification']) {
      const row = COMPARE_ROWS.find((r) => r.id === id);
      if (!row) throw new Error(`no compare row ${id}`);
      expect(wecom).toContain(tt('zh', row.label));
      expect(wecom).toContain(tt('zh', row.cells.wecom.local.text));
    }
    // WeCom's column says what WeCom does: no "not supported" badge at all.
    expect(page.comp.querySelectorAll('.compare__section--wecom .compare__badge--no')).toHaveLength(0);
    // One source mark per cell, no fact-id chips.
    expect(page.comp.querySelectorAll('.compare__source')).toHaveLength(
      OA_FEATURE_IDS.length * 2 + WECOM_FEATURE_IDS.length,
    );
    expect(textOf(page.comp.querySelector('.compare'))).not.toMatch(/\b[A-Z]\d\b/);
  });

  it('switches between local and overseas entities with one small setData', async () => {
    const page = renderPage('pages/compare/index');
    const sent: string[] = [];
    const original = page.page.setData.bind(page.page);
    page.page.setData = (d, cb) => {
      sent.push(JSON.stringify(d));
      original(d, cb);
    };
    expect(page.comp.querySelector('.compare__tab--local.compare__tab--on')).toBeDefined();
    await press(page.comp, '.compare__tab--overseas');
    expect(sent).toEqual(['{"region":"overseas"}']);
    // Both regions are built when the page opens, so the first render carries the whole table.
    const opened = JSON.stringify(page.page.data).length;
    console.log(`compare: page data at open ${opened} B (both regions); region switch ${sent[0]?.length} B`);
    expect(opened).toBeLessThan(24 * 1024);
    // Overseas service accounts and WeChat Pay: cross-border only, so the cell says limited.
    const pay = textOf(page.comp.querySelector('.compare__row--wechat_pay .compare__cell--service'));
    expect(pay).toContain(tt('zh', { key: 'feature.wechat_pay.overseas' }));
  });

  it("a cell's source mark opens its facts in the popup, which closes on its button or the backdrop", async () => {
    useLang('en');
    // The first cell that cites a fact whose sources disagree (the fact sheet says which ones do).
    const found = COMPARE_REGIONS.flatMap((region) =>
      OA_FEATURE_IDS.flatMap((id) =>
        (['subscription', 'service'] as const).map((type) => {
          const facts = COMPARE_ROWS.find((r) => r.id === id)?.cells[type][region].facts ?? [];
          return { id, type, region, facts, conflict: facts.find((f) => FACTS[f]?.conflict) };
        }),
      ),
    ).find((c) => c.conflict !== undefined);
    if (!found?.conflict) throw new Error('no compare cell cites a fact whose sources disagree');
    const page = renderPage('pages/compare/index');
    await press(page.comp, `.compare__tab--${found.region}`);
    await press(page.comp, `.compare__row--${found.id} .compare__cell--${found.type} .compare__source`);
    await until(() => popupText(page) !== '', 'the popup opening');
    expect(page.page.data.factIds).toEqual(found.facts);
    for (const id of found.facts) expect(popupText(page)).toContain(tt('en', { key: `fact.${id}` }));
    expect(popupText(page)).toContain(tt('en', { key: `conflict.${found.conflict}` }));
    tap(page.comp, '.compare__popup >>> .fact-popup__close');
    await until(() => (page.page.data.factIds as string[]).length === 0, 'closing from the button');

    // Again, then a tap outside the sheet: vant's overlay runs the popup's onClickOverlay.
    await press(page.comp, `.compare__row--${found.id} .compare__cell--${found.type} .compare__source`);
    await until(() => popupText(page) !== '', 'the popup opening again');
    const popup = page.comp.querySelector('.compare__popup >>> .fact-popup__popup') as unknown as {
      instance: { onClickOverlay(): void; data: { overlay: boolean } };
    };
    expect(popup.instance.data.overlay).toBe(true);
    popup.instance.onClickOverlay();
    await until(() => (page.page.data.factIds as string[]).length === 0, 'closing from the backdrop');
  });

  it('carries the name checker: type a name, see its length; its sources open the popup', async () => {
    const page = renderPage('pages/compare/index');
    const input = page.comp.querySelector('.compare__names >>> .name-checker__input');
    input?.dispatchEvent('input', { detail: { value: '上海咖啡 Lab' } });
    await simulate.sleep(0);
    const verdict = textOf(page.comp.querySelector('.compare__names >>> .name-checker__verdict'));
    expect(verdict).toContain(t('zh', 'nameCheck.count', { length: 12 }));
    expect(verdict).toContain(t('zh', 'nameCheck.space'));
    await press(page.comp, '.compare__names >>> .name-checker__rule--mini_program .name-checker__source');
    await until(() => popupText(page) !== '', 'the naming fact');
    expect(popupText(page)).toContain(t('zh', 'fact.M2'));
  });

  it('reads in English, and Start opens the questionnaire', async () => {
    useLang('en');
    const page = renderPage('pages/compare/index');
    expect(textOf(page.comp.querySelector('.compare__section--wecom .compare__section-title'))).toBe('WeCom');
    expect(textOf(page.comp.querySelector('.compare__names >>> .app-h2'))).toBe(t('en', 'nameCheck.title'));
    await press(page.comp, '.compare__start >>> .van-button');
    expect(lastNav()?.url).toBe('/pages/quiz/index');
  });
});
