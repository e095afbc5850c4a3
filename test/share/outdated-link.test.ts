/**
 * A card shared before a rules release: the day after we ship rules version 2, a friend opens
 * a link made with version 1. It must open, be re-evaluated with today's rules and say so.
 * The release is simulated by moving RULES_VERSION on; the version-1 layout stays the real one.
 */
import { t, tt, type Lang } from '../../miniprogram/i18n';
import { changesFor } from '../../miniprogram/rules/changes';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Recommendation } from '../../miniprogram/rules/types';
import { encodeAnswers } from '../../miniprogram/share/codec';
import { renderPage, textOf } from '../helpers/load';
import { useLang } from '../helpers/lang';
import { parseQueryString } from '../helpers/query';
import { FRENCH_BRAND } from '../helpers/personas';

jest.mock('../../miniprogram/rules/version', () => ({
  ...jest.requireActual('../../miniprogram/rules/version'),
  RULES_VERSION: '2',
}));

describe.each(['zh', 'en'] as Lang[])('a link from an older rules version (%s)', (lang) => {
  it("opens with today's result and says what changed since it was shared", () => {
    useLang(lang);
    const oldLink = parseQueryString(`${encodeAnswers(FRENCH_BRAND, '1')}&s=1`);
    expect(oldLink.v).toBe('1');
    const { comp } = renderPage('pages/result/index', oldLink as Record<string, string>);
    const today = evaluate(FRENCH_BRAND) as Recommendation;
    expect(textOf(comp.querySelector('.result__headline'))).toBe(tt(lang, today.headline));
    // The note names how many of the changes since version 1 concern this person (result.test lists them).
    const changes = changesFor(FRENCH_BRAND, '1').length;
    expect(textOf(comp.querySelector('.result__outdated'))).toBe(
      t(lang, 'result.outdatedChanges', { count: changes }),
    );
    expect(textOf(comp.querySelector('.result__shared'))).toBe(t(lang, 'result.shared'));
  });
});
