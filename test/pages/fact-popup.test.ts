/**
 * The fact popup as WeChat renders it (official compiler, vant's popup): the fact in the
 * reader's language, confidence in words, sources with addresses and copy buttons, the review
 * date, the question for WeChat where sources disagree, and "report a wrong fact" handing the
 * fact id to customer service. Closing by its button or the backdrop emits `close`.
 */
import simulate from 'miniprogram-simulate';
import { factView } from '../../miniprogram/i18n/fact-view';
import { t, type Lang } from '../../miniprogram/i18n/index';
import { FACTS } from '../../miniprogram/rules/knowledge';
import { RULES_VERSION } from '../../miniprogram/rules/version';
import { loadComponent, textOf } from '../helpers/load';

type Comp = ReturnType<typeof simulate.render>;

const rendered: Comp[] = [];

function render(props: Record<string, unknown>): Comp {
  const comp = simulate.render(loadComponent('components/fact-popup/index'), props);
  comp.attach(document.createElement('parent-wrapper'));
  rendered.push(comp);
  return comp;
}

afterEach(() => {
  for (const comp of rendered.splice(0)) (comp as unknown as { detach(): void }).detach();
  jest.restoreAllMocks();
});

/** vant's popup shows its content after its enter transition starts: wait for it, not a fixed time. */
async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 3000) throw new Error(`fact popup: ${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const opened = (comp: Comp) => until(() => !!comp.querySelector('.fact-popup__statement'), 'opening');

/** Props a vant button received (simulate does not render attributes). */
function buttonProps(comp: Comp, selector: string): Record<string, unknown> {
  const node = comp.querySelector(selector) as unknown as { data: Record<string, unknown> } | undefined;
  if (!node) throw new Error(`no ${selector}`);
  return node.data;
}

function closeEvents(comp: Comp): unknown[] {
  const events: unknown[] = [];
  (
    comp as unknown as { addEventListener: (n: string, f: (e: { detail: unknown }) => void) => void }
  ).addEventListener('close', (e) => events.push(e.detail));
  return events;
}

describe('fact popup', () => {
  it.each(['zh', 'en'] as Lang[])(
    'shows a fact with its sources, addresses and review date (%s)',
    async (lang) => {
      const comp = render({ lang, factId: 'W3' });
      await opened(comp);
      const view = factView(lang, 'W3');
      if (!view) throw new Error('W3 missing');
      const text = textOf(comp.querySelector('.fact-popup__body'));
      expect(textOf(comp.querySelector('.fact-popup__title'))).toBe(t(lang, 'factPopup.title'));
      expect(textOf(comp.querySelector('.fact-popup__statement'))).toBe(t(lang, 'fact.W3'));
      expect(text).toContain(view.confidence);
      expect(text).toContain(view.reviewed);
      for (const source of view.sources) {
        expect(text).toContain(source.name);
        if (source.address) expect(text).toContain(source.address);
        if (source.date) expect(text).toContain(source.date);
      }
      const copies = comp.querySelectorAll('.fact-popup__copy');
      expect(copies.length).toBe(view.sources.filter((s) => s.address).length);
      // No disagreement on W3: no question to send.
      expect(comp.querySelector('.fact-popup__question')).toBeUndefined();
    },
  );

  it('where sources disagree: the conflict, the Chinese question with its English gloss, and a copy button', async () => {
    const comp = render({ lang: 'en', factId: 'W4' });
    await opened(comp);
    expect(FACTS.W4?.conflict).toBe(true);
    expect(textOf(comp.querySelector('.fact-popup__conflict'))).toBe(t('en', 'conflict.W4'));
    expect(textOf(comp.querySelector('.fact-popup__question'))).toBe(t('zh', 'ask.W4'));
    expect(textOf(comp.querySelector('.fact-popup__gloss'))).toBe(t('en', 'ask.W4'));
    const copied: string[] = [];
    const toast = jest.spyOn(wx, 'showToast');
    jest.spyOn(wx, 'setClipboardData').mockImplementation((options) => {
      copied.push(options.data);
      options.success?.({ errMsg: 'setClipboardData:ok' });
      return Promise.resolve({ errMsg: '' });
    });
    comp.querySelector('.fact-popup__copy-question >>> .van-button')?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(copied).toEqual([t('zh', 'ask.W4')]);
    expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t('en', 'factPopup.questionCopied')]);
  });

  it('in Chinese the question stands alone, without a gloss', async () => {
    const comp = render({ lang: 'zh', factId: 'C3' });
    await opened(comp);
    expect(textOf(comp.querySelector('.fact-popup__question'))).toBe(t('zh', 'ask.C3'));
    expect(comp.querySelector('.fact-popup__gloss')).toBeUndefined();
  });

  it('copies a source address and says so', async () => {
    const comp = render({ lang: 'en', factId: 'W3' });
    await opened(comp);
    const copied: string[] = [];
    const toast = jest.spyOn(wx, 'showToast');
    jest.spyOn(wx, 'setClipboardData').mockImplementation((options) => {
      copied.push(options.data);
      options.success?.({ errMsg: 'setClipboardData:ok' });
      return Promise.resolve({ errMsg: '' });
    });
    comp.querySelector('.fact-popup__copy')?.dispatchEvent('tap');
    await simulate.sleep(0);
    const first = factView('en', 'W3')?.sources.find((s) => s.address)?.address;
    expect(copied).toEqual([first]);
    expect(toast.mock.calls.map(([o]) => o.title)).toEqual([t('en', 'common.copied')]);
  });

  it('"report a wrong fact" opens customer service with the fact id and rules version', async () => {
    const comp = render({ lang: 'zh', factId: 'C2' });
    await opened(comp);
    const props = buttonProps(comp, '.fact-popup__report');
    expect(props.openType).toBe('contact');
    expect(props.sessionFrom).toBe(`fact|C2|v${RULES_VERSION}`);
    expect(textOf(comp.querySelector('.fact-popup__report >>> .van-button'))).toBe(
      t('zh', 'factPopup.report'),
    );
  });

  it('shows several facts in order, or a FactView passed in', async () => {
    const several = render({ lang: 'en', factIds: ['R3', 'V2'] });
    await opened(several);
    const ids = several.querySelectorAll('.fact-popup__statement').map((node) => textOf(node));
    expect(ids).toEqual([t('en', 'fact.R3'), t('en', 'fact.V2')]);
    const given = render({ lang: 'en', fact: factView('en', 'T6') });
    await opened(given);
    expect(textOf(given.querySelector('.fact-popup__statement'))).toBe(t('en', 'fact.T6'));
  });

  it('the close button and the backdrop both close it and tell the page', async () => {
    const comp = render({ lang: 'en', factId: 'T1' });
    await opened(comp);
    const events = closeEvents(comp);
    comp.querySelector('.fact-popup__close')?.dispatchEvent('tap');
    await until(() => events.length === 1, 'close from the button');
    expect(events).toEqual([{}]);

    const again = render({ lang: 'en', factId: 'T1' });
    await opened(again);
    const fromBackdrop = closeEvents(again);
    // The backdrop is vant's overlay, two components deep without a class to select it by:
    // call the handler its tap runs.
    const popup = again.querySelector('.fact-popup__popup') as unknown as {
      instance: { onClickOverlay(): void };
    };
    popup.instance.onClickOverlay();
    await until(() => fromBackdrop.length === 1, 'close from the backdrop');
  });

  it('closing is one setData, and the fact stays in place while the popup slides away', async () => {
    const comp = render({ lang: 'en', factId: 'T1' });
    await opened(comp);
    const instance = comp.instance as unknown as {
      setData(patch: object): void;
      data: { show: boolean; facts: { id: string }[] };
    };
    const sent: object[] = [];
    const original = instance.setData.bind(instance);
    instance.setData = (patch: object) => {
      sent.push(patch);
      original(patch);
    };
    const events = closeEvents(comp);
    comp.querySelector('.fact-popup__close')?.dispatchEvent('tap');
    await until(() => events.length === 1, 'close from the button');
    // The page clears what it passed, as result/ and compare/ do on `close`.
    comp.setData({ factId: '' });
    // (simulate routes the page's property update through the same setData: left out here.)
    expect(sent.filter((patch) => !('factId' in patch))).toEqual([{ show: false }]);
    expect(instance.data.show).toBe(false);
    // vant's leave transition still draws the content: it is not emptied under it.
    expect(instance.data.facts.map((fact) => fact.id)).toEqual(['T1']);
  });

  it('stays closed with nothing to show', () => {
    const comp = render({ lang: 'en', factId: '' });
    expect(comp.querySelector('.fact-popup__body')).toBeUndefined();
  });
});
