/** Simplified Chinese: the UI strings (ui.zh) and the rules' strings (rules.zh). */
import facts from './facts.zh';
import rules from './rules.zh';
import share from './share.zh';
import ui from './ui.zh';

const zh = { ...ui, ...rules, ...facts, ...share };
export default zh;
