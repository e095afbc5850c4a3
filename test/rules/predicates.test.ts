import {
  goalsOf,
  isOrganisation,
  needsService,
  onLocalLicence,
  onlyTeamGoals,
  single,
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
