/**
 * A fact as the pages show it (result sources, compare fact sheet): statement, confidence,
 * where it came from and its addresses, in one language. Pure, shared by both pages.
 */
import { FACTS, SOURCE_ADDRESSES } from '../rules/knowledge';
import { t, type Lang } from './index';

export interface FactView {
  id: string;
  statement: string;
  confidence: string;
  origin: string;
  addresses: string[];
  /** The conflict between sources, in words; empty when the sources agree. */
  conflict: string;
}

export function factView(lang: Lang, id: string): FactView | null {
  const fact = FACTS[id];
  if (!fact) return null;
  return {
    id,
    statement: t(lang, fact.key),
    confidence: t(lang, `result.confidence.${fact.confidence}`),
    origin: fact.sources.join(t(lang, 'result.listSeparator')),
    addresses: SOURCE_ADDRESSES[id] ?? [],
    conflict: fact.conflict ? t(lang, `conflict.${id}`) : '',
  };
}
