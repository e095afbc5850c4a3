/**
 * Answers <-> share-link query string. Pure (no wx): the link is all a friend's phone gets, so
 * it carries the rules version, is short, and is checked before anything is shown.
 *
 * Format: `v=<rules version>&a=<fields><check>`
 * - fields: one fixed-width base64url number per question of the version's layout, in layout
 *   order. Single choice: 0 = unanswered, i + 1 = option i. Multi choice: 0 = unanswered,
 *   mask + 1 where bit i = option i selected (so "none selected" differs from "unanswered").
 * - check: 3 base64url characters (18 bits) of a hash over version, layout and fields, so a
 *   changed or cut link is refused instead of read as a different answer set.
 * `v` comes first: a link cut short loses the end of `a`, which the length check reports as truncated.
 */
import type { Answers, AnswerValue, Question, Text } from '../rules/types';
import { QUESTIONS, validateAnswers } from '../rules/questions';
import { RULES_VERSION } from '../rules/version';
import { LEGACY_LAYOUTS, type Layout, type LayoutQuestion, type LegacyLayout } from './layouts';

export { LEGACY_LAYOUTS } from './layouts';
export type { Layout, LayoutQuestion, LegacyLayout } from './layouts';

export type DecodeErrorCode = 'missing' | 'truncated' | 'tampered' | 'unknown_version' | 'invalid';

export type DecodeResult =
  | { ok: true; answers: Answers; version: string; outdated: boolean }
  | { ok: false; error: { code: DecodeErrorCode; message: Text } };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CHECK_CHARS = 3;
const CHECK_MODULUS = 64 ** CHECK_CHARS;
const MAX_DATA_LENGTH = 256;
const MAX_VERSION_LENGTH = 40;
/** A value percent-encodes to at most 3 characters per character: anything longer is refused undecoded. */
const ENCODED = 3;

export function layoutOf(questions: readonly Question[]): Layout {
  return questions.map((q) => ({ id: q.id, multi: q.multi, options: q.options.slice() }));
}

const CURRENT_LAYOUT: Layout = layoutOf(QUESTIONS);

/** How many base64url characters a question's field needs. */
function fieldWidth(q: LayoutQuestion): number {
  const states = q.multi ? 2 ** q.options.length + 1 : q.options.length + 1;
  let width = 1;
  while (64 ** width < states) width += 1;
  return width;
}

function signature(layout: Layout): string {
  return layout.map((q) => `${q.id}${q.multi ? '*' : ''}:${q.options.join(',')}`).join(';');
}

/** FNV-1a (32 bit) reduced to the check width; enough to catch edits and cuts, not an adversary. */
function checksum(version: string, layout: Layout, fields: string): string {
  const input = `${version}|${signature(layout)}|${fields}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return toBase64(hash % CHECK_MODULUS, CHECK_CHARS);
}

function toBase64(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    out = ALPHABET.charAt(rest % 64) + out;
    rest = Math.floor(rest / 64);
  }
  return out;
}

/** The number a run of base64url characters spells, or -1 when one is outside the alphabet. */
function fromBase64(chars: string): number {
  let value = 0;
  for (const ch of chars) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return -1;
    value = value * 64 + digit;
  }
  return value;
}

function encodeField(q: LayoutQuestion, value: AnswerValue | undefined): number {
  if (value === undefined) return 0;
  if (q.multi) {
    if (!Array.isArray(value)) throw new Error(`share/codec: ${q.id} needs a list`);
    let mask = 0;
    for (const option of value) {
      const index = q.options.indexOf(option);
      if (index < 0) throw new Error(`share/codec: ${q.id} has no option ${option}`);
      mask |= 1 << index;
    }
    return mask + 1;
  }
  const index = typeof value === 'string' ? q.options.indexOf(value) : -1;
  if (index < 0) throw new Error(`share/codec: ${q.id} has no option ${String(value)}`);
  return index + 1;
}

export interface Codec {
  encodeAnswers(answers: Answers, version?: string): string;
  decodeQuery(query: Record<string, string | undefined>): DecodeResult;
}

/**
 * A codec that reads the given earlier layouts (the app uses LEGACY_LAYOUTS; tests pass their
 * own to exercise an old link without shipping a fake version).
 */
export function createCodec(legacyLayouts: Readonly<Record<string, LegacyLayout>>): Codec {
  const layoutFor = (version: string): LegacyLayout | undefined =>
    version === RULES_VERSION
      ? { layout: CURRENT_LAYOUT }
      : Object.prototype.hasOwnProperty.call(legacyLayouts, version)
        ? legacyLayouts[version]
        : undefined;
  return {
    encodeAnswers: (answers, version = RULES_VERSION) => {
      const entry = layoutFor(version);
      if (!entry) throw new Error(`share/codec: no layout for version ${version}`);
      return encodeWith(answers, version, entry.layout);
    },
    decodeQuery: (query) => {
      try {
        return decodeWith(query, layoutFor);
      } catch {
        return failure('invalid');
      }
    },
  };
}

/**
 * Throws (with a share/codec prefix) on answers the layout cannot hold: a programmer error,
 * since callers pass `Recommendation.answers`.
 */
function encodeWith(answers: Answers, version: string, layout: Layout): string {
  if (typeof answers !== 'object' || answers === null)
    throw new Error('share/codec: answers must be an object');
  for (const id of Object.keys(answers)) {
    if (!layout.some((q) => q.id === id)) throw new Error(`share/codec: unknown question ${id}`);
  }
  let fields = '';
  for (const q of layout) fields += toBase64(encodeField(q, answers[q.id]), fieldWidth(q));
  return `v=${encodeURIComponent(version)}&a=${fields}${checksum(version, layout, fields)}`;
}

function failure(code: DecodeErrorCode): DecodeResult {
  return { ok: false, error: { code, message: { key: `share.error.${code}` } } };
}

function readParam(query: unknown, name: string): string | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  if (!Object.prototype.hasOwnProperty.call(query, name)) return undefined;
  const value = (query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** WeChat hands some entry points the query still percent-encoded; our characters never need it. */
function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function decodeWith(query: unknown, layoutFor: (version: string) => LegacyLayout | undefined): DecodeResult {
  const rawData = readParam(query, 'a');
  const rawVersion = readParam(query, 'v');
  if (!rawData && rawVersion === undefined) return failure('missing');
  // `a` follows `v`: a link that kept `v` but lost `a` was cut.
  if (!rawData) return failure('truncated');
  if (rawVersion === undefined || rawVersion === '') return failure('invalid');
  // The length is capped before decoding: decoding a megabyte-long value takes milliseconds.
  if (rawVersion.length > MAX_VERSION_LENGTH * ENCODED || rawData.length > MAX_DATA_LENGTH * ENCODED) {
    return failure('invalid');
  }
  const data = percentDecoded(rawData);
  const version = percentDecoded(rawVersion);
  if (version.length > MAX_VERSION_LENGTH || data.length > MAX_DATA_LENGTH) return failure('invalid');

  const entry = layoutFor(version);
  if (!entry) return failure('unknown_version');
  const outdated = version !== RULES_VERSION;
  const layout = entry.layout;

  for (const ch of data) if (ALPHABET.indexOf(ch) < 0) return failure('invalid');
  const widths = layout.map(fieldWidth);
  const expected = widths.reduce((sum, w) => sum + w, 0) + CHECK_CHARS;
  if (data.length < expected) return failure('truncated');
  if (data.length > expected) return failure('tampered');
  const fields = data.slice(0, expected - CHECK_CHARS);
  if (data.slice(expected - CHECK_CHARS) !== checksum(version, layout, fields)) return failure('tampered');

  let answers: Answers = {};
  let at = 0;
  for (let i = 0; i < layout.length; i += 1) {
    const q = layout[i] as LayoutQuestion;
    const width = widths[i] as number;
    const n = fromBase64(fields.slice(at, at + width));
    at += width;
    if (n === 0) continue;
    if (q.multi) {
      const mask = n - 1;
      if (mask >= 2 ** q.options.length) return failure('invalid');
      answers[q.id] = q.options.filter((_, bit) => Math.floor(mask / 2 ** bit) % 2 === 1);
    } else {
      const option = q.options[n - 1];
      if (option === undefined) return failure('invalid');
      answers[q.id] = option;
    }
  }

  if (outdated) answers = carryToToday(entry.migrate ? entry.migrate(answers) : answers);
  const checked = validateAnswers(answers);
  if (!checked.ok) return failure('invalid');
  return { ok: true, answers: checked.answers, version, outdated };
}

const appCodec = createCodec(LEGACY_LAYOUTS);

/** The query string for answers under a rules version (today's by default). Throws on answers the layout cannot hold. */
export function encodeAnswers(answers: Answers, version: string = RULES_VERSION): string {
  return appCodec.encodeAnswers(answers, version);
}

/** Reads a share link's query. Never throws; never returns answers today's validation rejects. */
export function decodeQuery(query: Record<string, string | undefined>): DecodeResult {
  return appCodec.decodeQuery(query);
}

/** Keeps what today's questions can still read (see the rule above LEGACY_LAYOUTS in layouts.ts). */
function carryToToday(answers: Answers): Answers {
  const out: Answers = {};
  for (const q of CURRENT_LAYOUT) {
    const value = answers[q.id];
    if (value === undefined) continue;
    if (q.multi) {
      if (Array.isArray(value)) out[q.id] = value.filter((v) => q.options.includes(v));
    } else if (typeof value === 'string' && q.options.includes(value)) {
      out[q.id] = value;
    }
  }
  return out;
}
