import type advice from './advice.zh';

const adviceEn: Record<keyof typeof advice, string> = {
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
export default adviceEn;
