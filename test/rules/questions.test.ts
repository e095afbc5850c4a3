import {
  QUESTIONS,
  enumeratePaths,
  isAsked,
  nextQuestion,
  pruneAnswers,
  questionById,
  questionsOnPath,
  validateAnswers,
} from '../../miniprogram/rules/questions';
import { hasKey } from '../../miniprogram/i18n';

const ids = (answers: Record<string, string | string[]>) => questionsOnPath(answers).map((q) => q.id);

describe('questionnaire branching', () => {
  it('never asks an individual about a China entity, and about payments only as a sole trader', () => {
    for (const location of ['mainland', 'hk_mo_tw', 'overseas']) {
      const path = ids({ entity: 'individual', location, goals: ['sell'] });
      expect(path).not.toContain('china_entity');
      expect(path).not.toContain('payments');
      expect(path).not.toContain('control');
    }
    const willing = { entity: 'individual', location: 'mainland', goals: ['sell'], sole_trader: 'willing' };
    expect(ids(willing)).toContain('payments');
  });

  it('does not ask a mainland organisation which foreign route it takes', () => {
    const path = ids({ entity: 'company', location: 'mainland' });
    expect(path).not.toContain('china_entity');
    expect(path).not.toContain('timeline');
    expect(path).toEqual(['entity', 'location', 'goals', 'payments', 'frequency', 'reach']);
  });

  it('asks a sole trader no location: it is registered in the mainland by definition', () => {
    expect(ids({ entity: 'sole_trader' })).toEqual(['entity', 'goals', 'payments', 'frequency', 'reach']);
    expect(ids({ entity: 'sole_trader', goals: ['sell'] })).toEqual([
      'entity',
      'goals',
      'payments',
      'frequency',
    ]);
  });

  it('offers the sole-trader question only to a person with a mainland ID who wants to sell or serve', () => {
    const asked = (answers: Record<string, string | string[]>) => ids(answers).includes('sole_trader');
    expect(asked({ entity: 'individual', location: 'mainland', goals: ['sell'] })).toBe(true);
    expect(asked({ entity: 'individual', location: 'mainland', goals: ['services', 'publish'] })).toBe(true);
    expect(asked({ entity: 'individual', location: 'mainland', goals: ['publish', 'mini_program'] })).toBe(
      false,
    );
    expect(asked({ entity: 'individual', location: 'overseas', goals: ['sell'] })).toBe(false);
    expect(asked({ entity: 'individual', location: 'hk_mo_tw', goals: ['sell'] })).toBe(false);
    expect(asked({ entity: 'company', location: 'mainland', goals: ['sell'] })).toBe(false);
    // The default is "no": the goals themselves, not a skipped answer, decide the route.
    expect(questionById('sole_trader')?.defaultValue).toBe('no');
  });

  it('treats Hong Kong, Macao and Taiwan like overseas: no mainland ID, an overseas organisation', () => {
    expect(ids({ entity: 'individual', location: 'hk_mo_tw' })).toContain('business_abroad');
    expect(ids({ entity: 'individual', location: 'hk_mo_tw' })).not.toContain('mainland_phone');
    expect(ids({ entity: 'company', location: 'hk_mo_tw' })).toContain('china_entity');
  });

  it('asks neither how often nor about payments when WeCom alone serves the goals', () => {
    for (const goals of [['internal_team'], ['customer_contact'], ['internal_team', 'customer_contact']]) {
      const path = ids({ entity: 'company', location: 'mainland', goals });
      expect(path).toEqual(['entity', 'location', 'goals']);
    }
    const mixed = ids({ entity: 'company', location: 'mainland', goals: ['internal_team', 'publish'] });
    expect(mixed).toContain('frequency');
    expect(mixed).toContain('payments');
    // Nothing ticked is not "team goals only": publishing is assumed.
    expect(ids({ entity: 'company', location: 'mainland', goals: [] })).toContain('frequency');
  });

  it('asks an overseas company about its China entity, then control only if it has a partner', () => {
    expect(ids({ entity: 'company', location: 'overseas' })).toContain('china_entity');
    expect(ids({ entity: 'company', location: 'overseas', china_entity: 'partner_licence' })).toContain(
      'control',
    );
    expect(ids({ entity: 'company', location: 'overseas', china_entity: 'none' })).not.toContain('control');
    expect(ids({ entity: 'company', location: 'overseas', china_entity: 'rep_office' })).not.toContain(
      'timeline',
    );
    expect(ids({ entity: 'company', location: 'overseas', china_entity: 'willing_to_set_up' })).toContain(
      'timeline',
    );
  });

  it('walks the questions in order and stops when complete', () => {
    const answers: Record<string, string | string[]> = {};
    const asked: string[] = [];
    for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
      asked.push(q.id);
      answers[q.id] = q.defaultValue;
    }
    expect(asked).toEqual(['entity', 'location', 'goals', 'payments', 'frequency', 'reach']);
    expect(nextQuestion(answers)).toBeNull();
  });

  it('drops answers an earlier change took off the path', () => {
    const before = {
      entity: 'company',
      location: 'overseas',
      china_entity: 'partner_licence',
      control: 'flexible',
    };
    const after = pruneAnswers({ ...before, location: 'mainland' });
    expect(after).toEqual({ entity: 'company', location: 'mainland' });
  });

  it('isAsked follows the earlier answers', () => {
    const control = questionById('control')!;
    expect(isAsked(control, { entity: 'media', location: 'overseas', china_entity: 'partner_licence' })).toBe(
      true,
    );
    expect(
      isAsked(control, { entity: 'individual', location: 'overseas', china_entity: 'partner_licence' }),
    ).toBe(false);
  });

  it('every path asks at most 8 questions, and at least 2 (a sole trader who only wants WeCom)', () => {
    const lengths = enumeratePaths().map((answers) => Object.keys(answers).length);
    expect(Math.max(...lengths)).toBe(8);
    expect(Math.min(...lengths)).toBe(2);
  });

  it('has title, why and option labels in both languages', () => {
    for (const q of QUESTIONS) {
      expect([q.id, hasKey(q.titleKey), hasKey(q.whyKey)]).toEqual([q.id, true, true]);
      for (const option of q.options)
        expect([q.id, option, hasKey(`q.${q.id}.opt.${option}`)]).toEqual([q.id, option, true]);
    }
  });
});

describe('validateAnswers', () => {
  it('accepts good answers and normalises multi-select order', () => {
    const result = validateAnswers({ entity: 'company', goals: ['sell', 'publish', 'sell'] });
    expect(result).toEqual({ ok: true, answers: { entity: 'company', goals: ['publish', 'sell'] } });
  });

  it.each([
    [null, 'not_an_object'],
    ['entity=company', 'not_an_object'],
    [[1, 2], 'not_an_object'],
    [42, 'not_an_object'],
    [{ colour: 'red' }, 'unknown_question'],
    [JSON.parse('{"__proto__": "x"}'), 'unknown_question'],
    [{ entity: 'robot' }, 'unknown_option'],
    [{ goals: ['publish', 'fly'] }, 'unknown_option'],
    [{ entity: ['company'] }, 'wrong_shape'],
    [{ goals: 'publish' }, 'wrong_shape'],
    [{ goals: [1] }, 'wrong_shape'],
    [{ entity: 3 }, 'wrong_shape'],
  ])('rejects %p with %s', (input, code) => {
    const result = validateAnswers(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(hasKey(result.error.message.key)).toBe(true);
    }
  });

  it('accepts a valid answer to a question off the path', () => {
    expect(validateAnswers({ entity: 'individual', china_entity: 'have' }).ok).toBe(true);
    expect(validateAnswers({ entity: 'sole_trader', location: 'overseas', sole_trader: 'willing' }).ok).toBe(
      true,
    );
  });

  it('knows the options added in rules version 2', () => {
    expect(
      validateAnswers({ entity: 'sole_trader', location: 'hk_mo_tw', china_entity: 'rep_office' }).ok,
    ).toBe(true);
    expect(validateAnswers({ sole_trader: 'maybe' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_option' },
    });
  });
});
