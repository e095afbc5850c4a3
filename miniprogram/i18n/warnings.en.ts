import type warnings from './warnings.zh';

const warningsEn: Record<keyof typeof warnings, string> = {
  'warning.type_permanent':
    "The account type is, in practice, permanent: the in-place upgrade from subscription to service account was withdrawn in December 2018. According to agencies' copies of the official FAQ, a migration (300 RMB, a notarised application letter, about 7–10 days) only moves the followers into another, separately registered account; it does not change the type, and some followers may unfollow.",
  'warning.type_permanent.subscription':
    "The account type is, in practice, permanent: the in-place upgrade from subscription to service account was withdrawn in December 2018. According to agencies' copies of the official FAQ, a migration only moves the followers into another, separately registered account (300 RMB, a notarised application letter, about 7–10 days), and a subscription account cannot migrate into a service account at all.",
  'warning.type_permanent.overseas':
    'The account type cannot be changed once chosen: the in-place upgrade from subscription to service account was withdrawn in December 2018. Settle the type before you register.',
  'warning.overseas_no_migration':
    "According to an agency's copy of the FAQ, an overseas account can neither migrate out nor receive a migration: if you set up a China company later, it registers a new local account and the followers cannot follow; you start again from zero.",
  'warning.overseas_no_migration.third_party':
    "Taking the account back later means a migration: into an account of your own China company, yes; into an overseas account, never (according to an agency's copy of the FAQ, overseas entities cannot receive one).",

  'warning.personal_needs_mainland_id':
    "According to WeChat's 2018 announcement (press copies), a personal account needs a mainland China resident ID card (Hong Kong, Macao and Taiwan documents are not accepted) and a mainland phone number; without the ID card you cannot register as a private person.",
  'warning.personal_needs_mainland_phone':
    'A personal registration is confirmed with a mainland phone number: get one first.',
  'warning.service_needs_organisation':
    'Service accounts are only for companies, organisations and sole traders: as a private person you cannot register one, so you cannot offer services or take payments in an account.',
  'warning.personal_cannot_verify':
    'A personal account cannot be verified, so template messages, web sign-in, WeChat Pay and the other advanced interfaces are out of reach.',
  'warning.publish_api_personal':
    'Since July 2025 personal accounts have lost the publishing interface: scheduling and editing tools can no longer publish for you; you publish by hand in the admin.',
  'warning.sole_trader_option':
    'Registered as a sole trader (个体工商户; at the local market-regulation bureau, on the spot or within 3 working days for a complete application, Chinese citizens only), you could register a service account with its business licence, get verified and take WeChat Pay.',
  'warning.rep_office_no_sales':
    "A representative office's account can be verified (300 RMB as usual, according to agencies) and used for content and customer service. But under the Regulations on Representative Offices of Foreign Enterprises an office may not sell or earn revenue: to sell in WeChat later you need a company in China.",
  'warning.rep_office_no_sales.pay':
    "A representative office cannot sell or take payments in WeChat: under the Regulations on Representative Offices of Foreign Enterprises it may only do market research, promotion and liaison, never sell or earn revenue, and no source shows one getting WeChat Pay. To take RMB you need a company in China; the office's account can meanwhile carry content and customer service.",
  'warning.verification_required.government':
    "According to agencies' copies of the registration guide, a government body or public institution confirms its identity only through verification (微信认证): no face check, no small transfer. Verification is free for government accounts.",
  'warning.verification_required.media':
    "According to agencies' copies of the registration guide, a media outlet confirms its identity only through verification (微信认证): no face check, no small transfer. Media pay for it (300 RMB per review).",
  'warning.verification_required.other_org':
    "According to agencies' copies of the registration guide, other organisations confirm their identity only through verification (微信认证): no face check, no small transfer. Foundations are verified free; other organisations pay 300 RMB per review.",
  'warning.verification_required.wecom':
    "WeCom needs no Official Account, but if you add one later: according to agencies' copies of the registration guide, a government body, media outlet or other organisation confirms its identity only through verification (微信认证), with no face check or small transfer. Government accounts are verified free; media pay 300 RMB per review.",
  'warning.verification_required.licence_holder':
    "Registering in your own name, a government body, media outlet or other organisation could confirm its identity only through verification (微信认证), according to agencies' copies of the registration guide. On this route the company whose licence registers the account confirms identity instead, in one of the three ways open to a company.",
  'warning.hk_mo_tw_overseas':
    'Hong Kong, Macao and Taiwan organisations register as overseas organisations; a 2019 guide reports that Hong Kong and Macao companies could verify through the mainland flow. Sources disagree: confirm with the platform.',
  'warning.overseas_eligibility':
    'Overseas registration is built around a company registration certificate: a non-company organisation should ask the platform first what it can submit.',

  'warning.third_party_ownership':
    "According to agencies' guides, the account legally belongs to the holder of the business licence, and payments settle to the holder: sign a written agreement before you register.",
  'warning.licence_account_limit':
    "According to WeChat's 2018 announcement (press copies), a company-type subject can register at most 2 Official Accounts: check your partner still has room.",
  'warning.setup_takes_months':
    "According to agencies' guides, setting up a company in mainland China (a WFOE, for example) usually takes 3–6 months or more, and needs a real office and capital.",
  'warning.china_admin_needs_id':
    "According to agencies' guides, even through your own entity in China the account's administrator needs a mainland ID card, or you need an operator you trust.",

  'warning.wechat_pay_limited_overseas.rmb':
    "An overseas account cannot settle RMB to a mainland bank account: it can only use WeChat Pay's cross-border payments; the buyer pays RMB and you receive a foreign currency, usually through an acquirer.",
  'warning.wechat_pay_limited_overseas':
    "An overseas account can only use WeChat Pay's cross-border payments: usually through a licensed acquirer (direct connection only in Hong Kong and Britain), settled in a foreign currency, one currency per merchant ID; payers must be mainland users with real-name WeChat Pay.",

  'warning.verification_not_refunded':
    "According to agencies' copies of the verification FAQ, verification costs 300 RMB per review and is not refunded if it fails: check your documents before you submit.",
  'warning.verification_yearly':
    "According to an agency's copy of the verification rules, verification lasts one year and is reviewed every year (reminders start 3 months before expiry); fail the review and the badge and details are removed, the name may be changed, and the interfaces that came with verification stop.",
  'warning.verification_yearly.overseas':
    "Overseas verification is renewed every year too, at US$99 a year according to agencies; confirm with the platform. According to an agency's copy of the verification rules, if the review is not passed the badge and details are removed, the name may be changed, and the interfaces that came with verification stop.",
  'warning.verification_yearly.wecom':
    "According to agencies, WeCom's verification is reviewed every year too, at the price of the first one; confirm with the platform.",

  'warning.mini_program_own_verification':
    'A Mini Program is an account of its own and is verified on its own: since 25 December 2023 one quick-registered from a verified Official Account starts unverified, and its verification is paid again.',
  'warning.mini_program_own_verification.sole_trader':
    'A Mini Program is an account of its own and is verified on its own: since 25 December 2023 one quick-registered from a verified Official Account starts unverified. According to agencies, a sole trader may verify at most 5 Mini Programs; that its Mini Program verification costs 30 RMB a year comes from the developer community: confirm with the platform.',
  'warning.mini_program_own_verification.personal':
    'The Mini Program is registered separately: quick registration starts from a verified Official Account, and a personal account cannot be verified.',
  'warning.mini_program_own_verification.overseas':
    "An overseas account cannot quick-register a Mini Program: it is registered and verified separately through the overseas entrance. Whether an overseas entity's Mini Program must file for ICP is not settled by any source we found.",
  'warning.mini_program_filing':
    "According to copies of WeChat's notice and agencies, a Mini Program must complete ICP filing (小程序备案) before it can be listed: the platform's check takes 1–2 working days, an SMS check within 24 hours, then the provincial communications administration up to 20 working days.",

  'warning.wecom_organisations_only': 'WeCom is for organisations; an individual cannot set it up.',
  'warning.wecom_contact_limits':
    'According to agencies, an unverified WeCom can add only 100 customers; a verified one 2,000 free, and more must be bought yearly as external-contact capacity.',

  'warning.subscription_folded':
    'According to press reports, subscription-account messages are folded into one folder (labelled "公众号" in recent WeChat), not shown in the chat list.',
  'warning.service_broadcast_limit':
    'A service account can broadcast only 4 times per calendar month, and each follower receives at most 4 service broadcasts a month; publishing without a broadcast notifies nobody.',
  'warning.service_broadcast_limit.daily':
    'A service account can broadcast only 4 times per calendar month, not enough to notify followers daily; the rest can only be published, which notifies nobody.',
  'warning.service_broadcast_limit.companion':
    'A service account can broadcast only 4 times per calendar month: put the daily content in the subscription account registered beside it.',
  'warning.service_folder_testing':
    "The service account's place beside friends' chats is less certain: according to press reports, a service-account folder has been trialled with some users since June 2024.",

  'warning.name_first_come':
    "According to agencies' copies of the naming FAQ, names are unique across the platform, first come, first served, and a name based on a trademark or a protected word needs proof. A personal account can rename twice a calendar year, an organisation only through (re-)verification: settle the name and register early.",
  'warning.name_first_come.wecom':
    "If you add an Official Account or a Mini Program beside WeCom later: according to agencies' copies of the naming FAQ, names are unique across the platform, first come, first served, and a name based on a trademark or a protected word needs proof. Check early that the name you want is still free.",
  'warning.name_first_come.mini_program':
    "According to agencies' copies of the naming FAQ, names are unique across the platform, first come, first served, and a name based on a trademark or a protected word needs proof. A Mini Program's name follows the same length rule, and its rename allowance resets to 2 every 1 January and after each verification: settle the names and register early.",
};
export default warningsEn;
