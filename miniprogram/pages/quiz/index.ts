/**
 * The questionnaire: one question per screen. Every tap saves the answers, so leaving WeChat
 * and coming back resumes on the same question; each tap ends in exactly one setData with
 * only the keys that changed.
 */
import { t, tt, type Lang } from '../../i18n/index';
import { currentLang } from '../../utils/lang';
import { goBack, replacePage, setTitle } from '../../utils/nav';
import { changedKeys } from '../../utils/patch';
import { forgetProgress, restoreProgress, storeProgress } from '../../utils/progress';
import { strings } from '../../utils/text';
import { start, step, type QuizState, type Tap } from './step';

interface OptionView {
  id: string;
  label: string;
}

interface QuestionView {
  id: string;
  multi: boolean;
  title: string;
  why: string;
  options: OptionView[];
}

export interface QuizData {
  txt: Record<string, string>;
  q: QuestionView | null;
  selected: string;
  checked: string[];
  progressText: string;
  progressLabel: string;
  percent: number;
  isLast: boolean;
  canNext: boolean;
  notice: string;
}

type Screen = Omit<QuizData, 'txt' | 'notice'>;

/** Everything on screen that depends on the question shown and the answers. */
function screen(lang: Lang, { answers, path, current }: QuizState): Screen {
  const index = Math.max(0, path.indexOf(current));
  const value = answers[current.id];
  const params = { step: index + 1, total: path.length };
  return {
    q: {
      id: current.id,
      multi: current.multi,
      title: tt(lang, { key: current.titleKey }),
      why: tt(lang, { key: current.whyKey }),
      options: current.options.map((id) => ({ id, label: tt(lang, { key: `q.${current.id}.opt.${id}` }) })),
    },
    selected: typeof value === 'string' ? value : '',
    checked: Array.isArray(value) ? value : [],
    progressText: t(lang, 'quiz.progress', params),
    progressLabel: t(lang, 'quiz.progressLabel', params),
    // Answered questions count as done, so the bar moves when a question is answered.
    percent: Math.round((index / path.length) * 100),
    isLast: index === path.length - 1,
    canNext: current.multi || value !== undefined,
  };
}

Page({
  data: {
    txt: {},
    q: null,
    selected: '',
    checked: [],
    progressText: '',
    progressLabel: '',
    percent: 0,
    isLast: false,
    canNext: false,
    notice: '',
  } as QuizData,

  /** Answers, path and question on screen; kept off `data` so taps do not resend them. */
  state: null as QuizState | null,
  /** Kept off `data`: the WXML never shows it, and WeChat counts unread data as redundant setData. */
  lang: 'zh' as Lang,

  onLoad(query: Record<string, string | undefined>) {
    const lang = currentLang();
    this.lang = lang;
    setTitle(t(lang, 'quiz.nav'));
    let notice = '';
    let state: QuizState;
    if (query.restart === '1') {
      forgetProgress();
      state = start({}, []);
    } else {
      const restored = restoreProgress();
      if (restored.state === 'failed') notice = t(lang, 'common.restoreFailed');
      state = start(restored.answers, [query.at, restored.at]);
    }
    this.state = state;
    storeProgress(state.answers, state.current.id, lang);
    this.setData(changedKeys(this.data, { txt: strings(lang, 'quiz.'), notice, ...screen(lang, state) }));
  },

  onShow() {
    // A language switch made on another page applies when the person comes back.
    const lang = currentLang();
    if (lang === this.lang || !this.state) return;
    this.lang = lang;
    setTitle(t(lang, 'quiz.nav'));
    this.setData(changedKeys(this.data, { txt: strings(lang, 'quiz.'), ...screen(lang, this.state) }));
  },

  onPick(event: TapEvent<{ option: string }>) {
    this.apply({ kind: 'pick', option: event.currentTarget.dataset.option });
  },

  onToggle(event: TapEvent<{ option: string }>) {
    this.apply({ kind: 'toggle', option: event.currentTarget.dataset.option });
  },

  onNext() {
    this.apply({ kind: 'next' });
  },

  onBack() {
    this.apply({ kind: 'back' });
  },

  /** One tap: one step of the rules, one save, one setData with only what changed. */
  apply(tap: Tap) {
    const lang = this.lang;
    const next = this.state && step(this.state, tap);
    if (!next) return;
    if (next.kind === 'leave') {
      goBack();
      return;
    }
    const notice = next.dropped > 0 ? t(lang, 'quiz.pruned', { count: next.dropped }) : '';
    this.state = next.state;
    if (next.kind === 'finish') {
      storeProgress(next.state.answers, null, lang);
      const selected = tap.kind === 'pick' ? tap.option : this.data.selected;
      this.setData(changedKeys(this.data, { selected, notice }));
      replacePage('result');
      return;
    }
    storeProgress(next.state.answers, next.state.current.id, lang);
    this.setData(changedKeys(this.data, { ...screen(lang, next.state), notice }));
  },
});
