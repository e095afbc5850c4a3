import type questions from './questions.zh';

const questionsEn: Record<keyof typeof questions, string> = {
  'knowledge.reviewed': 'Facts last reviewed {date}',

  'q.entity.title': 'Who will register the account?',
  'q.entity.why':
    'Individuals can only register a subscription account; service accounts and WeCom are for organisations.',
  'q.entity.opt.individual': 'Me, as an individual',
  'q.entity.opt.company': 'A company',
  'q.entity.opt.media': 'A media outlet',
  'q.entity.opt.government': 'A government body or public institution',
  'q.entity.opt.other_org': 'Another organisation (association, school, foundation...)',

  'q.location.title': 'Is the registrant in mainland China?',
  'q.location.why':
    'Mainland registrants register locally, everyone else as overseas: features and fees differ. For a person it means holding a mainland China resident ID card (a foreigner working in Shanghai answers "no"). Hong Kong, Macao and Taiwan count as overseas.',
  'q.location.opt.mainland':
    'Yes: a mainland-registered organisation, or a person with a mainland resident ID card',
  'q.location.opt.overseas':
    'No: an organisation abroad or in HK/Macao/Taiwan, or a person without a mainland ID card',

  'q.mainland_phone.title': 'Do you have a mainland China phone number?',
  'q.mainland_phone.why':
    'Besides the mainland ID, a personal registration is confirmed with a mainland phone number.',
  'q.mainland_phone.opt.yes': 'Yes',
  'q.mainland_phone.opt.no': 'Not yet',

  'q.business_abroad.title': 'Do you have a registered business or organisation outside mainland China?',
  'q.business_abroad.why':
    'Without a mainland ID a person cannot register a personal account, but a business registered abroad can register an overseas account with its own licence.',
  'q.business_abroad.opt.no': 'No',
  'q.business_abroad.opt.yes': 'Yes, it can register with its licence',

  'q.china_entity.title': 'Do you have a company or a partner in mainland China?',
  'q.china_entity.why':
    "This decides the route: a mainland licence (yours or a partner's) gets all local features; otherwise you register as overseas.",
  'q.china_entity.opt.have': 'We already have a mainland company (e.g. a WFOE) or office',
  'q.china_entity.opt.willing_to_set_up': 'No, but we are willing to set one up',
  'q.china_entity.opt.partner_licence': 'A trusted mainland partner could register with its licence',
  'q.china_entity.opt.none': 'None of these',

  'q.control.title': 'Must the account legally belong to you?',
  'q.control.why':
    "Registered under a partner's licence, the account and its payments belong to the licence holder, and moving it back later is hard.",
  'q.control.opt.essential': 'Yes, the account and its followers must be ours',
  'q.control.opt.flexible': 'We can accept that; local features matter more',

  'q.timeline.title': 'How soon do you need the account?',
  'q.timeline.why': 'Setting up a company in mainland China usually takes 3–6 months or more.',
  'q.timeline.opt.soon': 'Within weeks',
  'q.timeline.opt.can_wait': 'We can wait a few months',

  'q.goals.title': 'What is the account for? (choose all that apply)',
  'q.goals.why': 'Publishing, services, selling and team chat each suit a different account type.',
  'q.goals.opt.publish': 'Publishing articles and news',
  'q.goals.opt.services': 'Offering services (bookings, look-ups, membership...)',
  'q.goals.opt.sell': 'Selling products or services',
  'q.goals.opt.internal_team': 'Chat within our team',
  'q.goals.opt.customer_contact': 'Staff contacting customers one to one',
  'q.goals.opt.mini_program': 'Working with a Mini Program',

  'q.payments.title': 'Do you need to take payments inside WeChat?',
  'q.payments.why':
    'WeChat Pay interfaces need a verified service account; overseas accounts can only take cross-border payments.',
  'q.payments.opt.none': 'No',
  'q.payments.opt.rmb_domestic': 'Yes, settled in RMB to a mainland account',
  'q.payments.opt.cross_border': 'Yes, cross-border with foreign-currency settlement is fine',

  'q.frequency.title': 'How often will you notify followers?',
  'q.frequency.why':
    'A subscription account can broadcast once a day; a service account only 4 times a month.',
  'q.frequency.opt.daily': 'Almost every day',
  'q.frequency.opt.weekly': 'About once a week',
  'q.frequency.opt.monthly': 'Once a month or less',

  'q.reach.title': 'How much does it matter that your messages show in the chat list, not in a folder?',
  'q.reach.why':
    'Subscription accounts are folded into the Subscriptions folder; service accounts show in the chat list, though a service-account folder is being tested too.',
  'q.reach.opt.important': 'It matters a lot',
  'q.reach.opt.not_important': 'Not much',

  'error.not_an_object': 'The answers are not in a valid format.',
  'error.unknown_question': 'Unknown question: {id}',
  'error.unknown_option': 'Question {id} has no option {value}',
  'error.wrong_shape': 'The answer to {id} has the wrong shape (single vs multiple choice).',
  'type.subscription': 'Subscription account',
  'type.service': 'Service account',
  'type.wecom': 'WeCom',
  'route.personal_id': 'Personal registration with a mainland ID',
  'route.local_licence': "Your organisation's own mainland licence",
  'route.overseas_licence': 'Overseas account with your foreign licence',
  'route.third_party_licence': "A partner's mainland licence",
  'route.china_entity': 'Your company in mainland China',
  'route.not_available': 'No registration route for you yet',
};
export default questionsEn;
