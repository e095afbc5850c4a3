/** Rows of the documents and steps lists: an item (id, text, facts, where to go) and when it shows. */
import type { Situation } from '../situation';
import { text } from '../text';
import type { ChecklistItem } from '../types';

export interface ChecklistRow {
  item: ChecklistItem;
  /** Shown only when this holds; always without it. */
  when?: (s: Situation) => boolean;
}

export function row(
  id: string,
  key: string,
  facts: string[],
  options: { url?: string; when?: (s: Situation) => boolean } = {},
): ChecklistRow {
  const item: ChecklistItem = options.url
    ? { id, text: text(key), facts, url: options.url }
    : { id, text: text(key), facts };
  return options.when ? { item, when: options.when } : { item };
}

export function pick(rows: readonly ChecklistRow[], s: Situation): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  for (const r of rows) if (!r.when || r.when(s)) out.push(r.item);
  return out;
}
