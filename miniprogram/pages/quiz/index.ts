/**
 * The questionnaire: one question per screen. Every tap saves the answers, so leaving WeChat
 * and coming back resumes on the same question; each tap ends in exactly one setData with
 * only the keys that changed.
 */
import { t, type Lang } from '../../i18n/index';
import { nextQuestion, pruneAnswers, questionById, questionsOnPath } from '../../rules/questions';
import type { Answers, Question } from '../../rules/types';
import { currentLang } from '../../utils/lang';
import { goBack, replacePage, setTitle } from '../../utils/nav';
import { changedKeys } from '../../utils/patch';
import { forgetProgress, restoreProgress, storeProgress } from '../../utils/progress';
import { strings } from '../../utils/text';

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

interface QuizData {
  [key: string]: unknown;
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

function questionView(lang: Lang, question: Question): QuestionView {
  return {
    id: question.id,
    multi: question.multi,
    title: t(lang, question.titleKey),
    why: t(lang, question.whyKey),
    options: question.options.map((id) => ({ id, label: t(lang, `q.${question.id}.opt.${id}`) })),
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

  /** Answers so far (pruned to the current path); kept off `data` so taps do not resend them. */
  answers: {} as Answers,
  currentId: '',
  /** Kept off `data`: the WXML never shows it, and WeChat counts unread data as redundant setData. */
  lang: 'zh' as Lang,

  onLoad(query: Record<string, string | undefined>) {
    const lang = currentLang();
    setTitle(t(lang, 'quiz.nav'));
    let notice = '';
    let answers: Answers = {};
    let at: string | undefined;
    if (query.restart === '1') {
      forgetProgress();
    } else {
      const restored = restoreProgress();
      if (restored.state === 'failed') notice = t(lang, 'common.restoreFailed');
      answers = restored.answers;
      at = restored.at;
    }
    this.answers = answers;
    const path = questionsOnPath(answers);
    const wanted = [query.at, at].find((id) => id !== undefined && path.some((q) => q.id === id));
    const current = (wanted && questionById(wanted)) || nextQuestion(answers) || path[path.length - 1];
    this.currentId = current.id;
    storeProgress(this.answers, current.id);
    this.lang = lang;
    this.setData({
      txt: strings(lang, 'quiz.'),
      notice,
      ...this.viewFor(lang, current),
    });
  },

  onShow() {
    // A language switch made on another page applies when the person comes back.
    const lang = currentLang();
    if (lang === this.lang) return;
    setTitle(t(lang, 'quiz.nav'));
    const current = questionById(this.currentId);
    if (!current) return;
    this.lang = lang;
    this.setData({ txt: strings(lang, 'quiz.'), ...this.viewFor(lang, current) });
  },

  /** Everything on screen that depends on the current question and the answers. */
  viewFor(lang: Lang, question: Question) {
    const path = questionsOnPath(this.answers);
    const index = Math.max(
      0,
      path.findIndex((q) => q.id === question.id),
    );
    const value = this.answers[question.id];
    const params = { step: index + 1, total: path.length };
    return {
      q: questionView(lang, question),
      selected: typeof value === 'string' ? value : '',
      checked: Array.isArray(value) ? value : [],
      progressText: t(lang, 'quiz.progress', params),
      progressLabel: t(lang, 'quiz.progressLabel', params),
      // Answered questions count as done, so the bar moves when a question is answered.
      percent: Math.round((index / path.length) * 100),
      isLast: index === path.length - 1,
      canNext: question.multi || value !== undefined,
    };
  },

  onPick(
    event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { option: string }>,
  ) {
    const option = event.currentTarget.dataset.option;
    const question = questionById(this.currentId);
    if (!question || question.multi || !question.options.includes(option)) return;
    const hadAnswer = this.answers[question.id] !== undefined;
    const before = Object.keys(this.answers).length;
    this.answers = pruneAnswers({ ...this.answers, [question.id]: option });
    const dropped = before + (hadAnswer ? 0 : 1) - Object.keys(this.answers).length;
    this.advance(question, dropped, { selected: option });
  },

  onToggle(
    event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { option: string }>,
  ) {
    const option = event.currentTarget.dataset.option;
    const question = questionById(this.currentId);
    if (!question || !question.multi || !question.options.includes(option)) return;
    const value = this.answers[question.id];
    const list = Array.isArray(value) ? value : [];
    const toggled = list.includes(option) ? list.filter((o) => o !== option) : [...list, option];
    // Display order, so the saved answer matches what validateAnswers returns.
    const ordered = question.options.filter((o) => toggled.includes(o));
    this.answers = pruneAnswers({ ...this.answers, [question.id]: ordered });
    storeProgress(this.answers, question.id);
    // The path can grow or shrink with the goals (e.g. selling makes the reach question moot).
    const { checked, progressText, progressLabel, percent, isLast } = this.viewFor(this.lang, question);
    this.setData(
      changedKeys(this.data, { checked, progressText, progressLabel, percent, isLast, notice: '' }),
    );
  },

  onNext() {
    const question = questionById(this.currentId);
    if (!question) return;
    if (this.answers[question.id] === undefined) {
      if (!question.multi) return;
      // Next with nothing ticked is a real answer ("none of these"), not a skip to the default.
      this.answers = pruneAnswers({ ...this.answers, [question.id]: [] });
    }
    this.advance(question, 0, {});
  },

  onBack() {
    const path = questionsOnPath(this.answers);
    const index = path.findIndex((q) => q.id === this.currentId);
    if (index <= 0) {
      goBack();
      return;
    }
    const previous = path[index - 1];
    this.currentId = previous.id;
    storeProgress(this.answers, previous.id);
    this.setData(changedKeys(this.data, { ...this.viewFor(this.lang, previous), notice: '' }));
  },

  /** Moves to the next question on the path after `from`, or to the result when there is none. */
  advance(from: Question, dropped: number, extra: Partial<QuizData>) {
    const lang = this.lang;
    const path = questionsOnPath(this.answers);
    const index = path.findIndex((q) => q.id === from.id);
    const following = path[index + 1];
    const notice = dropped > 0 ? t(lang, 'quiz.pruned', { count: dropped }) : '';
    if (!following) {
      storeProgress(this.answers, null);
      this.setData(changedKeys(this.data, { ...extra, notice }));
      replacePage('result');
      return;
    }
    this.currentId = following.id;
    storeProgress(this.answers, following.id);
    this.setData(changedKeys(this.data, { ...this.viewFor(lang, following), notice }));
  },
});
