import type rules from './rules.zh';

const rulesEn: Record<keyof typeof rules, string> = {
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

  'headline.personal_id.subscription': 'Register a personal subscription account with your ID',
  'headline.not_available.subscription': 'No personal account without a mainland ID: here is what you can do',
  'headline.local_licence.subscription': "Register a subscription account with your organisation's licence",
  'headline.local_licence.service': "Register a service account with your organisation's licence",
  'headline.local_licence.wecom': "Set up WeCom with your organisation's licence",
  'headline.china_entity.subscription': 'Register a subscription account through your China company',
  'headline.china_entity.service': 'Register a service account through your China company',
  'headline.china_entity.wecom': 'Set up WeCom through your China company',
  'headline.third_party_licence.subscription':
    'Have a partner register a subscription account under its licence',
  'headline.third_party_licence.service': 'Have a partner register a service account under its licence',
  'headline.third_party_licence.wecom': 'Have a partner set up WeCom under its licence',
  'headline.overseas_licence.service': 'Register an overseas service account',
  'headline.overseas_licence.wecom': 'Set up WeCom as an overseas organisation',

  'reason.route.personal':
    'You hold a mainland resident ID card, so you can register a personal account with it.',
  'reason.route.no_mainland_id':
    'A personal account needs a mainland resident ID card; without one, and without a business registered abroad, there is no route of your own.',
  'reason.route.business_abroad':
    'You have a business registered abroad: it can register an overseas account with its own licence, no mainland ID needed.',
  'reason.route.mainland_org':
    'You are a mainland-registered organisation: your own licence gives a local account with the most features.',
  'reason.route.have_china_entity':
    'You already have a mainland company: registering through it gives a local account, with more features than an overseas one.',
  'reason.route.setup_can_wait':
    'You are willing to set up a mainland company and can wait a few months: that unlocks a local account, local WeChat Pay and all interfaces.',
  'reason.route.setup_too_slow':
    'A mainland company takes 3–6 months or more and you need the account within weeks, so register with your foreign licence.',
  'reason.route.no_china_entity':
    'You have no mainland entity or partner: your own foreign licence registers an overseas account, no Chinese company needed.',
  'reason.route.own_the_account':
    "The account must be yours: one registered under a partner's licence legally belongs to the partner, so register with your own foreign licence.",
  'reason.route.partner_flexible':
    'You accept that the account belongs to your partner: its mainland licence is fast and gives local features.',
  'reason.type.personal': 'Individuals can only register a subscription account.',
  'reason.type.team_goals':
    'Your goals are team chat and contacting customers: that is what WeCom does and an Official Account does not.',
  'reason.type.overseas_service': 'Overseas registration is mostly offered as a service account.',
  'reason.type.service_goals':
    'Services and selling need a service account: advanced interfaces and WeChat Pay need a verified service account.',
  'reason.type.mini_program':
    'You want a Mini Program: it is where services and transactions happen, and the interfaces that bring followers to it (template messages, web OAuth) belong to a verified service account; both types can link Mini Programs once verified.',
  'reason.type.service_payments': 'Taking payments in WeChat needs a verified service account.',
  'reason.type.daily':
    'You will notify followers almost daily: a subscription account can broadcast once a day, a service account only 4 times a month.',
  'reason.type.reach':
    'Showing in the chat list matters to you: service messages are not folded (subscription messages go into a folder).',
  'reason.type.content':
    'You mainly publish and the chat-list position matters little: a subscription account, with a broadcast a day, fits.',
  'reason.no_goals': 'You picked no goal, so we assumed you mainly want to publish.',
  'reason.individual_service_goals':
    'You want to offer services or sell, but service accounts are for organisations, and personal accounts cannot be verified or take WeChat Pay.',
  'reason.individual_team_goals':
    'Team chat and customer contact need WeCom, which is for organisations only.',
  'reason.payments_without_sell':
    'You did not pick "selling" but need payments: we recommend for taking payments.',
  'reason.cross_border_local':
    'With a mainland licence a local account can take WeChat Pay in RMB directly, no cross-border acquirer needed.',
  'reason.mini_program':
    'A verified account can quick-register and link Mini Programs without paying verification again.',
  'reason.customer_contact':
    'A service account can send customer-service replies within 48 h of a user interaction; staff contacting customers one to one use WeCom.',
  'reason.government_free':
    'Verification is free for government bodies (and foreign government offices in China).',

  'warning.type_permanent':
    'The account type is effectively permanent: the subscription-to-service upgrade was removed in 2018, and the only way out is migrating to another account (300 RMB, a notarised letter, followers may unfollow).',
  'warning.type_permanent.overseas':
    'Both the type and the route are final: the subscription-to-service upgrade was removed in 2018, so the type is effectively permanent, and an overseas entity cannot migrate to another account either.',
  'warning.personal_needs_mainland_id':
    'A personal account needs a mainland China resident ID card (Hong Kong, Macao, Taiwan documents are not accepted) and a mainland phone number; without the ID you cannot register one.',
  'warning.personal_needs_mainland_phone':
    'Personal registration needs a mainland phone number: get one first.',
  'warning.service_needs_organisation':
    'Service accounts are for organisations only: an individual cannot register one, so cannot offer services or take payments in an account.',
  'warning.personal_cannot_verify':
    'Personal accounts cannot get the paid WeChat verification, so template messages, web OAuth, WeChat Pay and other advanced interfaces are out of reach.',
  'warning.third_party_ownership':
    'The account legally belongs to the licence holder, and payments settle to the holder. Sign a written agreement first.',
  'warning.overseas_no_migration.third_party':
    'Leaving the partner later means a migration, and an overseas account cannot receive one: the followers may never move to your own overseas account.',
  'warning.licence_account_limit':
    'A company licence can register at most 2 accounts (government and media 50): check your partner still has room.',
  'warning.overseas_no_migration':
    'An overseas account can neither migrate out nor receive a migration: if you set up a China company later, the followers cannot move to its account.',
  'warning.wechat_pay_limited_overseas.rmb':
    'An overseas account cannot settle RMB to a mainland bank account: payments are cross-border only, the buyer pays RMB and you settle in foreign currency through an acquirer.',
  'warning.wechat_pay_limited_overseas':
    'An overseas account takes payments cross-border only: through a licensed acquirer (directly in a few places), settled in foreign currency, with acquirer fees and onboarding.',
  'warning.hk_mo_tw_overseas':
    'Hong Kong, Macao and Taiwan organisations register as overseas; a 2019 guide says Hong Kong and Macao companies could verify through the mainland flow. Sources disagree: confirm with the platform.',
  'warning.overseas_eligibility':
    'Overseas registration is built around a business licence (company registration certificate...): a non-company organisation should confirm with the platform what it can submit.',
  'warning.setup_takes_months':
    'Setting up a mainland company usually takes 3–6 months or more, and needs a real office and capital.',
  'warning.setup_takes_months.later':
    "Once the China company exists it can register a local account, but the overseas account's followers cannot move to it: you would start again from zero.",
  'warning.china_admin_needs_id':
    'Even through a mainland company, the admin still needs a mainland ID, or you need a trusted operator.',
  'warning.wecom_organisations_only': 'WeCom is for organisations; an individual cannot set it up.',
  'warning.subscription_folded':
    'Subscription messages are folded into the Subscriptions folder (labelled "公众号" in recent WeChat); followers on Android can opt into a strong reminder.',
  'warning.service_broadcast_limit':
    'A service account can broadcast only 4 times per calendar month; publishing without notifying followers is not limited.',
  'warning.service_broadcast_limit.daily':
    'A service account can broadcast only 4 times per calendar month, not enough for daily notices; the rest can only be published without notifying followers.',
  'warning.service_broadcast_limit.companion':
    'A service account can broadcast only 4 times a month: put the daily content in the companion subscription account.',
  'warning.service_folder_testing':
    'The service account\'s "shows beside friends" advantage is shrinking: a service-account folder has been in gray test since 2024.',
  'warning.verification_not_refunded':
    'Verification costs 300 RMB per attempt, not refunded if it fails, plus annual re-verification: check your documents before submitting.',
  'warning.wecom_contact_tiers': 'WeCom has paid tiers past 2,000 external contacts.',

  'fee.alternative_overseas': 'If your business abroad registers: overseas verification is US$99 per year.',
  'fee.registration_free': 'Registration is free.',
  'fee.personal_no_verification': 'Personal accounts have no paid verification, so no verification fee.',
  'fee.verification_overseas': 'Overseas verification: US$99 per year.',
  'fee.verification_partner':
    "Verification in the partner's name: 300 RMB per attempt, not refunded if it fails; 300 RMB annual re-verification (agree who pays).",
  'fee.verification_free_government':
    'Verification is free for government bodies, foundations and foreign government offices in China.',
  'fee.verification_mainland':
    'Verification: 300 RMB per attempt, not refunded if it fails; annual re-verification 300 RMB.',
  'fee.wecom_overseas': 'WeCom verification (overseas organisations): 700 RMB (about US$99) per attempt.',
  'fee.wecom_local':
    'WeCom registration is free; its verification fee for mainland organisations is not in our sources: check work.weixin.qq.com.',
  'fee.wecom_contacts': 'WeCom charges past 2,000 external contacts.',
  'fee.acquirer': "Cross-border payments carry the acquirer's fees, set by the acquirer.",
  'fee.setup_company': 'A company needs capital and a real office (amounts vary; we do not estimate them).',
  'fee.migration': 'If you ever migrate to another account: 300 RMB plus a notarised letter.',

  'timeline.not_available': 'There is no route to take yet: see the alternatives below.',
  'timeline.wecom':
    'WeCom registers online; our sources give no review time for WeCom verification: check work.weixin.qq.com.',
  'timeline.personal': 'Free online registration; personal accounts have no paid verification to wait for.',
  'timeline.setup':
    'First the company (3–6 months or more), then verification review, usually 1–3 working days, up to about 15.',
  'timeline.overseas': 'Verification review usually takes 1–3 working days, up to about 15.',
  'timeline.third_party':
    'Once your partner submits, verification review usually takes 1–3 working days, up to about 15.',
  'timeline.local':
    'Identity is confirmed during registration; verification review usually takes 1–3 working days, up to about 15.',

  'doc.account_name': 'An account name: 4–30 characters (a CJK character counts as 2).',
  'doc.mainland_id':
    'Mainland China resident ID card (18+; Hong Kong, Macao, Taiwan documents not accepted).',
  'doc.mainland_phone': 'A mainland phone number.',
  'doc.application_letter': 'Application letter.',
  'doc.company_certificate': 'Company registration certificate (your foreign business licence).',
  'doc.contact_id': "Contact person's ID or passport.",
  'doc.address_proof': '3 months of phone bill or bank statement.',
  'doc.company_bank': "A bank account in the company's name.",
  'doc.partner_licence': "The partner's mainland business licence (the partner submits it).",
  'doc.partner_agreement':
    'A written agreement with the partner: who owns the account, where payments settle, who pays verification, how you leave.',
  'doc.china_licence': "Your mainland company's business licence.",
  'doc.china_admin': 'An admin with a mainland ID, or a trusted operator.',
  'doc.identity_transfer':
    "The organisation's bank account, for the small identity-confirming transfer during registration.",
  'doc.org_licence': "Your organisation's mainland business licence or registration certificate.",
  'doc.org_licence.government': "Your body's official organisation documents.",

  'step.na.business_abroad':
    'If you have a company registered abroad, register it as an overseas account at admin.wechat.com.',
  'step.na.partner':
    'Or ask a trusted mainland company to register under its licence: the account would be theirs.',
  'step.na.check': 'Questions: the Tencent customer-service FAQ.',
  'step.personal.phone': 'Get a mainland phone number first.',
  'step.personal.register':
    'Register at mp.weixin.qq.com, choosing "Subscription" and "Individual": the type cannot be changed later.',
  'step.name': 'Choose the name: 4–30 characters, a CJK character counts as 2.',
  'step.personal.publish':
    'Start publishing: one broadcast a day; publishing without notifying followers does not count.',
  'step.wecom.register': 'Register WeCom at work.weixin.qq.com.',
  'step.wecom.verify_overseas':
    'Apply for verification: 700 RMB (about US$99) per attempt for overseas organisations.',
  'step.wecom.register_partner': 'Your partner registers WeCom under its licence at work.weixin.qq.com.',
  'step.overseas.documents':
    "Prepare: application letter, company registration certificate, contact's ID/passport, 3 months of phone bill or bank statement, company bank account.",
  'step.overseas.register':
    'Register the overseas account at admin.wechat.com: neither type nor route can change later.',
  'step.overseas.verify':
    'Pay the US$99 yearly verification and wait for review (usually 1–3 working days, up to about 15).',
  'step.overseas.payments':
    'For payments: join WeChat Pay Global through a licensed cross-border acquirer (directly in a few places).',
  'step.mini_program.overseas':
    'Once verified, quick-register Mini Programs (up to 5 a month); overseas Mini Programs need no ICP licence.',
  'step.overseas.faq':
    'Before registering, confirm the account type in the Tencent and admin.wechat.com FAQs.',
  'step.third.agreement':
    'Sign a written agreement with the partner first: ownership, payment settlement, fees, how you leave.',
  'step.third.register':
    'The partner registers at mp.weixin.qq.com under its licence: the type cannot change later.',
  'step.third.verify':
    'The partner applies for verification: 300 RMB per attempt, review usually 1–3 working days.',
  'step.china.setup': 'Set up the mainland company (e.g. a WFOE): 3–6 months or more.',
  'step.china.admin': 'Name an admin with a mainland ID, or a trusted operator.',
  'step.local.register': 'Register at mp.weixin.qq.com and choose the type: it cannot be changed later.',
  'step.local.identity':
    "Fill in the organisation's details and confirm identity with a small transfer from its bank account.",
  'step.local.verify':
    'Apply for WeChat verification: 300 RMB per attempt, review usually 1–3 working days, up to about 15.',
  'step.local.verify_government':
    'Apply for WeChat verification (free for government bodies); review usually 1–3 working days.',
  'step.mini_program':
    'Once verified, quick-register Mini Programs, up to 5 a month, without paying verification again.',
  'step.interfaces':
    'Once verified, read up on template messages, web OAuth and WeChat Pay in the developer community.',
  'step.companion_subscription':
    'Register a second account, a subscription account, for the daily content (a company licence allows 2 accounts).',
  'step.companion_service': 'Register a service account too, for regular notices to followers.',
  'step.companion_wecom': 'Set up WeCom at work.weixin.qq.com for your team and customer contact.',

  'feature.broadcasts': 'Broadcasts',
  'feature.folding': 'Where messages show',
  'feature.core': 'Core features',
  'feature.cs_replies': 'Customer-service replies',
  'feature.interfaces': 'Advanced interfaces',
  'feature.wechat_pay': 'WeChat Pay',
  'feature.mini_programs': 'Mini Programs',
  'feature.verification': 'Verification',
  'feature.type_change': 'Change of type',
  'feature.migration': 'Account migration',
  'feature.ownership': 'Who owns the account',
  'feature.team_chat': 'Team chat',
  'feature.customer_contact': 'One-to-one customer contact',
  'feature.na.wecom':
    'Not applicable: WeCom is not an Official Account; it is for your team and customer contacts.',
  'feature.team_chat.wecom': 'Chat, meetings, files.',
  'feature.team_chat.oa': 'No: team chat is WeCom.',
  'feature.customer_contact.wecom': "Staff reach customers' WeChat; paid tiers past 2,000 external contacts.",
  'feature.customer_contact.oa': 'Customer-service replies only: up to 5 within 48 h of a user interaction.',
  'feature.verification.wecom':
    'Overseas organisations 700 RMB (about US$99) per attempt; mainland fee: see the official site.',
  'feature.verification.personal': 'No paid WeChat verification.',
  'feature.verification.overseas': 'US$99 per year.',
  'feature.verification.local':
    '300 RMB per attempt, not refunded if it fails; 300 RMB yearly; free for government bodies.',
  'feature.ownership.partner': 'The licence holder, and payments settle to it.',
  'feature.ownership.own': 'The registrant: you.',
  'feature.overseas_subscription':
    'Overseas registration is mostly service accounts; sources disagree whether overseas subscription accounts exist.',
  'feature.broadcasts.subscription': '1 per day, up to 8 articles each.',
  'feature.broadcasts.service': '4 per month, up to 8 articles each.',
  'feature.folding.subscription':
    'Folded into the Subscriptions folder; Android followers can opt into a strong reminder.',
  'feature.folding.service': 'In the chat list; a service-account folder is in gray test.',
  'feature.core.local': 'Articles, menus, auto-replies, followers; local accounts have more features.',
  'feature.core.overseas': 'Articles, menus, auto-replies, followers; fewer features than a local account.',
  'feature.cs_replies.oa': 'Up to 5 messages within 48 h of a user interaction.',
  'feature.interfaces.personal': 'No: personal accounts cannot be verified.',
  'feature.interfaces.subscription': 'Some, once verified.',
  'feature.interfaces.overseas': 'Once verified, but overseas accounts have fewer features.',
  'feature.interfaces.service': 'Once verified: template messages, web OAuth, parametric QR codes.',
  'feature.wechat_pay.subscription': 'No: WeChat Pay needs a verified service account.',
  'feature.wechat_pay.overseas': 'Cross-border only, through an acquirer; sources disagree on coverage.',
  'feature.wechat_pay.partner': 'Yes, but payments settle to the licence holder.',
  'feature.wechat_pay.local': 'Yes once verified, settled in RMB.',
  'feature.mini_programs.personal':
    'Can link; quick registration needs verification, which personal accounts cannot get.',
  'feature.mini_programs.overseas':
    'Quick-register once verified, up to 5 a month; no ICP licence or annual review.',
  'feature.mini_programs.local':
    'Quick-register once verified, up to 5 a month; link 10 same-entity and 3 other-entity Mini Programs.',
  'feature.type_change.oa': 'No: only migration into another account.',
  'feature.migration.overseas': 'Neither out nor in.',
  'feature.migration.partner':
    'To another mainland account (300 RMB); an overseas account cannot receive it.',
  'feature.migration.local': 'Yes: 300 RMB, notarised letter, about 2–10 days.',

  'companion.wecom': 'Also set up WeCom for team chat and staff contacting customers.',
  'companion.subscription':
    'Also register a subscription account for daily content (a licence allows 2 accounts).',
  'companion.service': 'Also register a service account for regular notices to followers.',

  'runner.no_mainland_id':
    'An overseas account needs a business registered abroad, and you said you have none.',
  'runner.business_abroad': 'A personal account needs a mainland resident ID card, which you do not have.',
  'runner.personal':
    'A service account is for organisations only: it would have to be registered by a company or similar.',
  'runner.no_china_entity':
    'A mainland company gives more features, but you have none and setting one up takes 3–6 months or more.',
  'runner.no_china_entity.pay':
    'Taking RMB through local WeChat Pay needs a mainland company, which takes 3–6 months or more and capital to set up.',
  'runner.setup_too_slow':
    'A mainland company unlocks every local feature, but takes 3–6 months or more: too slow for your timeline.',
  'runner.own_the_account':
    "A partner's licence is faster with local features, but the account and payments would be the partner's, and you need it to be yours.",
  'runner.partner_flexible':
    'An overseas account would be yours, but has fewer features and its followers can never migrate in or out.',
  'runner.partner_flexible.pay':
    'An overseas account would be yours, but takes payments cross-border only with fewer features, and you need local payments.',
  'runner.have_china_entity':
    'An overseas account has fewer features, cross-border payments only and can never migrate; with a China company you do not need it.',
  'runner.setup_can_wait':
    "An overseas account is faster, but its followers could never move to your China company's account; you can wait, so do it once.",
  'runner.type.team_goals': 'A service account talks to followers; it cannot carry your team chat.',
  'runner.type.needs_service':
    'A subscription account cannot take WeChat Pay and has fewer interfaces: not enough for services and payments.',
  'runner.type.reach':
    'Subscription messages are folded into a folder, and showing in the chat list matters to you.',
  'runner.type.mini_program':
    'A verified subscription account can link Mini Programs too, but gets fewer interfaces.',
  'runner.type.daily': 'A service account can broadcast only 4 times a month: not enough for daily notices.',
  'runner.type.content':
    'A service account broadcasts only 4 times a month and its chat-list advantage is shrinking; for publishing you would not use its interfaces.',
  'whatif.set_up_china_entity': 'What if we set up a China entity?',
  'whatif.use_partner_licence': "What if we use a partner's licence?",
  'whatif.own_the_account': 'What if the account must be ours?',
  'whatif.business_abroad': 'What if I register through my business abroad?',
  'whatif.register_as_company': 'What if a company registers it?',
  'whatif.need_wechat_pay': 'What if we need WeChat Pay?',
  'whatif.internal_team': 'What if we also want internal team chat?',
  'whatif.publish_daily': 'What if we publish daily?',
  'whatif.reach_important': 'What if showing in the chat list matters?',
};
export default rulesEn;
