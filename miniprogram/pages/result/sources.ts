/** The facts list in the folded sources section, sent a few facts per tap. Pure. */
import { factView } from '../../i18n/fact-view';
import { t, type Lang } from '../../i18n/index';
import type { Recommendation } from '../../rules/types';

/** A fact as the list shows it; a tap opens the fact popup with its sources and addresses. */
export interface SourceRow {
  id: string;
  statement: string;
  confidence: string;
  origin: string;
  conflict: string;
}

/** Facts sent per tap while the list is open: about 500 bytes each in English. */
export const SOURCES_PER_TAP = 5;

export function sourceRows(lang: Lang, rec: Recommendation): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const id of rec.facts) {
    const view = factView(lang, id);
    if (view) {
      const { statement, confidence, origin, conflict } = view;
      rows.push({ id, statement, confidence, origin, conflict });
    }
  }
  return rows;
}

/** The first `count` facts of the list and the label for the rest ('' when nothing is left). */
export function sourcesPage(
  lang: Lang,
  all: readonly SourceRow[],
  count: number,
): { sources: SourceRow[]; sourcesMore: string } {
  const left = all.length - count;
  return {
    sources: all.slice(0, count),
    sourcesMore:
      count > 0 && left > 0
        ? t(lang, 'result.moreSources', { count: Math.min(left, SOURCES_PER_TAP), left })
        : '',
  };
}
