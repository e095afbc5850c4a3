/** The folded facts list, sent a few facts per tap. Pure. */
import type { FactView } from '../../i18n/fact-view';
import { t, type Lang } from '../../i18n/index';

/**
 * Facts sent per tap while the list is open: each fact carries its statement and addresses
 * (about 650 bytes in English), so 5 keep every tap under the 4 KB setData goal (npm run audit).
 */
export const SOURCES_PER_TAP = 5;

/** The first `count` facts of the list and the label for the rest ('' when nothing is left). */
export function sourcesPage(
  lang: Lang,
  all: readonly FactView[],
  count: number,
): { sources: FactView[]; sourcesMore: string } {
  const left = all.length - count;
  return {
    sources: all.slice(0, count),
    sourcesMore:
      count > 0 && left > 0
        ? t(lang, 'result.moreSources', { count: Math.min(left, SOURCES_PER_TAP), left })
        : '',
  };
}
