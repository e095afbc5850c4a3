/**
 * The questionnaire: one page per question (`?at=<question>`), each opened on top of the one
 * before, so every way back (the navigation bar's arrow, the swipe, Android's back key and
 * the on-page Back) is WeChat's own page history: one question back. Every tap saves the
 * answers, so leaving WeChat and coming back resumes on the same question; each tap ends in
 * exactly one setData with only the keys that changed.
 */
import { t, tt, type Lang } from '../../i18n/index';
import { decodeQuery, encodeAnswers } from '../../share/codec';
import { currentLang } from '../../utils/lang';
import { cameFrom, goBack, openPage, setTitle } from '../../utils/nav';
import { sendChanges } from '../../utils/patch';
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
  /** On the first question: the count depends on the answers. Later: said when it changes. */
  totalNote: string;
  percent: number;
  isLast: boolean;
  canNext: boolean;
  /** Back leads to the previous question's page (else out of the questionnaire). */
  backToQuestion: boolean;
  /**
   * Opened on its own (resumed after WeChat restarted, or from a link) with questions before
   * it: the previous one is offered as a link that opens it on top, since back leads out.
   */
  canPrevious: boolean;
  notice: string;
}

type Screen = Omit<QuizData, 'txt' | 'notice' | 'backToQuestion' | 'canPrevious'>;

/** A count passed in a page query ("6"), or null. */
function count(value: string | undefined): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 && n < 100 ? n : null;
}

/**
 * Everything on screen that depends on the question and the answers. `was` is the total the
 * person saw last (on the page before, or on this page before a later answer changed it).
 */
function screen(lang: Lang, { answers, path, current }: QuizState, was: number | null): Screen {
  const index = Math.max(0, path.indexOf(current));
  const value = answers[current.id];
  const total = path.length;
  const params = { step: index + 1, total };
  let totalNote = '';
  if (was !== null && was !== total) totalNote = t(lang, 'quiz.totalChanged', { total, was });
  else if (index === 0) totalNote = t(lang, 'quiz.totalVaries');
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
    totalNote,
    // Answered questions count as done, so the bar moves when a question is answered.
    percent: Math.round((index / total) * 100),
    isLast: index === total - 1,
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
    totalNote: '',
    percent: 0,
    isLast: false,
    canNext: false,
    backToQuestion: false,
    canPrevious: false,
    notice: '',
  } as QuizData,

  /** Answers, path and this page's question; kept off `data` so taps do not resend them. */
  state: null as QuizState | null,
  /** Kept off `data`: the WXML never shows it, and WeChat counts unread data as redundant setData. */
  lang: 'zh' as Lang,
  /** The total this page showed last, so a change made on a later page is said on return. */
  shownTotal: null as number | null,
  /** Set while the next page opens: a second quick tap must not open it twice. */
  leaving: false,
  /** onShow right after onLoad has nothing to catch up on. */
  justLoaded: false,

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
      // The page before passes its answers in the link too: when the phone would not save them
      // (storage full), the saved question is not this one, and the link's answers carry on.
      const carried = query.a !== undefined && restored.at !== query.at ? decodeQuery(query) : null;
      state = carried?.ok
        ? start(carried.answers, [query.at])
        : start(restored.answers, [query.at, restored.at]);
    }
    // Answers the last tap removed (it changed an earlier answer) are reported on the page it opened.
    const pruned = count(query.pruned);
    if (pruned !== null && !notice) notice = t(lang, 'quiz.pruned', { count: pruned });
    this.state = state;
    this.justLoaded = true;
    storeProgress(state.answers, state.current.id, lang);
    const backToQuestion = cameFrom('quiz');
    this.show({
      txt: strings(lang, 'quiz.'),
      notice,
      backToQuestion,
      canPrevious: !backToQuestion && state.path.indexOf(state.current) > 0,
      ...screen(lang, state, count(query.was)),
    });
  },

  /**
   * Back on this page from a later one (or from the result, or after a language switch): the
   * answers may have moved on (a later answer changes the count; the result can edit answers),
   * so the saved progress is read again and the question is shown as it now stands.
   */
  onShow() {
    this.leaving = false;
    const before = this.state;
    if (!before || this.justLoaded) {
      this.justLoaded = false;
      return;
    }
    const lang = currentLang();
    const restored = restoreProgress();
    // Saved answers that lack this page's own answer are older than this page (the phone would
    // not save): the page's own answers stand.
    const answers = restored.answers[before.current.id] !== undefined ? restored.answers : before.answers;
    const state = start(answers, [before.current.id]);
    if (restored.at !== state.current.id) storeProgress(state.answers, state.current.id, lang);
    this.state = state;
    const next: Partial<QuizData> = { ...screen(lang, state, this.shownTotal) };
    if (lang !== this.lang) {
      this.lang = lang;
      setTitle(t(lang, 'quiz.nav'));
      next.txt = strings(lang, 'quiz.');
    }
    this.show(next);
  },

  /** One setData with only what changed (none at all when nothing did). */
  show(next: Partial<QuizData>) {
    // The count on screen is the path's whenever the progress line is drawn.
    if (next.progressText !== undefined && this.state) this.shownTotal = this.state.path.length;
    sendChanges(this, next);
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

  /** The page history's back, exactly as the navigation bar's arrow. */
  onBack() {
    goBack();
  },

  /** The question before this one, opened on top of it (this page stays, so back returns here). */
  onPrevious() {
    const state = this.state;
    const previous = state?.path[state.path.indexOf(state.current) - 1];
    if (!state || !previous || this.leaving) return;
    this.leaving = true;
    const query = [`at=${previous.id}`, `was=${state.path.length}`, encodeAnswers(state.answers)];
    openPage('quiz', query.join('&'), () => {
      this.leaving = false;
    });
  },

  /**
   * One tap: one step of the rules, one save, one setData with only what changed on this page;
   * a move opens the next question's page (or the result) on top of this one.
   */
  apply(tap: Tap) {
    const lang = this.lang;
    const before = this.state;
    const next = before && !this.leaving ? step(before, tap) : null;
    if (!before || !next) return;
    const own: QuizState = { ...next.state, current: before.current };
    this.state = own;
    const value = own.answers[own.current.id];
    if (tap.kind === 'toggle') {
      storeProgress(own.answers, own.current.id, lang);
      this.show({ ...screen(lang, own, this.shownTotal), notice: '' });
      return;
    }
    this.leaving = true;
    const onFail = () => {
      this.leaving = false;
    };
    // This page keeps showing its own answer, as it will when the person comes back to it.
    const mine = { selected: typeof value === 'string' ? value : '', notice: '' };
    if (next.kind === 'finish') {
      storeProgress(own.answers, null, lang);
      this.show(mine);
      openPage('result', undefined, onFail);
      return;
    }
    const following = next.state.current;
    storeProgress(own.answers, following.id, lang);
    this.show(mine);
    const query = [
      `at=${following.id}`,
      `was=${this.shownTotal ?? before.path.length}`,
      encodeAnswers(own.answers),
    ];
    if (next.dropped > 0) query.push(`pruned=${next.dropped}`);
    openPage('quiz', query.join('&'), onFail);
  },
});
