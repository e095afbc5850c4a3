/** Builds the flat string tables a page binds in WXML, once per language, not per tap. */
import en from '../i18n/en';
import zh from '../i18n/zh';
import type { Lang } from '../i18n/index';

const tables: Record<Lang, Record<string, string>> = { zh, en };

/**
 * Every string whose key starts with one of the prefixes, keyed by the rest of the key with
 * dots turned into underscores (WXML cannot read `a['b.c']` comfortably): `quiz.back` -> `back`.
 * Strings with {placeholders} come through as templates; pages fill them with t().
 */
export function strings(lang: Lang, ...prefixes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(tables[lang])) {
    for (const prefix of prefixes) {
      if (key.startsWith(prefix)) out[key.slice(prefix.length).replace(/\./g, '_')] = text;
    }
  }
  return out;
}
