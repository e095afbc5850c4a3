import type ui from './ui.zh';

const uiEn: Record<keyof typeof ui, string> = {
  'app.name': 'OA Navigator',

  'common.lang.switch': '中文',
  'common.lang.switchLabel': 'Switch the interface to Chinese',
  'common.restoreFailed':
    'Your saved progress could not be restored (it was damaged or from an older version), so the questionnaire starts afresh.',
  'common.factIdLabel': 'Show fact {id}',
  'common.close': 'Close',
  'common.copied': 'Address copied: open it in a browser',
  'common.copyFailed': 'Not copied. Press and hold the address to copy it',
  'common.copyPrivacy': 'Not copied: the privacy notice was declined. Press and hold the address instead',
  'common.saveFailed': "Progress not saved: the phone's storage may be full",
  'common.privacy': 'Everything is worked out on your phone; your answers are never uploaded.',

  'home.nav': 'OA Navigator',
  'home.promise':
    'Answer a few questions to learn which WeChat Official Account to register (subscription, service or WeCom), by which route, and what to prepare.',
  'home.point.type': 'Account type: subscription, service or WeCom',
  'home.point.route': 'Route: local entity, overseas entity, third-party licence or a China entity',
  'home.point.cost': 'Fees, timeline, documents and steps, with their sources',
  'home.start': 'Start',
  'home.startOver': 'Start over',
  'home.continue': 'Continue where you left off',
  'home.continueHint': '{count} answered',
  'home.lastResult': 'See your last result',
  'home.compare': 'Rather read? See the comparison table',
  'home.shareTitle': 'Subscription, service account or WeCom? Find out in a few taps',

  'quiz.nav': 'Questionnaire',
  'quiz.progress': 'Question {step} of {total}',
  'quiz.progressLabel': 'Progress: question {step} of {total}',
  'quiz.why': 'Why we ask: ',
  'quiz.multiHint': 'Choose all that apply, then tap Next.',
  'quiz.back': 'Back',
  'quiz.leave': 'Back',
  'quiz.previous': 'Change the previous answer',
  'quiz.totalVaries': 'The number of questions depends on your answers.',
  'quiz.totalChanged': 'Your answers change the count: {total} questions in all (was {was}).',
  'quiz.next': 'Next',
  'quiz.finish': 'See the result',
  'quiz.pruned': 'You changed an earlier answer: {count} answers that no longer apply were removed.',

  'nameCheck.title': 'Name check',
  'nameCheck.intro':
    "Type the name you have in mind to check its length and characters against WeChat's rules.",
  'nameCheck.placeholder': 'Proposed name, e.g. MaisonLumiere',
  'nameCheck.inputLabel': 'Proposed account name',
  'nameCheck.count': 'Length {length}; the rule is 4–30 (a Chinese character counts 2)',
  'nameCheck.short': 'Too short: add at least {off}.',
  'nameCheck.long': 'Too long: remove {off} (each Chinese character removed counts 2).',
  'nameCheck.lengthOk': 'Length within the rule.',
  'nameCheck.allOk': 'Length and characters within the rules.',
  'nameCheck.bad': "Not allowed, according to agencies' copies of the naming rules:",
  'nameCheck.space': 'space',
  'nameCheck.fullwidth': '{char} (use half-width {half})',
  'nameCheck.cannotCheck':
    'Whether the name is taken, or is a trademark or a protected word, only WeChat checks, at registration: we cannot check it here.',
  'nameCheck.rules': 'Naming rules',
  'nameCheck.rule.length': 'A name has 4–30 characters; a Chinese character counts as 2.',
  'nameCheck.rule.chars':
    "According to agencies' copies of the naming FAQ: Chinese, English letters and digits only.",
  'nameCheck.rule.unique':
    'The same copies say names are unique across the platform, first come, first served; a name based on a trademark or hitting a protected word needs proof.',
  'nameCheck.rule.rename':
    'The same copies say a personal account can rename twice a calendar year; an organisation renames through (re-)verification.',
  'nameCheck.rule.miniProgram':
    "A Mini Program's name follows the same length rule; its rename allowance resets to 2 on 1 January and after each verification.",
  'nameCheck.source': 'source',
  'nameCheck.sourceLabel': 'Show where this rule comes from',

  'label.route.personal_id': 'personal ID',
  'label.route.local_licence': 'own mainland licence',
  'label.route.overseas_licence': 'overseas registration',
  'label.route.third_party_licence': "a partner's licence",
  'label.route.china_entity': 'China entity',
  'label.route.sole_trader': "sole trader's licence",
  'label.route.not_available': 'no route available',

  'compare.nav': 'Compare accounts',
  'compare.intro':
    'Subscription, service account and WeCom, for a local or an overseas entity. Tap “source” in a cell to see the facts behind it and where they come from.',
  'compare.local': 'Local entity',
  'compare.overseas': 'Overseas entity',
  'compare.scope': 'Show',
  'compare.type.subscription': 'Subscription',
  'compare.type.service': 'Service',
  'compare.type.wecom': 'WeCom',
  'compare.section.oa': 'Official Accounts: subscription and service',
  'compare.section.wecom': 'WeCom',
  'compare.wecomNote':
    "WeCom is for a team's own chat and for keeping in touch with customers: a different product from an Official Account, so it has rows of its own.",
  'compare.source': 'source',
  'compare.sourceLabel': 'Show the facts behind this cell and their sources',
  'compare.start': 'Want advice for your case? Start the questionnaire',
};
export default uiEn;
