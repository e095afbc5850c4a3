/**
 * A quiet line when the facts behind a page are more than 12 months past their review date
 * (the phone's clock against each fact's review date): the platform's rules move, so the
 * person is pointed at the official links. Renders nothing while the facts are fresh.
 *
 * Properties: `lang`; `facts`, the ids behind the page (a result's facts), all facts when empty.
 */
import { isLang, t } from '../../i18n/index';
import { factsFreshness } from '../../rules/freshness';
import { today } from '../../utils/clock';
import { sendChanges } from '../../utils/patch';

Component({
  properties: {
    lang: { type: String, value: 'zh' },
    facts: { type: Array, value: [] as string[] },
  },
  data: { text: '' },
  observers: {
    'lang, facts'() {
      this.check();
    },
  },
  lifetimes: {
    attached() {
      this.check();
    },
  },
  methods: {
    check() {
      const lang = isLang(this.data.lang) ? this.data.lang : 'zh';
      const ids = this.data.facts as string[];
      const age = ids.length ? factsFreshness(today(), ids) : factsFreshness(today());
      const text = age?.stale
        ? t(lang, 'facts.stale', { date: age.reviewed, months: age.monthsElapsed })
        : '';
      sendChanges(this, { text });
    },
  },
});
