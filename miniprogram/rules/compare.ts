/**
 * The browsable comparison: features × (type, local/overseas). Built from the same cells as
 * each result's feature table, so the two never disagree.
 */
import { FEATURE_IDS, featureCell, type FeatureId, type Region } from './features';
import type { AccountType, FeatureRow, Text } from './types';

export type CompareRegion = Region;

export interface CompareCell {
  text: Text;
  facts: string[];
  value: FeatureRow['value'];
}

export interface CompareRow {
  id: string;
  label: Text;
  cells: Record<AccountType, Record<CompareRegion, CompareCell>>;
}

export const COMPARE_TYPES: readonly AccountType[] = ['subscription', 'service', 'wecom'];
export const COMPARE_REGIONS: readonly CompareRegion[] = ['local', 'overseas'];

function cells(id: FeatureId): CompareRow['cells'] {
  const out = {} as CompareRow['cells'];
  for (const type of COMPARE_TYPES) {
    const byRegion = {} as Record<CompareRegion, CompareCell>;
    for (const region of COMPARE_REGIONS) {
      const cell = featureCell(id, type, region);
      byRegion[region] = { text: { key: cell.key }, facts: cell.facts, value: cell.value };
    }
    out[type] = byRegion;
  }
  return out;
}

export const COMPARE_ROWS: readonly CompareRow[] = FEATURE_IDS.map((id) => ({
  id,
  label: { key: `feature.${id}` },
  cells: cells(id),
}));
