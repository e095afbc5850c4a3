/** Looks up user-visible text. Both languages have exactly the same keys (checked by the compiler). */
import en from './en';
import zh from './zh';
import type { Text } from '../rules/types';

/** The languages we ship, in the order the switch offers them. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof zh;

export type Params = Record<string, string | number>;

const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Narrows a key built at run time (a rules Text, an option id) to a key both tables hold. */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key) && Object.prototype.hasOwnProperty.call(en, key);
}

function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Text for a key the compiler knows, with {name} placeholders filled. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(tables[lang][key], params);
}

/**
 * Text for a key built at run time (the rules hand out `{ key, params }`). A key neither table
 * holds shows itself rather than a blank, so a gap is visible and the integrity tests catch it.
 */
export function tt(lang: Lang, text: Text): string {
  return hasKey(text.key) ? t(lang, text.key, text.params) : text.key;
}
