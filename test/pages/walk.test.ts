/**
 * Whole walks as a person makes them: home -> Start -> tap the rendered options -> result,
 * in both languages, asserting what the result page shows.
 */
import { hasKey, t, type Lang } from '../../miniprogram/i18n/index';
import { REVIEWED } from '../../miniprogram/rules/version';
import { renderPage, press, textOf } from '../helpers/load';
import { answerQuiz, followNav, lastNav, resetPhone } from '../helpers/flow';
import { useLang } from '../helpers/lang';
import { FRENCH_BRAND } from '../helpers/personas';

interface Persona {
  name: string;
  answers: Record<string, string | string[]>;
  type: string;
  route: string;
  /** Warning ids that must be shown (their text is looked up in the persona's language). */
  warnings: string[];
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
    warnings: ['type_permanent', 'overseas_no_migration', 'wechat_pay_limited_overseas'],
    see: { zh: ['99 美元', 'https://admin.wechat.com'], en: ['US$99', 'https://admin.wechat.com'] },
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
    warnings: ['type_permanent', 'personal_cannot_verify'],
    see: { zh: ['身份证', 'https://mp.weixin.qq.com'], en: ['ID', 'https://mp.weixin.qq.com'] },
  },
  {
    name: 'Mainland company that only wants internal team chat',
    answers: {
      entity: 'company',
      location: 'mainland',
      goals: ['internal_team'],
      payments: 'none',
      frequency: 'monthly',
    },
    type: 'wecom',
    route: 'local_licence',
    warnings: ['type_permanent'],
    see: { zh: ['企业微信', 'https://work.weixin.qq.com'], en: ['WeCom', 'https://work.weixin.qq.com'] },
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
    warnings: ['type_permanent', 'personal_needs_mainland_id'],
    see: { zh: ['大陆身份证'], en: ['mainland ID'] },
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
    expect(lastNav()).toEqual(expect.objectContaining({ method: 'redirectTo', url: '/pages/result/index' }));

    const result = followNav();
    const headline = textOf(result.comp.querySelector('.result__headline'));
    expect(headline).toBe(headlineOf(lang, persona));
    expect(headline.length).toBeGreaterThan(4);

    // Warnings come first (before the reasons) and include the persona's critical ones.
    const page = textOf(result.comp.querySelector('.result'));
    const warningsAt = page.indexOf(t(lang, 'result.warnings'));
    expect(warningsAt).toBeGreaterThan(-1);
    expect(warningsAt).toBeLessThan(page.indexOf(t(lang, 'result.reasons')));
    for (const id of persona.warnings) {
      const node = result.comp.querySelector(`.result__warning--${id}`);
      expect(node).toBeDefined();
      expect(textOf(node).length).toBeGreaterThan(10);
    }
    // The type is effectively permanent: the first warning says so on every result.
    expect(textOf(result.comp.querySelector('.result__warning'))).toContain(
      t(lang, 'result.severity.critical'),
    );
    for (const words of persona.see[lang]) expect(page).toContain(words);
    expect(page).toContain(t(lang, 'knowledge.reviewed', { date: REVIEWED }));
    // The other language's headline is not on screen.
    const other = lang === 'zh' ? 'en' : 'zh';
    expect(page).not.toContain(headlineOf(other, persona));
  });
});
