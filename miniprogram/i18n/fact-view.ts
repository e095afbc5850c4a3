/**
 * A fact as the pages show it (result sources, compare fact sheet, fact popup): statement,
 * confidence in words, each source with its kind, address and date, the review date, and where
 * sources disagree the conflict and a question to paste to WeChat. Pure, shared by every page.
 */
import { FACTS, factAddresses, factSources } from '../rules/knowledge';
import type { Source } from '../rules/types';
import { t, tt, type Lang } from './index';

export interface FactSourceView {
  name: string;
  kindLabel: string;
  /** Without the scheme; empty when none is known. */
  address: string;
  /** The source's own date; empty when it shows none. */
  date: string;
}

export interface FactView {
  id: string;
  statement: string;
  /** The confidence in words ("medium confidence"). */
  confidence: string;
  /** Its own sources, then (for a derived fact) those of the facts it follows from. */
  sources: FactSourceView[];
  /** Ids of the facts a derived fact follows from; empty otherwise. */
  derivedFrom: string[];
  /** "Checked 2026-12". */
  reviewed: string;
  /** The conflict between sources, in words; empty when the sources agree. */
  conflict: string;
  /** Where sources disagree: the question to send to WeChat, always in Chinese (what they read). */
  question: string;
  /** Its English gloss, in the English interface only. */
  questionGloss: string;
  /** Each publisher once, in one line ("name (kind), …"), as the pages showed sources before `sources`. */
  origin: string;
  addresses: string[];
}

function sourceName(lang: Lang, source: Source): string {
  if (source.name) return tt(lang, { key: source.name });
  // The host names the publisher when the fact sheet gives no name.
  const host = source.address?.split('/')[0];
  return host || t(lang, `source.kind.${source.kind}`);
}

function sourceView(lang: Lang, source: Source): FactSourceView {
  return {
    name: sourceName(lang, source),
    kindLabel: t(lang, `source.kind.${source.kind}`),
    address: source.address ?? '',
    date: source.date ?? '',
  };
}

export function factView(lang: Lang, id: string): FactView | null {
  const fact = FACTS[id];
  if (!fact) return null;
  const sources = factSources(id).map((source) => sourceView(lang, source));
  const ask = { key: `ask.${id}` };
  return {
    id,
    statement: tt(lang, { key: fact.key }),
    confidence: t(lang, `confidence.${fact.confidence}`),
    sources,
    derivedFrom: fact.derivedFrom ?? [],
    reviewed: t(lang, 'facts.reviewed', { date: fact.reviewed }),
    conflict: fact.conflict ? tt(lang, { key: `conflict.${id}` }) : '',
    question: fact.conflict ? tt('zh', ask) : '',
    questionGloss: fact.conflict && lang === 'en' ? tt('en', ask) : '',
    origin: [
      ...new Set(sources.map((s) => t(lang, 'facts.sourceWithKind', { name: s.name, kind: s.kindLabel }))),
    ].join(t(lang, 'result.listSeparator')),
    addresses: factAddresses(id),
  };
}
