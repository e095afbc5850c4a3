import { t, tt, type Lang } from '../../miniprogram/i18n';
import { evaluate } from '../../miniprogram/rules/engine';
import type { Answers, Recommendation } from '../../miniprogram/rules/types';
import { decodeQuery } from '../../miniprogram/share/codec';
import { PAGES } from '../../miniprogram/share/pages';
import { chatShare, isSharedQuery, isSinglePageScene, timelineShare } from '../../miniprogram/share/payload';
import { parseQueryString } from '../helpers/query';

const PERSONAS: Array<[string, Answers]> = [
  [
    'French cosmetics brand, no China entity, wants WeChat Pay',
    {
      entity: 'company',
      location: 'overseas',
      china_entity: 'none',
      goals: ['publish', 'sell'],
      payments: 'cross_border',
    },
  ],
  [
    'Mainland blogger',
    { entity: 'individual', location: 'mainland', goals: ['publish'], frequency: 'daily' },
  ],
  ['Foreigner in Shanghai without a mainland ID', { entity: 'individual', location: 'overseas' }],
  [
    'German firm using a partner licence',
    { entity: 'company', location: 'overseas', china_entity: 'partner_licence', control: 'flexible' },
  ],
  [
    'Mainland team that only wants staff chat',
    { entity: 'company', location: 'mainland', goals: ['internal_team'] },
  ],
];

function recommendation(answers: Answers): Recommendation {
  const rec = evaluate(answers);
  if (!rec.ok) throw new Error(`persona rejected: ${rec.error.code}`);
  return rec;
}

describe.each(['zh', 'en'] as Lang[])('share payloads (%s)', (lang) => {
  it.each(PERSONAS)('%s: the chat card states the result and reopens the same result', (_name, answers) => {
    const rec = recommendation(answers);
    const card = chatShare(rec, lang);
    const headline = tt(lang, rec.headline);
    expect(card.title).toBe(headline.length <= 60 ? headline : `${headline.slice(0, 59)}…`);
    expect(card.path.startsWith(`${PAGES.result}?v=`)).toBe(true);
    expect(card.path.endsWith('&s=1')).toBe(true);
    expect(card.imageUrl).toBeUndefined();

    const query = parseQueryString(card.path);
    expect(isSharedQuery(query)).toBe(true);
    const decoded = decodeQuery(query);
    if (!decoded.ok) throw new Error(decoded.error.code);
    expect(decoded.outdated).toBe(false);
    // The friend's phone rebuilds the result from the link alone.
    expect(evaluate(decoded.answers)).toEqual(rec);
  });

  it.each(PERSONAS)('%s: Moments carries the same query and names the mini program', (_name, answers) => {
    const rec = recommendation(answers);
    const moments = timelineShare(rec, lang);
    const card = chatShare(rec, lang);
    expect(moments.query).toBe(card.path.slice(PAGES.result.length + 1));
    expect(moments.title).toContain(tt(lang, rec.headline).slice(0, 20));
    expect(moments.title).toContain(t(lang, 'app.name'));
    const decoded = decodeQuery(parseQueryString(moments.query));
    expect(decoded.ok && evaluate(decoded.answers)).toEqual(rec);
  });
});

describe('share payload details', () => {
  const rec = recommendation(PERSONAS[0]?.[1] ?? {});

  it('passes a poster image through to the card', () => {
    expect(chatShare(rec, 'en', 'wxfile://tmp/poster.png').imageUrl).toBe('wxfile://tmp/poster.png');
  });

  it('falls back to the home page rather than share a link it cannot build', () => {
    const broken = { ...rec, answers: { entity: 'martian' } } as Recommendation;
    const card = chatShare(broken, 'en');
    expect(card.path).toBe('/pages/home/index');
    expect(card.title).toBe(t('en', 'share.fallback_title'));
  });

  it('keeps long titles short', () => {
    const long = { ...rec, headline: { key: 'share.single_page_hint' } };
    const title = chatShare(long, 'en').title;
    expect(Array.from(title).length).toBeLessThanOrEqual(60);
    expect(title.endsWith('…')).toBe(true);
  });

  it('recognises single-page mode and the shared flag', () => {
    expect(isSinglePageScene(1154)).toBe(true);
    expect(isSinglePageScene(1007)).toBe(false);
    expect(isSinglePageScene(undefined)).toBe(false);
    expect(isSharedQuery({ s: '1' })).toBe(true);
    expect(isSharedQuery({})).toBe(false);
  });
});
