import type facts from './facts.zh';

/**
 * English statements of the facts. `ask.<id>` here is the English gloss of the Chinese question;
 * the fact view shows it beside the Chinese original, which is what the person pastes to WeChat.
 */
const factsEn: Record<keyof typeof facts, string> = {
  'fact.T1':
    "There are three kinds: the subscription account (订阅号, which WeChat's developer docs now call 公众号; see P1), the service account (服务号) and WeCom (企业微信, the former enterprise account, whose English name was WeChat Work until 2020). Mini Programs are a separate product that an account can link to.",
  'fact.T2':
    'Subscription accounts suit individuals, media, companies, government bodies and other organisations whose main aim is publishing to readers.',
  'fact.T3':
    'Service accounts are for organisations and sole traders (not individuals) that offer services or transactions and manage their users.',
  'fact.T4':
    "WeCom is for an organisation's internal communication (chat, meetings, files) and for reaching customers on their own WeChat. Only organisations can register.",
  'fact.T5':
    "Registering any type is free; verification (微信认证) is what costs money (V1). According to agencies' copies of the registration guide, a mainland company or sole trader confirms its identity at registration in one of three ways: the legal representative scans with their own real-name WeChat (a face check); a small transfer from the company's bank account to Tencent within 10 days (refunded); or verification. The first two only register the account: advanced features still need verification. WeChat's developer docs confirm that the face check is for companies and sole traders only. Government bodies, media and other organisations can confirm their identity only through verification (G2).",
  'fact.T6':
    'Broadcasts (群发) notify followers: a subscription account may send 1 a day; a service account 4 a calendar month, and each follower receives at most 4 service-account broadcasts a month; the limits are the same verified or not (official docs). Publishing (发表) without notifying followers does not push to them (official). According to agencies, publishing uses no broadcast quota and can be done several times a day, and a broadcast holds up to 8 articles.',
  'fact.T7':
    'According to press reports, subscription-account messages have been folded into one folder since 2013. Service-account messages show in the chat list, but a service-account folder has been trialled with some users since June 2024 and widened in WeChat 8.0.50 (July 2024); it was not fully rolled out as of November 2024. We found nothing on its status in 2025.',
  'fact.T8':
    'Customer-service messages: up to 5 within 48 hours after the person messages the account; up to 3 within 1 minute after they follow, scan a code or tap a menu. (The earlier rule was 20 in 48 hours; when it changed is not known.)',
  'fact.T9':
    'Advanced interfaces (template messages, web sign-in, QR codes that carry parameters, WeChat Pay) need a verified service account; a verified subscription account gets fewer of them. A personal account cannot be verified.',
  'fact.T10':
    'Since July 2025, personal accounts, unverified company accounts and accounts that cannot be verified have lost the publishing interfaces that scheduling and editing tools use; publishing by hand in the admin is unaffected.',
  'fact.C1':
    "A 2019 agency article says 'only a subscription account can be changed into another type'. That was true before 2018: the in-place upgrade from subscription to service account was withdrawn in December 2018.",
  'fact.C2':
    "According to agencies' copies of the official FAQ, the type is effectively permanent today. The only way out is account migration (账号迁移) into another, separately registered account: 300 RMB, a notarised application letter, about 7–10 days; the followers move, though some may unfollow. The target must be the account of an organisation whose identity is verified, never a personal one; a personal account can be the source (official docs). That the target may have at most 1,000 followers when all followers move (since 2023-11-24) is reported by a single developer blog; confirm with the platform.",
  'fact.C2b':
    "According to an agency's copy of the FAQ, accounts of overseas entities can neither start nor receive a migration (mainland entities only); WeChat's own doc on Mini Program migration excludes overseas entities in the same way.",
  'fact.C3':
    "According to an agency's copy of the FAQ, a subscription account cannot migrate into a service account, so for a business a subscription account never becomes a service account. One content-reposting site reports an exception when the target is a government, public-institution or media account; confirm with the platform.",
  'fact.C4':
    'So the account type and, for an overseas entity, the registration route are both final choices; every result that registers an Official Account says so.',
  'fact.C5':
    "An account registered under a partner's licence (R2) can later migrate into an account of the foreign firm's own China company (both are mainland entities, C2), but never into an overseas account (C2b).",
  'fact.G1':
    'Registration asks for one of five subject types: individual (个人), company (企业, sole traders included), government (政府: government bodies, public institutions and social organisations with administrative functions), media (媒体) and other organisation (其他组织).',
  'fact.G2':
    "According to agencies' copies of the registration guide, government bodies, media and other organisations must confirm their identity through verification: there is no small-transfer or face-check option for them. WeChat's error code 61056 ('government, media and other organisations must tick verification') points the same way.",
  'fact.W1':
    "According to press copies of WeChat's announcement of 2018-11-16: individuals can register subscription accounts only and need a mainland China resident ID card (aged 18 or over; Hong Kong, Macao and Taiwan documents are not accepted) and a mainland phone number. Since that date an individual may register 1 account, a company-type subject 2 (sole traders and other organisations included), government bodies and media 50.",
  'fact.W2':
    'So an individual without a mainland resident ID card, a foreigner living in China included, cannot register a personal account.',
  'fact.W3':
    'Since 2018, organisations from more than 200 countries and regions can register an overseas account with their own foreign business licence.',
  'fact.W4':
    'Agency and blog articles from 2018 report that overseas registration is mostly offered as a service account; others mention overseas subscription accounts. Confirm with the platform.',
  'fact.W5':
    "According to the overseas registration site and an agency guide (2018-11), an overseas registration needs: an application letter, the company registration certificate, the contact person's ID card or passport, 3 months of phone bills or bank statements, and a bank account in the company's name.",
  'fact.W6':
    'Hong Kong, Macao and Taiwan organisations appear in the overseas region list and register as overseas organisations; a 2019 guide reports that Hong Kong and Macao companies could verify through the mainland flow. Confirm with the platform. This concerns only organisations from those regions.',
  'fact.S1':
    'A sole trader (个体工商户) registers as a company-type subject: it can register a service account, be verified and apply for WeChat Pay in that account (in-account, Mini Program, app, QR-code and payment-code payments; not payments in a mobile browser).',
  'fact.S2':
    "A sole trader registers with the local market-regulation bureau, online or at a counter; a complete application is registered on the spot, otherwise within 3 working days (3 more if complex) (a district government's published answer). According to the Regulation on Promoting the Development of Sole Traders, art. 2 (read in a copy), only a Chinese citizen can register one. We found no official fee (agencies say it is free).",
  'fact.S3':
    "According to agencies' copies of the Mini Program verification FAQ, a sole trader may verify at most 5 Mini Programs (other subjects 50). A developer-community question and an agency report its Mini Program verification at 30 RMB a year; confirm with the platform. For its Official Account we found no discount: 300 RMB.",
  'fact.O1':
    "According to the Regulations on the Registration of Resident Representative Offices of Foreign Enterprises (State Council Order 584, in force 2011-03-01), arts. 2 and 14 (read in copies), a foreign company's representative office (代表处) has no legal personality and may only do non-profit work for its parent: market research, display and promotion, liaison. It may not sell or earn revenue.",
  'fact.O2':
    "According to agencies' copies of the verification FAQ and materials list, a representative office can register an Official Account and be verified as a company-type subject with its registration certificate (外国企业常驻代表机构登记证), paying the normal 300 RMB (the free category is foreign governments' offices, not companies').",
  'fact.O3':
    "No source shows a representative office can get WeChat Pay: it is not among WeChat Pay's subject types, and O1 forbids it to earn revenue. To sell in RMB the firm needs a company in China (R1).",
  'fact.V1':
    "According to agencies' copies of the verification FAQ: mainland verification costs 300 RMB per review, not refunded if it fails; it lasts one year and the annual review costs the same; reminders start 3 months before expiry. Government accounts, foundations and foreign governments' offices in China pay nothing; media pay. WeChat's docs confirm there are annual-review and expiry notices.",
  'fact.V2':
    "Overseas verification at US$99 a year is reported by agencies only; we found no official source. Confirm with the platform. (WeCom's overseas verification is 700 RMB, about US$99, per attempt: E1.)",
  'fact.V3':
    "According to an agency's copy of the verification FAQ, Tencent starts the review within 15 working days and allows up to 3 chances to add material; agencies report 1–3 working days as usual.",
  'fact.V4':
    "Since 2023-12-25 a Mini Program quick-registered from a verified Official Account starts unverified and needs its own verification, paid again: WeChat's docs state it for the quick-registration interface, and according to developers the admin flow changed the same way. Overseas accounts cannot quick-register Mini Programs at all (error 61061, 'overseas accounts may not quick-create').",
  'fact.V5':
    "According to an agency's copy of the verification rules and WeChat's docs: if the annual review is not passed, the verification badge and details are removed, the name may be changed, and the interfaces that came with verification stop.",
  'fact.M1':
    "According to copies of WeChat's notice (2023-08) and agencies (2024-10): since 2023-09-01 a Mini Program must complete ICP filing (小程序备案) before it can be listed (those already listed had until 2024-03-31). The steps: the platform's check, 1–2 working days; an SMS check within 24 hours; then the provincial communications administration, 1–20 working days. We found no fee, and nothing on whether overseas entities' Mini Programs must file. We found no filing duty for Official Accounts themselves.",
  'fact.M2':
    "A Mini Program's name follows the same length rule (N1); its rename allowance resets to 2 on 1 January and after each verification.",
  'fact.L4':
    'According to the overseas registration site, organisations from more than 200 countries and regions can register overseas Mini Programs; whether these need ICP filing is not confirmed (M1).',
  'fact.Y1':
    "Mainland WeChat Pay: apply for a merchant account on the WeChat Pay merchant platform. Payment inside the account needs a verified service account, or a government or media account, with the same subject as the merchant; the account entered at onboarding is bound automatically; an existing merchant's request for in-account payment is reviewed within 7 working days. Eligible subjects: companies, sole traders, public institutions, government bodies and social organisations.",
  'fact.Y2':
    'According to a copy of the official rate table and a developer-community answer (2020-05): the fee is 0.6% for most categories, settled the next working day; the rate depends on the industry.',
  'fact.L1':
    'Accounts of mainland entities have more features; mainland and overseas accounts alike have the core ones (articles, menus, auto-replies, followers).',
  'fact.L2':
    "Material from 2018–19 says overseas accounts cannot use WeChat Pay. That is out of date: WeChat Pay's cross-border service lets an overseas organisation take cross-border payments in its own Official Account (the account is the required carrier), settled in a foreign currency (one currency per merchant ID). Payers must be mainland users with real-name WeChat Pay.",
  'fact.L3':
    'There are three ways in: direct connection, only in Hong Kong and Britain; the institution (acquirer) mode, in every cross-border region and the usual way; and the ordinary service-provider mode. Sources differ on how many countries and currencies are covered.',
  'fact.R1':
    'According to agency guides, setting up a company in China (a wholly foreign-owned enterprise, for example) takes 3–6 months or more, a real office and capital; it unlocks everything a mainland entity has (a mainland account, RMB WeChat Pay, every interface). The admin still needs a mainland ID, or a trusted operator.',
  'fact.R2':
    "According to agency guides: under a third party's business licence a Chinese company registers the account for you. It is fast and has mainland features, but the account legally belongs to the licence holder and payments settle to the holder; the holder's own allowance is 2 accounts (W1). Leaving means migration (C2): possible into your own future China company (C5), never into an overseas account (C2b).",
  'fact.R3':
    'Registering with your own foreign licence (an overseas account): no Chinese entity needed; verification reported by agencies at US$99 a year (V2); fewer features; payments only cross-border (L2, L3); no migration in or out (C2b); no quick-registered Mini Programs (V4).',
  'fact.P1':
    "WeChat's developer docs now call the subscription account 公众号（原订阅号） ('Official Account, formerly subscription account') beside 服务号 (official docs). According to online press, the app and the admin homepage switched to the new label in November 2024.",
  'fact.P2':
    "A 2025 agency post reports that followers on Android can opt in to a 'strong reminder' for subscription accounts; confirm with the platform.",
  'fact.E1':
    "According to agencies: WeCom verification costs 300 RMB per review, plus a size fee for larger organisations (2,700 RMB medium, 29,700 RMB large); government bodies and non-profits pay neither; it is free through a verified Official Account of the same subject; the annual review costs the same. For overseas organisations, 700 RMB (about US$99) per attempt is reported only by a copy of WeCom's help; confirm with the platform.",
  'fact.E2':
    'According to agencies (2025–26): an unverified WeCom can add 100 customers; a verified one 2,000 free, and since 2025 more must be bought as external-contact capacity (外部联系人规模), valid for one year.',
  'fact.N1':
    "A name has 4–30 characters, a Chinese character counting as 2 (official docs). According to agencies' copies of the naming FAQ: Chinese, English letters and digits only; unique across the platform (since 2016), first come, first served; a name based on a trademark or hitting a protected word needs proof. Personal accounts can rename twice a calendar year; organisations rename through (re-)verification.",

  'conflict.C3':
    "Sources disagree: an agency's copy of the FAQ says a subscription account cannot migrate into a service account; a content-reposting site says it can when the target is a government, public-institution or media account.",
  'ask.C3':
    'Hello, can a subscription account (公众号) be migrated into a service account? Is it allowed when the target service account belongs to a government body, public institution or media organisation? Thank you.',
  'conflict.W4':
    'Sources disagree: most 2018 material says overseas registration offers only service accounts; some mentions overseas subscription accounts.',
  'ask.W4':
    "Hello, we are a company outside China and want to register an Official Account with our own country's business licence. Can an overseas entity register a subscription account (公众号) today, or only a service account? Thank you.",
  'conflict.W6':
    'Sources disagree: Hong Kong, Macao and Taiwan organisations are in the overseas region list, but a 2019 guide says Hong Kong and Macao companies could verify through the mainland flow.',
  'ask.W6':
    'Hello, we are a company registered in Hong Kong (or Macao, or Taiwan). Should we register our Official Account as an overseas entity on the overseas platform, or can we be verified through the mainland process? Which documents does each need? Thank you.',
  'conflict.L3':
    'Sources disagree on how many countries and regions can take cross-border payments and on how many settlement currencies there are.',
  'ask.L3':
    'Hello, we are an organisation outside China and want to take payments in our Official Account through WeChat Pay cross-border. Which access mode (direct, institution or ordinary service provider) is open in our country or region, and which currencies can we settle in? Thank you.',

  'confidence.high': 'high confidence',
  'confidence.medium': 'medium confidence',
  'confidence.low': 'low confidence',
  'confidence.derived': 'derived from other facts',
  'source.kind.official': 'official',
  'source.kind.government': 'government',
  'source.kind.agency': 'agency',
  'source.kind.press': 'press',
  'source.kind.community': 'developers and bloggers',
  'facts.sourceWithKind': '{name} ({kind})',
  'facts.reviewed': 'Checked {date}',
  'facts.ask': 'Question to send to WeChat customer service (paste the Chinese):',
  'facts.stale':
    "Facts last reviewed {date}, {months} months ago. The platform's rules change: check the official links.",

  'src.wechat_docs': 'WeChat developer docs',
  'src.wechat_community_official': 'WeChat developer community, official post',
  'src.wechat_community': 'WeChat developer community',
  'src.wechat_pay': 'WeChat Pay docs',
  'src.wechat_overseas': 'WeChat overseas registration site',
  'src.wecom': 'WeCom website',
  'src.wechat_team_mirror': 'WeChat team notice (copy)',
  'src.wecom_help_copy': 'WeCom help (copy)',
  'src.21jingji': '21st Century Business Herald',
  'src.ithome': 'IT Home (copy)',
  'src.tencent_tech': 'Tencent Tech (copy)',
  'src.zol': 'ZOL (copy)',
  'src.sellerby': 'content-reposting site',
  'src.yantian_gov': 'Yantian District Government, Shenzhen',
  'src.reg_sole_traders': 'Regulation on Promoting the Development of Sole Traders (copy)',
  'src.reg_rep_offices': 'Regulations on Representative Offices of Foreign Enterprises (copy)',
  'src.guide_2019': 'a 2019 registration guide',
  'src.agency_guides': 'agency guides',
  'src.agency_post': 'an agency post',
};
export default factsEn;
