/**
 * The shapes the rules module hands to pages, share and the CLI. Ids here are a contract
 * with files outside this repository (shared/DESIGN.md): add new ones, never rename.
 * No user-visible text lives here: every text is an i18n key (see miniprogram/i18n).
 */

export type AccountType = 'subscription' | 'service' | 'wecom';

export type Route =
  | 'personal_id'
  | 'local_licence'
  | 'overseas_licence'
  | 'third_party_licence'
  | 'china_entity'
  | 'sole_trader'
  | 'not_available';

/** Warning ids from DESIGN.md; more may be added by the rules module. */
export type WarningId =
  | 'type_permanent'
  | 'third_party_ownership'
  | 'wechat_pay_limited_overseas'
  | 'personal_needs_mainland_id'
  | 'personal_cannot_verify'
  | 'subscription_folded'
  | 'service_broadcast_limit'
  | 'setup_takes_months'
  | 'overseas_no_migration'
  | 'hk_mo_tw_overseas'
  | 'sole_trader_option'
  | 'rep_office_no_sales'
  | 'verification_required'
  | 'verification_yearly'
  | 'mini_program_own_verification'
  | 'mini_program_filing'
  | 'publish_api_personal'
  | 'wecom_contact_limits'
  | 'name_first_come'
  | (string & { readonly __warning?: never });

/** Question ids, in asking order (rules/questions.ts holds the questions themselves). */
export type QuestionId =
  | 'entity'
  | 'location'
  | 'mainland_phone'
  | 'business_abroad'
  | 'china_entity'
  | 'control'
  | 'timeline'
  | 'goals'
  | 'sole_trader'
  | 'payments'
  | 'frequency'
  | 'reach';

/** One answer: a single option id, or several for a multi-select question. */
export type AnswerValue = string | string[];

/** Answers keyed by question id. Unanswered questions are absent (the engine uses their default). */
export type Answers = Record<string, AnswerValue>;

/** An i18n key plus the values for its {placeholders}. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export interface Question {
  id: string;
  multi: boolean;
  /** Option ids in display order. Labels are i18n keys `q.<id>.opt.<option>`. */
  options: readonly string[];
  /** Used when the question is on the path but unanswered (scenarios may leave questions out). */
  defaultValue: AnswerValue;
  /** i18n keys: `q.<id>.title`, `q.<id>.why`. */
  titleKey: string;
  whyKey: string;
}

/** Why an answer set cannot be evaluated: a typed error, never an exception. */
export interface AnswerError {
  code: 'unknown_question' | 'unknown_option' | 'wrong_shape' | 'not_an_object';
  questionId?: string;
  value?: string;
  message: Text;
}

export interface Reason {
  text: Text;
  /** Question ids whose answers caused this reason (the page links them back to the answer). */
  answers: string[];
  facts: string[];
}

export interface Warning {
  id: WarningId;
  severity: 'critical' | 'caution';
  text: Text;
  facts: string[];
}

/** An amount in a currency, as a sourced fact gives it (formatting is the page's job: `cost.<currency>`). */
export interface Money {
  currency: 'RMB' | 'USD';
  amount: number;
}

export interface Fee {
  id: string;
  text: Text;
  facts: string[];
  /** What this fee costs in the first year, when a sourced fact gives a number. */
  firstYear?: Money;
  /** What it costs in each later year (a yearly review), when it recurs. */
  perYear?: Money;
  /** The amount rests on a low-confidence fact: shown as "reported", never as plain fact. */
  reported?: boolean;
}

/** Totals of the priced fees, per currency, and the parts that have no sourced number. */
export interface Costs {
  firstYear: Money[];
  threeYears: Money[];
  /** Some amount in the totals is only reported (low confidence). */
  reported: boolean;
  /** Each part of the cost without a sourced number, named in words. */
  unpriced: Text[];
  facts: string[];
}

/** A short figure in words for the time to go live, and the facts behind it. */
export interface GoLive {
  text: Text;
  facts: string[];
}

/** Something a person without a route can do instead. */
export interface Instead {
  text: Text;
  facts: string[];
}

export interface ChecklistItem {
  id: string;
  text: Text;
  facts: string[];
  /** An official address to visit for this step, when there is one. */
  url?: string;
}

export interface FeatureRow {
  id: string;
  label: Text;
  value: 'yes' | 'no' | 'limited' | 'conflict';
  detail: Text;
  facts: string[];
}

export interface Companion {
  type: AccountType;
  text: Text;
  facts: string[];
}

export interface RunnerUp {
  type: AccountType;
  route: Route;
  whyLost: Text;
  facts: string[];
}

export interface Conflict {
  factId: string;
  text: Text;
}

export interface Recommendation {
  ok: true;
  type: AccountType;
  route: Route;
  headline: Text;
  companions: Companion[];
  reasons: Reason[];
  /** Critical warnings first. */
  warnings: Warning[];
  fees: Fee[];
  /** Totals of the fees over the first year and three years; null when there is no route. */
  costs: Costs | null;
  timeline: Text & { facts: string[] };
  /** How long until the account is live, as a short figure; null when there is no route. */
  goLive: GoLive | null;
  /** For not_available: what the person can do instead; [] otherwise. */
  instead: Instead[];
  documents: ChecklistItem[];
  steps: ChecklistItem[];
  features: FeatureRow[];
  runnerUp: RunnerUp | null;
  conflicts: Conflict[];
  /** Every fact id the result refers to, for the sources list. */
  facts: string[];
  knowledgeVersion: string;
  reviewed: string;
  /** The answers actually used (path only, defaults filled in). */
  answers: Answers;
}

export interface EvaluationError {
  ok: false;
  error: AnswerError;
}

export type Evaluation = Recommendation | EvaluationError;

export type Confidence = 'high' | 'medium' | 'low' | 'derived';

/** Who published a source: WeChat/Tencent, a government, an agency, the press, or a developer or blogger. */
export type SourceKind = 'official' | 'government' | 'agency' | 'press' | 'community';

export interface Source {
  /** i18n key of the publisher's name (`src.<slug>`); absent when the address's host names it well enough. */
  name?: string;
  kind: SourceKind;
  /** Where to read it, without the scheme; absent when FACTS-EVIDENCE.md gives no address. */
  address?: string;
  /** The source's own date (YYYY, YYYY-MM or YYYY-MM-DD), when it shows one. */
  date?: string;
}

export interface Fact {
  id: string;
  /** i18n key of the fact's statement: `fact.<id>`. */
  key: string;
  /** The lower one where FACTS.md gives a fact two (the statement says which part is which). */
  confidence: Confidence;
  sources: Source[];
  /** A derived fact follows from these facts, whose sources back it too. */
  derivedFrom?: string[];
  /** When this fact was last checked ("2026-12"): per fact, so a partial review is recorded honestly. */
  reviewed: string;
  /** Sources still disagree: the product says so (`conflict.<id>`) and offers a question (`ask.<id>`). */
  conflict?: boolean;
}
