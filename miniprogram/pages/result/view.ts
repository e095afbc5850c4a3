/**
 * Small pieces of the result in words: a (type, route) label, the person's answers, what a
 * what-if would change. Pure: no wx, so tests and the preview share it.
 */
import { hasKey, t, tt, type Lang } from '../../i18n/index';
import { questionById } from '../../rules/questions';
import type { AccountType, Answers, Recommendation, Route } from '../../rules/types';
import type { WhatIf } from '../../rules/what-if';

export interface AnswerChip {
  question: string;
  label: string;
  aria: string;
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

/** The answers behind a reason, each as a chip that (on the person's own result) edits it. */
export function answerChips(lang: Lang, answers: Answers, ids: readonly string[]): AnswerChip[] {
  return ids
    .filter((id) => answers[id] !== undefined && questionById(id))
    .map((id) => {
      const question = questionById(id);
      const title = question ? tt(lang, { key: question.titleKey }) : id;
      return {
        question: id,
        label: answerLabel(lang, answers, id),
        aria: t(lang, 'result.changeAnswer', { question: title }),
      };
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

/** The active what-if's changes for a shown result, or null when none is active. */
export function whatIfFor(
  lang: Lang,
  shown: { rec: Recommendation; flips: readonly WhatIf[] },
  id: string,
): WhatIfChanges | null {
  const flip = shown.flips.find((w) => w.id === id);
  return flip ? whatIfChanges(lang, shown.rec, flip.rec) : null;
}

/** "2 of 6 ready" for the documents checklist. */
export function progressText(lang: Lang, ticks: Record<string, boolean>): string {
  const ids = Object.keys(ticks);
  return t(lang, 'result.documentsProgress', {
    done: ids.filter((id) => ticks[id]).length,
    total: ids.length,
  });
}

/** The checklist's ticks (from the saved ids) and its progress line. */
export function checklist(
  lang: Lang,
  rec: Recommendation,
  ticked: readonly string[],
): { ticks: Record<string, boolean>; docsProgress: string } {
  const ticks: Record<string, boolean> = {};
  for (const doc of rec.documents) ticks[doc.id] = ticked.includes(doc.id);
  return { ticks, docsProgress: progressText(lang, ticks) };
}
