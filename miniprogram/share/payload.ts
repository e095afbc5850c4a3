/**
 * What the result page returns from onShareAppMessage / onShareTimeline. Pure: the page passes
 * the recommendation it shows and the reader's language.
 */
import { t, tt, type Lang } from '../i18n/index';
import type { Recommendation } from '../rules/types';
import { encodeAnswers } from './codec';
import { PAGES } from './pages';
/** Query flag that marks a page opened from someone else's share. */
export const SHARED_FLAG = 's=1';
/** Scene of a page opened from Moments, which runs in single-page mode. */
export const SINGLE_PAGE_SCENE = 1154;

// WeChat cuts long card titles anyway; a shorter one keeps the recommendation readable.
const MAX_TITLE = 60;

export interface ChatShare {
  title: string;
  path: string;
  imageUrl?: string;
}

export interface TimelineShare {
  title: string;
  query: string;
  imageUrl?: string;
}

function clip(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= MAX_TITLE ? chars.join('') : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

/** The shared query, or null when the answers cannot be encoded (the card then opens the home page). */
export function sharedQuery(rec: Recommendation): string | null {
  try {
    return `${encodeAnswers(rec.answers)}&${SHARED_FLAG}`;
  } catch {
    return null;
  }
}

/** The chat card: a title stating the recommendation and a path that rebuilds it for the friend. */
export function chatShare(rec: Recommendation, lang: Lang, imageUrl?: string): ChatShare {
  const query = sharedQuery(rec);
  const share: ChatShare = {
    title: clip(query ? tt(lang, rec.headline) : t(lang, 'share.fallback_title')),
    path: query ? `${PAGES.result}?${query}` : PAGES.home,
  };
  if (imageUrl) share.imageUrl = imageUrl;
  return share;
}

/** Moments: the same query on the current (result) page; WeChat opens it in single-page mode. */
export function timelineShare(rec: Recommendation, lang: Lang, imageUrl?: string): TimelineShare {
  const query = sharedQuery(rec);
  const app = t(lang, 'app.name');
  // Clip the headline, not the whole title, so the mini program's name survives.
  const frame = Array.from(t(lang, 'share.timeline_title', { headline: '', app })).length;
  const headline = Array.from(tt(lang, rec.headline));
  const room = Math.max(10, MAX_TITLE - frame);
  const clipped = headline.length <= room ? headline.join('') : `${headline.slice(0, room - 1).join('')}…`;
  const share: TimelineShare = {
    title: query
      ? t(lang, 'share.timeline_title', { headline: clipped, app })
      : clip(t(lang, 'share.fallback_title')),
    query: query ?? '',
  };
  if (imageUrl) share.imageUrl = imageUrl;
  return share;
}

export function isSinglePageScene(scene: number | undefined): boolean {
  return scene === SINGLE_PAGE_SCENE;
}

/** Whether a page query says it was opened from someone else's share. */
export function isSharedQuery(query: Record<string, string | undefined> | undefined): boolean {
  return query?.s === '1';
}
