/** Versions that travel with every result and share link. */

/** The FACTS.md review this knowledge base was built from (the third, 2026-12). */
export const KNOWLEDGE_VERSION = '2026.12';
/** The date a fact gets when this review checked it; each fact keeps its own (knowledge.ts). */
export const REVIEWED = '2026-12';

/**
 * Bump when the meaning of answers changes (a question or option removed or redefined), so an
 * old share link is re-evaluated and labelled instead of silently reinterpreted. Each version's
 * question layout is frozen in share/codec.ts (LEGACY_LAYOUTS).
 * 1: first release. 2: advice v2 (sole traders, Hong Kong/Macao/Taiwan, representative offices).
 */
export const RULES_VERSION = '2';
