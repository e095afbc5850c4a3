/**
 * What the result page sends when it opens (or after a language switch or an answer edit):
 * the first screen, the section titles, the share content and the contact card; section bodies
 * follow only when opened (sections.ts). Pure, so the size of the first render is tested.
 */
import { t, tt, type Lang, type MessageKey } from '../../i18n/index';
import type { Answers } from '../../rules/types';
import type { Bodies, SectionName } from './sections';
import { posterContent } from '../../share/poster-content';
import type { PosterContent } from '../../share/poster-types';
import { contactCard, type ContactCard } from './contact';
import type { Opened } from './open';
import { sectionHeads, type SectionHead } from './sections';
import type { SourceRow } from './sources';
import type { WhatIfChanges } from './view';
import { summaryOf, type Summary } from './summary';

export type Shown = Extract<Opened, { ok: true }>;

/** The page's own labels (sections carry theirs): only what the WXML reads. */
export function pageLabels(lang: Lang) {
  const keys = {
    mustKnow: 'result.warnings',
    instead: 'result.instead',
    source: 'result.source',
    sourceLabel: 'result.sourceLabel',
    showChanges: 'result.showChanges',
    hideChanges: 'result.hideChanges',
    tryYourself: 'result.tryYourself',
    startFrom: 'result.startFrom',
    contact: 'result.contact',
    restart: 'result.restart',
    compare: 'result.compare',
    linkError: 'result.linkError',
    startQuiz: 'result.startQuiz',
    // The share bar's own Moments hint is left out of the bar at the bottom: it is said here.
    moments: 'share.moments_hint',
  } as const satisfies Record<string, MessageKey>;
  const out = {} as Record<keyof typeof keys, string>;
  for (const name of Object.keys(keys) as (keyof typeof keys)[]) out[name] = t(lang, keys[name]);
  return out;
}

export type PageLabels = ReturnType<typeof pageLabels>;

/** The navigation title: short enough for the space beside WeChat's capsule, in both languages. */
export function titleKey(mode: 'result' | 'empty' | 'error', kind?: Shown['kind']): MessageKey {
  if (mode === 'error') return 'result.navError';
  if (kind === 'shared') return 'result.navShared';
  if (kind === 'whatif') return 'result.navWhatIf';
  return 'result.nav';
}

export interface FirstScreen {
  summary: Summary;
  heads: SectionHead[];
  sharedNote: string;
  outdatedNote: string;
  changes: string[];
  whatIfPageNote: string;
  poster: PosterContent;
  contact: ContactCard;
  /** The facts behind the result, for the stale-facts notice. */
  facts: string[];
  /** The answers the editor starts from (the person's own result only). */
  answers: Answers;
}

export function firstScreen(lang: Lang, shown: Shown, cardImage: string): FirstScreen {
  const { rec, flips, kind, outdated, changes, whatIfLabel } = shown;
  const own = kind === 'own';
  return {
    summary: summaryOf(lang, rec),
    heads: sectionHeads(lang, { rec, flips, own }),
    sharedNote: kind === 'shared' ? t(lang, 'result.shared') : '',
    outdatedNote: !outdated
      ? ''
      : changes.length
        ? t(lang, 'result.outdatedChanges', { count: changes.length })
        : t(lang, 'result.outdated'),
    changes: changes.map((change) => tt(lang, change)),
    whatIfPageNote: whatIfLabel ? t(lang, 'result.whatIfPage', { label: t(lang, whatIfLabel) }) : '',
    poster: posterContent(lang, rec),
    contact: contactCard(rec, lang, cardImage),
    facts: rec.facts,
    answers: own ? rec.answers : {},
  };
}

export interface ResultData {
  lang: Lang;
  txt: PageLabels | null;
  mode: 'loading' | 'result' | 'empty' | 'error';
  message: string;
  own: boolean;
  sharedNote: string;
  outdatedNote: string;
  changes: string[];
  showChanges: boolean;
  whatIfPageNote: string;
  summary: Summary | null;
  heads: SectionHead[];
  /** Open sections; a section's body is sent the first time it opens. */
  open: SectionName[];
  body: Partial<Bodies>;
  ticks: Record<string, boolean>;
  docsProgress: string;
  activeWhatIf: string;
  /** What the active what-if would change: a small diff, so the tap stays one light setData. */
  whatIf: WhatIfChanges | null;
  sources: SourceRow[];
  /** "Show N more" while part of the facts list is unsent; '' once it is all on screen. */
  sourcesMore: string;
  poster: PosterContent | null;
  contact: ContactCard | null;
  singlePage: boolean;
  facts: string[];
  /** The fact popup's facts ([] = closed). */
  popupFacts: string[];
  /** The answer editor's question ('' = closed) and the answers it starts from. */
  editQuestion: string;
  answers: Answers;
}

/** The page's data before it opens (WeChat renders it once, empty). */
export function initialData(): ResultData {
  return {
    lang: 'zh',
    txt: null,
    mode: 'loading',
    message: '',
    own: false,
    sharedNote: '',
    outdatedNote: '',
    changes: [],
    showChanges: false,
    whatIfPageNote: '',
    summary: null,
    heads: [],
    open: [],
    body: {},
    ticks: {},
    docsProgress: '',
    activeWhatIf: '',
    whatIf: null,
    sources: [],
    sourcesMore: '',
    poster: null,
    contact: null,
    singlePage: false,
    facts: [],
    popupFacts: [],
    editQuestion: '',
    answers: {},
  };
}
