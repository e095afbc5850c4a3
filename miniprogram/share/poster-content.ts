/**
 * What the chat card and the poster say about a result, in the reader's language: the headline
 * once, the three figures (or what to do instead), the critical warning and the top two
 * reasons, each sentence in its full wording and in the short one written for cards
 * (i18n `card.<key>`), so the plan never has to cut one. Pure: the result page builds it once
 * per language and the share bar draws it.
 */
import { hasKey, t, tt, type Lang } from '../i18n/index';
import type { Costs, Money, Recommendation, Text } from '../rules/types';
import type { Figure, PosterContent, Wordings } from './poster-types';

/** The i18n key of a text's short card wording. */
export const cardKey = (key: string) => `card.${key}`;

/** The full wording, then the card wording when one is written (the all-paths test asks for one). */
export function wordingsOf(lang: Lang, text: Text): Wordings {
  const full = tt(lang, text);
  const key = cardKey(text.key);
  if (!hasKey(key)) return [full];
  const short = t(lang, key, text.params);
  return short === full ? [full] : [full, short];
}

/** 29700 -> "29,700" in English; Chinese writes amounts without separators, as the fee texts do. */
function amount(lang: Lang, value: number): string {
  return lang === 'en' ? value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(value);
}

function money(lang: Lang, list: readonly Money[]): string {
  return list
    .map((m) => t(lang, m.currency === 'USD' ? 'cost.usd' : 'cost.rmb', { amount: amount(lang, m.amount) }))
    .join(' + ');
}

const free = (list: readonly Money[]) => list.every((m) => m.amount === 0);

function costFigure(lang: Lang, costs: Costs): Figure {
  const unpriced = costs.unpriced;
  let value: string;
  if (free(costs.firstYear) && free(costs.threeYears)) {
    value = t(lang, unpriced.length > 0 ? 'share.figure.free_known' : 'share.figure.free');
  } else {
    value = t(lang, 'share.figure.cost_value', {
      first: money(lang, costs.firstYear),
      three: money(lang, costs.threeYears),
    });
  }
  const notes: string[] = [];
  if (costs.reported) notes.push(t(lang, 'share.figure.reported'));
  const [only] = unpriced;
  if (unpriced.length === 1 && only && hasKey(cardKey(only.key))) {
    notes.push(t(lang, 'share.figure.unpriced_one', { item: tt(lang, { key: cardKey(only.key) }) }));
  } else if (unpriced.length > 0) {
    notes.push(t(lang, 'share.figure.unpriced_many', { n: unpriced.length }));
  }
  return {
    label: t(lang, 'share.figure.cost'),
    value: [value],
    note: notes.join(t(lang, 'share.sentence_gap')),
  };
}

function figuresOf(lang: Lang, rec: Recommendation): Figure[] {
  if (!rec.costs || !rec.goLive) {
    return rec.instead.map((item) => ({ label: '', value: wordingsOf(lang, item.text), note: '' }));
  }
  return [
    costFigure(lang, rec.costs),
    { label: t(lang, 'share.figure.go_live'), value: wordingsOf(lang, rec.goLive.text), note: '' },
    {
      label: t(lang, 'share.figure.documents'),
      value: [t(lang, 'share.figure.documents_value', { n: rec.documents.length })],
      note: '',
    },
  ];
}

export function posterContent(lang: Lang, rec: Recommendation): PosterContent {
  const critical = rec.warnings.find((w) => w.severity === 'critical');
  const noRoute = !rec.costs || !rec.goLive;
  return {
    headline: tt(lang, rec.headline),
    figures: figuresOf(lang, rec),
    figuresTitle: noRoute ? t(lang, 'share.figure.instead') : '',
    // With no route the headline already says what cannot be done: its warning would say it twice.
    warning: critical && !noRoute ? wordingsOf(lang, critical.text) : null,
    reasonsTitle: t(lang, 'share.poster.reasons'),
    reasons: rec.reasons.slice(0, 2).map((r) => wordingsOf(lang, r.text)),
    open: t(lang, 'share.card.open'),
    code: t(lang, 'share.poster.code', { app: t(lang, 'app.name') }),
    // The name to type is the registered one, in Chinese, whatever the reader's language.
    search: t(lang, 'share.poster.search', { name: t('zh', 'app.name'), app: t(lang, 'app.name') }),
    reviewed: t(lang, 'share.poster.reviewed', { date: rec.reviewed }),
  };
}
