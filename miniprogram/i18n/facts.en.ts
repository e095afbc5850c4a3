import type facts from './facts.zh';

const factsEn: Record<keyof typeof facts, string> = {
  'fact.T1':
    'Three kinds: Subscription account, Service account, and the enterprise account, now WeCom ("WeChat Work" was renamed WeCom in 2020). Mini Programs are a separate product that an Official Account can link to.',
  'fact.T2':
    'Subscription: for individuals, media, companies, government and other organisations that mainly publish content to readers.',
  'fact.T3':
    'Service: for organisations (not individuals) that offer services and transactions and manage users.',
  'fact.T4':
    "WeCom: internal communication for a company's staff (chat, meetings, files), plus contact with external customers' WeChat. Organisations only.",
  'fact.T5':
    'Registration of each type is free; verification is what costs money. Mainland organisations also confirm their identity during registration (a small bank transfer or verification).',
  'fact.T6':
    'Broadcasts (which notify followers): subscription 1 per day; service 4 per calendar month, verified or not; up to 8 articles per broadcast. Publishing without notifying followers does not use the quota and can happen several times a day.',
  'fact.T7':
    'Subscription accounts are folded into the "Subscriptions" folder (since Aug 2013). Service messages show in the chat list, but a service-account folder has been in gray test since June 2024, widened in WeChat 8.0.50 (July 2024), not fully rolled out as of 2025. The "shows beside friends" advantage is shrinking.',
  'fact.T8':
    "Customer-service replies: up to 5 messages within 48 h after the user's last interaction (since 2023-06).",
  'fact.T9':
    'Advanced interfaces (template messages, web OAuth, parametric QR codes, WeChat Pay) need a verified service account; verified subscription accounts get fewer. Personal accounts cannot get the paid WeChat verification; a separate free personal badge exists by invitation only since 2020.',
  'fact.C1':
    'The seed says "only subscription can be changed into another type". That was true before 2018: the in-place subscription-to-service upgrade was removed on 2018-12-27.',
  'fact.C2':
    "Today the type is effectively permanent. The only path is account migration into another, separately registered account: fee 300 RMB, notarised letter, about 2–10 days; followers move but may unfollow; when all followers move, the target must be an organisation's account with at most 1,000 followers.",
  'fact.C2b': 'Accounts of overseas entities can neither start nor receive a migration.',
  'fact.C3':
    'Subscription-to-service migration is refused today (one source: unless the target is a government, public institution or media body). For a business, a subscription account cannot become a service account.',
  'fact.C4':
    'So both the type and, for overseas entities, the route are final choices. Every result warns about this.',
  'fact.W1':
    'Individuals: subscription only; need a mainland China resident ID card, 18+ (Hong Kong, Macao, Taiwan documents not accepted) and a mainland phone number; one ID registers at most 1 personal account (since 2018-11-16).',
  'fact.W2':
    'So an individual living overseas without a mainland ID effectively cannot register a personal account.',
  'fact.W3':
    'Since 2018, organisations from 200+ countries and regions can register an overseas account with their own foreign business licence.',
  'fact.W4':
    'Overseas registration is mostly offered as a service account; some sources also mention overseas subscription accounts.',
  'fact.W5':
    "Overseas documents: application letter, company registration certificate, contact person's ID/passport, 3 months of phone bill or bank statement, a bank account in the company's name.",
  'fact.W6':
    'Hong Kong, Macao and Taiwan companies appear in the overseas region list and register as overseas organisations; a 2019 guide says Hong Kong and Macao companies could verify through the mainland flow.',
  'fact.V1':
    'Mainland verification: 300 RMB per attempt, not refunded if it fails; annual re-verification 300 RMB; free for government bodies, foundations and foreign government offices in China.',
  'fact.V2': 'Overseas verification: US$99 per year.',
  'fact.V3': 'Review usually takes 1–3 working days, up to about 15.',
  'fact.V4':
    'A verified Official Account (overseas ones too) can quick-register Mini Programs without paying verification again, up to 5 a month. An account can link 10 same-entity and 3 other-entity Mini Programs.',
  'fact.L1':
    'Local accounts have more features; both have the core features (articles, menus, auto-replies, followers).',
  'fact.L2':
    "The seed (2018-19) says WeChat Pay is not supported for overseas accounts, with exceptions such as Galeries Lafayette. That is dated: WeChat Pay Global (docs updated 2025-02) lets an overseas institution take cross-border payments in its Official Account, through a licensed acquirer or, in a few places, directly. Galeries Lafayette's 2017 case was in-store QR payment through its bank. So payment is possible overseas, but cross-border: the buyer pays RMB, you settle in foreign currency, with an acquirer's fees and onboarding.",
  'fact.L3':
    'Cross-border payment is possible through licensed cross-border acquirers; direct merchant onboarding only in a few places (e.g. Hong Kong, UK); about 16 settlement currencies; country counts differ between sources (49 vs 68).',
  'fact.L4':
    'Overseas Mini Programs can be registered from 200+ countries, need no ICP licence and no annual review.',
  'fact.R1':
    'Register a company in China (e.g. a WFOE): 3–6+ months, a real office, capital; unlocks the full local stack (local account, local WeChat Pay, all interfaces). The admin still needs a mainland ID or a trusted operator.',
  'fact.R2':
    'Third-party business licence: a Chinese company registers the account for you. Fast, local features, but the account legally belongs to the licence holder and payments settle to the holder. A company licence can register at most 2 accounts since 2018-11-16 (government/media 50, individuals 1). Leaving means migration (C2), and an overseas account cannot receive one (C2b), so the followers may never move to your own overseas account.',
  'fact.R3':
    'Own international licence (overseas account): no Chinese entity needed, US$99/yr verification, fewer features, payments only cross-border (L2, L3), no migration in or out (C2b).',
  'fact.P1': 'In the WeChat app the "订阅号" (Subscriptions) label was renamed "公众号" in Nov 2024.',
  'fact.P2':
    'Subscription accounts gained an opt-in "strong reminder" (red-dot) setting for followers on Android in 2025.',
  'fact.E1':
    'WeCom is for organisations; overseas organisations can verify for 700 RMB (about US$99) per attempt.',
  'fact.E2': 'Paid tiers past 2,000 external contacts.',
  'fact.N1':
    'Name 4–30 characters (a CJK character counts as 2). Personal accounts can rename twice a year; organisations rename through verification.',

  'conflict.C3':
    'Sources disagree: most say a subscription account cannot migrate into a service account; one says it can when the target is a government, public institution or media body. Confirm with the platform.',
  'conflict.W4':
    'Sources disagree: overseas registration is mostly offered as a service account, but some sources mention overseas subscription accounts. Confirm on admin.wechat.com.',
  'conflict.W6':
    'Sources disagree: Hong Kong, Macao and Taiwan companies are in the overseas region list, but a 2019 guide says Hong Kong and Macao companies could verify through the mainland flow. Confirm with the platform.',
  'conflict.L2':
    "Sources disagree: older material says overseas accounts cannot use WeChat Pay; WeChat Pay Global's 2025 docs say cross-border payment is possible. Confirm with WeChat Pay.",
  'conflict.L3':
    'Sources disagree and may be dated: country counts for cross-border payment differ (49 vs 68), and direct onboarding exists only in a few places. Confirm with WeChat Pay or an acquirer.',
};
export default factsEn;
