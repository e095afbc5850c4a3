/**
 * The account-name checker as a person uses it: type a name, read its length as WeChat counts
 * it and the characters the rule refuses; tap a rule's source mark to see its fact. Each
 * keystroke is one setData carrying only what changed.
 */
import simulate from 'miniprogram-simulate';
import { t } from '../../miniprogram/i18n/index';
import { loadComponent, textOf } from '../helpers/load';

type Comp = ReturnType<typeof simulate.render>;

function render(lang: 'zh' | 'en'): Comp {
  const comp = simulate.render(loadComponent('components/name-checker/index'), { lang });
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

/** Types into the field as WeChat reports it: the whole value on every input event. */
async function type(comp: Comp, value: string): Promise<void> {
  const input = comp.querySelector('.name-checker__input');
  if (!input) throw new Error('no name field');
  input.dispatchEvent('input', { detail: { value } });
  await simulate.sleep(0);
}

const verdict = (comp: Comp) => textOf(comp.querySelector('.name-checker__verdict'));

describe('account-name checker', () => {
  it('counts a mixed Chinese and English name as WeChat does, in Chinese', async () => {
    const comp = render('zh');
    expect(comp.querySelector('.name-checker__verdict')).toBeUndefined();
    await type(comp, '上海咖啡Lab');
    expect(textOf(comp.querySelector('.name-checker__count'))).toBe(
      t('zh', 'nameCheck.count', { length: 11 }),
    );
    expect(verdict(comp)).toContain('长度 11');
    expect(verdict(comp)).toContain(t('zh', 'nameCheck.allOk'));
    expect(comp.querySelector('.name-checker__verdict--ok')).toBeDefined();
    // 16 Chinese characters are 32: too long by 2, though only 16 characters were typed.
    await type(comp, '上海浦东新区陆家嘴金融贸易区咖啡');
    expect(verdict(comp)).toContain('长度 32');
    expect(verdict(comp)).toContain(t('zh', 'nameCheck.long', { off: 2 }));
    expect(comp.querySelector('.name-checker__verdict--problem')).toBeDefined();
    await type(comp, '店a');
    expect(verdict(comp)).toContain(t('zh', 'nameCheck.short', { off: 1 }));
    // Cleared: nothing to judge.
    await type(comp, '');
    expect(comp.querySelector('.name-checker__verdict')).toBeUndefined();
  });

  it('names the characters the rule refuses, in English', async () => {
    const comp = render('en');
    await type(comp, 'Maison Lumière·Ｌａｂ!');
    expect(verdict(comp)).toContain('Length 19');
    expect(verdict(comp)).toContain(t('en', 'nameCheck.lengthOk'));
    expect(verdict(comp)).toContain(t('en', 'nameCheck.bad'));
    const chars = comp.querySelectorAll('.name-checker__char').map((node) => textOf(node));
    expect(chars).toEqual([
      'space',
      'è',
      '·',
      'Ｌ (use half-width L)',
      'ａ (use half-width a)',
      'ｂ (use half-width b)',
      '!',
    ]);
    await type(comp, 'MaisonLumiere');
    expect(comp.querySelectorAll('.name-checker__char')).toHaveLength(0);
    expect(verdict(comp)).toContain(t('en', 'nameCheck.allOk'));
  });

  it('says what it cannot check, lists the naming rules and reports a tapped source', async () => {
    const comp = render('en');
    const text = textOf(comp.querySelector('.name-checker'));
    expect(text).toContain(t('en', 'nameCheck.cannotCheck'));
    for (const key of [
      'nameCheck.rule.length',
      'nameCheck.rule.chars',
      'nameCheck.rule.unique',
      'nameCheck.rule.rename',
      'nameCheck.rule.miniProgram',
    ] as const) {
      expect(text).toContain(t('en', key));
    }
    const facts: string[] = [];
    // addEventListener works at run time but is missing from j-component's typings.
    const events = comp as unknown as {
      addEventListener: (name: string, listener: (event: { detail: { id: string } }) => void) => void;
    };
    events.addEventListener('fact', (event) => facts.push(event.detail.id));
    comp.querySelector('.name-checker__rule--length .name-checker__source')?.dispatchEvent('tap');
    comp.querySelector('.name-checker__rule--mini_program .name-checker__source')?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(facts).toEqual(['N1', 'M2']);
  });

  it('switches language with the page and keeps the verdict for the typed name', async () => {
    const comp = render('zh');
    await type(comp, 'ab');
    comp.setData({ lang: 'en' });
    expect(verdict(comp)).toContain(t('en', 'nameCheck.short', { off: 2 }));
    expect(textOf(comp.querySelector('.app-h2'))).toBe(t('en', 'nameCheck.title'));
  });

  it('sends one setData per keystroke, with only what changed', async () => {
    const comp = render('zh');
    const instance = comp.instance as unknown as { setData: (d: Record<string, unknown>) => void };
    const sent: string[] = [];
    const original = instance.setData.bind(instance);
    instance.setData = (d) => {
      sent.push(JSON.stringify(d));
      original(d);
    };
    const keystrokes = ['上', '上海', '上海咖', '上海咖啡', '上海咖啡 ', '上海咖啡 L'];
    const bytes: number[] = [];
    for (const value of keystrokes) {
      sent.length = 0;
      await type(comp, value);
      expect(sent.length).toBeLessThanOrEqual(1);
      bytes.push(sent.join('').length);
    }
    // Only the verdict's parts travel, never the rules or the labels.
    expect(sent.join('')).not.toContain('rules');
    console.log(
      `name checker setData per keystroke (JSON bytes): ${bytes.join(', ')}; max ${Math.max(...bytes)} B`,
    );
    expect(Math.max(...bytes)).toBeLessThan(400);
    // A trailing space changes nothing the person sees: no setData at all.
    expect(bytes[4]).toBe(0);
  });
});
