/**
 * The result as a one-screen decision brief: headline, the three figures (or what to do
 * instead), the critical warning and the share actions in a bar that stays on screen; the rest
 * in vant collapse sections whose content is built and sent only when opened. Each point has a
 * "source" mark opening the fact popup; the person's own answers open in a popup to change
 * them in place. Opened from the quiz (saved answers) or from a shared card (open.ts).
 */
import { t, tt, type Lang } from '../../i18n/index';
import { recommend } from '../../rules/engine';
import { questionsOnPath } from '../../rules/questions';
import type { Answers } from '../../rules/types';
import { whatIfs, type WhatIf } from '../../rules/what-if';
import { encodeAnswers } from '../../share/codec';
import { PAGES } from '../../share/pages';
import { chatShare, isSinglePageScene, timelineShare } from '../../share/payload';
import { currentLang } from '../../utils/lang';
import { copyText, openPage, restartAt, setTitle, toast } from '../../utils/nav';
import { sendChanges } from '../../utils/patch';
import { forgetProgress, restoreProgress, storeProgress } from '../../utils/progress';
import { loadTicks, saveTicks } from '../../utils/storage';
import { enterScene } from '../../utils/system';
import { openResult, type Query } from './open';
import { isSectionName, sectionBody, type Bodies, type SectionName } from './sections';
import { firstScreen, initialData, pageLabels, titleKey, type Shown } from './screen';
import { sourceRows, sourcesPage, SOURCES_PER_TAP, type SourceRow } from './sources';
import { checklist, progressText, ticksKey, whatIfFor } from './view';

type Patch = Record<string, unknown>;

Page({
  data: initialData(),

  /** What this page shows (open.ts), worked out once per result. */
  shown: null as Shown | null,
  allSources: [] as SourceRow[],
  /** The chat-card image the share bar drew for this result, once it is ready. */
  cardImage: '',
  /** The same card drawn square, which Moments shows. */
  momentsImage: '',

  onLoad(query: Query) {
    const lang = currentLang();
    const base = { lang, txt: pageLabels(lang), singlePage: isSinglePageScene(enterScene()) };
    const opened = openResult(query, restoreProgress);
    if (!opened.ok) {
      setTitle(t(lang, titleKey(opened.mode)));
      sendChanges(this, { ...base, mode: opened.mode, message: tt(lang, opened.message) });
      return;
    }
    this.shown = opened;
    setTitle(t(lang, titleKey('result', opened.kind)));
    sendChanges(this, {
      ...base,
      ...firstScreen(lang, opened, this.cardImage),
      mode: 'result',
      own: opened.kind === 'own',
    });
  },

  /** The first screen is painted: only now does the share bar draw the card images. */
  onReady() {
    // No result (a broken link, nothing saved): no share bar to tell.
    if (this.data.mode !== 'result') return;
    const bar = this.selectComponent('.result__share') as
      (WechatMiniprogram.Component.TrivialInstance & { pageReady?: () => void }) | null;
    bar?.pageReady?.();
  },

  onShow() {
    const lang = currentLang();
    if (lang === this.data.lang || this.data.mode === 'loading') return;
    setTitle(t(lang, titleKey(this.data.mode === 'result' ? 'result' : this.data.mode, this.shown?.kind)));
    if (!this.shown) {
      sendChanges(this, { lang, txt: pageLabels(lang) });
      return;
    }
    this.setData({ lang, txt: pageLabels(lang), ...this.refreshed(lang, this.data.activeWhatIf) });
  },

  /** Everything that depends on the result and the language, open sections included. */
  refreshed(lang: Lang, activeWhatIf: string): Patch {
    const shown = this.shown as Shown;
    const body: Partial<Bodies> = {};
    let extra: Patch = { activeWhatIf };
    for (const name of this.data.open) {
      Object.assign(body, { [name]: sectionBody(name, lang, this.sectionInput()) });
      extra = { ...extra, ...this.sectionExtras(name, lang, activeWhatIf) };
    }
    return { ...firstScreen(lang, shown, this.cardImage), body, ...extra };
  },

  sectionInput() {
    const shown = this.shown as Shown;
    return { rec: shown.rec, flips: shown.flips, own: shown.kind === 'own' };
  },

  /** Keys a section needs beside its body: the checklist's ticks, the facts list, the active what-if. */
  sectionExtras(name: SectionName, lang: Lang, activeWhatIf: string): Patch {
    const shown = this.shown as Shown;
    if (name === 'documents') return checklist(lang, shown.rec, loadTicks(ticksKey(shown.rec)));
    if (name === 'sources') {
      this.allSources = sourceRows(lang, shown.rec);
      return sourcesPage(lang, this.allSources, Math.max(SOURCES_PER_TAP, this.data.sources.length));
    }
    if (name === 'whatIf') return { whatIf: whatIfFor(lang, shown, activeWhatIf) };
    return {};
  },

  /** vant's collapse reports the open sections; a section opened for the first time gets its body. */
  onFold(event: WechatMiniprogram.CustomEvent<string[]>) {
    const open = (Array.isArray(event.detail) ? event.detail : []).filter(isSectionName);
    const patch: Patch = { open };
    for (const name of open) {
      if (this.data.body[name]) continue;
      // A path key sends one section's body, not every open one again (changedKeys takes whole keys).
      patch[`body.${name}`] = sectionBody(name, this.data.lang, this.sectionInput());
      Object.assign(patch, this.sectionExtras(name, this.data.lang, this.data.activeWhatIf));
    }
    this.setData(patch);
  },

  onToggleChanges() {
    sendChanges(this, { showChanges: !this.data.showChanges });
  },

  /** A "source" mark: its facts open in the popup. */
  onSource(event: TapEvent<{ facts: string[] | string }>) {
    const facts = event.currentTarget.dataset.facts;
    const popupFacts = (Array.isArray(facts) ? facts : String(facts).split(',')).filter(Boolean);
    if (popupFacts.length) sendChanges(this, { popupFacts });
  },

  /** The name checker's rule marks open the same popup. */
  onNameFact(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
    sendChanges(this, { popupFacts: [event.detail.id] });
  },

  onFactClose() {
    sendChanges(this, { popupFacts: [] });
  },

  onEditAnswer(event: TapEvent<{ question: string }>) {
    if (!this.data.own) return;
    sendChanges(this, { editQuestion: event.currentTarget.dataset.question });
  },

  onEditClose() {
    sendChanges(this, { editQuestion: '' });
  },

  /** The edited answers: recomputed and saved as finished, so a reload shows this result, not a question. */
  onEditDone(event: WechatMiniprogram.CustomEvent<{ answers: Answers }>) {
    const shown = this.shown;
    if (!shown || shown.kind !== 'own') return;
    const lang = this.data.lang;
    const rec = recommend(event.detail.answers);
    this.shown = { ...shown, rec, flips: whatIfs(rec) };
    storeProgress(rec.answers, null, lang);
    // The what-ifs are the new result's: none is active.
    this.setData({ editQuestion: '', ...this.refreshed(lang, '') });
    toast(t(lang, 'result.updated'));
  },

  onTick(event: TapEvent<{ id: string }>) {
    const id = event.currentTarget.dataset.id;
    const rec = this.shown?.rec;
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
    const whatIf = this.shown ? whatIfFor(this.data.lang, this.shown, activeWhatIf) : null;
    sendChanges(this, { activeWhatIf, whatIf });
  },

  /** The active what-if as a full result on its own page; back returns to the person's own. */
  onOpenWhatIf() {
    const flip = this.shown?.flips.find((w: WhatIf) => w.id === this.data.activeWhatIf);
    if (flip) openPage('result', `${encodeAnswers(flip.answers)}&w=${encodeURIComponent(flip.id)}`);
  },

  /** Appends the next facts by index, so the ones already on screen are not sent again. */
  onMoreSources() {
    const from = this.data.sources.length;
    const next = this.allSources.slice(from, from + SOURCES_PER_TAP);
    if (!next.length) return;
    const patch: Patch = {};
    next.forEach((source: SourceRow, i: number) => {
      patch[`sources[${from + i}]`] = source;
    });
    const { sourcesMore } = sourcesPage(this.data.lang, this.allSources, from + next.length);
    this.setData({ ...patch, sourcesMore });
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

  /** A friend tries it for themselves: the questionnaire from its first question, afresh. */
  onTryYourself() {
    restartAt('quiz', 'restart=1');
  },

  /** A friend's answers become the person's own saved progress, opened at the first question to adjust. */
  onStartFromShared() {
    const rec = this.shown?.rec;
    const first = rec && questionsOnPath(rec.answers)[0];
    // Unsaved, the quiz would open on the person's old answers: stay, the toast has said why.
    if (!rec || !first || !storeProgress(rec.answers, first.id, this.data.lang)) return;
    restartAt('quiz', `at=${encodeURIComponent(first.id)}`);
  },

  onCompare() {
    openPage('compare');
  },

  /** The share bar's card image: the chat card, the Moments share and the contact card all carry it. */
  onCard(event: WechatMiniprogram.CustomEvent<{ tempFilePath: string }>) {
    this.cardImage = event.detail.tempFilePath;
    const contact = this.data.contact;
    if (contact) sendChanges(this, { contact: { ...contact, img: this.cardImage } });
  },

  onMoments(event: WechatMiniprogram.CustomEvent<{ tempFilePath: string }>) {
    this.momentsImage = event.detail.tempFilePath;
  },

  onShareAppMessage() {
    const rec = this.shown?.rec;
    if (!rec) return { title: t(this.data.lang, 'home.shareTitle'), path: PAGES.home };
    return chatShare(rec, this.data.lang, this.cardImage || undefined);
  },

  onShareTimeline() {
    const rec = this.shown?.rec;
    if (!rec) return { title: t(this.data.lang, 'home.shareTitle') };
    return timelineShare(rec, this.data.lang, this.momentsImage || this.cardImage || undefined);
  },
});
