/**
 * The result: headline, warnings first, reasons tied to the person's answers, fees, timeline,
 * checklist with persistent ticks, ordered steps, features, runner-up, what-if toggles that
 * show in place what would change, sources and conflicts. Opened from the quiz (answers from
 * storage) or from a shared card (answers decoded from the query); see open.ts.
 */
import { t, tt, type Lang } from '../../i18n/index';
import { questionsOnPath } from '../../rules/questions';
import type { Recommendation } from '../../rules/types';
import type { WhatIf } from '../../rules/what-if';
import { encodeAnswers } from '../../share/codec';
import { PAGES } from '../../share/pages';
import { chatShare, isSinglePageScene, timelineShare } from '../../share/payload';
import type { PosterContent } from '../../share/poster-plan';
import { currentLang } from '../../utils/lang';
import { copyText, openPage, replacePage, restartAt, setTitle } from '../../utils/nav';
import { changedKeys } from '../../utils/patch';
import { forgetProgress, restoreProgress, storeProgress } from '../../utils/progress';
import { loadTicks, saveTicks } from '../../utils/storage';
import { enterScene } from '../../utils/system';
import { strings } from '../../utils/text';
import { openResult, type Opened, type Query } from './open';
import { sourcesPage, SOURCES_PER_TAP } from './sources';
import { posterOf, resultView, ticksKey, whatIfChanges, type ResultView, type WhatIfChanges } from './view';

export interface ResultData {
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
  whatIfs: { id: string; label: string }[];
  activeWhatIf: string;
  /** What would change under the active what-if: a small diff, so the tap stays one light setData. */
  whatIf: WhatIfChanges | null;
  /** Set when this page shows a what-if opened in full from the person's own result. */
  whatIfPageNote: string;
  /** The share bar's card and poster: the headline, reasons and warnings already in words. */
  poster: PosterContent | null;
  singlePage: boolean;
  /** The full list of facts is long: folded until asked for. */
  showSources: boolean;
  sourcesLabel: string;
  /** "Show N more" while part of the open list is still unsent; '' once it is all on screen. */
  sourcesMore: string;
}

function progressText(lang: Lang, ticks: Record<string, boolean>): string {
  const ids = Object.keys(ticks);
  return t(lang, 'result.documentsProgress', {
    done: ids.filter((id) => ticks[id]).length,
    total: ids.length,
  });
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
    poster: null,
    singlePage: false,
    showSources: false,
    sourcesLabel: '',
    sourcesMore: '',
  } as ResultData,

  /** What this page shows (open.ts); the recommendation and its what-ifs are worked out once. */
  opened: null as Extract<Opened, { ok: true }> | null,
  allSources: [] as ResultView['sources'],
  /** The chat-card image the share bar drew for this result, once it is ready. */
  cardImage: '',

  onLoad(query: Query) {
    const lang = currentLang();
    setTitle(t(lang, 'result.nav'));
    const base = {
      lang,
      txt: strings(lang, 'common.', 'result.'),
      singlePage: isSinglePageScene(enterScene()),
    };
    const opened = openResult(query, restoreProgress);
    if (!opened.ok) {
      this.setData(changedKeys(this.data, { ...base, mode: opened.mode, message: tt(lang, opened.message) }));
      return;
    }
    this.opened = opened;
    this.setData(
      changedKeys(this.data, { ...base, ...this.render(lang), mode: 'result', own: opened.kind === 'own' }),
    );
  },

  onShow() {
    const lang = currentLang();
    if (lang === this.data.lang || this.data.mode === 'loading') return;
    setTitle(t(lang, 'result.nav'));
    const txt = strings(lang, 'common.', 'result.');
    this.setData(
      changedKeys(
        this.data,
        this.data.mode === 'result' ? { lang, txt, ...this.render(lang) } : { lang, txt },
      ),
    );
  },

  /** Everything that depends on the result and the language, translated once per render. */
  render(lang: Lang) {
    const { rec, flips, kind, outdated, whatIfLabel } = this.opened as Extract<Opened, { ok: true }>;
    const { sources, ...view } = resultView(lang, rec);
    this.allSources = sources;
    const ticked = loadTicks(ticksKey(rec));
    const ticks: Record<string, boolean> = {};
    for (const doc of rec.documents) ticks[doc.id] = ticked.includes(doc.id);
    return {
      view,
      ticks,
      docsProgress: progressText(lang, ticks),
      whatIfs: flips.map((w: WhatIf) => ({ id: w.id, label: tt(lang, w.label) })),
      whatIf: this.changesFor(lang, this.data.activeWhatIf),
      whatIfPageNote: whatIfLabel ? t(lang, 'result.whatIfPage', { label: t(lang, whatIfLabel) }) : '',
      poster: posterOf(lang, view, rec.reviewed),
      ...sourcesPage(lang, sources, this.data.showSources ? SOURCES_PER_TAP : 0),
      sourcesLabel: t(lang, 'result.showSources', { count: sources.length }),
      sharedNote: kind === 'shared' ? t(lang, 'result.shared') : '',
      outdatedNote: outdated ? t(lang, 'result.outdated') : '',
    };
  },

  /** The differences the active what-if would make, or null when none is active. */
  changesFor(lang: Lang, id: string): WhatIfChanges | null {
    const flip = this.opened?.flips.find((w: WhatIf) => w.id === id);
    return flip && this.opened ? whatIfChanges(lang, this.opened.rec, flip.rec) : null;
  },

  onTick(event: TapEvent<{ id: string }>) {
    const id = event.currentTarget.dataset.id;
    const rec = this.opened?.rec;
    if (!rec || !(id in this.data.ticks)) return;
    const ticks = { ...this.data.ticks, [id]: !this.data.ticks[id] };
    saveTicks(
      ticksKey(rec),
      Object.keys(ticks).filter((key) => ticks[key]),
    );
    // A path key sends one tick, not the whole map (WeChat's setData takes paths; changedKeys cannot).
    this.setData({ [`ticks.${id}`]: ticks[id], docsProgress: progressText(this.data.lang, ticks) });
  },

  onWhatIf(event: TapEvent<{ id: string }>) {
    const id = event.currentTarget.dataset.id;
    const activeWhatIf = this.data.activeWhatIf === id ? '' : id;
    this.setData(
      changedKeys(this.data, { activeWhatIf, whatIf: this.changesFor(this.data.lang, activeWhatIf) }),
    );
  },

  /** The active what-if as a full result on its own page; back returns to the person's own. */
  onOpenWhatIf() {
    const flip = this.opened?.flips.find((w: WhatIf) => w.id === this.data.activeWhatIf);
    if (flip) openPage('result', `${encodeAnswers(flip.answers)}&w=${encodeURIComponent(flip.id)}`);
  },

  onToggleSources() {
    const showSources = !this.data.showSources;
    this.setData(
      changedKeys(this.data, {
        showSources,
        ...sourcesPage(this.data.lang, this.allSources, showSources ? SOURCES_PER_TAP : 0),
      }),
    );
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
    const { sourcesMore } = sourcesPage(this.data.lang, this.allSources, from + next.length);
    // Path keys append to the list on screen (changedKeys takes whole keys only).
    this.setData({ ...patch, sourcesMore });
  },

  onChangeAnswer(event: TapEvent<{ question: string }>) {
    if (!this.data.own) return;
    replacePage('quiz', `at=${encodeURIComponent(event.currentTarget.dataset.question)}`);
  },

  onCopy(event: TapEvent<{ url: string }>) {
    copyText(event.currentTarget.dataset.url, this.data.lang);
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
    const rec = this.opened?.rec;
    const first = rec && questionsOnPath(rec.answers)[0];
    // Unsaved, the quiz would open on the person's old answers: stay, the toast has said why.
    if (!rec || !first || !storeProgress(rec.answers, first.id, this.data.lang)) return;
    restartAt('quiz', `at=${encodeURIComponent(first.id)}`);
  },

  onCompare() {
    openPage('compare');
  },

  onCard(event: WechatMiniprogram.CustomEvent<{ tempFilePath: string }>) {
    this.cardImage = event.detail.tempFilePath;
  },

  onShareAppMessage() {
    const rec: Recommendation | undefined = this.opened?.rec;
    if (!rec) return { title: t(this.data.lang, 'home.shareTitle'), path: PAGES.home };
    return chatShare(rec, this.data.lang, this.cardImage || undefined);
  },

  onShareTimeline() {
    const rec = this.opened?.rec;
    if (!rec) return { title: t(this.data.lang, 'home.shareTitle') };
    return timelineShare(rec, this.data.lang);
  },
});
