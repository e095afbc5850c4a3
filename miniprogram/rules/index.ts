/** The rules module's public face: questions, knowledge, engine, what-ifs, comparison. */
export * from './types';
export {
  QUESTIONS,
  enumeratePaths,
  isAsked,
  nextQuestion,
  pruneAnswers,
  questionById,
  questionsOnPath,
  validateAnswers,
} from './questions';
export { FACTS, FACT_IDS, OFFICIAL_LINKS, SOURCE_ADDRESSES, factById } from './knowledge';
export { KNOWLEDGE_VERSION, REVIEWED, RULES_VERSION } from './version';
export { evaluate } from './engine';
export { whatIfs } from './what-if';
export type { WhatIf } from './what-if';
export { COMPARE_COLUMNS, COMPARE_ROWS } from './compare';
export type { CompareCell, CompareRow } from './compare';
