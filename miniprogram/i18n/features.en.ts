import type features from './features.zh';

const featuresEn: Record<keyof typeof features, string> = {
  'feature.broadcasts': 'Notify followers (broadcasts)',
  'feature.folding': 'Messages show in the chat list',
  'feature.core': 'Articles, menus, auto-replies',
  'feature.cs_replies': 'Customer-service replies',
  'feature.interfaces': 'Advanced interfaces',
  'feature.wechat_pay': 'Take WeChat Pay',
  'feature.mini_programs': 'Mini Programs',
  'feature.verification': 'WeChat verification',
  'feature.type_change': 'Change the account type later',
  'feature.migration': 'Move followers to another account',
  'feature.ownership': 'Account in your own name',
  'feature.team_chat': 'Staff chat, meetings, files',
  'feature.customer_contact': 'Staff contact customers one to one',
  'feature.external_contacts': 'Customers staff can add',
  'feature.overseas_subscription':
    'Overseas registration is mostly offered as a service account; sources disagree on whether overseas subscription accounts exist.',
  'feature.broadcasts.subscription':
    'One a day (up to 8 articles each, according to agencies); articles published without a broadcast are not pushed to followers.',
  'feature.broadcasts.service':
    'Four per calendar month, and each follower receives at most four service-account broadcasts a month.',
  'feature.folding.subscription':
    'Folded into the subscriptions folder (since 2013) rather than listed in the chat list.',
  'feature.folding.service':
    'In the chat list; a folder for service accounts has been trialled with some users since June 2024.',
  'feature.core.local': 'Articles, menus, auto-replies and followers; a mainland account has more features.',
  'feature.core.overseas':
    'Articles, menus, auto-replies and followers; fewer features than a mainland account.',
  'feature.cs_replies.oa':
    'Up to 5 within 48 hours after the person messages the account; up to 3 within a minute after they follow, scan a code or tap a menu.',
  'feature.interfaces.personal':
    'A personal account cannot be verified, and since July 2025 has lost the publishing interfaces that scheduling tools use.',
  'feature.interfaces.subscription':
    'Fewer once verified; since July 2025 unverified accounts have lost the publishing interfaces that scheduling tools use.',
  'feature.interfaces.service':
    'Once verified: template messages (service notices to followers), web sign-in (recognising a follower on your web pages), QR codes with parameters, WeChat Pay.',
  'feature.interfaces.overseas': 'Once verified, though an overseas account has fewer features.',
  'feature.wechat_pay.subscription': 'Taking payments in an account needs a verified service account.',
  'feature.wechat_pay.local':
    "Once verified, with a WeChat Pay merchant account in the same organisation's name, settled in RMB; 0.6% for most industries, according to a copy of WeChat Pay's rate table.",
  'feature.wechat_pay.partner':
    "The merchant account must be in the account holder's name, i.e. the partner's, so payments settle to the partner.",
  'feature.wechat_pay.sole_trader':
    "Once verified: in-account, Mini Program, app, QR-code and payment-code payments; not payments in a mobile browser. 0.6% for most industries, according to a copy of WeChat Pay's rate table.",
  'feature.wechat_pay.rep_office':
    "A representative office may not earn revenue, and it is not among WeChat Pay's subject types.",
  'feature.wechat_pay.overseas':
    "Cross-border only: through WeChat Pay's cross-border service, usually via an acquirer (a licensed institution that connects and settles for merchants), settled in one foreign currency; payers must be mainland users with real-name WeChat Pay. Sources differ on the countries and currencies covered.",
  'feature.mini_programs.local':
    'You can link Mini Programs; one quick-registered from the account starts unverified (since 25 December 2023) and is verified on its own; it must complete ICP filing before it is listed.',
  'feature.mini_programs.overseas':
    'You can link one, but an overseas account cannot quick-register a Mini Program; whether an overseas Mini Program needs ICP filing is not confirmed.',
  'feature.mini_programs.personal':
    'You can link one; quick registration needs a verified account, which a personal account cannot become; ICP filing before listing.',
  'feature.mini_programs.sole_trader':
    'You can link them; a sole trader may verify at most 5 Mini Programs, reportedly at 30 RMB a year each (confirm with WeChat); ICP filing before listing.',
  'feature.verification.local':
    '300 RMB per review, not refunded if it fails; a yearly review at the same price; if it lapses, the badge and the verified interfaces go.',
  'feature.verification.government':
    'Free for government bodies, and the only way for you to confirm your identity.',
  'feature.verification.partner': "In the partner's name: 300 RMB per review, and a yearly review.",
  'feature.verification.sole_trader':
    '300 RMB per review and a yearly review; we found no discount for sole traders on Official Accounts.',
  'feature.verification.rep_office':
    "With the representative office's registration certificate: 300 RMB per review, and a yearly review.",
  'feature.verification.personal': 'A personal account cannot be verified.',
  'feature.verification.overseas':
    'US$99 a year according to agencies; no official source found, so confirm with WeChat.',
  'feature.type_change.oa':
    'The only way out is moving followers into another, separately registered account; a subscription account cannot move into a service account.',
  'feature.migration.local':
    "Into another verified mainland organisation's account: 300 RMB, a notarised letter, about 7–10 days; some followers may unfollow.",
  'feature.migration.partner': "Later into your own China company's account; never into an overseas account.",
  'feature.migration.personal':
    "Into a verified organisation's account; never into another personal account.",
  'feature.migration.overseas': 'An overseas account can neither start nor receive a migration.',
  'feature.ownership.own': "Registered in your own organisation's name.",
  'feature.ownership.personal': 'Registered in your own name.',
  'feature.ownership.partner': 'Legally the licence holder’s, and payments settle to it.',
  'feature.ownership.sole_trader': "Registered in your sole-trader business's name.",
  'feature.ownership.rep_office': "Registered in the representative office's name.",
  'feature.team_chat.oa': 'An Official Account has no staff chat: that is what WeCom is for.',
  'feature.customer_contact.oa':
    'Only customer-service replies within the windows above; staff contacting customers one to one use WeCom.',
  'feature.external_contacts.oa':
    'An Official Account has followers, not customer contacts: that takes WeCom.',
  'feature.team_chat.wecom': 'Chat, meetings and files among your staff.',
  'feature.customer_contact.wecom': "Staff reach customers' WeChat directly from WeCom.",
  'feature.external_contacts.wecom':
    'According to agencies: 100 unverified; 2,000 free once verified; since 2025 more must be bought by the year.',
  'feature.verification.wecom':
    'According to agencies: 300 RMB per review, plus a size fee of 2,700 RMB for medium and 29,700 RMB for large organisations; free through a verified Official Account of the same organisation; a yearly review at the same price.',
  'feature.verification.wecom_government':
    'According to agencies, government bodies and non-profits pay neither the review nor the size fee.',
  'feature.verification.wecom_partner':
    "In the partner's name; free if the partner has a verified Official Account in the same name.",
  'feature.verification.wecom_overseas':
    "700 RMB (about US$99) per attempt for overseas organisations, reported only in a copy of WeCom's help; confirm with WeChat.",
  'feature.broadcasts.wecom': 'WeCom is not an Official Account: it has no followers to broadcast to.',
  'feature.folding.wecom': 'WeCom is not an Official Account: it has no follower messages.',
  'feature.core.wecom': 'WeCom is not an Official Account: no articles, no followers.',
  'feature.cs_replies.wecom': 'Staff chat with customers directly in WeCom.',
  'feature.interfaces.wecom': "These are an Official Account's interfaces; WeCom is not among them.",
  'feature.wechat_pay.wecom': 'Payments in WeChat run through a verified service account, not WeCom.',
  'feature.mini_programs.wecom': 'Mini Programs link to Official Accounts, not to WeCom.',
  'feature.type_change.wecom': 'WeCom is a separate product, not a type of Official Account.',
  'feature.migration.wecom': 'WeCom has no followers to move.',
};
export default featuresEn;
