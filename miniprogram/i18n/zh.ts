/** Simplified Chinese: the UI strings (ui.zh, result.zh), the rules' strings by part, the facts, sharing and the card's short wordings. */
import advice from './advice.zh';
import card from './card.zh';
import facts from './facts.zh';
import features from './features.zh';
import plan from './plan.zh';
import questions from './questions.zh';
import result from './result.zh';
import share from './share.zh';
import ui from './ui.zh';
import warnings from './warnings.zh';

const zh = {
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
export default zh;
