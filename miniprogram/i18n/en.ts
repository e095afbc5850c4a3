/** English: must have exactly the keys of zh (the type below makes a missing key a compile error). */
import facts from './facts.en';
import rules from './rules.en';
import share from './share.en';
import ui from './ui.en';
import type zh from './zh';

const en: Record<keyof typeof zh, string> = { ...ui, ...rules, ...facts, ...share };
export default en;
