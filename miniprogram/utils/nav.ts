/** Navigation and small UI feedback over wx.*, so pages never call wx directly. */
import { t, type Lang, type MessageKey } from '../i18n/index';
import { PAGES, type PageName } from '../share/pages';
import { isPrivacyError } from './wx-error';

function url(page: PageName, query?: string): string {
  return query ? `${PAGES[page]}?${query}` : PAGES[page];
}

/** WeChat keeps at most 10 pages; past that navigateTo fails, so the top page is replaced instead. */
const MAX_PAGES = 10;

/** Opens a page on top of this one (back returns here); `onFail` hears when WeChat refuses. */
export function openPage(page: PageName, query?: string, onFail?: () => void): void {
  const options = { url: url(page, query), fail: () => onFail?.() };
  if (getCurrentPages().length >= MAX_PAGES) wx.redirectTo(options);
  else wx.navigateTo(options);
}

/** Whether the page under this one is `page`: where back leads. */
export function cameFrom(page: PageName): boolean {
  const pages = getCurrentPages();
  const below = pages[pages.length - 2];
  return below !== undefined && `/${below.route}` === PAGES[page];
}

/** Replaces the current page, so the system back gesture does not return to it. */
export function replacePage(page: PageName, query?: string): void {
  wx.redirectTo({ url: url(page, query) });
}

/** Clears the page stack: used by "start again" so back does not lead into an old result. */
export function restartAt(page: PageName, query?: string): void {
  wx.reLaunch({ url: url(page, query) });
}

/** Back when there is a page to return to, else to home (e.g. a result opened from a shared card). */
export function goBack(): void {
  if (getCurrentPages().length > 1) wx.navigateBack({ delta: 1 });
  else wx.reLaunch({ url: PAGES.home });
}

export function setTitle(title: string): void {
  wx.setNavigationBarTitle({ title });
}

export function toast(title: string): void {
  wx.showToast({ title, icon: 'none' });
}

/**
 * Mini programs cannot open outside web pages, so official addresses are copied for the browser.
 * WeChat can refuse the clipboard (the privacy notice not accepted): the person is told, and
 * the address stays selectable on screen. `copied` names what was copied (an address by default).
 */
export function copyText(text: string, lang: Lang, copied: MessageKey = 'common.copied'): void {
  wx.setClipboardData({
    data: text,
    success: () => toast(t(lang, copied)),
    fail: (err) => toast(t(lang, isPrivacyError(err) ? 'common.copyPrivacy' : 'common.copyFailed')),
  });
}
