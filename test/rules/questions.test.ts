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
  it('never asks an individual about a China entity or payments', () => {
    for (const location of ['mainland', 'overseas']) {
      const path = ids({ entity: 'individual', location });
      expect(path).not.toContain('china_entity');
      expect(path).not.toContain('payments');
      expect(path).not.toContain('control');
    }
  });

  it('does not ask a mainland organisation which foreign route it takes', () => {
    const path = ids({ entity: 'company', location: 'mainland' });
    expect(path).not.toContain('china_entity');
    expect(path).not.toContain('timeline');
    expect(path).toEqual(['entity', 'location', 'goals', 'payments', 'frequency', 'reach']);
  });

  it('asks an overseas company about its China entity, then control only if it has a partner', () => {
    expect(ids({ entity: 'company', location: 'overseas' })).toContain('china_entity');
    expect(ids({ entity: 'company', location: 'overseas', china_entity: 'partner_licence' })).toContain(
      'control',
    );
    expect(ids({ entity: 'company', location: 'overseas', china_entity: 'none' })).not.toContain('control');
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

  it('every path asks between 5 and 8 questions', () => {
    const lengths = enumeratePaths().map((answers) => Object.keys(answers).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(8);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(5);
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
  });
});
