/** English: must have exactly the keys of zh (the type below makes a missing key a compile error). */
import advice from './advice.en';
import card from './card.en';
import facts from './facts.en';
import features from './features.en';
import plan from './plan.en';
import questions from './questions.en';
import result from './result.en';
import share from './share.en';
import ui from './ui.en';
import warnings from './warnings.en';
import type zh from './zh';

const en: Record<keyof typeof zh, string> = {
  ...ui,
  ...result,
  ...questions,
  ...advice,
  ...warnings,
  ...plan,
  ...features,
  ...facts,
  ...share,
  ...card,
};
export default en;
