import type plan from './plan.zh';

const planEn: Record<keyof typeof plan, string> = {
  'fee.registration_free': 'Registering is free; what costs money is WeChat verification.',
  'fee.personal_no_verification': 'A personal account cannot be verified, so there is no verification fee.',
  'fee.verification_overseas':
    'Overseas verification: US$99 a year according to agencies; no official source found, so confirm with WeChat.',
  'fee.verification_partner':
    "Verification in the partner's name: 300 RMB per review, not refunded if it fails; 300 RMB for each yearly review. Agree in writing who pays.",
  'fee.verification_free_government':
    'Verification is free for government accounts (and foreign government offices in China), the yearly review too.',
  'fee.verification_sole_trader':
    'Verification: 300 RMB per review, not refunded if it fails; 300 RMB for each yearly review. We found no discount for sole traders.',
  'fee.verification_rep_office':
    'A representative office pays the normal verification fee: 300 RMB per review, not refunded if it fails; 300 RMB for each yearly review.',
  'fee.verification_mainland':
    'Verification: 300 RMB per review, not refunded if it fails; 300 RMB for each yearly review.',
  'fee.wecom_through_oa':
    'WeCom verified through a verified Official Account in the same name is free, according to agencies.',
  'fee.wecom_government':
    'According to agencies, government bodies and non-profits pay neither the WeCom review fee nor the size fee.',
  'fee.wecom_local':
    'WeCom verification: 300 RMB per review according to agencies, the same for the yearly review; medium organisations pay a further 2,700 RMB and large ones 29,700 RMB as a size fee.',
  'fee.wecom_overseas':
    "WeCom verification for overseas organisations: 700 RMB (about US$99) per attempt, reported only in a copy of WeCom's help; confirm with WeChat.",
  'fee.mini_program_sole_trader':
    "The Mini Program's own verification: reportedly 30 RMB a year for a sole trader; confirm with WeChat.",
  'fee.mini_program_government': "The Mini Program's own verification: free for government subjects.",
  'fee.mini_program':
    'The Mini Program is verified on its own: 300 RMB per review, and 300 RMB for each yearly review.',
  'fee.wechat_pay_rate':
    "WeChat Pay charges per payment: 0.6% for most industries according to a copy of WeChat Pay's rate table (the rate depends on the industry), settled the next working day.",
  'fee.acquirer': "Cross-border payments carry the acquirer's fees, set by the acquirer.",
  'fee.wecom_contacts':
    'Once verified, WeCom lets staff add 2,000 customers free; beyond that capacity is bought by the year.',
  'fee.migration':
    'Should you ever migrate the account: 300 RMB and a notarised letter (not in the totals below).',

  'cost.rmb': 'RMB {amount}',
  'cost.usd': 'US${amount}',
  'cost.first_year': 'First year',
  'cost.three_years': 'Three years',
  'cost.reported': 'Some amounts are only reported figures; confirm them with WeChat.',
  'cost.unpriced_title': 'Not in the totals, for want of a reliable figure:',
  'cost.unpriced.company_setup': 'Setting up the company in China (capital, an office; it varies)',
  'cost.unpriced.sole_trader_registration':
    'Registering as a sole trader (no official fee found; agencies say it is free)',
  'cost.unpriced.partner_fee': 'What your partner charges for lending its licence and handling the account',
  'cost.unpriced.mini_program_verification':
    "The Mini Program's verification (no price found for this route)",
  'cost.unpriced.icp_filing': "The Mini Program's ICP filing (no fee found)",
  'cost.unpriced.wechat_pay_rate':
    "WeChat Pay's fee: charged on each payment, 0.6% for most industries, so the total depends on your sales",
  'cost.unpriced.acquirer': "The acquirer's fees on cross-border payments (set by the acquirer)",
  'cost.unpriced.wecom_size':
    "WeCom's size fee: 2,700 RMB for a medium and 29,700 RMB for a large organisation (your answers do not tell us your size)",
  'cost.unpriced.wecom_overseas_renewal':
    "WeCom's yearly review for an overseas organisation from the second year (no price found)",
  'cost.unpriced.wecom_contacts': 'WeCom customer capacity beyond 2,000, bought by the year (no price found)',

  'golive.same_day': 'Same day: register online, with no verification to wait for',
  'golive.same_day.mini_program':
    "The account the same day; the Mini Program's ICP filing takes up to about 20 working days before it can be listed",
  'golive.wecom': "Same day to register; no figure found for how long WeCom's verification review takes",
  'golive.verification': 'Verification usually takes 1–3 working days (Tencent starts the review within 15)',
  'golive.verification.mini_program':
    "Verification usually 1–3 working days (review starts within 15); the Mini Program's ICP filing takes up to about 20 working days before listing",
  'golive.overseas':
    'Verification usually 1–3 working days according to agencies (a mainland figure; none found for overseas accounts)',
  'golive.third_party':
    'Once your partner submits, verification usually takes 1–3 working days (the review starts within 15)',
  'golive.third_party.mini_program':
    "Once your partner submits, verification usually 1–3 working days; the Mini Program's ICP filing takes up to about 20 working days before listing",
  'golive.setup': '3–6 months or more: first the company, then 1–3 working days for verification',
  'golive.setup.mini_program':
    "3–6 months or more: first the company, then verification, and up to about 20 working days for the Mini Program's ICP filing",
  'golive.sole_trader':
    'Sole-trader registration on the spot or within 3 working days (6 if complex), then verification, usually 1–3 working days',
  'golive.sole_trader.mini_program':
    "Sole-trader registration within 3 working days (6 if complex), verification usually 1–3; the Mini Program's ICP filing up to about 20 working days before listing",

  'timeline.not_available': 'There is no route to time yet: see what you can do instead below.',
  'timeline.wecom':
    'WeCom registers online and works the same day; we found no figure for how long its verification review takes.',
  'timeline.personal':
    'Free online registration and you can publish the same day; a personal account has no verification to wait for.',
  'timeline.setup':
    'First the company (3–6 months or more), then registration and verification: usually 1–3 working days, and Tencent starts the review within 15.',
  'timeline.sole_trader':
    'First the sole-trader registration: on the spot when the papers are complete, otherwise within 3 working days (3 more if complex); then the service account and its verification, usually 1–3 working days.',
  'timeline.overseas':
    'Register online once the documents are ready; for the verification review we only have mainland figures (usually 1–3 working days, starting within 15), none for overseas accounts.',
  'timeline.third_party':
    'First agree terms with your partner; once it submits, verification usually takes 1–3 working days, and Tencent starts the review within 15.',
  'timeline.local':
    'Identity is confirmed during registration; verification usually takes 1–3 working days, and Tencent starts the review within 15.',

  'instead.business_abroad':
    'If you have (or set up) a business registered outside the mainland, it can register an overseas service account at admin.wechat.com with its own registration documents, no mainland ID needed; agencies put verification at US$99 a year.',
  'instead.partner':
    "A mainland company you trust can register the account under its business licence: you get the mainland features, but the account and any payments are legally that company's, so sign a written agreement first.",
  'instead.ask':
    "A personal account takes only a mainland China resident ID card: Hong Kong, Macao and Taiwan documents and foreign passports are not accepted. To check your own case, ask Tencent's customer service at kf.qq.com.",

  'doc.account_name':
    'An account name: 4–30 characters (a Chinese character counts as 2), Chinese, English letters and digits only; if it uses a trademark, have the trademark proof ready.',
  'doc.mainland_id':
    'A mainland China resident ID card (18 or over; Hong Kong, Macao and Taiwan documents are not accepted).',
  'doc.mainland_phone': 'A mainland phone number.',
  'doc.application_letter': 'An application letter.',
  'doc.company_certificate': 'The company registration certificate (your business licence abroad).',
  'doc.contact_id': "The contact person's ID card or passport.",
  'doc.address_proof': 'Three months of phone bills or bank statements.',
  'doc.company_bank': "A bank account in the company's name.",
  'doc.partner_licence': "The partner's mainland business licence (the partner submits it).",
  'doc.partner_agreement':
    'A written agreement with the partner: who owns the account, where payments settle, who pays verification, and how the account moves to your own China company later.',
  'doc.china_licence': "Your China company's business licence.",
  'doc.china_licence.setup': "The new company's business licence, once it is set up.",
  'doc.rep_certificate': "The representative office's registration certificate (外国企业常驻代表机构登记证).",
  'doc.china_admin': 'An administrator with a mainland China resident ID card, or a trusted operator.',
  'doc.business_licence': 'Your business licence.',
  'doc.sole_trader_licence': "The sole trader's business licence.",
  'doc.sole_trader_id':
    'Your mainland China resident ID card, to register as a sole trader (only Chinese citizens can).',
  'doc.identity':
    "For the identity check: the legal representative's own real-name WeChat (to scan and pass a face check), or the organisation's bank account (for a small transfer).",
  'doc.identity.sole_trader':
    "For the identity check: the owner's own real-name WeChat (to scan and pass a face check).",
  'doc.government_certificate':
    "Your body's registration documents: government bodies and public institutions hold no business licence, so submit what WeChat verification asks for.",
  'doc.org_certificate':
    "Your organisation's registration certificate or licence, as WeChat verification asks for.",

  'step.name':
    'Settle the name: names are unique across the platform and first come, first served, so check it is free; a trademark or a protected word needs proof. Personal accounts can rename twice a year; organisations rename through a new verification.',
  'step.personal.phone': 'Get a mainland phone number first.',
  'step.personal.register':
    'Register at mp.weixin.qq.com, choosing the account type "公众号 (formerly subscription account)" and the subject type "individual": the type cannot be changed later.',
  'step.personal.publish':
    'Publish and broadcast by hand in the admin: one broadcast a day. Since July 2025 personal accounts can no longer use the publishing interfaces that scheduling and layout tools rely on.',
  'step.sole_trader.register':
    'First register as a sole trader (个体工商户) with your local market-regulation bureau, online or at a counter: on the spot when the papers are complete, otherwise within 3 working days (3 more if complex). Only Chinese citizens can register.',
  'step.sole_trader.account':
    'Register a service account at mp.weixin.qq.com with the subject type "company", sole trader: the type cannot be changed later.',
  'step.sole_trader.identity':
    'Confirm your identity: scan with your own real-name WeChat and pass the face check, or go straight to WeChat verification.',
  'step.sole_trader.verify':
    "Apply for WeChat verification (Tencent's paid check of the subject, needed for the advanced interfaces and WeChat Pay): 300 RMB per review, not refunded if it fails, usually 1–3 working days.",
  'step.wecom.register': 'Register WeCom at work.weixin.qq.com.',
  'step.wecom.register_partner':
    'Your partner registers WeCom under its business licence at work.weixin.qq.com.',
  'step.wecom.verify':
    'Apply for WeCom verification: 300 RMB per review according to agencies, plus a size fee for medium and large organisations; it lifts the customers staff can add from 100 to 2,000.',
  'step.wecom.verify_government':
    'Apply for WeCom verification: free for government bodies and non-profits, according to agencies.',
  'step.wecom.verify_partner':
    'Your partner applies for WeCom verification; it is free if the partner has a verified Official Account in the same name.',
  'step.wecom.verify_overseas':
    "Apply for WeCom verification: 700 RMB (about US$99) per attempt for overseas organisations, reported only in a copy of WeCom's help; confirm with WeChat.",
  'step.wecom.yearly_review':
    "WeCom's verification has a yearly review at the price of the first, according to agencies.",
  'step.overseas.documents':
    "Prepare: the application letter, the company registration certificate, the contact's ID or passport, three months of phone bills or bank statements, the company bank account.",
  'step.overseas.faq':
    "Before registering, check in Tencent's and admin.wechat.com's FAQs which account type you can register.",
  'step.overseas.faq.hk_mo_tw':
    'Before registering, ask WeChat how you register: Hong Kong, Macao and Taiwan organisations register as overseas ones, though one guide says Hong Kong and Macao companies could use the mainland flow; check which account type you can register too.',
  'step.overseas.register':
    'Register the overseas account at admin.wechat.com: neither the type nor the route can change later.',
  'step.overseas.verify':
    'Apply for verification: US$99 a year according to agencies (no official source found); for review times we only have the mainland figure, usually 1–3 working days.',
  'step.overseas.payments':
    "To take payments, join WeChat Pay's cross-border service, usually through an acquirer (a licensed institution that connects and settles for merchants); direct connection exists only in Hong Kong and Britain. It settles in one foreign currency, and payers must be mainland users with real-name WeChat Pay.",
  'step.overseas.yearly_review':
    'Renew verification every year (reportedly US$99); if the yearly review is not passed, the badge and the verified interfaces go.',
  'step.third.agreement':
    'First sign a written agreement with the partner: ownership, where payments settle, who pays verification, and how the account moves into your own China company later (an overseas account cannot receive it).',
  'step.third.register':
    'The partner registers at mp.weixin.qq.com under its business licence: the type cannot be changed later.',
  'step.third.identity':
    "The partner confirms its identity: the legal representative's face check, a small transfer from its bank account, or WeChat verification straight away.",
  'step.third.verify':
    'The partner applies for WeChat verification: 300 RMB per review, not refunded if it fails, usually 1–3 working days.',
  'step.third.migrate_later':
    'Once your own China company is set up and verified, migrate the account into its account: 300 RMB, a notarised letter, about 7–10 days; some followers may unfollow.',
  'step.china.setup':
    'Set up the company in China (for example a wholly foreign-owned enterprise, WFOE: a company owned entirely by foreign investors): 3–6 months or more, with a real office and capital.',
  'step.china.admin': 'Name an administrator with a mainland China resident ID card, or a trusted operator.',
  'step.local.register':
    'Register at mp.weixin.qq.com, choosing the account type (it cannot be changed later) and the subject type: company (sole traders included), government, media or other organisation.',
  'step.rep.register':
    'Register at mp.weixin.qq.com with the subject type "company" and the representative office\'s registration certificate: the account type cannot be changed later.',
  'step.local.identity':
    "Confirm the organisation's identity in one of three ways: the legal representative scans with their own real-name WeChat and passes a face check; a small transfer from the organisation's bank account to Tencent within 10 days (refunded); or WeChat verification straight away. The first two only register the account; the advanced interfaces still need verification.",
  'step.local.verify':
    "Apply for WeChat verification (Tencent's paid check of the subject, needed for the advanced interfaces and WeChat Pay): 300 RMB per review, not refunded if it fails; usually 1–3 working days, with up to 3 chances to add material.",
  'step.local.verify_government':
    'Confirm your identity through WeChat verification (the only way for government accounts), free of charge; usually 1–3 working days, with up to 3 chances to add material.',
  'step.local.verify_required':
    'Confirm your identity through WeChat verification (the only way for media and other organisations): 300 RMB per review, not refunded if it fails; usually 1–3 working days.',
  'step.wechat_pay':
    "Apply at pay.weixin.qq.com for a WeChat Pay merchant account (the account payments go into) in the same organisation's name; the service account's AppID given at onboarding is bound automatically, and an existing merchant's request for in-account payments is reviewed within 7 working days. 0.6% for most industries, settled the next working day.",
  'step.wechat_pay.sole_trader':
    'Apply at pay.weixin.qq.com for a WeChat Pay merchant account as a sole trader: in-account, Mini Program, QR-code and payment-code payments are open to you, payments in a mobile browser are not. 0.6% for most industries.',
  'step.wechat_pay.partner':
    "Payments need a merchant account in the account holder's name, so the partner applies at pay.weixin.qq.com and payments settle to it: put settlement and reconciliation in the agreement.",
  'step.rep.payments_later':
    'To take RMB in WeChat, first set up a company in China, then register a service account and WeChat Pay in its name: a representative office cannot take payments.',
  'step.interfaces':
    'Once verified, read up on template messages, web sign-in and WeChat Pay in the developer community.',
  'step.mini_program':
    'Register the Mini Program and link it to the account: one quick-registered from the account starts unverified and needs its own verification. The same naming rules apply; its renames reset to 2 on 1 January and after verification.',
  'step.mini_program.sole_trader':
    'Register the Mini Program, link it to the service account and verify it on its own: a sole trader may verify at most 5 Mini Programs. Renames reset to 2 on 1 January and after verification.',
  'step.mini_program.personal':
    'Register the Mini Program and link it to the account: a personal account cannot be verified, so it cannot quick-register one.',
  'step.mini_program.overseas':
    'Register the Mini Program separately at admin.wechat.com and link it: an overseas account cannot quick-register one; whether an overseas Mini Program needs ICP filing is not confirmed.',
  'step.mini_program_filing':
    "Before the Mini Program is listed, complete its ICP filing (备案, the state's registration of online services; done in the Mini Program admin): the platform's check 1–2 working days, an SMS check within 24 hours, then the provincial communications bureau 1–20 working days.",
  'step.yearly_review':
    'Renew verification every year: reminders start 3 months before expiry and the price is that of the first review; if the yearly review is not passed, the badge and details are removed, the name may be changed and the verified interfaces stop.',
  'step.yearly_review_government':
    'Renew verification every year (free for government accounts); if it is not passed, the badge and the verified interfaces go.',
  'step.companion_subscription':
    'Register a second account, a subscription account, for the daily content (a company-type subject may hold 2 Official Accounts).',
  'step.companion_wecom':
    'Set up WeCom at work.weixin.qq.com for your team and for staff contacting customers.',

  'change.rep_office_option':
    'A company in China and a representative office are now separate answers: if yours is only a representative office, choose that, as it cannot sell or take payments.',
  'change.hk_mo_tw_option':
    '"Where is the registrant?" now has its own answer for Hong Kong, Macao and Taiwan: choose it if it fits.',
  'change.sole_trader_option':
    'New: the sole-trader route. A sole trader can hold a service account and take payments once verified; answer the new question to see it.',
  'change.wecom_questions':
    'With WeCom alone we no longer ask how often you notify followers or whether you take payments, and no longer suggest an Official Account beside it.',
  'change.type_permanent_dropped':
    'The warning that the account type is permanent no longer shows: it concerns Official Accounts, not this result.',
  'change.hk_mo_tw_dropped':
    'The Hong Kong, Macao and Taiwan caution no longer shows: it concerns only organisations from there.',
  'change.overseas_one_box': 'The two overseas warnings (type permanent, no migration) are now one.',
  'change.verification_required':
    'New warning: government bodies, media and other organisations confirm their identity only through WeChat verification.',
  'change.verification_yearly':
    'New warning: verification is reviewed every year, and lapsing loses the badge and the verified interfaces.',
  'change.publish_api_personal':
    'New warning: since July 2025 personal accounts cannot use the publishing interfaces that scheduling tools rely on.',
  'change.mini_program':
    'Corrected: a Mini Program quick-registered from the account is no longer verified with it and needs its own verification (now in the costs); on the mainland it must also complete ICP filing before listing.',
  'change.name_first_come':
    'New warning: names are unique across the platform and first come, first served; a trademark name needs proof.',
  'change.costs': 'New: the costs over the first year and three years, and how long until you go live.',
  'change.wecom_fee':
    'Fees updated: WeCom\'s verification now has a price (300 RMB per review, a size fee for larger organisations, free through a verified Official Account in the same name) instead of "not in our sources".',
  'change.overseas_fee_reported':
    "Fee wording updated: the US$99 a year for overseas verification is an agencies' figure with no official source, and now says so.",
  'change.wechat_pay_step':
    'New step: the WeChat Pay merchant account, with its 0.6% rate for most industries.',
  'change.partner_migration':
    "New: an account under a partner's licence can later move into your own China company's account, never into an overseas one.",
};
export default planEn;
