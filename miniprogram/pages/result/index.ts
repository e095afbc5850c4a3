/**
 * The result: headline, warnings first, reasons tied to the person's answers, fees, timeline,
 * checklist with persistent ticks, ordered steps, features, runner-up, what-if toggles that
 * recompute in place, sources and conflicts. Opened from the quiz (answers from storage) or
 * from a shared card (answers decoded from the query).
 */
import { hasKey, t, tt, type Lang } from '../../i18n/index';
import { evaluate } from '../../rules/engine';
import { questionsOnPath } from '../../rules/questions';
import type { Answers, Recommendation } from '../../rules/types';
import { whatIfs, type WhatIf } from '../../rules/what-if';
import { decodeQuery, encodeAnswers } from '../../share/codec';
import { chatShare, isSharedQuery, isSinglePageScene, timelineShare } from '../../share/payload';
import type { PosterSource } from '../../share/poster-plan';
import { currentLang } from '../../utils/lang';
import { copyText, openPage, replacePage, restartAt, setTitle } from '../../utils/nav';
import { forgetProgress, restoreProgress, storeProgress } from '../../utils/progress';
import { loadTicks, saveTicks } from '../../utils/storage';
import { enterScene } from '../../utils/system';
import { strings } from '../../utils/text';
import { resultView, ticksKey, whatIfChanges, type ResultView, type WhatIfChanges } from './view';

interface WhatIfView {
  id: string;
  label: string;
}

interface ResultData {
  [key: string]: unknown;
  lang: Lang;
  txt: Record<string, string>;
  /** 'result' | 'empty' (nothing to show yet) | 'error' (a shared link that cannot be read). */
  mode: 'loading' | 'result' | 'empty' | 'error';
  message: string;
  own: boolean;
  sharedNote: string;
  outdatedNote: string;
  view: Omit<ResultView, 'sources'> | null;
  /** Sent only while the folded facts list is open: it is the largest part of the view. */
  sources: ResultView['sources'];
  ticks: Record<string, boolean>;
  docsProgress: string;
  whatIfs: WhatIfView[];
  activeWhatIf: string;
  /** What would change under the active what-if: a small diff, so the tap stays one light setData. */
  whatIf: WhatIfChanges | null;
  /** Set when this page shows a what-if opened in full from the person's own result. */
  whatIfPageNote: string;
  /** For the share bar's poster: only what it draws (the whole recommendation is 4 KB). */
  rec: PosterSource | null;
  singlePage: boolean;
  /** The full list of facts is long: folded until asked for. */
  showSources: boolean;
  sourcesLabel: string;
  /** "Show N more" while part of the open list is still unsent; '' once it is all on screen. */
  sourcesMore: string;
}

/**
 * Facts sent per tap while the list is open: each fact carries its statement and addresses
 * (about 650 bytes in English), so 5 keep every tap under the 4 KB setData goal (npm run audit).
 */
const SOURCES_PER_TAP = 5;

/** The sources that open a result from a share link carry the codec's parameters. */
function isShareQuery(query: Record<string, string | undefined>): boolean {
  return isSharedQuery(query) || query.a !== undefined || query.v !== undefined;
}

Page({
  data: {
    lang: 'zh',
    txt: {},
    mode: 'loading',
    message: '',
    own: false,
    sharedNote: '',
    outdatedNote: '',
    view: null,
    sources: [],
    ticks: {},
    docsProgress: '',
    whatIfs: [],
    activeWhatIf: '',
    whatIf: null,
    whatIfPageNote: '',
    rec: null,
    singlePage: false,
    showSources: false,
    sourcesLabel: '',
    sourcesMore: '',
  } as ResultData,

  /** The result on screen: the person's own, a friend's, or a what-if opened in full. */
  base: null as Recommendation | null,
  flips: [] as WhatIf[],
  sharedState: null as { outdated: boolean } | null,
  /** The what-if label key when this page is a what-if opened in full (not the person's result). */
  whatIfOf: '',
  allSources: [] as ResultView['sources'],
  /** The chat-card image the share bar drew for this result, once it is ready. */
  cardImage: '',

  onLoad(query: Record<string, string | undefined>) {
    const lang = currentLang();
    setTitle(t(lang, 'result.nav'));
    const base = {
      lang,
      txt: strings(lang, 'common.', 'result.'),
      singlePage: isSinglePageScene(enterScene()),
    };
    let answers: Answers;
    if (isShareQuery(query)) {
      const decoded = decodeQuery(query);
      if (!decoded.ok) {
        this.setData({ ...base, mode: 'error', message: tt(lang, decoded.error.message) });
        return;
      }
      answers = decoded.answers;
      const whatIfOf = query.w ? `whatif.${query.w}` : '';
      if (whatIfOf && hasKey(whatIfOf)) this.whatIfOf = whatIfOf;
      else this.sharedState = { outdated: decoded.outdated };
    } else {
      const restored = restoreProgress();
      if (restored.state !== 'restored' || Object.keys(restored.answers).length === 0) {
        const message =
          restored.state === 'failed' ? t(lang, 'common.restoreFailed') : t(lang, 'result.noResult');
        this.setData({ ...base, mode: 'empty', message });
        return;
      }
      answers = restored.answers;
    }
    const evaluation = evaluate(answers);
    if (!evaluation.ok) {
      this.setData({ ...base, mode: 'error', message: tt(lang, evaluation.error.message) });
      return;
    }
    this.base = evaluation;
    // A what-if opened in full offers no further what-ifs: one flip at a time keeps it readable.
    this.flips = this.whatIfOf ? [] : whatIfs(evaluation.answers);
    const own = this.sharedState === null && !this.whatIfOf;
    this.setData({ ...base, ...this.render(lang), mode: 'result', own });
  },

  onShow() {
    const lang = currentLang();
    if (lang === this.data.lang || this.data.mode === 'loading') return;
    setTitle(t(lang, 'result.nav'));
    const txt = strings(lang, 'common.', 'result.');
    if (this.data.mode !== 'result') {
      this.setData({ lang, txt });
      return;
    }
    this.setData({ lang, txt, ...this.render(lang) });
  },

  /** Everything that depends on the result on screen, computed once per render. */
  render(lang: Lang) {
    const base = this.base as Recommendation;
    const { sources, ...view } = resultView(lang, base);
    this.allSources = sources;
    const ticked = loadTicks(ticksKey(base));
    const ticks: Record<string, boolean> = {};
    for (const doc of base.documents) ticks[doc.id] = ticked.includes(doc.id);
    return {
      view,
      ticks,
      docsProgress: this.progressText(lang, ticks),
      whatIfs: this.flips.map((w: WhatIf) => ({ id: w.id, label: tt(lang, w.label) })),
      whatIf: this.whatIfChanges(lang, this.data.activeWhatIf),
      whatIfPageNote: this.whatIfOf ? t(lang, 'result.whatIfPage', { label: t(lang, this.whatIfOf) }) : '',
      rec: {
        headline: base.headline,
        reasons: base.reasons,
        warnings: base.warnings,
        reviewed: base.reviewed,
      },
      ...this.sourcesShown(lang, this.data.showSources ? SOURCES_PER_TAP : 0),
      sourcesLabel: t(lang, 'result.showSources', { count: sources.length }),
      sharedNote: this.sharedState ? t(lang, 'result.shared') : '',
      outdatedNote: this.sharedState?.outdated ? t(lang, 'result.outdated') : '',
    };
  },

  /** The differences the active what-if would make, or null when none is active. */
  whatIfChanges(lang: Lang, id: string): WhatIfChanges | null {
    const flip = this.flips.find((w: WhatIf) => w.id === id);
    const base = this.base;
    if (!flip || !base) return null;
    const evaluation = evaluate(flip.answers);
    return evaluation.ok ? whatIfChanges(lang, base, evaluation) : null;
  },

  progressText(lang: Lang, ticks: Record<string, boolean>): string {
    const ids = Object.keys(ticks);
    return t(lang, 'result.documentsProgress', {
      done: ids.filter((id) => ticks[id]).length,
      total: ids.length,
    });
  },

  onTick(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>) {
    const id = event.currentTarget.dataset.id;
    const base = this.base;
    if (!base || !(id in this.data.ticks)) return;
    const ticks = { ...this.data.ticks, [id]: !this.data.ticks[id] };
    saveTicks(
      ticksKey(base),
      Object.keys(ticks).filter((key) => ticks[key]),
    );
    this.setData({ [`ticks.${id}`]: ticks[id], docsProgress: this.progressText(this.data.lang, ticks) });
  },

  onWhatIf(
    event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
  ) {
    const id = event.currentTarget.dataset.id;
    const activeWhatIf = this.data.activeWhatIf === id ? '' : id;
    this.setData({ activeWhatIf, whatIf: this.whatIfChanges(this.data.lang, activeWhatIf) });
  },

  /** The active what-if as a full result on its own page; back returns to the person's own. */
  onOpenWhatIf() {
    const flip = this.flips.find((w: WhatIf) => w.id === this.data.activeWhatIf);
    if (flip) openPage('result', `${encodeAnswers(flip.answers)}&w=${encodeURIComponent(flip.id)}`);
  },

  /** The first `count` facts of the list and the label for the rest. */
  sourcesShown(lang: Lang, count: number) {
    const left = this.allSources.length - count;
    return {
      sources: this.allSources.slice(0, count),
      sourcesMore:
        count > 0 && left > 0
          ? t(lang, 'result.moreSources', { count: Math.min(left, SOURCES_PER_TAP), left })
          : '',
    };
  },

  onToggleSources() {
    const showSources = !this.data.showSources;
    this.setData({ showSources, ...this.sourcesShown(this.data.lang, showSources ? SOURCES_PER_TAP : 0) });
  },

  /** Appends the next facts by index, so the ones already on screen are not sent again. */
  onMoreSources() {
    const from = this.data.sources.length;
    const next: ResultView['sources'] = this.allSources.slice(from, from + SOURCES_PER_TAP);
    if (!this.data.showSources || !next.length) return;
    const patch: Record<string, unknown> = {};
    next.forEach((source, i) => {
      patch[`sources[${from + i}]`] = source;
    });
    const { sourcesMore } = this.sourcesShown(this.data.lang, from + next.length);
    this.setData({ ...patch, sourcesMore });
  },

  onChangeAnswer(
    event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { question: string }>,
  ) {
    if (!this.data.own) return;
    replacePage('quiz', `at=${encodeURIComponent(event.currentTarget.dataset.question)}`);
  },

  onCopy(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { url: string }>) {
    copyText(event.currentTarget.dataset.url, t(this.data.lang, 'common.copied'));
  },

  onRestart() {
    forgetProgress();
    restartAt('quiz', 'restart=1');
  },

  onStartQuiz() {
    restartAt('quiz');
  },

  onTryYourself() {
    restartAt('home');
  },

  /** A friend's answers become the person's own saved progress, opened at the first question to adjust. */
  onStartFromShared() {
    const base = this.base;
    if (!base) return;
    const first = questionsOnPath(base.answers)[0];
    storeProgress(base.answers, first.id);
    restartAt('quiz', `at=${encodeURIComponent(first.id)}`);
  },

  onCompare() {
    openPage('compare');
  },

  onCard(event: WechatMiniprogram.CustomEvent<{ tempFilePath: string }>) {
    this.cardImage = event.detail.tempFilePath;
  },

  onShareAppMessage() {
    const rec = this.base;
    if (!rec) return { title: t(this.data.lang, 'home.shareTitle'), path: '/pages/home/index' };
    return chatShare(rec, this.data.lang, this.cardImage || undefined);
  },

  onShareTimeline() {
    const rec = this.base;
    if (!rec) return { title: t(this.data.lang, 'home.shareTitle') };
    return timelineShare(rec, this.data.lang);
  },
});
