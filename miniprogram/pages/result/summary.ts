/**
 * The first screen of a result, in words: the headline, the three figures (cost over the first
 * year and three years, time to go live, documents to prepare), or with no route what to do
 * instead, and the first critical warning, each in the short wording written for cards where
 * there is one (the folded sections give the full one). Pure: figures come from the engine's
 * sourced facts only, and a cost part without a sourced number is named in words, never a number.
 */
import { hasKey, t, tt, type Lang } from '../../i18n/index';
import type { Costs, Money, Recommendation, Text } from '../../rules/types';
import { wordingsOf } from '../../share/poster-content';

export interface Figure {
  id: 'firstYear' | 'threeYears' | 'goLive' | 'documents';
  label: string;
  value: string;
  /** Said under the figure in small type: the cost parts without a sourced number; '' when none. */
  note: string;
  facts: string[];
  /** A figure in words too long for the column beside its label: shown under it, full width. */
  stacked: boolean;
}

/**
 * About what fits beside a label on a 375 px phone at the default font (a CJK character is
 * about two Latin ones wide): longer values go under their label.
 */
const BESIDE_LABEL = { zh: 14, en: 26 } as const;
const fitsBeside = (lang: Lang, value: string) => Array.from(value).length <= BESIDE_LABEL[lang];

export interface Point {
  text: string;
  facts: string[];
}

export interface Summary {
  headline: string;
  /** With no route the headline states the critical warning (W1, W2): its facts are marked there. */
  headlineFacts: string[];
  /** Empty when there is no route: `instead` takes their place. */
  figures: Figure[];
  instead: Point[];
  /** The first critical warning: the one thing to know before deciding (null when the headline says it). */
  critical: Point | null;
}

/** The short wording written for cards where there is one (i18n `card.<key>`), else the full one. */
function short(lang: Lang, text: Text): string {
  const wordings = wordingsOf(lang, text);
  return wordings[wordings.length - 1] ?? tt(lang, text);
}

/** 29700 -> "29,700" in English; Chinese writes amounts without separators, as the fee texts do. */
export function formatAmount(lang: Lang, amount: number): string {
  return lang === 'en' ? String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(amount);
}

/** One total per currency, joined ("300 元 + 99 美元"); "Free" when it all comes to nothing. */
export function formatMoney(lang: Lang, list: readonly Money[], reported: boolean): string {
  if (list.every((m) => m.amount === 0)) return t(lang, 'result.figure.free');
  const amount = list
    .filter((m) => m.amount > 0)
    .map((m) =>
      t(lang, m.currency === 'USD' ? 'cost.usd' : 'cost.rmb', { amount: formatAmount(lang, m.amount) }),
    )
    .join(' + ');
  return reported ? t(lang, 'result.figure.reported', { amount }) : amount;
}

/**
 * "plus your partner's fee, not in our sources": one unpriced part by its short name; two or
 * more by their number, pointing to the Costs section that names each (a list of four would
 * push the critical warning off a phone's first screen at a larger font).
 */
export function plusUnpriced(lang: Lang, costs: Costs): string {
  if (costs.unpriced.length === 0) return '';
  const names = costs.unpriced.map((part) => `result.plus.${part.key.replace(/^cost\.unpriced\./, '')}`);
  const [only] = names;
  if (names.length > 1 || only === undefined || !hasKey(only))
    return t(lang, 'result.figure.plusCount', { count: names.length });
  return t(lang, 'result.figure.plus', { parts: t(lang, only) });
}

/** A figure row; most carry no note, no source mark of their own and sit beside their label. */
function figure(id: Figure['id'], label: string, value: string, more: Partial<Figure> = {}): Figure {
  return { id, label, value, note: '', facts: [], stacked: false, ...more };
}

function figures(lang: Lang, rec: Recommendation): Figure[] {
  const { costs, goLive } = rec;
  if (!costs || !goLive) return [];
  const free = [...costs.firstYear, ...costs.threeYears].every((m) => m.amount === 0);
  const time = short(lang, goLive.text);
  // "plus your partner's fee, not in our sources": parts without a sourced number, in words.
  const plus = plusUnpriced(lang, costs);
  // One source mark for both cost figures (the same facts), on the first: its line has the room.
  const cost = free
    ? // Free now and later: one line says so, rather than "Free" twice.
      [
        figure('firstYear', t(lang, 'result.figure.bothYears'), t(lang, 'result.figure.free'), {
          note: plus,
          facts: costs.facts,
        }),
      ]
    : [
        figure(
          'firstYear',
          t(lang, 'result.figure.firstYear'),
          formatMoney(lang, costs.firstYear, costs.reported),
          { facts: costs.facts },
        ),
        figure(
          'threeYears',
          t(lang, 'result.figure.threeYears'),
          formatMoney(lang, costs.threeYears, costs.reported),
          { note: plus },
        ),
      ];
  return [
    ...cost,
    figure('goLive', t(lang, 'result.figure.goLive'), time, {
      facts: goLive.facts,
      stacked: !fitsBeside(lang, time),
    }),
    figure(
      'documents',
      t(lang, 'result.figure.documents'),
      t(lang, 'result.figure.documentsValue', { n: rec.documents.length }),
    ),
  ];
}

export function summaryOf(lang: Lang, rec: Recommendation): Summary {
  const critical = rec.warnings.find((w) => w.severity === 'critical');
  // Without a route the headline is the critical warning in other words ("without a mainland ID
  // you cannot register …"): said once, so what to do instead stays on the first screen.
  const inHeadline = rec.route === 'not_available';
  return {
    headline: tt(lang, rec.headline),
    headlineFacts: inHeadline && critical ? critical.facts : [],
    figures: figures(lang, rec),
    instead: rec.instead.map((item) => ({ text: short(lang, item.text), facts: item.facts })),
    critical: critical && !inHeadline ? { text: short(lang, critical.text), facts: critical.facts } : null,
  };
}
