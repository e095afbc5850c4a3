/**
 * What the result's contact button hands WeChat's customer service (issue 13.1), so the
 * consultant starts from the person's result rather than from zero: `session-from` carries the
 * share code and rules version (the service side receives it), and the message card offered in
 * the chat carries the headline, the result page with the share query and the card image.
 * Pure: the page passes the result, the language and the card image the share bar drew.
 */
import { tt, type Lang } from '../../i18n/index';
import type { Recommendation } from '../../rules/types';
import { encodeAnswers } from '../../share/codec';
import { PAGES } from '../../share/pages';
import { sharedQuery } from '../../share/payload';

export interface ContactCard {
  sessionFrom: string;
  title: string;
  path: string;
  /** The chat-card image; '' until the share bar has drawn it (WeChat then uses a screenshot). */
  img: string;
}

/** WeChat keeps session-from to 1,000 characters; ours is about 30. */
export function contactCard(rec: Recommendation, lang: Lang, img: string): ContactCard {
  const query = sharedQuery(rec);
  return {
    // "result|v=2&a=…": the share code with its rules version, as the link carries them.
    sessionFrom: query ? `result|${encodeAnswers(rec.answers)}` : 'result',
    title: tt(lang, rec.headline),
    path: query ? `${PAGES.result}?${query}` : PAGES.home,
    img,
  };
}
