/**
 * The facts behind a point, in a vant popup from the bottom: each fact in the reader's
 * language with its confidence in words, its sources (name, kind, date, address with a copy
 * button), its review date, and where the sources disagree the ready-written question for
 * WeChat's support (Chinese, with the English gloss in the English interface) and a copy
 * button; "report a wrong fact" opens WeChat's customer service with the fact id.
 *
 * Properties: `lang`; what to show, one of: `fact-id` (one id), `fact-ids` (several, in
 * order) or `fact` (a FactView already built). The popup is open while one of them is set.
 * Events: `close` {} when the person closes it (close button or a tap on the backdrop); the
 * page then clears what it passed.
 */
import { factView, type FactView } from '../../i18n/fact-view';
import { isLang, t, type Lang } from '../../i18n/index';
import { RULES_VERSION } from '../../rules/version';
import { copyText } from '../../utils/nav';
import { sendChanges } from '../../utils/patch';

/** What the popup shows of a fact: the view without its one-line summaries. */
type Shown = Omit<FactView, 'origin' | 'addresses' | 'derivedFrom'>;

function labels(lang: Lang) {
  return {
    title: t(lang, 'factPopup.title'),
    sources: t(lang, 'factPopup.sources'),
    copy: t(lang, 'factPopup.copy'),
    copyAddress: t(lang, 'factPopup.copyAddress'),
    sourceMeta: t(lang, 'factPopup.sourceMeta'),
    fact: t(lang, 'factPopup.fact'),
    conflict: t(lang, 'factPopup.conflict'),
    ask: t(lang, 'facts.ask'),
    copyQuestion: t(lang, 'factPopup.copyQuestion'),
    report: t(lang, 'factPopup.report'),
    close: t(lang, 'common.close'),
  };
}

function shown(view: FactView): Shown {
  const { id, statement, confidence, sources, reviewed, conflict, question, questionGloss } = view;
  return { id, statement, confidence, sources, reviewed, conflict, question, questionGloss };
}

Component({
  properties: {
    lang: { type: String, value: 'zh' },
    factId: { type: String, value: '' },
    factIds: { type: Array, value: [] as string[] },
    // type null: the page's object passes through as is.
    fact: { type: null, value: null as FactView | null },
  },
  data: {
    show: false,
    facts: [] as Shown[],
    txt: labels('zh'),
    version: RULES_VERSION,
  },
  observers: {
    'lang, factId, factIds, fact'() {
      const lang = this.currentLang();
      const given = this.data.fact as FactView | null;
      const ids = this.data.factId ? [this.data.factId] : (this.data.factIds as string[]);
      const views = given ? [given] : ids.map((id) => factView(lang, id));
      const facts = views.filter((view): view is FactView => view !== null).map(shown);
      // Cleared by the page: the facts stay in place while the popup slides away.
      if (!facts.length) sendChanges(this, { show: false });
      else sendChanges(this, { facts, show: true, txt: labels(lang) });
    },
  },
  methods: {
    currentLang(): Lang {
      return isLang(this.data.lang) ? this.data.lang : 'zh';
    },
    onClose() {
      sendChanges(this, { show: false });
      this.triggerEvent('close', {});
    },
    onCopyAddress(event: TapEvent<{ text: string }>) {
      copyText(event.currentTarget.dataset.text, this.currentLang());
    },
    onCopyQuestion(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { text: string }>,
    ) {
      copyText(event.currentTarget.dataset.text, this.currentLang(), 'factPopup.questionCopied');
    },
  },
});
