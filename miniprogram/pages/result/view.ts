/**
 * Turns a Recommendation into the strings the result page shows, once per render (or per
 * what-if), so WXML does no lookups in loops. Pure: no wx, so tests and the preview share it.
 */
import { factView, type FactView } from '../../i18n/fact-view';
import { hasKey, t, tt, type Lang } from '../../i18n/index';
import { questionById } from '../../rules/questions';
import { posterContent, type PosterContent } from '../../share/poster-plan';
import type { AccountType, Answers, Recommendation, Route } from '../../rules/types';

export interface AnswerChip {
  question: string;
  label: string;
  aria: string;
}

export interface ResultView {
  type: AccountType;
  route: Route;
  headline: string;
  warnings: { id: string; severity: string; severityLabel: string; text: string; facts: string[] }[];
  reasons: { text: string; answers: AnswerChip[]; facts: string[] }[];
  companions: { text: string; facts: string[] }[];
  fees: { text: string; facts: string[] }[];
  timeline: { text: string; facts: string[] };
  documents: { id: string; text: string; facts: string[] }[];
  steps: { id: string; n: string; text: string; url: string; copyLabel: string; facts: string[] }[];
  features: {
    id: string;
    label: string;
    value: string;
    valueLabel: string;
    detail: string;
    facts: string[];
  }[];
  runnerUp: { headline: string; whyLost: string; facts: string[] } | null;
  conflicts: { factId: string; text: string }[];
  sources: FactView[];
  reviewed: string;
}

/** The label of a (type, route) pair: the rules' headline when it has one for the pair. */
export function comboLabel(lang: Lang, type: AccountType, route: Route): string {
  const key = `headline.${route}.${type}`;
  if (hasKey(key)) return t(lang, key);
  return t(lang, 'result.combo', {
    type: t(lang, `type.${type}`),
    route: t(lang, `label.route.${route}`),
  });
}

/** "Company", "Publish articles, Sell" ... the person's own answer to a question, in words. */
export function answerLabel(lang: Lang, answers: Answers, questionId: string): string {
  const value = answers[questionId];
  if (value === undefined) return '';
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) return t(lang, 'result.noneChosen');
  return values
    .map((v) => tt(lang, { key: `q.${questionId}.opt.${v}` }))
    .join(t(lang, 'result.listSeparator'));
}

export function resultView(lang: Lang, rec: Recommendation): ResultView {
  const chips = (ids: string[]): AnswerChip[] =>
    ids
      .filter((id) => rec.answers[id] !== undefined && questionById(id))
      .map((id) => {
        const question = questionById(id);
        const title = question ? tt(lang, { key: question.titleKey }) : id;
        return {
          question: id,
          label: answerLabel(lang, rec.answers, id),
          aria: t(lang, 'result.changeAnswer', { question: title }),
        };
      });
  return {
    type: rec.type,
    route: rec.route,
    headline: tt(lang, rec.headline),
    warnings: rec.warnings.map((w) => ({
      id: w.id,
      severity: w.severity,
      severityLabel: t(lang, `result.severity.${w.severity}`),
      text: tt(lang, w.text),
      facts: w.facts,
    })),
    reasons: rec.reasons.map((r) => ({ text: tt(lang, r.text), answers: chips(r.answers), facts: r.facts })),
    companions: rec.companions.map((c) => ({ text: tt(lang, c.text), facts: c.facts })),
    fees: rec.fees.map((f) => ({ text: tt(lang, f.text), facts: f.facts })),
    timeline: { text: tt(lang, rec.timeline), facts: rec.timeline.facts },
    documents: rec.documents.map((d) => ({ id: d.id, text: tt(lang, d.text), facts: d.facts })),
    steps: rec.steps.map((s, i) => ({
      id: s.id,
      n: t(lang, 'result.stepNumber', { n: i + 1 }),
      text: tt(lang, s.text),
      url: s.url ?? '',
      copyLabel: s.url ? t(lang, 'result.copyLinkLabel', { url: s.url }) : '',
      facts: s.facts,
    })),
    features: rec.features.map((f) => ({
      id: f.id,
      label: tt(lang, f.label),
      value: f.value,
      valueLabel: t(lang, `result.feature.${f.value}`),
      detail: tt(lang, f.detail),
      facts: f.facts,
    })),
    runnerUp: rec.runnerUp
      ? {
          headline: comboLabel(lang, rec.runnerUp.type, rec.runnerUp.route),
          whyLost: tt(lang, rec.runnerUp.whyLost),
          facts: rec.runnerUp.facts,
        }
      : null,
    conflicts: rec.conflicts.map((c) => ({ factId: c.factId, text: tt(lang, c.text) })),
    sources: rec.facts.map((id) => factView(lang, id)).filter((f): f is FactView => f !== null),
    reviewed: t(lang, 'knowledge.reviewed', { date: rec.reviewed }),
  };
}

/** The share bar's card and poster: the headline, reasons and warnings the view already put in words. */
export function posterOf(
  lang: Lang,
  view: Pick<ResultView, 'headline' | 'reasons' | 'warnings'>,
  reviewedOn: string,
): PosterContent {
  return posterContent(lang, {
    headline: view.headline,
    reasons: view.reasons.map((reason) => reason.text),
    warnings: view.warnings.map((warning) => warning.text),
    reviewedOn,
  });
}

/** The key under which this result's checklist ticks are stored. */
export function ticksKey(rec: Recommendation): string {
  return `${rec.type}/${rec.route}`;
}

/**
 * What a what-if would change, as a short list rather than a second full result: the new
 * headline, warnings gained and lost, and fees, timeline and companions where they differ.
 */
export interface WhatIfChanges {
  headline: string;
  /** Same account type and route: the details may still differ. */
  same: boolean;
  added: string[];
  removed: string[];
  fees: string[];
  timeline: string;
  companions: string[];
}

const ids = (list: { id: string }[]) => list.map((item) => item.id).join();

export function whatIfChanges(lang: Lang, base: Recommendation, alt: Recommendation): WhatIfChanges {
  const baseWarnings = new Set(base.warnings.map((w) => w.id));
  const altWarnings = new Set(alt.warnings.map((w) => w.id));
  const companionsOf = (rec: Recommendation) => rec.companions.map((c) => tt(lang, c.text));
  return {
    headline: tt(lang, alt.headline),
    same: base.type === alt.type && base.route === alt.route,
    added: alt.warnings.filter((w) => !baseWarnings.has(w.id)).map((w) => tt(lang, w.text)),
    removed: base.warnings.filter((w) => !altWarnings.has(w.id)).map((w) => tt(lang, w.text)),
    fees: ids(base.fees) === ids(alt.fees) ? [] : alt.fees.map((f) => tt(lang, f.text)),
    timeline: alt.timeline.key === base.timeline.key ? '' : tt(lang, alt.timeline),
    companions: companionsOf(alt).join() === companionsOf(base).join() ? [] : companionsOf(alt),
  };
}
