/**
 * The note an outdated link opens with: what changed for this person since the rules version
 * the link was made with, in both languages, and nothing for a current link.
 */
import { hasKey, tt } from '../../miniprogram/i18n';
import { CHANGES, changesFor } from '../../miniprogram/rules/changes';
import { enumeratePaths } from '../../miniprogram/rules/questions';
import type { Answers } from '../../miniprogram/rules/types';
import { RULES_VERSION } from '../../miniprogram/rules/version';
import { FRENCH_BRAND } from '../helpers/personas';

const keys = (answers: Answers, from = '1', current = '2') =>
  changesFor(answers, from, current).map((t) => t.key);

describe('changesFor', () => {
  it('names what changed for a French brand: the dropped Hong Kong caution, merged boxes, priced costs', () => {
    const notes = keys(FRENCH_BRAND);
    expect(notes).toEqual(
      expect.arrayContaining([
        'change.hk_mo_tw_dropped',
        'change.overseas_one_box',
        'change.verification_yearly',
        'change.costs',
        'change.overseas_fee_reported',
      ]),
    );
    expect(notes).not.toContain('change.wecom_fee');
    expect(notes).not.toContain('change.publish_api_personal');
  });

  it('tells a WeCom-only Shanghai company the permanence warning and the extra questions are gone, and the fee is priced', () => {
    const notes = keys({
      entity: 'company',
      location: 'mainland',
      goals: ['internal_team'],
      frequency: 'weekly',
    });
    expect(notes).toEqual(
      expect.arrayContaining(['change.type_permanent_dropped', 'change.wecom_questions', 'change.wecom_fee']),
    );
    expect(notes).not.toContain('change.overseas_one_box');
  });

  it("asks a 'China company' holder whether it is really a representative office", () => {
    const notes = keys({ entity: 'company', location: 'overseas', china_entity: 'have', goals: ['sell'] });
    expect(notes[0]).toBe('change.rep_office_option');
    expect(notes).toContain('change.wechat_pay_step');
  });

  it('tells a blogger about the publishing interfaces, and a would-be seller about the sole-trader route', () => {
    expect(keys({ entity: 'individual', location: 'mainland', goals: ['publish'] })).toContain(
      'change.publish_api_personal',
    );
    expect(keys({ entity: 'individual', location: 'mainland', goals: ['sell'] })).toContain(
      'change.sole_trader_option',
    );
  });

  it('says nothing for a current link, a future version or an unknown one', () => {
    expect(changesFor(FRENCH_BRAND, RULES_VERSION)).toEqual([]);
    expect(changesFor(FRENCH_BRAND, '2', '2')).toEqual([]);
    expect(changesFor(FRENCH_BRAND, '9', '2')).toEqual([]);
    expect(changesFor(FRENCH_BRAND, 'x', '2')).toEqual([]);
  });

  it('every change concerns someone, and reads in both languages', () => {
    const seen = new Set<string>();
    for (const answers of enumeratePaths()) for (const key of keys(answers)) seen.add(key);
    // A version 1 link may say china_entity "have" for what is now a representative office.
    for (const key of keys({ entity: 'company', location: 'overseas', china_entity: 'have' })) seen.add(key);
    const all = Object.values(CHANGES).flatMap((list) => list.map((c) => c.text.key));
    expect(all.filter((key) => !seen.has(key))).toEqual([]);
    for (const key of all) {
      expect([key, hasKey(key)]).toEqual([key, true]);
      expect(tt('zh', { key })).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
