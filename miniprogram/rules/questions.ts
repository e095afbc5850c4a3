/**
 * The questionnaire as data: ids, options, defaults and when each question is asked.
 * Conditions are plain functions over earlier answers (mini programs forbid eval), and each
 * question only looks at questions asked before it, so a path can be walked in one pass.
 */
import {
  becomesSoleTrader,
  hasMainlandId,
  isAbroad,
  isOrganisation,
  needsService,
  onLocalLicence,
  onlyTeamGoals,
  single,
  wantsToTrade,
} from './predicates';
import type { AnswerError, AnswerValue, Answers, Question, QuestionId } from './types';

export const GOALS = [
  'publish',
  'services',
  'sell',
  'internal_team',
  'customer_contact',
  'mini_program',
] as const;
export type Goal = (typeof GOALS)[number];

function q(id: QuestionId, options: readonly string[], defaultValue: AnswerValue, multi = false): Question {
  return { id, multi, options, defaultValue, titleKey: `q.${id}.title`, whyKey: `q.${id}.why` };
}

/**
 * Asking order. Defaults are what a scenario or a half-finished share link gets for a skipped
 * question. The two follow-ups DESIGN.md does not name (control, timeline) default to the
 * reading of china_entity a caller who never heard of them means: "willing to set up" leads
 * to the China company, "partner's licence" to the partner.
 */
export const QUESTIONS: readonly Question[] = [
  q('entity', ['individual', 'company', 'sole_trader', 'media', 'government', 'other_org'], 'company'),
  q('location', ['mainland', 'hk_mo_tw', 'overseas'], 'mainland'),
  q('mainland_phone', ['yes', 'no'], 'yes'),
  q('business_abroad', ['no', 'yes'], 'no'),
  q('china_entity', ['have', 'rep_office', 'willing_to_set_up', 'partner_licence', 'none'], 'none'),
  q('control', ['essential', 'flexible'], 'flexible'),
  q('timeline', ['soon', 'can_wait'], 'can_wait'),
  q('goals', GOALS, ['publish'], true),
  q('sole_trader', ['willing', 'no'], 'no'),
  q('payments', ['none', 'rmb_domestic', 'cross_border'], 'none'),
  q('frequency', ['daily', 'weekly', 'monthly'], 'weekly'),
  q('reach', ['important', 'not_important'], 'not_important'),
];

const BY_ID: Record<string, Question> = {};
for (const question of QUESTIONS) BY_ID[question.id] = question;

export function questionById(id: string): Question | undefined {
  return Object.prototype.hasOwnProperty.call(BY_ID, id) ? BY_ID[id] : undefined;
}

type Condition = (answers: Answers) => boolean;

/** When each question is asked, given the effective answers to the questions before it. */
const ASKED: Record<QuestionId, Condition> = {
  entity: () => true,
  // A sole trader (个体工商户) is registered in the mainland by definition (S2).
  location: (a) => single(a, 'entity') !== 'sole_trader',
  // W1: a personal account needs a mainland ID and a mainland phone number.
  mainland_phone: hasMainlandId,
  // W2/W3: without a mainland ID the only way in is as an organisation registered abroad.
  business_abroad: (a) => !isOrganisation(a) && isAbroad(a),
  // W6: Hong Kong, Macao and Taiwan organisations register as overseas ones.
  china_entity: (a) => isOrganisation(a) && isAbroad(a),
  // R2: a partner's licence trades ownership for local features.
  control: (a) => single(a, 'china_entity') === 'partner_licence',
  // R1: a China company takes 3-6+ months.
  timeline: (a) => single(a, 'china_entity') === 'willing_to_set_up',
  goals: () => true,
  // S1: a personal account cannot trade; a sole trader can hold a service account.
  sole_trader: (a) => hasMainlandId(a) && wantsToTrade(a),
  // T9: only a subject that can hold a verified service account takes payments; WeCom alone
  // (team goals only) takes none.
  payments: (a) => (isOrganisation(a) || becomesSoleTrader(a)) && !onlyTeamGoals(a),
  // T4: with team goals only, WeCom alone serves them and nobody is notified by broadcast.
  frequency: (a) => !onlyTeamGoals(a),
  // T6/T7: only when content alone decides between subscription and service.
  reach: (a) =>
    onLocalLicence(a) && !needsService(a) && !onlyTeamGoals(a) && single(a, 'frequency') !== 'daily',
};

function condition(question: Question): Condition {
  return ASKED[question.id as QuestionId] ?? (() => false);
}

/**
 * The answers the path actually uses: each asked question's answer, or its default when it is
 * unanswered. Questions the path skips are absent.
 */
export function effectiveAnswers(answers: Answers, upTo?: Question): Answers {
  const effective: Answers = {};
  for (const question of QUESTIONS) {
    if (question === upTo) break;
    if (!condition(question)(effective)) continue;
    const given = answers[question.id];
    effective[question.id] = given === undefined ? copy(question.defaultValue) : given;
  }
  return effective;
}

function copy(value: AnswerValue): AnswerValue {
  return Array.isArray(value) ? value.slice() : value;
}

export function isAsked(question: Question, answers: Answers): boolean {
  return condition(question)(effectiveAnswers(answers, question));
}

export function questionsOnPath(answers: Answers): Question[] {
  const effective = effectiveAnswers(answers);
  return QUESTIONS.filter((question) => question.id in effective);
}

export function nextQuestion(answers: Answers): Question | null {
  for (const question of questionsOnPath(answers)) {
    if (answers[question.id] === undefined) return question;
  }
  return null;
}

export function pruneAnswers(answers: Answers): Answers {
  const onPath = questionsOnPath(answers);
  const pruned: Answers = {};
  for (const question of onPath) {
    const value = answers[question.id];
    if (value !== undefined) pruned[question.id] = copy(value);
  }
  return pruned;
}

type Validation = { ok: true; answers: Answers } | { ok: false; error: AnswerError };

function fail(code: AnswerError['code'], questionId?: string, value?: string): Validation {
  const params: Record<string, string> = {};
  if (questionId !== undefined) params.id = questionId;
  if (value !== undefined) params.value = value;
  const error: AnswerError = { code, message: { key: `error.${code}`, params } };
  if (questionId !== undefined) error.questionId = questionId;
  if (value !== undefined) error.value = value;
  return { ok: false, error };
}

/**
 * Checks answers that come from outside (share links, storage, the CLI). Multi-select values
 * come back de-duplicated in display order so equal answer sets compare equal.
 */
export function validateAnswers(input: unknown): Validation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('not_an_object');
  const answers: Answers = {};
  for (const id of Object.keys(input)) {
    const question = questionById(id);
    if (!question) return fail('unknown_question', id);
    const value: unknown = (input as Record<string, unknown>)[id];
    if (question.multi) {
      if (!Array.isArray(value)) return fail('wrong_shape', id);
      for (const item of value) {
        if (typeof item !== 'string') return fail('wrong_shape', id);
        if (!question.options.includes(item)) return fail('unknown_option', id, item);
      }
      answers[id] = question.options.filter((option) => (value as string[]).includes(option));
    } else {
      if (typeof value !== 'string') return fail('wrong_shape', id);
      if (!question.options.includes(value)) return fail('unknown_option', id, value);
      answers[id] = value;
    }
  }
  return { ok: true, answers };
}

/**
 * Every reachable complete answer set (multi-select goals: every subset, the empty one too).
 * Walks the questions in order, branching on each asked question's options.
 */
export function enumeratePaths(): Answers[] {
  const out: Answers[] = [];
  const walk = (index: number, answers: Answers) => {
    const question = QUESTIONS[index];
    if (!question) {
      out.push(answers);
      return;
    }
    if (!condition(question)(answers)) {
      walk(index + 1, answers);
      return;
    }
    for (const value of valuesOf(question)) {
      walk(index + 1, { ...answers, [question.id]: value });
    }
  };
  walk(0, {});
  return out;
}

function valuesOf(question: Question): AnswerValue[] {
  if (!question.multi) return question.options.slice();
  const subsets: AnswerValue[] = [];
  const n = question.options.length;
  for (let mask = 0; mask < 1 << n; mask += 1) {
    subsets.push(question.options.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  return subsets;
}
