/** Looks up user-visible text. Both languages have exactly the same keys (checked by the compiler). */
import en from './en';
import zh from './zh';
import type { Text } from '../rules/types';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof zh;

const tables: Record<Lang, Record<string, string>> = { zh, en };

export function hasKey(key: string): boolean {
  return key in zh && key in en;
}

/** Text for key in lang with {name} placeholders filled; a missing key shows itself rather than blank. */
export function t(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const template = tables[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function tt(lang: Lang, text: Text): string {
  return t(lang, text.key, text.params);
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
