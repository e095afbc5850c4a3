/**
 * The phone's clock as a year and month. rules/ stay clock-free (the caller passes today).
 * Read through Date.now, so a test pins the date for every page and component at once with
 * jest.spyOn(Date, 'now') (jest loads each page with its own copy of this module).
 */
import type { YearMonth } from '../rules/freshness';

export function today(now: number = Date.now()): YearMonth {
  const date = new Date(now);
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}
