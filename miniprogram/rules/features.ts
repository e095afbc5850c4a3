/**
 * The feature table: what an account of a given type, region and holder can do. The result's
 * feature section and the compare page both read these cells, so they cannot disagree.
 */
import { text } from './text';
import type { AccountType, FeatureRow } from './types';

export type Region = 'local' | 'overseas';
/** Who holds the account: its own registrant, a person (personal ID), or a partner (its licence). */
export type Holder = 'own' | 'personal' | 'partner';

export interface Cell {
  value: FeatureRow['value'];
  key: string;
  facts: string[];
}

export const FEATURE_IDS = [
  'broadcasts',
  'folding',
  'core',
  'cs_replies',
  'interfaces',
  'wechat_pay',
  'mini_programs',
  'verification',
  'type_change',
  'migration',
  'ownership',
  'team_chat',
  'customer_contact',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

const NOT_AN_OA: Cell = { value: 'no', key: 'feature.na.wecom', facts: ['T4'] };

/**
 * One cell of the feature table for an account of this type, region and holder. The compare
 * page uses the same cells, so the result and the comparison cannot disagree.
 */
export function featureCell(id: FeatureId, type: AccountType, region: Region, holder: Holder = 'own'): Cell {
  const wecom = type === 'wecom';
  const overseas = region === 'overseas';
  switch (id) {
    case 'team_chat':
      return wecom
        ? { value: 'yes', key: 'feature.team_chat.wecom', facts: ['T4'] }
        : { value: 'no', key: 'feature.team_chat.oa', facts: ['T4'] };
    case 'customer_contact':
      return wecom
        ? { value: 'yes', key: 'feature.customer_contact.wecom', facts: ['T4', 'E2'] }
        : { value: 'limited', key: 'feature.customer_contact.oa', facts: ['T8'] };
    case 'verification':
      if (wecom) return { value: 'yes', key: 'feature.verification.wecom', facts: ['E1'] };
      if (holder === 'personal') return { value: 'no', key: 'feature.verification.personal', facts: ['T9'] };
      return overseas
        ? { value: 'yes', key: 'feature.verification.overseas', facts: ['V2'] }
        : { value: 'yes', key: 'feature.verification.local', facts: ['V1'] };
    case 'ownership':
      if (holder === 'partner') return { value: 'no', key: 'feature.ownership.partner', facts: ['R2'] };
      return { value: 'yes', key: 'feature.ownership.own', facts: ['R2'] };
    default:
  }
  if (wecom) return NOT_AN_OA;
  const sub = type === 'subscription';
  if (sub && overseas && id !== 'type_change' && id !== 'migration') {
    // W4: whether overseas subscription accounts exist at all is disputed.
    return { value: 'conflict', key: 'feature.overseas_subscription', facts: ['W4'] };
  }
  switch (id) {
    case 'broadcasts':
      return sub
        ? { value: 'yes', key: 'feature.broadcasts.subscription', facts: ['T6'] }
        : { value: 'limited', key: 'feature.broadcasts.service', facts: ['T6'] };
    case 'folding':
      return sub
        ? { value: 'limited', key: 'feature.folding.subscription', facts: ['T7', 'P1', 'P2'] }
        : { value: 'yes', key: 'feature.folding.service', facts: ['T7'] };
    case 'core':
      return { value: 'yes', key: overseas ? 'feature.core.overseas' : 'feature.core.local', facts: ['L1'] };
    case 'cs_replies':
      return { value: 'yes', key: 'feature.cs_replies.oa', facts: ['T8'] };
    case 'interfaces':
      if (holder === 'personal') return { value: 'no', key: 'feature.interfaces.personal', facts: ['T9'] };
      if (sub) return { value: 'limited', key: 'feature.interfaces.subscription', facts: ['T9'] };
      return overseas
        ? { value: 'limited', key: 'feature.interfaces.overseas', facts: ['T9', 'L1'] }
        : { value: 'yes', key: 'feature.interfaces.service', facts: ['T9'] };
    case 'wechat_pay':
      if (sub) return { value: 'no', key: 'feature.wechat_pay.subscription', facts: ['T9'] };
      if (overseas) return { value: 'conflict', key: 'feature.wechat_pay.overseas', facts: ['L2', 'L3'] };
      if (holder === 'partner')
        return { value: 'limited', key: 'feature.wechat_pay.partner', facts: ['T9', 'R2'] };
      return { value: 'yes', key: 'feature.wechat_pay.local', facts: ['T9'] };
    case 'mini_programs':
      if (holder === 'personal')
        return { value: 'limited', key: 'feature.mini_programs.personal', facts: ['V4', 'T9'] };
      return overseas
        ? { value: 'yes', key: 'feature.mini_programs.overseas', facts: ['V4', 'L4'] }
        : { value: 'yes', key: 'feature.mini_programs.local', facts: ['V4'] };
    case 'type_change':
      return { value: 'no', key: 'feature.type_change.oa', facts: ['C1', 'C3'] };
    case 'migration':
      if (overseas) return { value: 'no', key: 'feature.migration.overseas', facts: ['C2b'] };
      if (holder === 'partner')
        return { value: 'limited', key: 'feature.migration.partner', facts: ['R2', 'C2', 'C2b'] };
      return { value: 'limited', key: 'feature.migration.local', facts: ['C2'] };
    default:
      return NOT_AN_OA;
  }
}

/**
 * Feature rows depend only on (type, region, holder): built once per combination and shared.
 * Results are read-only data (setData and share links copy them).
 */
const ROWS: Record<string, FeatureRow[]> = {};

export function featureRows(type: AccountType, region: Region, holder: Holder): FeatureRow[] {
  const cacheKey = `${type}|${region}|${holder}`;
  let rows = ROWS[cacheKey];
  if (!rows) {
    rows = FEATURE_IDS.map((id) => {
      const cell = featureCell(id, type, region, holder);
      return {
        id,
        label: text(`feature.${id}`),
        value: cell.value,
        detail: text(cell.key),
        facts: cell.facts,
      };
    });
    ROWS[cacheKey] = rows;
  }
  return rows.slice();
}
