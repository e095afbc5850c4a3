/**
 * The result's hand-off to a person (issue 13.1) and its stale-facts notice (13.2): what the
 * contact button (vant's, open-type contact) is given for several personas, read from the
 * props the vant button received; the notice silent 12 months after the review, shown at 13.
 */
import { t, tt, type Lang } from '../../miniprogram/i18n/index';
import { oldestReview, parseYearMonth } from '../../miniprogram/rules/freshness';
import { recommend } from '../../miniprogram/rules/engine';
import type { Answers } from '../../miniprogram/rules/types';
import { RULES_VERSION } from '../../miniprogram/rules/version';
import { decodeQuery } from '../../miniprogram/share/codec';
import { parseUrl } from '../helpers/flow';
import { parseQueryString } from '../helpers/query';
import { FRENCH_BRAND } from '../helpers/personas';
import { openOwn, openShared, propsOf, text, until } from './result-page';

const PERSONAS: { name: string; answers: Answers; shared: boolean; lang: Lang }[] = [
  { name: 'French brand, own result, English', answers: FRENCH_BRAND, shared: false, lang: 'en' },
  {
    name: 'Shanghai blogger, opened by a friend, Chinese',
    answers: {
      entity: 'individual',
      location: 'mainland',
      mainland_phone: 'yes',
      goals: ['publish'],
      frequency: 'daily',
    },
    shared: true,
    lang: 'zh',
  },
  {
    name: 'Shanghai company wanting team chat, Chinese',
    answers: { entity: 'company', location: 'mainland', goals: ['internal_team'] },
    shared: false,
    lang: 'zh',
  },
  {
    name: 'foreigner without a route, English',
    answers: {
      entity: 'individual',
      location: 'overseas',
      business_abroad: 'no',
      goals: ['publish'],
      frequency: 'weekly',
    },
    shared: false,
    lang: 'en',
  },
];

describe('contact hand-off', () => {
  it.each(PERSONAS)('$name: the button carries the result', (persona) => {
    const page = persona.shared
      ? openShared(persona.answers, persona.lang)
      : openOwn(persona.answers, persona.lang);
    const rec = recommend(persona.answers);
    const props = propsOf(page, '.result__contact');
    expect(props.openType).toBe('contact');
    expect(props.showMessageCard).toBe(true);
    expect(props.sendMessageTitle).toBe(tt(persona.lang, rec.headline));
    // session-from: the share code and rules version, short, which the service side reads back.
    const sessionFrom = String(props.sessionFrom);
    expect(sessionFrom).toMatch(new RegExp(`^result\\|v=${RULES_VERSION}&a=`));
    expect(sessionFrom.length).toBeLessThanOrEqual(40);
    const fromSession = decodeQuery(parseQueryString(sessionFrom.slice('result|'.length)));
    expect(fromSession.ok && fromSession.answers).toEqual(rec.answers);
    // The card in the chat opens this result for the consultant.
    const { rel, query } = parseUrl(String(props.sendMessagePath));
    expect(rel).toBe('pages/result/index');
    const fromPath = decodeQuery(query);
    expect(fromPath.ok && fromPath.answers).toEqual(rec.answers);
    expect(text(page, '.result__contact >>> .van-button')).toBe(t(persona.lang, 'result.contact'));
  });

  it('the card image the share bar draws goes with the message card', async () => {
    const page = openOwn(FRENCH_BRAND, 'en');
    expect(propsOf(page, '.result__contact').sendMessageImg).toBe('');
    const bar = page.comp.querySelector('.result__share') as unknown as {
      instance: { triggerEvent: (name: string, detail: unknown) => void };
    };
    bar.instance.triggerEvent('card', { tempFilePath: 'wxfile://tmp/card.png' });
    await until(
      () => propsOf(page, '.result__contact').sendMessageImg === 'wxfile://tmp/card.png',
      'the image',
    );
  });
});

describe('stale-facts notice on the result', () => {
  const reviewed = oldestReview(recommend(FRENCH_BRAND).facts) ?? '';
  const at = (months: number) => {
    const from = parseYearMonth(reviewed);
    if (!from) throw new Error(`bad review date ${reviewed}`);
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(from.year, from.month - 1 + months, 15));
  };
  afterEach(() => jest.restoreAllMocks());

  it.each(['zh', 'en'] as Lang[])('is silent 12 months after the review and speaks at 13 (%s)', (lang) => {
    at(12);
    expect(
      openOwn(FRENCH_BRAND, lang).comp.querySelector('.result__stale >>> .stale-notice'),
    ).toBeUndefined();
    at(13);
    const page = openOwn(FRENCH_BRAND, lang);
    expect(text(page, '.result__stale >>> .stale-notice')).toBe(
      t(lang, 'facts.stale', { date: reviewed, months: 13 }),
    );
  });
});
