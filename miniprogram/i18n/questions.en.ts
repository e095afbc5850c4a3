import type questions from './questions.zh';

const questionsEn: Record<keyof typeof questions, string> = {
  'knowledge.reviewed': 'Facts last reviewed {date}',

  'q.entity.title': 'Who will register the account?',
  'q.entity.why':
    'Registration asks what kind of subject you are, and that decides which accounts you can hold: an individual can only have a subscription account; service accounts and WeCom need a company or an organisation. A sole trader (个体工商户) is a one-person business licensed by the local market-regulation bureau; it registers as a company-type subject, so it can hold a service account, be verified and take WeChat Pay.',
  'q.entity.opt.individual': 'Me, as an individual',
  'q.entity.opt.company': 'A company',
  'q.entity.opt.sole_trader': 'A sole trader (个体工商户) with a business licence',
  'q.entity.opt.media': 'A media outlet',
  'q.entity.opt.government': 'A government body or public institution',
  'q.entity.opt.other_org': 'Another organisation (association, school, foundation...)',

  'q.location.title': 'Where is the account holder from?',
  'q.location.why':
    'Mainland subjects register a local account; organisations from anywhere else register an overseas account, with different features and fees, and Hong Kong, Macao and Taiwan organisations register as overseas ones too. For a person it is about the ID: a mainland China resident ID card means "mainland"; only Hong Kong, Macao or Taiwan documents means "Hong Kong, Macao, Taiwan"; a foreigner working in Shanghai without a mainland ID card answers "elsewhere".',
  'q.location.opt.mainland':
    'Mainland China: an organisation registered there, or a person with a mainland resident ID card',
  'q.location.opt.hk_mo_tw':
    'Hong Kong, Macao or Taiwan: an organisation registered there, or a person with only those documents',
  'q.location.opt.overseas':
    'Elsewhere: an organisation registered abroad, or a person without a mainland ID card',

  'q.mainland_phone.title': 'Do you have a mainland China phone number?',
  'q.mainland_phone.why':
    'Besides the mainland ID card, a personal registration is confirmed with a mainland phone number.',
  'q.mainland_phone.opt.yes': 'Yes',
  'q.mainland_phone.opt.no': 'Not yet',

  'q.business_abroad.title':
    'Do you have a registered business or organisation outside mainland China (Hong Kong, Macao and Taiwan included)?',
  'q.business_abroad.why':
    'Without a mainland ID card a person cannot register a personal account, but a business registered outside the mainland can register an overseas account with its own registration certificate.',
  'q.business_abroad.opt.no': 'No',
  'q.business_abroad.opt.yes': 'Yes, it can register with its certificate',

  'q.china_entity.title': 'Do you have a company, a representative office or a partner in mainland China?',
  'q.china_entity.why':
    "This decides the route. A company of your own in China (for example a WFOE, a wholly foreign-owned enterprise, 外商独资企业) registers a local account with every feature and can take WeChat Pay in RMB. A representative office (代表处) can register and verify an account for content and customer service, but by law may not sell or collect revenue. A partner's mainland business licence also gets you local features, but the account is the partner's. With none of these you register an overseas account.",
  'q.china_entity.opt.have': 'We have a company in China (for example a WFOE)',
  'q.china_entity.opt.rep_office': 'Only a representative office (代表处)',
  'q.china_entity.opt.willing_to_set_up': 'No, but we are willing to set one up',
  'q.china_entity.opt.partner_licence': 'A trusted mainland partner could register with its business licence',
  'q.china_entity.opt.none': 'None of these',

  'q.control.title': 'Must the account legally belong to you?',
  'q.control.why':
    "Registered under a partner's business licence, the account belongs to the licence holder and payments settle to it; later it can migrate to an account of your own China company, never to an overseas account.",
  'q.control.opt.essential': 'Yes, the account and its followers must be ours',
  'q.control.opt.flexible': 'We can accept that; local features matter more',

  'q.timeline.title': 'How soon do you need the account?',
  'q.timeline.why': 'Setting up a company in mainland China usually takes 3–6 months or more.',
  'q.timeline.opt.soon': 'Within weeks',
  'q.timeline.opt.can_wait': 'We can wait a few months',

  'q.goals.title': 'What is the account for? (choose all that apply)',
  'q.goals.why':
    "Your goals decide the account type: articles alone suit a subscription account, which can notify followers once a day; services, sales, payments or a Mini Program need a service account; team chat and staff talking to customers are WeCom's job, and if those are all you pick, WeCom alone is the answer. Pick nothing and we assume you mainly publish.",
  'q.goals.opt.publish': 'Publishing articles and news',
  'q.goals.opt.services': 'Offering services (bookings, look-ups, membership...)',
  'q.goals.opt.sell': 'Selling products or services',
  'q.goals.opt.internal_team': 'Chat within our team',
  'q.goals.opt.customer_contact': 'Staff contacting customers one to one',
  'q.goals.opt.mini_program': 'Working with a Mini Program',

  'q.sole_trader.title': 'Would you register as a sole trader (个体工商户) first?',
  'q.sole_trader.why':
    'A personal account can only be a subscription account, cannot be verified and cannot take WeChat Pay. A sole trader is a one-person business registered with the local market-regulation bureau (Chinese citizens only): a complete application is registered on the spot or within 3 working days. Its business licence can then register a service account, get verified (微信认证) and apply for WeChat Pay.',
  'q.sole_trader.opt.willing': 'Yes, I would register as a sole trader for this',
  'q.sole_trader.opt.no': 'No, I will register as a private person',

  'q.payments.title': 'Do you need to take payments inside WeChat?',
  'q.payments.why':
    "Taking payments in an account needs a service account that has passed WeChat verification (微信认证, the platform's check of who you are), plus a WeChat Pay merchant account applied for separately. An overseas account can only use WeChat Pay's cross-border payments, usually through an acquirer (a licensed institution that accepts and settles payments for merchants): the buyer pays in RMB and you receive a foreign currency (foreign-currency settlement, one currency per merchant ID).",
  'q.payments.opt.none': 'No',
  'q.payments.opt.rmb_domestic': 'Yes, settled in RMB to a mainland account',
  'q.payments.opt.cross_border': 'Yes, cross-border with foreign-currency settlement is fine',

  'q.frequency.title': 'How often will you notify followers?',
  'q.frequency.why':
    'A broadcast notifies followers: a subscription account can broadcast once a day, a service account only 4 times per calendar month.',
  'q.frequency.opt.daily': 'Almost every day',
  'q.frequency.opt.weekly': 'About once a week',
  'q.frequency.opt.monthly': 'Once a month or less',

  'q.reach.title': 'How much does it matter that your messages show in the chat list, not in a folder?',
  'q.reach.why':
    'Subscription accounts are folded into the Subscriptions folder; service accounts show in the chat list, though a service-account folder has been trialled with some users since June 2024.',
  'q.reach.opt.important': 'It matters a lot',
  'q.reach.opt.not_important': 'Not much',

  'error.not_an_object': 'The answers are not in a valid format.',
  'error.unknown_question': 'Unknown question: {id}',
  'error.unknown_option': 'Question {id} has no option {value}',
  'error.wrong_shape': 'The answer to {id} has the wrong shape (single vs multiple choice).',
  'type.subscription': 'Subscription account',
  'type.service': 'Service account',
  'type.wecom': 'WeCom',
  'route.personal_id': 'Personal registration with a mainland ID card',
  'route.local_licence': 'Your own mainland registration',
  'route.overseas_licence': 'Overseas account under your own foreign registration',
  'route.third_party_licence': "A partner's mainland business licence",
  'route.china_entity': 'Your company or representative office in China',
  'route.sole_trader': 'Register as a sole trader, then with its licence',
  'route.not_available': 'No registration route for you yet',
};
export default questionsEn;
