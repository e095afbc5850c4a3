/**
 * The account-name checker: type a proposed name, see its length as WeChat counts it, the
 * characters the rule refuses, and the naming rules, each with a source mark. The checking is
 * rules/name-check.ts; this view only words it.
 *
 * Properties: `lang`.
 * Events: `fact` { id } when a rule's source mark is tapped: the page shows the fact (its own
 * fact popup), so the checker works wherever a page places it.
 */
import { isLang, t, type Lang, type MessageKey } from '../../i18n/index';
import { checkName, type BadChar, type NameCheck } from '../../rules/name-check';
import { sendChanges } from '../../utils/patch';
import { strings } from '../../utils/text';

/** The rules listed under the field, each with the fact it comes from (N1; M2 for Mini Programs). */
const RULES: readonly { id: string; key: MessageKey; fact: 'N1' | 'M2' }[] = [
  { id: 'length', key: 'nameCheck.rule.length', fact: 'N1' },
  { id: 'chars', key: 'nameCheck.rule.chars', fact: 'N1' },
  { id: 'unique', key: 'nameCheck.rule.unique', fact: 'N1' },
  { id: 'rename', key: 'nameCheck.rule.rename', fact: 'N1' },
  { id: 'mini_program', key: 'nameCheck.rule.miniProgram', fact: 'M2' },
];

/** The name typed so far, per checker: kept off `data`, since the input shows it already. */
const typedNames = new WeakMap<object, string>();

interface Verdict {
  /** '' until something is typed. */
  status: '' | 'ok' | 'problem';
  count: string;
  lengthText: string;
  bad: string[];
}

export interface NameCheckerData extends Verdict {
  txt: Record<string, string>;
  rules: { id: string; text: string; fact: string }[];
}

function badLabel(lang: Lang, bad: BadChar): string {
  if (bad.kind === 'space') return t(lang, 'nameCheck.space');
  if (bad.kind === 'fullwidth')
    return t(lang, 'nameCheck.fullwidth', { char: bad.char, half: bad.halfWidth ?? '' });
  return bad.char;
}

function lengthText(lang: Lang, check: NameCheck): string {
  switch (check.lengthVerdict) {
    case 'empty':
      return '';
    case 'short':
      return t(lang, 'nameCheck.short', { off: check.off });
    case 'long':
      return t(lang, 'nameCheck.long', { off: check.off });
    case 'ok':
      return t(lang, check.bad.length ? 'nameCheck.lengthOk' : 'nameCheck.allOk');
  }
}

function verdict(lang: Lang, value: string): Verdict {
  const check = checkName(value);
  if (check.lengthVerdict === 'empty') return { status: '', count: '', lengthText: '', bad: [] };
  return {
    status: check.ok ? 'ok' : 'problem',
    count: t(lang, 'nameCheck.count', { length: check.length }),
    lengthText: lengthText(lang, check),
    bad: check.bad.map((b) => badLabel(lang, b)),
  };
}

Component({
  properties: {
    lang: { type: String, value: 'zh' },
  },
  data: {
    txt: {},
    rules: [],
    status: '',
    count: '',
    lengthText: '',
    bad: [],
  } as NameCheckerData,
  observers: {
    lang() {
      this.render();
    },
  },
  lifetimes: {
    // A page that passes its language from its own data passes '' until its onLoad (which WeChat
    // runs after its components attach): the lang observer renders then, once, in that language.
    attached() {
      if (isLang(this.data.lang)) this.render();
    },
  },
  methods: {
    currentLang(): Lang {
      return isLang(this.data.lang) ? this.data.lang : 'zh';
    },
    render() {
      const lang = this.currentLang();
      const next: NameCheckerData = {
        txt: strings(lang, 'nameCheck.'),
        rules: RULES.map((rule) => ({ id: rule.id, text: t(lang, rule.key), fact: rule.fact })),
        ...verdict(lang, typedNames.get(this) ?? ''),
      };
      sendChanges(this, next);
    },
    /** One keystroke: one setData with only the parts of the verdict that changed. */
    onInput(event: WechatMiniprogram.Input) {
      typedNames.set(this, event.detail.value);
      sendChanges(this, verdict(this.currentLang(), event.detail.value));
    },
    onSource(event: TapEvent<{ id: string }>) {
      this.triggerEvent('fact', { id: event.currentTarget.dataset.id });
    },
  },
});
