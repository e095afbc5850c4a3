/**
 * Whole walks as a person makes them: home -> Start -> tap the rendered options -> result,
 * in both languages, asserting what the result page shows.
 */
import { hasKey, t, type Lang } from '../../miniprogram/i18n/index';
import { renderPage, press, textOf } from '../helpers/load';
import { answerQuiz, followNav, lastNav, resetPhone } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { FRENCH_BRAND } from '../helpers/personas';

interface Persona {
  name: string;
  answers: Record<string, string | string[]>;
  type: string;
  route: string;
  /** Words the person must see in the result, per language. */
  see: { zh: string[]; en: string[] };
}

/** The rules' headline for the persona's type and route, which must exist in both languages. */
function headlineOf(lang: Lang, persona: Persona): string {
  const key = `headline.${persona.route}.${persona.type}`;
  if (!hasKey(key)) throw new Error(`no headline text ${key}`);
  return t(lang, key);
}

const PERSONAS: Persona[] = [
  {
    name: 'French cosmetics brand, no China entity, wants WeChat Pay',
    answers: FRENCH_BRAND,
    type: 'service',
    route: 'overseas_licence',
    see: { zh: ['99 美元'], en: ['US$99'] },
  },
  {
    name: 'Mainland blogger posting daily',
    answers: {
      entity: 'individual',
      location: 'mainland',
      mainland_phone: 'yes',
      goals: ['publish'],
      frequency: 'daily',
    },
    type: 'subscription',
    route: 'personal_id',
    see: { zh: ['身份证'], en: ['ID'] },
  },
  {
    name: 'Mainland company that only wants internal team chat',
    answers: {
      entity: 'company',
      location: 'mainland',
      // WeCom alone serves team chat: payments and frequency are not asked.
      goals: ['internal_team'],
    },
    type: 'wecom',
    route: 'local_licence',
    see: { zh: ['企业微信'], en: ['WeCom'] },
  },
  {
    name: 'Foreigner in Shanghai without a mainland ID or a business abroad',
    answers: {
      entity: 'individual',
      location: 'overseas',
      business_abroad: 'no',
      goals: ['publish'],
      frequency: 'weekly',
    },
    type: 'subscription',
    route: 'not_available',
    // No route: what they can do instead takes the place of the figures.
    see: { zh: ['身份证', t('zh', 'result.instead')], en: ['ID', t('en', 'result.instead')] },
  },
];

describe.each(['zh', 'en'] as const)('walk from home to result (%s)', (lang) => {
  beforeEach(() => {
    resetPhone();
    useLang(lang);
  });

  it.each(PERSONAS.map((p) => [p.name, p] as const))('%s', async (_name, persona) => {
    const home = renderPage('pages/home/index');
    await press(home.comp, '.home__start >>> .van-button');
    expect(lastNav()?.url).toBe('/pages/quiz/index');
    const quiz = followNav();
    const asked = await answerQuiz(quiz, persona.answers);
    // Every answer the persona gave was asked: the branching matches the persona's situation.
    expect(asked.sort()).toEqual(Object.keys(persona.answers).sort());
    // The result opens on top of the last question, so back returns to that question.
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'navigateTo', url: '/pages/result/index' }));

    const result = followNav();
    const headline = textOf(result.comp.querySelector('.result__headline'));
    expect(headline).toBe(headlineOf(lang, persona));
    // The persona's own words are on the page's first, unfolded part.
    const page = textOf(result.comp.querySelector('.result'));
    for (const words of persona.see[lang]) expect(page).toContain(words);
    // The other language's headline is not on screen.
    const other = lang === 'zh' ? 'en' : 'zh';
    expect(page).not.toContain(headlineOf(other, persona));
  });
});
