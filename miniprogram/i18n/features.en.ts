import type features from './features.zh';

const featuresEn: Record<keyof typeof features, string> = {
  'feature.broadcasts': 'Broadcasts',
  'feature.folding': 'Where messages show',
  'feature.core': 'Core features',
  'feature.cs_replies': 'Customer-service replies',
  'feature.interfaces': 'Advanced interfaces',
  'feature.wechat_pay': 'WeChat Pay',
  'feature.mini_programs': 'Mini Programs',
  'feature.verification': 'Verification',
  'feature.type_change': 'Change of type',
  'feature.migration': 'Account migration',
  'feature.ownership': 'Who owns the account',
  'feature.team_chat': 'Team chat',
  'feature.customer_contact': 'One-to-one customer contact',
  'feature.na.wecom':
    'Not applicable: WeCom is not an Official Account; it is for your team and customer contacts.',
  'feature.team_chat.wecom': 'Chat, meetings, files.',
  'feature.team_chat.oa': 'No: team chat is WeCom.',
  'feature.customer_contact.wecom': "Staff reach customers' WeChat; paid tiers past 2,000 external contacts.",
  'feature.customer_contact.oa': 'Customer-service replies only: up to 5 within 48 h of a user interaction.',
  'feature.verification.wecom':
    'Overseas organisations 700 RMB (about US$99) per attempt; mainland fee: see the official site.',
  'feature.verification.personal': 'No paid WeChat verification.',
  'feature.verification.overseas': 'US$99 per year.',
  'feature.verification.local':
    '300 RMB per attempt, not refunded if it fails; 300 RMB yearly; free for government bodies.',
  'feature.ownership.partner': 'The licence holder, and payments settle to it.',
  'feature.ownership.own': 'The registrant: you.',
  'feature.overseas_subscription':
    'Overseas registration is mostly service accounts; sources disagree whether overseas subscription accounts exist.',
  'feature.broadcasts.subscription': '1 per day, up to 8 articles each.',
  'feature.broadcasts.service': '4 per month, up to 8 articles each.',
  'feature.folding.subscription':
    'Folded into the Subscriptions folder; Android followers can opt into a strong reminder.',
  'feature.folding.service': 'In the chat list; a service-account folder is in gray test.',
  'feature.core.local': 'Articles, menus, auto-replies, followers; local accounts have more features.',
  'feature.core.overseas': 'Articles, menus, auto-replies, followers; fewer features than a local account.',
  'feature.cs_replies.oa': 'Up to 5 messages within 48 h of a user interaction.',
  'feature.interfaces.personal': 'No: personal accounts cannot be verified.',
  'feature.interfaces.subscription': 'Some, once verified.',
  'feature.interfaces.overseas': 'Once verified, but overseas accounts have fewer features.',
  'feature.interfaces.service': 'Once verified: template messages, web OAuth, parametric QR codes.',
  'feature.wechat_pay.subscription': 'No: WeChat Pay needs a verified service account.',
  'feature.wechat_pay.overseas': 'Cross-border only, through an acquirer; sources disagree on coverage.',
  'feature.wechat_pay.partner': 'Yes, but payments settle to the licence holder.',
  'feature.wechat_pay.local': 'Yes once verified, settled in RMB.',
  'feature.mini_programs.personal':
    'Can link; quick registration needs verification, which personal accounts cannot get.',
  'feature.mini_programs.overseas':
    'Quick-register once verified, up to 5 a month; no ICP licence or annual review.',
  'feature.mini_programs.local':
    'Quick-register once verified, up to 5 a month; link 10 same-entity and 3 other-entity Mini Programs.',
  'feature.type_change.oa': 'No: only migration into another account.',
  'feature.migration.overseas': 'Neither out nor in.',
  'feature.migration.partner':
    'To another mainland account (300 RMB); an overseas account cannot receive it.',
  'feature.migration.local': 'Yes: 300 RMB, notarised letter, about 2–10 days.',
};
export default featuresEn;
