import type warnings from './warnings.zh';

const warningsEn: Record<keyof typeof warnings, string> = {
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
};
export default warningsEn;
