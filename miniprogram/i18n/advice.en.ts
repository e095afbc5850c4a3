import type advice from './advice.zh';

const adviceEn: Record<keyof typeof advice, string> = {
  'headline.personal_id.subscription': 'Register a personal subscription account with your ID card',
  'headline.not_available.subscription':
    'Without a mainland China resident ID card you cannot register a personal account: here is what you can do',
  'headline.sole_trader.service':
    'Register as a sole trader, then register a service account with its licence',
  'headline.local_licence.subscription': "Register a subscription account in your organisation's name",
  'headline.local_licence.service': "Register a service account in your organisation's name",
  'headline.local_licence.wecom': "Set up WeCom in your organisation's name",
  'headline.local_licence.sole_trader.subscription':
    "Register a subscription account with your sole trader's licence",
  'headline.local_licence.sole_trader.service': "Register a service account with your sole trader's licence",
  'headline.local_licence.sole_trader.wecom': "Set up WeCom with your sole trader's licence",
  'headline.china_entity.subscription': 'Register a subscription account in the name of your entity in China',
  'headline.china_entity.service': 'Register a service account in the name of your entity in China',
  'headline.china_entity.wecom': 'Set up WeCom in the name of your entity in China',
  'headline.china_entity.rep_office.subscription':
    "Register a subscription account in your representative office's name",
  'headline.china_entity.rep_office.service':
    "Register a service account in your representative office's name",
  'headline.china_entity.rep_office.wecom': "Set up WeCom in your representative office's name",
  'headline.china_entity.setup.subscription':
    'Set up a company in China first, then register a subscription account in its name',
  'headline.china_entity.setup.service':
    'Set up a company in China first, then register a service account in its name',
  'headline.china_entity.setup.wecom': 'Set up a company in China first, then set up WeCom in its name',
  'headline.third_party_licence.subscription': "Register a subscription account under a partner's licence",
  'headline.third_party_licence.service': "Register a service account under a partner's licence",
  'headline.third_party_licence.wecom': "Set up WeCom under a partner's licence",
  'headline.overseas_licence.service': 'Register an overseas service account with your registration abroad',
  'headline.overseas_licence.wecom': 'Set up WeCom as an overseas organisation',

  'reason.route.personal':
    'You hold a mainland China resident ID card, so you can register a personal account with it.',
  'reason.route.sole_trader_willing':
    'You are willing to register as a sole trader (个体工商户): a sole trader registers as a company-type subject, so it can hold a service account, pass WeChat verification and take WeChat Pay. The local market-regulation bureau registers you on the spot or within 3 working days.',
  'reason.route.no_mainland_id':
    'A personal account takes only a mainland China resident ID card; you have none and no organisation registered abroad, so there is no route of your own for now.',
  'reason.route.no_mainland_id.hk_mo_tw':
    'A personal account takes only a mainland China resident ID card, not Hong Kong, Macao or Taiwan documents; with no organisation registered outside the mainland either, there is no route of your own for now.',
  'reason.route.business_abroad':
    'You have an organisation registered outside the mainland: it can register an overseas account with its own registration documents, no mainland ID needed.',
  'reason.route.mainland_org':
    'You are a company registered in mainland China: registering with your own business licence makes you a mainland subject, with the most features.',
  'reason.route.mainland_org.government':
    "You are a government body or public institution: registering in your body's name makes you a mainland subject, with the most features (government subjects hold no business licence and need none).",
  'reason.route.mainland_org.organisation':
    'You are an organisation registered in mainland China: registering in its name makes you a mainland subject, with the most features.',
  'reason.route.sole_trader_licence':
    'You are a sole trader: you register as a company-type subject with your own licence, so you can hold a service account and be verified.',
  'reason.route.have_china_entity':
    'You already have a company in China: registering in its name makes you a mainland subject, with more features than an overseas one and WeChat Pay in RMB.',
  'reason.route.rep_office':
    'Your only presence in China is a representative office: it can register and be verified as a company-type subject with its registration certificate, for promotion and liaison; but by law it may not sell or take revenue.',
  'reason.route.setup_can_wait':
    'You are willing to set up a company in China and can wait a few months: once it exists, its mainland account gets WeChat Pay in RMB and every interface.',
  'reason.route.setup_too_slow':
    'A company in China takes 3–6 months or more and you need to be live within weeks, so register an overseas account with your registration abroad.',
  'reason.route.no_china_entity':
    'You have neither a company nor a partner in China: your own registration abroad registers an overseas account, no Chinese entity needed.',
  'reason.route.no_china_entity.hk_mo_tw':
    'You have neither a company nor a partner on the mainland: Hong Kong, Macao and Taiwan organisations register as overseas ones, with their own registration documents.',
  'reason.route.own_the_account':
    "The account must be in your own name: one registered under a partner's licence legally belongs to the licence holder, so register with your own registration abroad.",
  'reason.route.partner_flexible':
    "You accept that the account is your partner's for now: its mainland licence is fast and gives a mainland account's features, and once you set up your own company in China the account can move to it (never to an overseas account).",
  'reason.type.personal':
    'An individual can register only a subscription account (now officially just "公众号").',
  'reason.type.team_goals':
    'You want staff to talk among themselves and to customers one to one: that is exactly what WeCom does and an Official Account does not.',
  'reason.type.team_goals.internal_team':
    'You want your staff to talk among themselves: chat, meetings and files are WeCom, which an Official Account cannot do.',
  'reason.type.team_goals.customer_contact':
    "You want staff to contact customers one to one: WeCom adds customers' WeChat directly, while an Official Account only replies within fixed windows.",
  'reason.type.overseas_pay':
    "You want to take payments, which needs a verified service account: WeChat Pay's cross-border service uses an Official Account as its carrier. Overseas registration is mostly offered as a service account anyway.",
  'reason.type.overseas_services':
    'You want to offer services: template messages and web sign-in need a verified service account. Overseas registration is mostly offered as a service account anyway.',
  'reason.type.overseas_service':
    'Overseas registration is mostly offered as a service account (some sources mention overseas subscription accounts; they disagree).',
  'reason.type.sell':
    'You want to sell: taking payments in the account needs a WeChat Pay merchant account in the same name, bound to a verified service account.',
  'reason.type.services':
    'You want to offer services: the advanced interfaces, such as template messages and web sign-in, need a verified service account.',
  'reason.type.services_sell':
    'You want to offer services and sell: both the advanced interfaces and in-account payments need a verified service account, and payments a WeChat Pay merchant account in the same name.',
  'reason.type.rep_office_sell':
    'A service account is what takes payments in WeChat later, but a representative office itself cannot have WeChat Pay: to take RMB you need a company in China.',
  'reason.type.service_payments':
    'You plan to take payments: in-account payments need a verified service account and a WeChat Pay merchant account in the same name.',
  'reason.type.mini_program':
    'You want a Mini Program: the template messages and web sign-in that bring followers to it belong to a verified service account. Either type can link a Mini Program; one quick-registered from the account starts unverified and is verified on its own.',
  'reason.type.daily':
    'You will notify followers almost daily: a subscription account can broadcast once a day, a service account only 4 times a month.',
  'reason.type.reach':
    'Showing in the chat list matters to you: service-account messages appear there, while subscription messages go into a folder (a folder for service accounts has been trialled with some users since June 2024).',
  'reason.type.content':
    'You mainly publish and the chat-list position matters little: a subscription account, with a broadcast a day, fits.',
  'reason.no_goals': 'You picked no goal, so we assumed you mainly want to publish.',
  'reason.individual_service_goals':
    'You want to offer services or sell, but service accounts are for companies, organisations and sole traders, and a personal account can neither be verified nor take WeChat Pay.',
  'reason.individual_team_goals':
    'Staff chat and contacting customers one to one need WeCom, which is for organisations only.',
  'reason.payments_without_sell':
    'You did not tick "sell", but you said you will take payments, so we planned for payments.',
  'reason.cross_border_local':
    'Registered as a mainland subject, you can take WeChat Pay in RMB directly, with no cross-border acquirer.',
  'reason.partner_bridge':
    'Another way: a partner you trust registers the account now under its licence, and once your company exists and is verified, the account migrates into it; an overseas account could never move there.',
  'reason.customer_contact':
    'A service account can reply only within 48 hours after a person messages it (up to 5 messages); staff contacting customers one to one use WeCom.',
  'reason.government_free':
    'Verification is free for government accounts, and it is how you confirm your identity.',

  'companion.wecom': 'Also set up WeCom for team chat and staff contacting customers.',
  'companion.subscription':
    'Also register a subscription account for the daily content (a company-type subject may hold 2 Official Accounts).',

  'runner.personal':
    'As a sole trader the account could be verified and keep the publishing interfaces that scheduling tools use; for publishing alone, your ID card is enough.',
  'runner.personal.trade':
    'Registering as a sole trader (you said not this time) gives you a service account that takes payments once verified: registration is on the spot or within 3 working days, then 300 RMB a year for verification.',
  'runner.sole_trader_willing':
    'A personal account needs no licence, but it can neither be verified nor take WeChat Pay: no selling, no services.',
  'runner.business_abroad':
    "A mainland company you trust could register the account under its business licence, with a mainland account's features; but the account and payments would legally be that company's.",
  'runner.no_china_entity':
    'Setting up a company in China (for example a wholly foreign-owned enterprise, WFOE: a company owned entirely by foreign investors) gives a mainland account with more features, but takes 3–6 months or more, a real office and capital.',
  'runner.no_china_entity.pay':
    'Taking RMB through WeChat Pay needs a company in China (for example a wholly foreign-owned enterprise, WFOE: a company owned entirely by foreign investors), which takes 3–6 months or more, a real office and capital.',
  'runner.setup_too_slow':
    'Your own company in China would unlock every mainland feature, but takes 3–6 months or more: too slow for you.',
  'runner.own_the_account':
    "A partner's licence is faster and gives mainland features, but the account and payments would legally be the partner's, and you need the account in your own name.",
  'runner.partner_flexible':
    'An overseas account would be in your own name, but has fewer features and its followers can never move in or out.',
  'runner.partner_flexible.pay':
    'An overseas account would be in your own name, but takes payments only cross-border, settled in a foreign currency, with fewer features, and you need RMB in China.',
  'runner.have_china_entity':
    'Your parent company could register an overseas account with its registration abroad, but with fewer features, cross-border payments only and no migration ever; with a company in China you do not need it.',
  'runner.rep_office':
    "Your parent company could register an overseas account with its registration abroad, but with fewer features and no migration ever; the representative office's mainland account suits promotion better.",
  'runner.rep_office.pay':
    'An overseas account registered by your parent company could take cross-border payments (a representative office cannot take any), but settles in a foreign currency, has fewer features and can never migrate.',
  'runner.setup_can_wait':
    "An overseas account goes live sooner, but its followers could never move to your China company's account; you can wait, so do it once.",
  'runner.type.team_goals':
    'A service account talks to followers: it has no staff chat and no one-to-one customer contact from staff.',
  'runner.type.needs_service':
    'A subscription account cannot take payments in the account, and has fewer advanced interfaces once verified.',
  'runner.type.reach': 'Subscription messages go into a folder, and showing in the chat list matters to you.',
  'runner.type.mini_program':
    "A subscription account can link a Mini Program too, but has fewer interfaces once verified: the template messages and web sign-in that bring followers to it are a service account's.",
  'runner.type.daily': 'A service account can broadcast only 4 times a month: not enough for daily notices.',
  'runner.type.content':
    'A service account broadcasts only 4 times a month, and its chat-list edge is narrowing with the folder trial; for publishing you would not use its interfaces.',
  'whatif.set_up_china_entity': 'What if we set up a company in China?',
  'whatif.use_partner_licence': "What if we use a partner's business licence?",
  'whatif.own_the_account': 'What if the account must be in our own name?',
  'whatif.business_abroad': 'What if I register through my business abroad?',
  'whatif.register_as_company': 'What if a company registers it?',
  'whatif.need_wechat_pay': 'What if we need WeChat Pay?',
  'whatif.internal_team': 'What if we also want internal team chat?',
  'whatif.publish_daily': 'What if we publish daily?',
  'whatif.reach_important': 'What if showing in the chat list matters?',
};
export default adviceEn;
