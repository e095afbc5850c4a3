import type card from './card.zh';

const cardEn: Record<keyof typeof card, string> = {
  'card.reason.route.personal':
    'You hold a mainland China resident ID card, so you can register a personal account.',
  'card.reason.route.sole_trader_willing':
    'You will register as a sole trader, which can hold a service account, be verified and take WeChat Pay.',
  'card.reason.route.no_mainland_id':
    'A personal account needs a mainland ID card, and with no organisation abroad you have no route of your own yet.',
  'card.reason.route.no_mainland_id.hk_mo_tw':
    'A personal account needs a mainland ID card, not Hong Kong, Macao or Taiwan papers, so you have no route of your own yet.',
  'card.reason.route.business_abroad':
    'Your organisation registered outside the mainland can register an overseas account, with no mainland ID.',
  'card.reason.route.mainland_org':
    'Your own mainland business licence makes you a mainland subject, with the most features.',
  'card.reason.route.mainland_org.government':
    "Registering in your body's name makes you a mainland subject, with the most features.",
  'card.reason.route.mainland_org.organisation':
    "Registering in your organisation's name makes you a mainland subject, with the most features.",
  'card.reason.route.sole_trader_licence':
    'A sole trader registers as a company-type subject, so you can hold a service account and be verified.',
  'card.reason.route.have_china_entity':
    'Your company in China makes you a mainland subject, with more features and WeChat Pay in RMB.',
  'card.reason.route.rep_office':
    'A representative office can register and be verified for promotion and liaison, but may not sell.',
  'card.reason.route.setup_can_wait':
    'You can wait for a company in China, which then gets WeChat Pay in RMB and every interface.',
  'card.reason.route.setup_too_slow':
    'A company in China takes 3–6 months or more, and you need to be live within weeks.',
  'card.reason.route.no_china_entity':
    'With no company or partner in China, your registration abroad is all an overseas account needs.',
  'card.reason.route.no_china_entity.hk_mo_tw':
    'Hong Kong, Macao and Taiwan organisations register as overseas ones, with their own documents.',
  'card.reason.route.own_the_account':
    "The account must be yours, and one under a partner's licence legally belongs to the partner.",
  'card.reason.route.partner_flexible':
    "You accept a partner's licence for now: fast, with mainland features, and the account can move to your own China company later.",
  'card.reason.type.personal': 'An individual can register only a subscription account.',
  'card.reason.type.team_goals':
    'Staff chat and one-to-one customer contact are what WeCom does, and an Official Account does not.',
  'card.reason.type.team_goals.internal_team':
    'Staff chat, meetings and files are WeCom, not an Official Account.',
  'card.reason.type.team_goals.customer_contact':
    "WeCom lets your staff add customers' WeChat directly, which an Official Account cannot.",
  'card.reason.type.overseas_pay':
    "Taking payments needs a verified service account, the carrier of WeChat Pay's cross-border service.",
  'card.reason.type.overseas_services':
    'Offering services needs the interfaces of a verified service account.',
  'card.reason.type.overseas_service':
    'Overseas registration is mostly offered as a service account (sources disagree).',
  'card.reason.type.sell':
    'Selling needs a verified service account and a WeChat Pay merchant account in the same name.',
  'card.reason.type.services': 'Template messages and web sign-in need a verified service account.',
  'card.reason.type.services_sell': 'Services and in-account payments both need a verified service account.',
  'card.reason.type.rep_office_sell':
    'A representative office cannot have WeChat Pay: taking RMB later needs a company in China.',
  'card.reason.type.service_payments':
    'In-account payments need a verified service account and a WeChat Pay merchant account in the same name.',
  'card.reason.type.mini_program':
    'The messages and sign-in that bring followers to a Mini Program belong to a verified service account.',
  'card.reason.type.daily':
    'A subscription account can broadcast once a day, a service account only 4 times a month.',
  'card.reason.type.reach':
    'Service-account messages show in the chat list (a folder is on trial with some users); subscription ones go into a folder.',
  'card.reason.type.content': 'You mainly publish, and a subscription account can broadcast once a day.',
  'card.reason.no_goals': 'You picked no goal, so we assumed you mainly want to publish.',
  'card.reason.individual_service_goals':
    'Service accounts are for companies, organisations and sole traders, and a personal account cannot take WeChat Pay.',
  'card.reason.individual_team_goals':
    'Staff chat and customer contact need WeCom, which is for organisations only.',

  'card.warning.type_permanent':
    'The account type is effectively permanent: the upgrade to a service account ended in 2018.',
  'card.warning.type_permanent.subscription':
    'The type is effectively permanent: no upgrade since 2018, and reportedly no migration into a service account.',
  'card.warning.type_permanent.overseas':
    'The account type cannot be changed later (the upgrade ended in 2018), so choose with care.',
  'card.warning.personal_needs_mainland_id':
    'According to a 2018 announcement, without a mainland ID card you cannot register as an individual.',
  'card.warning.setup_takes_months':
    'According to agencies, a company in China takes 3–6 months or more, an office and capital.',
  'card.warning.third_party_ownership':
    'According to agencies, the account and its payments legally belong to the licence holder: sign an agreement first.',

  'card.golive.same_day': 'Same day',
  'card.golive.same_day.mini_program': "Same day; up to about 20 working days for the Mini Program's filing",
  'card.golive.wecom': 'Same day to register; no figure for the verification review',
  'card.golive.verification': 'Usually 1–3 working days to verify',
  'card.golive.verification.mini_program':
    "Usually 1–3 working days to verify; up to about 20 for the Mini Program's filing",
  'card.golive.overseas': 'Reportedly 1–3 working days to verify (a mainland figure)',
  'card.golive.third_party': '1–3 working days once your partner submits',
  'card.golive.third_party.mini_program':
    "1–3 working days once your partner submits; up to about 20 for the Mini Program's filing",
  'card.golive.setup': '3–6 months or more (the company first)',
  'card.golive.setup.mini_program': "3–6 months or more (the company first), then the Mini Program's filing",
  'card.golive.sole_trader': '3 working days to register (6 if complex), usually 1–3 to verify',
  'card.golive.sole_trader.mini_program':
    "3 working days to register (6 if complex), 1–3 to verify, up to about 20 for the Mini Program's filing",

  'card.instead.business_abroad':
    'A business registered outside the mainland can register an overseas service account (agencies put verification at US$99 a year).',
  'card.instead.partner':
    'A mainland company you trust can register it under its licence, but the account and payments are then legally theirs.',
  'card.instead.ask': "To check your own case, ask Tencent's customer service at kf.qq.com.",

  'card.cost.unpriced.company_setup': 'setting up the company in China',
  'card.cost.unpriced.sole_trader_registration': 'the sole-trader registration',
  'card.cost.unpriced.partner_fee': "your partner's fee",
  'card.cost.unpriced.mini_program_verification': "the Mini Program's verification",
  'card.cost.unpriced.icp_filing': "the Mini Program's ICP filing",
  'card.cost.unpriced.wechat_pay_rate': "WeChat Pay's fee on each payment",
  'card.cost.unpriced.acquirer': "the acquirer's fees",
  'card.cost.unpriced.wecom_size': "WeCom's size fee",
  'card.cost.unpriced.wecom_overseas_renewal': "WeCom's yearly review",
  'card.cost.unpriced.wecom_contacts': 'WeCom capacity beyond 2,000 customers',
};
export default cardEn;
