/**
 * Local storage with versioned keys and envelopes. Anything we cannot read back with
 * confidence (garbage, an older format, missing fields) is reported as `unreadable`
 * so the page can tell the person and start clean, instead of crashing or guessing.
 */
import { isLang, type Lang } from '../i18n/index';
import type { Answers } from '../rules/types';

export const KEYS = {
  progress: 'oan.progress.v1',
  lang: 'oan.lang.v1',
  checklist: 'oan.checklist.v1',
} as const;

/** Keys written by earlier formats: finding one means progress from an old version. */
const LEGACY_KEYS: Record<keyof typeof KEYS, readonly string[]> = {
  progress: ['oan.progress', 'oan.progress.v0', 'progress', 'answers'],
  lang: [],
  checklist: [],
};

export type UnreadableReason = 'garbage' | 'old_format' | 'missing_keys';

export type Loaded<T> =
  { state: 'ok'; value: T } | { state: 'none' } | { state: 'unreadable'; reason: UnreadableReason };

export interface Progress {
  answers: Answers;
  /** The question on screen when last saved; null once the questionnaire was completed. */
  at: string | null;
}

/** Progress as read back: the envelope is checked here, the answers once, against the rules, by utils/progress. */
export interface StoredProgress {
  answers: Record<string, unknown>;
  at: string | null;
}

const FORMAT = 1;

function rawGet(key: string): unknown {
  try {
    return wx.getStorageSync(key);
  } catch {
    return undefined;
  }
}

/** True when the write reached storage (it can fail when the phone's quota is full). */
function rawSet(key: string, value: unknown): boolean {
  try {
    wx.setStorageSync(key, value);
    return true;
  } catch {
    return false;
  }
}

function rawRemove(key: string): void {
  try {
    wx.removeStorageSync(key);
  } catch {
    // Nothing to do: a key we cannot remove is re-validated on every read.
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unwraps `{ f: FORMAT, d: ... }`, classifying what is wrong when it is not that. */
function unwrap(key: keyof typeof KEYS): Loaded<unknown> {
  const raw = rawGet(KEYS[key]);
  if (isEmpty(raw)) {
    const legacy = LEGACY_KEYS[key].find((k) => !isEmpty(rawGet(k)));
    return legacy ? { state: 'unreadable', reason: 'old_format' } : { state: 'none' };
  }
  if (!isRecord(raw)) return { state: 'unreadable', reason: 'garbage' };
  if (typeof raw.f === 'number' && raw.f !== FORMAT) return { state: 'unreadable', reason: 'old_format' };
  if (raw.f !== FORMAT || !('d' in raw)) return { state: 'unreadable', reason: 'missing_keys' };
  return { state: 'ok', value: raw.d };
}

function wrap(key: keyof typeof KEYS, data: unknown): boolean {
  return rawSet(KEYS[key], { f: FORMAT, d: data });
}

/**
 * Reads saved questionnaire progress: the envelope, an answers object and the position. The
 * answers come back as stored (own keys only, `__proto__` included) for the rules to validate.
 */
export function loadProgress(): Loaded<StoredProgress> {
  const loaded = unwrap('progress');
  if (loaded.state !== 'ok') return loaded;
  const data = loaded.value;
  if (!isRecord(data) || !isRecord(data.answers) || !('at' in data)) {
    return { state: 'unreadable', reason: 'missing_keys' };
  }
  if (data.at !== null && typeof data.at !== 'string') return { state: 'unreadable', reason: 'garbage' };
  return { state: 'ok', value: { answers: data.answers, at: data.at } };
}

export function saveProgress(progress: Progress): boolean {
  return wrap('progress', { answers: progress.answers, at: progress.at });
}

/** Drops saved progress and any older-format leftovers, so an unreadable save is reported once. */
export function clearProgress(): void {
  rawRemove(KEYS.progress);
  for (const key of LEGACY_KEYS.progress) rawRemove(key);
}

export function loadLangSetting(): Lang | null {
  const loaded = unwrap('lang');
  return loaded.state === 'ok' && isLang(loaded.value) ? loaded.value : null;
}

export function saveLangSetting(lang: Lang): boolean {
  return wrap('lang', lang);
}

/** Ticked checklist items, per result (`<type>/<route>`), so a what-if result keeps its own ticks. */
export function loadTicks(resultKey: string): string[] {
  const loaded = unwrap('checklist');
  if (loaded.state !== 'ok' || !isRecord(loaded.value)) return [];
  const ticks = loaded.value[resultKey];
  return Array.isArray(ticks) ? ticks.filter((id): id is string => typeof id === 'string') : [];
}

export function saveTicks(resultKey: string, ticked: readonly string[]): boolean {
  const loaded = unwrap('checklist');
  const all: Record<string, unknown> = loaded.state === 'ok' && isRecord(loaded.value) ? loaded.value : {};
  return wrap('checklist', { ...all, [resultKey]: [...ticked] });
}
