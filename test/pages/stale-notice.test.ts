/**
 * The stale-facts notice (issue 13.2) with the phone's clock pinned: silent up to 12 months
 * after the review date, a quiet line from the 13th month, in both languages.
 */
import simulate from 'miniprogram-simulate';
import { t } from '../../miniprogram/i18n/index';
import { oldestReview, parseYearMonth } from '../../miniprogram/rules/freshness';
import { loadComponent, textOf } from '../helpers/load';

type Comp = ReturnType<typeof simulate.render>;

/** The date `months` whole months after a "2026-12" review date, on the 15th. */
function monthsAfter(reviewed: string, months: number): Date {
  const from = parseYearMonth(reviewed);
  if (!from) throw new Error(`bad review date ${reviewed}`);
  return new Date(Date.UTC(from.year, from.month - 1 + months, 15));
}

function render(props: Record<string, unknown>): Comp {
  const comp = simulate.render(loadComponent('components/stale-notice/index'), props);
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

/** Pins the phone's clock for every page and component (utils/clock reads Date.now). */
function setClock(date: Date): void {
  jest.spyOn(Date, 'now').mockReturnValue(date.getTime());
}

afterEach(() => jest.restoreAllMocks());

describe('stale-facts notice', () => {
  const reviewed = oldestReview() ?? '';

  it('says nothing 12 months after the review', () => {
    setClock(monthsAfter(reviewed, 12));
    const comp = render({ lang: 'en' });
    expect(comp.querySelector('.stale-notice')).toBeUndefined();
  });

  it.each(['zh', 'en'] as const)('names the review date from the 13th month (%s)', (lang) => {
    setClock(monthsAfter(reviewed, 13));
    const comp = render({ lang });
    expect(textOf(comp.querySelector('.stale-notice'))).toBe(
      t(lang, 'facts.stale', { date: reviewed, months: 13 }),
    );
  });

  it("judges a result by its own facts' review dates", () => {
    setClock(monthsAfter(reviewed, 13));
    const comp = render({ lang: 'en', facts: ['W3', 'R3'] });
    expect(textOf(comp.querySelector('.stale-notice'))).toContain(reviewed);
  });

  it('says nothing when the phone clock is behind the review date', () => {
    setClock(monthsAfter(reviewed, -3));
    expect(render({ lang: 'zh' }).querySelector('.stale-notice')).toBeUndefined();
  });
});
