/**
 * The share-link layouts of every released rules version: which questions and options a link
 * of that version encodes, in order. Frozen once released (shared/DESIGN.md: add, never rename).
 */
import type { Answers } from '../rules/types';

export interface LayoutQuestion {
  id: string;
  multi: boolean;
  options: readonly string[];
}
export type Layout = readonly LayoutQuestion[];

export interface LegacyLayout {
  layout: Layout;
  /** Renames or splits of option ids since that version, applied before today's validation. */
  migrate?: (answers: Answers) => Answers;
}

const one = (id: string, options: string[]): LayoutQuestion => ({ id, multi: false, options });
const many = (id: string, options: string[]): LayoutQuestion => ({ id, multi: true, options });

/** The questions as rules version 1 shipped them. Frozen: links already sent decode with it. */
const LAYOUT_1: Layout = [
  one('entity', ['individual', 'company', 'media', 'government', 'other_org']),
  one('location', ['mainland', 'overseas']),
  one('mainland_phone', ['yes', 'no']),
  one('business_abroad', ['no', 'yes']),
  one('china_entity', ['have', 'willing_to_set_up', 'partner_licence', 'none']),
  one('control', ['essential', 'flexible']),
  one('timeline', ['soon', 'can_wait']),
  many('goals', ['publish', 'services', 'sell', 'internal_team', 'customer_contact', 'mini_program']),
  one('payments', ['none', 'rmb_domestic', 'cross_border']),
  one('frequency', ['daily', 'weekly', 'monthly']),
  one('reach', ['important', 'not_important']),
];

/**
 * Rules version 2 (advice v2): entity gains sole_trader, location hk_mo_tw, china_entity
 * rep_office, and the sole_trader question follows goals. Frozen like version 1.
 */
const LAYOUT_2: Layout = [
  one('entity', ['individual', 'company', 'sole_trader', 'media', 'government', 'other_org']),
  one('location', ['mainland', 'hk_mo_tw', 'overseas']),
  one('mainland_phone', ['yes', 'no']),
  one('business_abroad', ['no', 'yes']),
  one('china_entity', ['have', 'rep_office', 'willing_to_set_up', 'partner_licence', 'none']),
  one('control', ['essential', 'flexible']),
  one('timeline', ['soon', 'can_wait']),
  many('goals', ['publish', 'services', 'sell', 'internal_team', 'customer_contact', 'mini_program']),
  one('sole_trader', ['willing', 'no']),
  one('payments', ['none', 'rmb_domestic', 'cross_border']),
  one('frequency', ['daily', 'weekly', 'monthly']),
  one('reach', ['important', 'not_important']),
];

/**
 * The version map: the question layout every released rules version encoded its links with.
 *
 * The rule: every RULES_VERSION has an entry here, and the entry for the current version equals
 * `layoutOf(QUESTIONS)` (test/share/codec.test.ts checks both). So, to add, remove or reorder a
 * question or an option: bump RULES_VERSION, add the new version with a new frozen layout
 * literal, and leave the old entries alone. A bump that does not touch QUESTIONS adds an
 * entry that reuses the previous layout constant. Never edit or delete an entry.
 * Answers read with an old layout are carried to today's questions by id (ids are stable:
 * DESIGN.md says add, never rename); an answer whose question or option no longer exists is
 * dropped (today's default applies), and `migrate` can map a renamed option. The result is
 * validated against today's questions and flagged outdated, so the page re-evaluates it with
 * today's rules and says the facts were updated.
 */
export const LEGACY_LAYOUTS: Readonly<Record<string, LegacyLayout>> = {
  '1': { layout: LAYOUT_1 },
  '2': { layout: LAYOUT_2 },
};
