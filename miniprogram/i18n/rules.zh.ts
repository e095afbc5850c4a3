/** Strings of the rules module: questions, facts, reasons, warnings, checklists. */
const rules = {
  'knowledge.reviewed': '资料核对于 {date}',
} as const;
export default rules;
