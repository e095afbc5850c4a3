/**
 * Texts without params, shared between results: results are read-only data, and sharing
 * them means less garbage per evaluation (the path walk evaluates every reachable answer set).
 */
import type { Text } from './types';

const TEXTS: Record<string, Text> = {};

export function text(key: string): Text {
  return TEXTS[key] ?? (TEXTS[key] = { key });
}
