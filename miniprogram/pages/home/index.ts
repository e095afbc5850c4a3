/**
 * Home: what the tool answers, Start / Continue, the comparison table, the language switch,
 * the date the facts were last reviewed, and a quiet notice once that date is over a year old.
 */
import { t, type Lang } from '../../i18n/index';
import { REVIEWED } from '../../rules/version';
import { PAGES } from '../../share/pages';
import { currentLang, setLang } from '../../utils/lang';
import { openPage, setTitle } from '../../utils/nav';
import { sendChanges } from '../../utils/patch';
import { restoreProgress } from '../../utils/progress';
import { strings } from '../../utils/text';

export interface HomeData {
  txt: Record<string, string>;
  /** For the components that word themselves (the stale-facts notice). */
  lang: Lang;
  reviewed: string;
  /** 'none' | 'partial' (unfinished questionnaire) | 'complete' (a result the result page can show). */
  progress: 'none' | 'partial' | 'complete';
  continueHint: string;
  notice: string;
}

Page({
  data: {
    txt: {},
    lang: 'zh',
    reviewed: '',
    progress: 'none',
    continueHint: '',
    notice: '',
  } as HomeData,

  onShow() {
    // Re-read on every show: the person may come back from the quiz or a result with new progress.
    this.render(currentLang());
  },

  render(lang: Lang) {
    const restored = restoreProgress();
    // Restored answers are on their path already: each one is a question answered.
    const answered = Object.keys(restored.answers).length;
    const progress = restored.complete ? 'complete' : answered > 0 ? 'partial' : 'none';
    setTitle(t(lang, 'home.nav'));
    const next: HomeData = {
      txt: strings(lang, 'common.', 'home.'),
      lang,
      reviewed: t(lang, 'knowledge.reviewed', { date: REVIEWED }),
      progress,
      continueHint: t(lang, 'home.continueHint', { count: answered }),
      // A failed restore is reported once: restoreProgress has already cleared the bad save.
      notice: restored.state === 'failed' ? t(lang, 'common.restoreFailed') : this.data.notice,
    };
    sendChanges(this, next);
  },

  onStart() {
    openPage('quiz', this.data.progress === 'none' ? undefined : 'restart=1');
  },

  onContinue() {
    openPage('quiz');
  },

  onLastResult() {
    openPage('result');
  },

  onCompare() {
    openPage('compare');
  },

  onSwitchLang() {
    const lang: Lang = this.data.lang === 'zh' ? 'en' : 'zh';
    setLang(lang);
    this.render(lang);
  },

  onShareAppMessage() {
    return { title: t(this.data.lang, 'home.shareTitle'), path: PAGES.home };
  },
});
