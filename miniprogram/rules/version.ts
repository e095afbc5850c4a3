/** Versions that travel with every result and share link. */

/** The FACTS.md review this knowledge base was built from. */
export const KNOWLEDGE_VERSION = '2026.11';
export const REVIEWED = '2026-11';

/**
 * Bump when the meaning of answers changes (a question or option removed or redefined), so an
 * old share link is re-evaluated and labelled instead of silently reinterpreted.
 */
export const RULES_VERSION = '1';
