/**
 * The sources list: every fact id the sections cite, in the order of the knowledge base, and
 * the conflicts among them (sources that disagree are shown, never silently resolved).
 */
import { FACTS, FACT_IDS } from '../knowledge';
import { text } from '../text';
import type { Conflict } from '../types';
import type { SectionName, Sections } from './index';

const FACT_INDEX: Record<string, number> = {};
FACT_IDS.forEach((id, i) => (FACT_INDEX[id] = i));
const CONFLICTING: readonly boolean[] = FACT_IDS.map((id) => FACTS[id]?.conflict === true);

export function sourcesOf(sections: Sections): { facts: string[]; conflicts: Conflict[] } {
  // A flag per fact index: this runs for every evaluation, so no per-call dictionaries.
  const seen: boolean[] = new Array<boolean>(FACT_IDS.length).fill(false);
  const mark = (ids: readonly string[]) => {
    for (const id of ids) {
      const index = FACT_INDEX[id];
      if (index !== undefined) seen[index] = true;
    }
  };
  for (const name in sections) {
    const value = sections[name as SectionName];
    if (Array.isArray(value)) for (const entry of value) mark(entry.facts);
    else if (value && 'facts' in value) mark(value.facts);
  }
  const facts: string[] = [];
  const conflicts: Conflict[] = [];
  FACT_IDS.forEach((id, i) => {
    if (!seen[i]) return;
    facts.push(id);
    if (CONFLICTING[i]) conflicts.push({ factId: id, text: text(`conflict.${id}`) });
  });
  return { facts, conflicts };
}
