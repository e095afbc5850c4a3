/**
 * A phone's page stack for the questionnaire tests: taps on the page on top, and the
 * navigations they cause applied as WeChat applies them (navigateTo opens a page on top,
 * redirectTo replaces the top, navigateBack uncovers the page below and runs its onShow,
 * reLaunch starts over). Question pages are rendered; other pages are only recorded, so these
 * tests do not depend on the result page.
 */
import { followBack, lastNav, navLog, parseUrl } from '../helpers/flow';
import { press, renderPage, type RenderedPage } from '../helpers/load';

const stack = (globalThis as unknown as { __pageStack: unknown[] }).__pageStack;

export class Phone {
  readonly pages: RenderedPage[] = [];
  /** Where the last navigation out of the rendered pages went (e.g. the result's address). */
  left: string | null = null;

  open(rel: string, query: Record<string, string> = {}): RenderedPage {
    const page = renderPage(rel, query);
    this.pages.push(page);
    return page;
  }

  get top(): RenderedPage {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('Phone: no page open');
    return page;
  }

  /** Taps on the page on top, then follows where the tap navigated. */
  async tap(selector: string): Promise<void> {
    const before = navLog().length;
    await press(this.top.comp, selector);
    for (const entry of navLog().slice(before)) this.follow(entry.method, entry.url);
  }

  /** The navigation bar's back arrow (or a swipe): WeChat's own back, no page code involved. */
  back(): RenderedPage {
    return followBack(this.pages);
  }

  private follow(method: string, url: string | undefined): void {
    if (method === 'navigateBack') {
      this.back();
      return;
    }
    if (!url) throw new Error(`Phone: ${method} without a url`);
    if (method === 'redirectTo') {
      this.pages.pop();
      stack.pop();
    } else if (method === 'reLaunch') {
      this.pages.length = 0;
      stack.length = 0;
    }
    const { rel, query } = parseUrl(url);
    if (rel === 'pages/quiz/index') this.open(rel, query);
    else this.left = lastNav()?.url ?? url;
  }
}
