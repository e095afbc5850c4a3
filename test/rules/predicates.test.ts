import {
  becomesSoleTrader,
  goalsOf,
  hasMainlandId,
  isAbroad,
  isOrganisation,
  needsService,
  onLocalLicence,
  onlyTeamGoals,
  single,
  wantsToTrade,
} from '../../miniprogram/rules/predicates';

describe('business predicates over the answers', () => {
  it('reads single answers and goals, absent when the path skipped them', () => {
    expect(single({ entity: 'media' }, 'entity')).toBe('media');
    expect(single({ goals: ['publish'] }, 'goals')).toBeUndefined();
    expect(single({}, 'location')).toBeUndefined();
    expect(goalsOf({ goals: ['sell', 'publish'] })).toEqual(['sell', 'publish']);
    expect(goalsOf({ goals: 'sell' })).toEqual([]);
  });

  it('treats everyone but an individual as an organisation, the default included', () => {
    expect(isOrganisation({ entity: 'individual' })).toBe(false);
    expect(isOrganisation({ entity: 'government' })).toBe(true);
    expect(isOrganisation({})).toBe(true);
    expect(isOrganisation({ entity: 'sole_trader' })).toBe(true);
  });

  it('puts Hong Kong, Macao and Taiwan outside the mainland, and a sole trader inside it', () => {
    expect(isAbroad({ location: 'overseas' })).toBe(true);
    expect(isAbroad({ location: 'hk_mo_tw' })).toBe(true);
    expect(isAbroad({ location: 'mainland' })).toBe(false);
    // A sole trader is never asked where it is: no answer means the mainland.
    expect(isAbroad({ entity: 'sole_trader' })).toBe(false);
  });

  it('gives a mainland ID only to an individual who answered mainland', () => {
    expect(hasMainlandId({ entity: 'individual', location: 'mainland' })).toBe(true);
    expect(hasMainlandId({ entity: 'individual', location: 'hk_mo_tw' })).toBe(false);
    expect(hasMainlandId({ entity: 'company', location: 'mainland' })).toBe(false);
  });

  it('makes a sole trader of an individual with a mainland ID who said willing, nobody else', () => {
    const person = { entity: 'individual', location: 'mainland', goals: ['sell'] };
    expect(wantsToTrade(person)).toBe(true);
    expect(wantsToTrade({ goals: ['publish', 'mini_program'] })).toBe(false);
    expect(becomesSoleTrader({ ...person, sole_trader: 'willing' })).toBe(true);
    expect(becomesSoleTrader({ ...person, sole_trader: 'no' })).toBe(false);
    expect(becomesSoleTrader({ ...person, location: 'overseas', sole_trader: 'willing' })).toBe(false);
  });

  it.each([
    [{ entity: 'company', location: 'mainland' }, true],
    [{ entity: 'individual', location: 'mainland' }, false],
    [{ entity: 'company', location: 'overseas', china_entity: 'have' }, true],
    [
      { entity: 'company', location: 'overseas', china_entity: 'willing_to_set_up', timeline: 'can_wait' },
      true,
    ],
    [{ entity: 'company', location: 'overseas', china_entity: 'willing_to_set_up', timeline: 'soon' }, false],
    [{ entity: 'company', location: 'overseas', china_entity: 'partner_licence', control: 'flexible' }, true],
    [
      { entity: 'company', location: 'overseas', china_entity: 'partner_licence', control: 'essential' },
      false,
    ],
    [{ entity: 'company', location: 'overseas', china_entity: 'none' }, false],
    [{ entity: 'company', location: 'overseas', china_entity: 'rep_office' }, true],
    [{ entity: 'company', location: 'hk_mo_tw', china_entity: 'none' }, false],
    [{ entity: 'company', location: 'hk_mo_tw', china_entity: 'have' }, true],
    [{ entity: 'sole_trader' }, true],
  ])('onLocalLicence(%j) is %s', (answers, expected) => {
    expect(onLocalLicence(answers)).toBe(expected);
  });

  it('needs a service account for services, sales, a Mini Program or any payments', () => {
    expect(needsService({ goals: ['publish'] })).toBe(false);
    expect(needsService({ goals: ['publish'], payments: 'none' })).toBe(false);
    for (const goal of ['services', 'sell', 'mini_program'])
      expect(needsService({ goals: [goal] })).toBe(true);
    expect(needsService({ goals: ['publish'], payments: 'cross_border' })).toBe(true);
  });

  it('counts only team chat and customer contact as team goals, and not an empty choice', () => {
    expect(onlyTeamGoals({ goals: ['internal_team', 'customer_contact'] })).toBe(true);
    expect(onlyTeamGoals({ goals: ['internal_team', 'publish'] })).toBe(false);
    expect(onlyTeamGoals({ goals: [] })).toBe(false);
  });
});
