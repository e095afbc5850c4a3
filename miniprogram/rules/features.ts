/**
 * The feature table: what an account of a given type, region and holder can do. The result's
 * feature section and the compare page both read these cells, so they cannot disagree.
 * Labels are phrased so that the badge (yes / no / limited) answers them: "Account in your
 * name: No", never "Who owns: Yes".
 */
import { text } from './text';
import type { AccountType, FeatureRow } from './types';

export type Region = 'local' | 'overseas';
/**
 * Who holds the account: its own registrant (a company or organisation), a person (personal ID),
 * a partner (its licence), a sole trader, a foreign firm's representative office, or a
 * government body (free verification, identity confirmed only through it).
 */
export type Holder = 'own' | 'personal' | 'partner' | 'sole_trader' | 'rep_office' | 'government';

export interface Cell {
  value: FeatureRow['value'];
  key: string;
  facts: string[];
}

/** An Official Account's rows, in the order the result shows them. */
export const OA_FEATURE_IDS = [
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
] as const;

/** WeCom's rows: what it is for, not ten Official Account features it does not have. */
export const WECOM_FEATURE_IDS = [
  'team_chat',
  'customer_contact',
  'external_contacts',
  'verification',
  'ownership',
] as const;

/** Every row, for the compare page (which shows all three types side by side). */
export const FEATURE_IDS = [...OA_FEATURE_IDS, 'team_chat', 'customer_contact', 'external_contacts'] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

const cell = (value: Cell['value'], key: string, facts: string[]): Cell => ({ value, key, facts });

/** WeCom's cells; an Official Account's row shown in WeCom's column says why it does not apply. */
function wecomCell(id: FeatureId, region: Region, holder: Holder): Cell {
  switch (id) {
    case 'team_chat':
      return cell('yes', 'feature.team_chat.wecom', ['T4']);
    case 'customer_contact':
      return cell('yes', 'feature.customer_contact.wecom', ['T4']);
    case 'external_contacts':
      return cell('limited', 'feature.external_contacts.wecom', ['E2']);
    case 'verification':
      if (region === 'overseas') return cell('yes', 'feature.verification.wecom_overseas', ['E1']);
      if (holder === 'government') return cell('yes', 'feature.verification.wecom_government', ['E1']);
      if (holder === 'partner') return cell('yes', 'feature.verification.wecom_partner', ['E1', 'R2']);
      return cell('yes', 'feature.verification.wecom', ['E1']);
    case 'ownership':
      return ownership(holder);
    case 'broadcasts':
      return cell('no', 'feature.broadcasts.wecom', ['T4']);
    case 'folding':
      return cell('no', 'feature.folding.wecom', ['T4']);
    case 'core':
      return cell('no', 'feature.core.wecom', ['T4']);
    case 'cs_replies':
      return cell('yes', 'feature.cs_replies.wecom', ['T4']);
    case 'interfaces':
      return cell('no', 'feature.interfaces.wecom', ['T4', 'T9']);
    case 'wechat_pay':
      return cell('no', 'feature.wechat_pay.wecom', ['Y1']);
    case 'mini_programs':
      return cell('no', 'feature.mini_programs.wecom', ['T1']);
    case 'type_change':
      return cell('no', 'feature.type_change.wecom', ['T1']);
    case 'migration':
      return cell('no', 'feature.migration.wecom', ['T4']);
  }
}

function ownership(holder: Holder): Cell {
  switch (holder) {
    case 'partner':
      return cell('no', 'feature.ownership.partner', ['R2']);
    case 'personal':
      return cell('yes', 'feature.ownership.personal', ['W1']);
    case 'sole_trader':
      return cell('yes', 'feature.ownership.sole_trader', ['S1']);
    case 'rep_office':
      return cell('yes', 'feature.ownership.rep_office', ['O2']);
    default:
      return cell('yes', 'feature.ownership.own', ['R2']);
  }
}

function verification(region: Region, holder: Holder): Cell {
  if (holder === 'personal') return cell('no', 'feature.verification.personal', ['T9']);
  if (region === 'overseas') return cell('yes', 'feature.verification.overseas', ['V2', 'V5']);
  switch (holder) {
    case 'government':
      return cell('yes', 'feature.verification.government', ['V1', 'G2']);
    case 'partner':
      return cell('yes', 'feature.verification.partner', ['V1', 'R2']);
    case 'sole_trader':
      return cell('yes', 'feature.verification.sole_trader', ['V1', 'S3']);
    case 'rep_office':
      return cell('yes', 'feature.verification.rep_office', ['O2', 'V1']);
    default:
      return cell('yes', 'feature.verification.local', ['V1', 'V5']);
  }
}

function wechatPay(sub: boolean, overseas: boolean, holder: Holder): Cell {
  if (sub) return cell('no', 'feature.wechat_pay.subscription', ['Y1']);
  if (overseas) return cell('limited', 'feature.wechat_pay.overseas', ['L2', 'L3']);
  switch (holder) {
    case 'partner':
      return cell('limited', 'feature.wechat_pay.partner', ['Y1', 'R2']);
    case 'sole_trader':
      return cell('yes', 'feature.wechat_pay.sole_trader', ['S1', 'Y2']);
    case 'rep_office':
      return cell('no', 'feature.wechat_pay.rep_office', ['O1', 'O3']);
    default:
      return cell('yes', 'feature.wechat_pay.local', ['Y1', 'Y2']);
  }
}

function miniPrograms(overseas: boolean, holder: Holder): Cell {
  if (overseas) return cell('limited', 'feature.mini_programs.overseas', ['V4', 'L4']);
  if (holder === 'personal') return cell('limited', 'feature.mini_programs.personal', ['V4', 'T9', 'M1']);
  if (holder === 'sole_trader') return cell('yes', 'feature.mini_programs.sole_trader', ['V4', 'S3', 'M1']);
  return cell('yes', 'feature.mini_programs.local', ['V4', 'M1']);
}

function migration(overseas: boolean, holder: Holder): Cell {
  if (overseas) return cell('no', 'feature.migration.overseas', ['C2b']);
  if (holder === 'partner') return cell('limited', 'feature.migration.partner', ['C5', 'C2b']);
  if (holder === 'personal') return cell('limited', 'feature.migration.personal', ['C2']);
  return cell('limited', 'feature.migration.local', ['C2']);
}

/**
 * One cell of the feature table for an account of this type, region and holder. The compare
 * page uses the same cells, so the result and the comparison cannot disagree.
 */
export function featureCell(id: FeatureId, type: AccountType, region: Region, holder: Holder = 'own'): Cell {
  if (type === 'wecom') return wecomCell(id, region, holder);
  const sub = type === 'subscription';
  const overseas = region === 'overseas';
  if (sub && overseas && id !== 'type_change' && id !== 'migration' && id !== 'ownership') {
    // W4: whether overseas subscription accounts exist at all is disputed.
    return cell('conflict', 'feature.overseas_subscription', ['W4']);
  }
  switch (id) {
    case 'broadcasts':
      return sub
        ? cell('yes', 'feature.broadcasts.subscription', ['T6'])
        : cell('limited', 'feature.broadcasts.service', ['T6']);
    case 'folding':
      return sub
        ? cell('no', 'feature.folding.subscription', ['T7'])
        : cell('yes', 'feature.folding.service', ['T7']);
    case 'core':
      return cell('yes', overseas ? 'feature.core.overseas' : 'feature.core.local', ['L1']);
    case 'cs_replies':
      return cell('limited', 'feature.cs_replies.oa', ['T8']);
    case 'interfaces':
      if (holder === 'personal') return cell('no', 'feature.interfaces.personal', ['T9', 'T10']);
      if (sub) return cell('limited', 'feature.interfaces.subscription', ['T9', 'T10']);
      return overseas
        ? cell('limited', 'feature.interfaces.overseas', ['T9', 'L1'])
        : cell('yes', 'feature.interfaces.service', ['T9']);
    case 'wechat_pay':
      return wechatPay(sub, overseas, holder);
    case 'mini_programs':
      return miniPrograms(overseas, holder);
    case 'verification':
      return verification(region, holder);
    case 'type_change':
      return cell('no', 'feature.type_change.oa', ['C1', 'C2', 'C3']);
    case 'migration':
      return migration(overseas, holder);
    case 'ownership':
      return ownership(holder);
    case 'team_chat':
      return cell('no', 'feature.team_chat.oa', ['T4']);
    case 'customer_contact':
      return cell('limited', 'feature.customer_contact.oa', ['T8', 'T4']);
    case 'external_contacts':
      return cell('no', 'feature.external_contacts.oa', ['T4']);
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
    const ids: readonly FeatureId[] = type === 'wecom' ? WECOM_FEATURE_IDS : OA_FEATURE_IDS;
    rows = ids.map((id) => {
      const c = featureCell(id, type, region, holder);
      return { id, label: text(`feature.${id}`), value: c.value, detail: text(c.key), facts: c.facts };
    });
    ROWS[cacheKey] = rows;
  }
  return rows.slice();
}
