/**
 * The comparison as the page shows it, pure: an Official Account section (subscription and
 * service side by side) and a WeCom section with WeCom's own rows. A row appears only under
 * the accounts it applies to, so WeCom is never listed as lacking ten Official Account
 * features it was never meant to have. Cells come from rules/compare (the same cells as each
 * result's feature table).
 */
import { t, tt, type Lang } from '../../i18n/index';
import { COMPARE_REGIONS, COMPARE_ROWS, type CompareRegion } from '../../rules/compare';
import { OA_FEATURE_IDS, WECOM_FEATURE_IDS } from '../../rules/features';
import type { AccountType, FeatureRow } from '../../rules/types';

export interface CellView {
  type: AccountType;
  value: FeatureRow['value'];
  valueLabel: string;
  text: string;
}

export interface RowView {
  id: string;
  label: string;
  cells: CellView[];
}

export type SectionId = 'oa' | 'wecom';

export interface SectionView {
  id: SectionId;
  title: string;
  /** Why the section stands apart; empty when it needs no word. */
  note: string;
  columns: { type: AccountType; label: string }[];
  rows: RowView[];
}

/** Which accounts each section compares, and the rows that apply to them, in the result's order. */
const SECTIONS: readonly { id: SectionId; types: readonly AccountType[]; rows: readonly string[] }[] = [
  { id: 'oa', types: ['subscription', 'service'], rows: OA_FEATURE_IDS },
  { id: 'wecom', types: ['wecom'], rows: WECOM_FEATURE_IDS },
];

function section(lang: Lang, region: CompareRegion, id: SectionId): SectionView {
  const spec = SECTIONS.find((s) => s.id === id);
  if (!spec) throw new Error(`compare/view: no section ${id}`);
  return {
    id,
    title: t(lang, `compare.section.${id}`),
    note: id === 'wecom' ? t(lang, 'compare.wecomNote') : '',
    columns: spec.types.map((type) => ({ type, label: t(lang, `compare.type.${type}`) })),
    // In the section's own order: WeCom opens with what it is for (team chat), not verification.
    rows: spec.rows
      .flatMap((rowId) => COMPARE_ROWS.filter((row) => row.id === rowId))
      .map((row) => ({
        id: row.id,
        label: tt(lang, row.label),
        cells: spec.types.map((type) => {
          const cell = row.cells[type][region];
          return {
            type,
            value: cell.value,
            valueLabel: t(lang, `result.feature.${cell.value}`),
            text: tt(lang, cell.text),
          };
        }),
      })),
  };
}

/** Both regions at once, built when the page opens, so switching only sends `region`. */
export function compareTables(lang: Lang): Record<CompareRegion, SectionView[]> {
  const out = {} as Record<CompareRegion, SectionView[]>;
  for (const region of COMPARE_REGIONS) out[region] = SECTIONS.map((s) => section(lang, region, s.id));
  return out;
}

/** The facts behind one cell (what its source mark opens); empty for a cell that is not shown. */
export function cellFacts(region: CompareRegion, rowId: string, type: string): string[] {
  const row = COMPARE_ROWS.find((r) => r.id === rowId);
  const applies = SECTIONS.some((s) => s.rows.includes(rowId) && s.types.some((ty) => ty === type));
  if (!row || !applies) return [];
  return row.cells[type as AccountType][region].facts;
}
