/**
 * Whether the facts are old: more than STALE_AFTER_MONTHS months after their review date. Pure and
 * clock-free like all of rules/: the caller passes today's year and month (from the phone's clock),
 * so tests pin any date.
 */
import { FACTS, FACT_IDS } from './knowledge';

export const STALE_AFTER_MONTHS = 12;

export interface YearMonth {
  year: number;
  /** 1-12. */
  month: number;
}

export interface Freshness {
  stale: boolean;
  /** Whole calendar months from the review month to today's (0 when the clock is behind it). */
  monthsElapsed: number;
  /** The review date to show ("2026-12"). */
  reviewed: string;
}

function validYearMonth(value: YearMonth): boolean {
  const { year, month } = value;
  return (
    Number.isInteger(year) &&
    year >= 2000 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12
  );
}

/** "2026-12" as a year and month; null for anything else. */
export function parseYearMonth(text: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return null;
  const out = { year: Number(match[1]), month: Number(match[2]) };
  return validYearMonth(out) ? out : null;
}

/** How old a review date is on `today`; null when either date is malformed. */
export function freshness(reviewed: string, today: YearMonth): Freshness | null {
  const from = parseYearMonth(reviewed);
  if (!from || !today || !validYearMonth(today)) return null;
  const months = (today.year - from.year) * 12 + (today.month - from.month);
  const monthsElapsed = Math.max(0, months);
  return { stale: monthsElapsed > STALE_AFTER_MONTHS, monthsElapsed, reviewed };
}

/** The oldest review date among these facts (every fact by default), which the notice names. */
export function oldestReview(ids: readonly string[] = FACT_IDS): string | null {
  let oldest: string | null = null;
  for (const id of ids) {
    const reviewed = FACTS[id]?.reviewed;
    if (reviewed && parseYearMonth(reviewed) && (oldest === null || reviewed < oldest)) oldest = reviewed;
  }
  return oldest;
}

/** How old the facts behind a page are (a result's `facts`, or all): judged by the oldest review. */
export function factsFreshness(today: YearMonth, ids: readonly string[] = FACT_IDS): Freshness | null {
  const reviewed = oldestReview(ids);
  return reviewed === null ? null : freshness(reviewed, today);
}
