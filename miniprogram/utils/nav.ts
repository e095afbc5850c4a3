/** Navigation and small UI feedback over wx.*, so pages never call wx directly. */

export const PAGES = {
  home: '/pages/home/index',
  quiz: '/pages/quiz/index',
  result: '/pages/result/index',
  compare: '/pages/compare/index',
} as const;

export type PageName = keyof typeof PAGES;

function url(page: PageName, query?: string): string {
  return query ? `${PAGES[page]}?${query}` : PAGES[page];
}

export function openPage(page: PageName, query?: string): void {
  wx.navigateTo({ url: url(page, query) });
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

/** Mini programs cannot open outside web pages, so official addresses are copied for the browser. */
export function copyText(text: string, done: string): void {
  wx.setClipboardData({
    data: text,
    success: () => toast(done),
  });
}
