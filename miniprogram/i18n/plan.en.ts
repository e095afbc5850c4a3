import type plan from './plan.zh';

const planEn: Record<keyof typeof plan, string> = {
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
};
export default planEn;
