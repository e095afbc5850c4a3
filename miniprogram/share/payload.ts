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

// Moments shows a short title: past this the app's name leaves, never a piece of the headline.
const MAX_TIMELINE_TITLE = 60;

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

/** The shared query, or null when the answers cannot be encoded (the card then opens the home page). */
export function sharedQuery(rec: Recommendation): string | null {
  try {
    return `${encodeAnswers(rec.answers)}&${SHARED_FLAG}`;
  } catch {
    return null;
  }
}

/**
 * The chat card: a title saying what the card holds and a path that rebuilds the result for the
 * friend. The card image (or, before it is drawn, WeChat's crop of the screen's top) shows the
 * headline: a headline title would show it twice.
 */
export function chatShare(rec: Recommendation, lang: Lang, imageUrl?: string): ChatShare {
  const query = sharedQuery(rec);
  const share: ChatShare = {
    title: t(lang, query ? 'share.chat_title' : 'share.fallback_title'),
    path: query ? `${PAGES.result}?${query}` : PAGES.home,
  };
  if (imageUrl) share.imageUrl = imageUrl;
  return share;
}

/**
 * Moments: the same query on the current (result) page; WeChat opens it in single-page mode.
 * imageUrl is the card drawn square (Moments shows its image 1:1, as a thumbnail too small to
 * read), so the title states the headline.
 */
export function timelineShare(rec: Recommendation, lang: Lang, imageUrl?: string): TimelineShare {
  const query = sharedQuery(rec);
  const headline = tt(lang, rec.headline);
  const titled = t(lang, 'share.timeline_title', { headline, app: t(lang, 'app.name') });
  const share: TimelineShare = {
    title: !query
      ? t(lang, 'share.fallback_title')
      : Array.from(titled).length <= MAX_TIMELINE_TITLE
        ? titled
        : headline,
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
