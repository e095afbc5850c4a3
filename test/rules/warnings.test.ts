/**
 * The warnings contract of shared/DESIGN.md, checked on every reachable path: each id shows
 * exactly when the contract says, once at most, critical first, with texts in both languages
 * and facts the knowledge base holds. The conditions here are written from the answers and the
 * decision (type, route, companions), not from the rules' own Situation, so the test reads the
 * contract independently of the code it checks.
 */
import { hasKey } from '../../miniprogram/i18n';
import warningsZh from '../../miniprogram/i18n/warnings.zh';
import warningsEn from '../../miniprogram/i18n/warnings.en';
import questionsZh from '../../miniprogram/i18n/questions.zh';
import { recommend } from '../../miniprogram/rules/engine';
import { FACTS } from '../../miniprogram/rules/knowledge';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import { WARNINGS } from '../../miniprogram/rules/sections/warnings';
import type { Answers, Recommendation } from '../../miniprogram/rules/types';

interface Outcome {
  a: Answers;
  r: Recommendation;
  ids: Set<string>;
}

const outcomes: Outcome[] = enumeratePaths().map((answers) => {
  const r = recommend(answers);
  return { a: r.answers, r, ids: new Set(r.warnings.map((w) => w.id)) };
});

const goals = (a: Answers) => (Array.isArray(a.goals) ? a.goals : []);
const has = (a: Answers, goal: string) => goals(a).includes(goal);
/** The type or a companion is an Official Account. */
const recommendsOa = (r: Recommendation) =>
  r.type !== 'wecom' || r.companions.some((c) => c.type !== 'wecom');
const recommendsWecom = (r: Recommendation) =>
  r.type === 'wecom' || r.companions.some((c) => c.type === 'wecom');
const MAINLAND_ROUTES = [
  'personal_id',
  'local_licence',
  'third_party_licence',
  'china_entity',
  'sole_trader',
];

/** DESIGN.md, id by id: when each warning must show (and only then). */
const CONTRACT: Record<string, (o: Outcome) => boolean> = {
  type_permanent: ({ r }) => recommendsOa(r) && r.route !== 'not_available',
  hk_mo_tw_overseas: ({ a, r }) => a.location === 'hk_mo_tw' && r.route === 'overseas_licence',
  sole_trader_option: ({ a }) =>
    a.entity === 'individual' &&
    a.location === 'mainland' &&
    (has(a, 'sell') || has(a, 'services')) &&
    a.sole_trader === 'no',
  rep_office_no_sales: ({ a }) => a.china_entity === 'rep_office',
  // G2 is about confirming identity when registering an Official Account: WeCom alone registers none.
  // "government, media and other organisations on a mainland route", to the letter: WeCom-only and
  // licence-holder routes too (their wording says what applies there).
  verification_required: ({ a, r }) =>
    ['government', 'media', 'other_org'].includes(String(a.entity)) && MAINLAND_ROUTES.includes(r.route),
  verification_yearly: ({ r }) => r.route !== 'personal_id' && r.route !== 'not_available',
  mini_program_own_verification: ({ a }) => has(a, 'mini_program'),
  mini_program_filing: ({ a, r }) => has(a, 'mini_program') && MAINLAND_ROUTES.includes(r.route),
  publish_api_personal: ({ r }) => r.route === 'personal_id',
  wecom_contact_limits: ({ a, r }) => recommendsWecom(r) && has(a, 'customer_contact'),
  // "Every route that registers something": all but not_available, WeCom-only results included.
  name_first_come: ({ r }) => r.route !== 'not_available',
};

describe('each contract warning shows exactly when DESIGN.md says', () => {
  it.each(Object.keys(CONTRACT))('%s', (id) => {
    const rule = CONTRACT[id]!;
    const wrong: string[] = [];
    let shown = 0;
    for (const o of outcomes) {
      const expected = rule(o);
      if (o.ids.has(id)) shown += 1;
      if (o.ids.has(id) !== expected) {
        wrong.push(
          `${JSON.stringify(o.a)} -> ${o.r.type}/${o.r.route}: ${expected ? 'missing' : 'unexpected'}`,
        );
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(shown).toBeGreaterThan(0);
  });

  it('never tells anyone but Hong Kong, Macao and Taiwan about the Hong Kong, Macao and Taiwan caution', () => {
    const elsewhere = outcomes.filter((o) => o.a.location !== 'hk_mo_tw' && o.ids.has('hk_mo_tw_overseas'));
    expect(elsewhere.map((o) => o.a).slice(0, 5)).toEqual([]);
  });
});

describe('the boxes themselves', () => {
  it('show one box per id, critical ones first', () => {
    const problems: string[] = [];
    for (const { a, r } of outcomes) {
      const ids = r.warnings.map((w) => w.id);
      if (new Set(ids).size !== ids.length) problems.push(`${JSON.stringify(a)}: ${ids.join()}`);
      const severities = r.warnings.map((w) => w.severity).join();
      if (/caution.*critical/.test(severities)) problems.push(`${JSON.stringify(a)}: ${severities}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('say that an overseas account cannot migrate once, not twice', () => {
    // C2b (no migration in or out for overseas entities) is the idea of overseas_no_migration; the
    // type_permanent box beside it must not say it again.
    const twice = outcomes.filter(({ r }) => r.warnings.filter((w) => w.facts.includes('C2b')).length > 1);
    expect(twice.map((o) => o.a).slice(0, 5)).toEqual([]);
  });

  it('name the company-to-service migration ban wherever a subscription account is recommended', () => {
    const missing = outcomes.filter(({ r }) => {
      const subscription = r.type === 'subscription' || r.companions.some((c) => c.type === 'subscription');
      const permanent = r.warnings.find((w) => w.id === 'type_permanent');
      return subscription && r.route !== 'overseas_licence' && permanent && !permanent.facts.includes('C3');
    });
    expect(missing.map((o) => o.a).slice(0, 5)).toEqual([]);
  });

  it('put a representative office that wants to take money in a critical box, otherwise a caution', () => {
    const rep = outcomes.filter((o) => o.ids.has('rep_office_no_sales'));
    for (const { a, r } of rep) {
      const box = r.warnings.find((w) => w.id === 'rep_office_no_sales')!;
      const wantsMoney = has(a, 'sell') || (a.payments !== undefined && a.payments !== 'none');
      expect([a, box.severity]).toEqual([a, wantsMoney ? 'critical' : 'caution']);
    }
  });

  it('cite only facts the knowledge base holds', () => {
    const unknown = WARNINGS.flatMap((row) =>
      row.facts.filter((id) => !(id in FACTS)).map((id) => `${row.key}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('each row shows on some path, and every warning text is used and exists in both languages', () => {
    const shownKeys = new Set(outcomes.flatMap(({ r }) => r.warnings.map((w) => w.text.key)));
    expect(WARNINGS.map((row) => row.key).filter((key) => !shownKeys.has(key))).toEqual([]);
    expect(Object.keys(warningsZh).filter((key) => !shownKeys.has(key))).toEqual([]);
    expect([...shownKeys].filter((key) => !hasKey(key))).toEqual([]);
    expect(Object.keys(warningsEn).sort()).toEqual(Object.keys(warningsZh).sort());
  });

  it('speak Chinese in Chinese: no Latin letters in warnings, questions or route names', () => {
    const latin = Object.entries({ ...warningsZh, ...questionsZh })
      .filter(([key]) => /^(warning|q|route)\./.test(key))
      .filter(([, value]) => /[A-Za-z]/.test(value))
      .map(([key]) => key);
    expect(latin).toEqual([]);
  });
});
