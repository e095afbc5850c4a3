import type rules from './rules.zh';

const rulesEn: Record<keyof typeof rules, string> = {
  'knowledge.reviewed': 'Facts last reviewed {date}',
};
export default rulesEn;
