/**
 * What the result page shows for the query it was opened with, worked out once and without
 * wx: a share link is decoded (and validated) by the codec, saved answers were validated when
 * restored, so both go straight to the rules, and the what-ifs come with their results.
 */
import { hasKey, type MessageKey } from '../../i18n/index';
import { changesFor } from '../../rules/changes';
import { recommend } from '../../rules/engine';
import type { Recommendation, Text } from '../../rules/types';
import { whatIfs, type WhatIf } from '../../rules/what-if';
import { decodeQuery } from '../../share/codec';
import { isSharedQuery } from '../../share/payload';
import type { Restored } from '../../utils/progress';

export type Query = Record<string, string | undefined>;

export type Opened =
  | {
      ok: true;
      rec: Recommendation;
      /** What-ifs with their results; none on a what-if opened in full (one flip at a time). */
      flips: WhatIf[];
      /** Whose result this is: the person's own, a friend's (shared), or a what-if opened in full. */
      kind: 'own' | 'shared' | 'whatif';
      /** A shared link from an earlier rules version, re-evaluated with today's. */
      outdated: boolean;
      /** For an outdated link: what changed since, for this person (may be empty). */
      changes: Text[];
      /** The what-if's label when kind is 'whatif'. */
      whatIfLabel?: MessageKey;
    }
  /** 'empty': nothing to show yet; 'error': a link that cannot be read. */
  | { ok: false; mode: 'empty' | 'error'; message: Text };

/** A result page opened from a share link carries the codec's parameters. */
function isLinkQuery(query: Query): boolean {
  return isSharedQuery(query) || query.a !== undefined || query.v !== undefined;
}

/** `saved` reads the person's stored progress; it is only called when the query holds no link. */
export function openResult(query: Query, saved: () => Restored): Opened {
  if (isLinkQuery(query)) {
    const decoded = decodeQuery(query);
    if (!decoded.ok) return { ok: false, mode: 'error', message: decoded.error.message };
    const rec = recommend(decoded.answers);
    const label = query.w ? `whatif.${query.w}` : '';
    if (hasKey(label))
      return { ok: true, rec, flips: [], kind: 'whatif', outdated: false, changes: [], whatIfLabel: label };
    const changes = decoded.outdated ? changesFor(decoded.answers, decoded.version) : [];
    return { ok: true, rec, flips: whatIfs(rec), kind: 'shared', outdated: decoded.outdated, changes };
  }
  const restored = saved();
  if (restored.state === 'failed')
    return { ok: false, mode: 'empty', message: { key: 'common.restoreFailed' } };
  if (Object.keys(restored.answers).length === 0) {
    return { ok: false, mode: 'empty', message: { key: 'result.noResult' } };
  }
  const rec = recommend(restored.answers);
  return { ok: true, rec, flips: whatIfs(rec), kind: 'own', outdated: false, changes: [] };
}
