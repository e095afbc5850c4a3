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
  it.each(PERSONAS)('%s: the chat card says what it holds and reopens the same result', (_name, answers) => {
    const rec = recommendation(answers);
    const card = chatShare(rec, lang);
    // The card image carries the headline; the title does not repeat it.
    expect(card.title).toBe(t(lang, 'share.chat_title'));
    expect(card.title).not.toContain(tt(lang, rec.headline));
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
    expect(moments.title).toContain(tt(lang, rec.headline));
    const decoded = decodeQuery(parseQueryString(moments.query));
    expect(decoded.ok && evaluate(decoded.answers)).toEqual(rec);
  });
});

describe('share payload details', () => {
  const rec = recommendation(PERSONAS[0]?.[1] ?? {});

  it('passes the card image through to the chat card', () => {
    expect(chatShare(rec, 'en', 'wxfile://tmp/card.png').imageUrl).toBe('wxfile://tmp/card.png');
  });

  it.each(['zh', 'en'] as Lang[])(
    'Moments (%s) sends the card image with the title and the query',
    (lang) => {
      const moments = timelineShare(rec, lang, 'wxfile://tmp/moments.png');
      const headline = tt(lang, rec.headline);
      const titled = t(lang, 'share.timeline_title', { headline, app: t(lang, 'app.name') });
      expect(moments).toEqual({
        title: Array.from(titled).length <= 60 ? titled : headline,
        query: chatShare(rec, lang).path.slice(PAGES.result.length + 1),
        imageUrl: 'wxfile://tmp/moments.png',
      });
      const decoded = decodeQuery(parseQueryString(moments.query));
      expect(decoded.ok && evaluate(decoded.answers)).toEqual(rec);
      // Before the bar has drawn it, WeChat shows the mini program's logo: no imageUrl at all.
      expect('imageUrl' in timelineShare(rec, lang)).toBe(false);
    },
  );

  it('falls back to the home page rather than share a link it cannot build', () => {
    const broken = { ...rec, answers: { entity: 'martian' } } as Recommendation;
    const card = chatShare(broken, 'en');
    expect(card.path).toBe('/pages/home/index');
    expect(card.title).toBe(t('en', 'share.fallback_title'));
  });

  it('never cuts a Moments title: a long headline goes whole and the app name leaves', () => {
    const long = { ...rec, headline: { key: 'share.single_page_hint' } };
    const hint = t('en', 'share.single_page_hint');
    expect(timelineShare(long, 'en').title).toBe(hint);
    const short = { ...rec, headline: { key: 'app.name' } };
    expect(timelineShare(short, 'zh').title).toBe('公众号选型助手｜公众号选型助手');
  });

  it('recognises single-page mode and the shared flag', () => {
    expect(isSinglePageScene(1154)).toBe(true);
    expect(isSinglePageScene(1007)).toBe(false);
    expect(isSinglePageScene(undefined)).toBe(false);
    expect(isSharedQuery({ s: '1' })).toBe(true);
    expect(isSharedQuery({})).toBe(false);
  });
});
