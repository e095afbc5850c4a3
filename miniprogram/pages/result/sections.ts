/**
 * The folded sections under the first screen: which ones a result has, their titles, and each
 * one's content in words, built only when the person opens it (the first render sends titles
 * only). Pure: no wx, so tests and the preview share it.
 */
import { t, tt, type Lang } from '../../i18n/index';
import { questionsOnPath } from '../../rules/questions';
import type { Recommendation } from '../../rules/types';
import type { WhatIf } from '../../rules/what-if';
import { formatMoney } from './summary';
import { answerLabel, answerChips, comboLabel, type AnswerChip } from './view';

export const SECTION_NAMES = [
  'answers',
  'why',
  'warnings',
  'costs',
  'timeline',
  'documents',
  'steps',
  'features',
  'runnerUp',
  'whatIf',
  'sources',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export function isSectionName(value: unknown): value is SectionName {
  return (SECTION_NAMES as readonly unknown[]).includes(value);
}

export interface SectionHead {
  name: SectionName;
  title: string;
  /** A count or short state shown at the right of the title; '' for none. */
  value: string;
}

/** A line of a section with the facts behind it (its "source" mark opens them). */
export interface Item {
  text: string;
  facts: string[];
}

export interface Bodies {
  answers: {
    hint: string;
    rows: { question: string; title: string; answer: string; aria: string }[];
  };
  why: {
    fromAnswers: string;
    reasons: (Item & { answers: AnswerChip[] })[];
    companionsTitle: string;
    companions: Item[];
  };
  warnings: { items: (Item & { id: string; severity: string; severityLabel: string })[] };
  costs: {
    totals: { label: string; value: string }[];
    fees: Item[];
    reported: string;
    unpricedTitle: string;
    unpriced: string[];
    facts: string[];
  };
  timeline: Item;
  documents: { items: (Item & { id: string })[] };
  steps: { copy: string; items: (Item & { id: string; n: string; url: string; copyLabel: string })[] };
  features: { items: (Item & { id: string; label: string; value: string; valueLabel: string })[] };
  runnerUp: Item & { headline: string; whyLostLabel: string };
  whatIf: {
    hint: string;
    items: { id: string; label: string }[];
    labels: Record<
      'changes' | 'becomes' | 'same' | 'added' | 'removed' | 'fees' | 'timeline' | 'companions' | 'open',
      string
    >;
  };
  sources: { reviewed: string; conflictsTitle: string; conflicts: Item[]; conflictAdvice: string };
}

/** What a section is built from: the result, its what-ifs, and whose it is. */
export interface SectionInput {
  rec: Recommendation;
  flips: readonly WhatIf[];
  own: boolean;
}

const item = (lang: Lang, x: { text: { key: string }; facts: string[] }): Item => ({
  text: tt(lang, x.text),
  facts: x.facts,
});

/** The sections this result has, in order, with their titles: all the first render sends. */
export function sectionHeads(lang: Lang, { rec, flips, own }: SectionInput): SectionHead[] {
  const count = (n: number) => (n > 0 ? String(n) : '');
  const heads: (SectionHead | null)[] = [
    { name: 'answers', title: t(lang, own ? 'result.answers' : 'result.answersShared'), value: '' },
    rec.reasons.length ? { name: 'why', title: t(lang, 'result.why'), value: '' } : null,
    rec.warnings.length
      ? { name: 'warnings', title: t(lang, 'result.allWarnings'), value: count(rec.warnings.length) }
      : null,
    rec.fees.length ? { name: 'costs', title: t(lang, 'result.costs'), value: '' } : null,
    { name: 'timeline', title: t(lang, 'result.timeline'), value: '' },
    rec.documents.length
      ? { name: 'documents', title: t(lang, 'result.documents'), value: count(rec.documents.length) }
      : null,
    rec.steps.length
      ? { name: 'steps', title: t(lang, 'result.steps'), value: count(rec.steps.length) }
      : null,
    rec.features.length ? { name: 'features', title: t(lang, 'result.features'), value: '' } : null,
    rec.runnerUp ? { name: 'runnerUp', title: t(lang, 'result.runnerUp'), value: '' } : null,
    flips.length ? { name: 'whatIf', title: t(lang, 'result.whatIf'), value: count(flips.length) } : null,
    { name: 'sources', title: t(lang, 'result.sources'), value: count(rec.facts.length) },
  ];
  return heads.filter((head): head is SectionHead => head !== null);
}

type Builders = { [N in SectionName]: (lang: Lang, input: SectionInput) => Bodies[N] };

const BUILD: Builders = {
  answers: (lang, { rec, own }) => ({
    hint: own ? t(lang, 'result.answersHint') : '',
    rows: questionsOnPath(rec.answers).map((q) => {
      const title = tt(lang, { key: q.titleKey });
      return {
        question: q.id,
        title,
        answer: answerLabel(lang, rec.answers, q.id),
        aria: t(lang, 'result.changeAnswer', { question: title }),
      };
    }),
  }),
  why: (lang, { rec }) => ({
    fromAnswers: t(lang, 'result.fromAnswers'),
    reasons: rec.reasons.map((r) => ({
      ...item(lang, r),
      answers: answerChips(lang, rec.answers, r.answers),
    })),
    companionsTitle: t(lang, 'result.companions'),
    companions: rec.companions.map((c) => item(lang, c)),
  }),
  warnings: (lang, { rec }) => ({
    items: rec.warnings.map((w) => ({
      ...item(lang, w),
      id: w.id,
      severity: w.severity,
      severityLabel: t(lang, `result.severity.${w.severity}`),
    })),
  }),
  costs: (lang, { rec }) => {
    const costs = rec.costs;
    return {
      totals: costs
        ? [
            { label: t(lang, 'result.figure.firstYear'), value: formatMoney(lang, costs.firstYear, false) },
            { label: t(lang, 'result.figure.threeYears'), value: formatMoney(lang, costs.threeYears, false) },
          ]
        : [],
      fees: rec.fees.map((f) => item(lang, f)),
      reported: costs?.reported ? t(lang, 'result.costsReported') : '',
      unpricedTitle: t(lang, 'result.costsUnpriced'),
      unpriced: (costs?.unpriced ?? []).map((part) => tt(lang, part)),
      facts: costs?.facts ?? [],
    };
  },
  timeline: (lang, { rec }) => ({ text: tt(lang, rec.timeline), facts: rec.timeline.facts }),
  documents: (lang, { rec }) => ({ items: rec.documents.map((d) => ({ ...item(lang, d), id: d.id })) }),
  steps: (lang, { rec }) => ({
    copy: t(lang, 'result.copyLink'),
    items: rec.steps.map((s, i) => ({
      ...item(lang, s),
      id: s.id,
      n: t(lang, 'result.stepNumber', { n: i + 1 }),
      url: s.url ?? '',
      copyLabel: s.url ? t(lang, 'result.copyLinkLabel', { url: s.url }) : '',
    })),
  }),
  features: (lang, { rec }) => ({
    items: rec.features.map((f) => ({
      text: tt(lang, f.detail),
      facts: f.facts,
      id: f.id,
      label: tt(lang, f.label),
      value: f.value,
      valueLabel: t(lang, `result.feature.${f.value}`),
    })),
  }),
  runnerUp: (lang, { rec }) => {
    const runner = rec.runnerUp;
    return {
      headline: runner ? comboLabel(lang, runner.type, runner.route) : '',
      whyLostLabel: t(lang, 'result.whyLost'),
      text: runner ? tt(lang, runner.whyLost) : '',
      facts: runner?.facts ?? [],
    };
  },
  whatIf: (lang, { flips }) => ({
    hint: t(lang, 'result.whatIfHint'),
    items: flips.map((w) => ({ id: w.id, label: tt(lang, w.label) })),
    labels: {
      changes: t(lang, 'result.whatIfChanges'),
      becomes: t(lang, 'result.whatIfBecomes'),
      same: t(lang, 'result.whatIfSame'),
      added: t(lang, 'result.whatIfAdded'),
      removed: t(lang, 'result.whatIfRemoved'),
      fees: t(lang, 'result.fees'),
      timeline: t(lang, 'result.timeline'),
      companions: t(lang, 'result.companions'),
      open: t(lang, 'result.whatIfOpen'),
    },
  }),
  sources: (lang, { rec }) => ({
    reviewed: t(lang, 'knowledge.reviewed', { date: rec.reviewed }),
    conflictsTitle: t(lang, 'result.conflicts'),
    conflicts: rec.conflicts.map((c) => ({ text: tt(lang, c.text), facts: [c.factId] })),
    conflictAdvice: t(lang, 'result.conflictAdvice'),
  }),
};

export function sectionBody<N extends SectionName>(name: N, lang: Lang, input: SectionInput): Bodies[N] {
  return BUILD[name](lang, input);
}
