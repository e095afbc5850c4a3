/**
 * What to watch out for: one key per row of rules/sections/warnings.ts (warning.<id>[.<variant>]).
 * Wording follows each fact's confidence: high plainly, medium "据……", low "据……称；请向平台确认".
 */
const warnings = {
  // Type and route are final (C1-C5).
  'warning.type_permanent':
    '账号类型选定后实际上改不了：订阅号原地升级为服务号的途径已于 2018 年 12 月取消。据代理机构转载的官方常见问题，账号迁移（300 元，申请函须公证，约 7–10 天）只是把粉丝迁到另一个单独注册的账号，并不改变类型，迁移后也可能有人取关。',
  'warning.type_permanent.subscription':
    '账号类型选定后实际上改不了：订阅号原地升级为服务号的途径已于 2018 年 12 月取消。据代理机构转载的官方常见问题，账号迁移只是把粉丝迁到另一个单独注册的账号（300 元，申请函须公证，约 7–10 天），订阅号也不能迁入服务号。',
  'warning.type_permanent.overseas':
    '账号类型选定后就改不了：订阅号原地升级为服务号的途径已于 2018 年 12 月取消。注册前把类型想清楚。',
  'warning.overseas_no_migration':
    '据代理机构转载的常见问题，海外账号既不能迁出，也不能接收迁移：日后在大陆设立公司，只能另注册国内主体公众号，粉丝转不过去，要从零开始。',
  'warning.overseas_no_migration.third_party':
    '日后想把账号收回，只能做账号迁移：可以迁入你们自己在华公司名下的账号，但不能迁入海外账号（据代理机构转载的常见问题，海外主体不能接收迁移）。',

  // Who can register, and with what (W1, W2, T3, T9, T10, G2, O1-O3, S1, S2, W6).
  'warning.personal_needs_mainland_id':
    '据 2018 年的官方公告（媒体转载），个人公众号要用中国大陆居民身份证（不接受港澳台证件）和大陆手机号注册；没有大陆居民身份证，就不能以个人身份注册。',
  'warning.personal_needs_mainland_phone': '个人注册要用大陆手机号验证：先办一个大陆号码。',
  'warning.service_needs_organisation':
    '服务号只对企业、组织和个体工商户开放：以个人身份注册不了服务号，也就不能在公众号里提供服务或收款。',
  'warning.personal_cannot_verify':
    '个人账号无法进行微信认证，模板消息、网页授权、微信支付等高级接口都用不了。',
  'warning.publish_api_personal':
    '自 2025 年 7 月起，个人账号被收回发布接口：排版、定时发布等工具不能再替你发文，只能在公众号后台手动发表。',
  'warning.sole_trader_option':
    '登记为个体工商户后（在当地市场监管部门办理，材料齐全的当场或 3 个工作日内办结，只有中国公民可以登记），就能用它的营业执照注册服务号、进行微信认证、开通微信支付。',
  'warning.rep_office_no_sales':
    '代表处的公众号可以认证（据代理机构资料，按正常标准 300 元），用来发内容、做客服；但据《外国企业常驻代表机构登记管理条例》，代表处不得销售、不得取得收入，日后要在微信里卖货收款，须在华设立公司。',
  'warning.rep_office_no_sales.pay':
    '代表处不能在微信里卖货收款：据《外国企业常驻代表机构登记管理条例》，代表处只能做市场调查、宣传和联络，不得销售或取得收入，也没有找到代表处开通微信支付的来源。要收人民币，须在华设立公司；代表处的公众号可以先用来发内容、做客服。',
  'warning.verification_required.government':
    '据代理机构转载的注册指引，政府机关和事业单位注册公众号，只能通过微信认证确认主体身份，没有刷脸或小额打款的方式；政府类账号的认证免费。',
  'warning.verification_required.media':
    '据代理机构转载的注册指引，媒体注册公众号，只能通过微信认证确认主体身份，没有刷脸或小额打款的方式；媒体的认证要付费（每次 300 元）。',
  'warning.verification_required.other_org':
    '据代理机构转载的注册指引，其他组织注册公众号，只能通过微信认证确认主体身份，没有刷脸或小额打款的方式；基金会认证免费，其他组织每次 300 元。',
  'warning.verification_required.wecom':
    '企业微信不需要公众号；若日后加开公众号，据代理机构转载的注册指引，政府机关、事业单位、媒体和其他组织只能通过微信认证确认主体身份，没有刷脸或小额打款的方式。政府类账号认证免费，媒体每次 300 元。',
  'warning.verification_required.licence_holder':
    '据代理机构转载的注册指引，政府机关、媒体和其他组织以自己名义注册时，只能通过微信认证确认主体身份；走这条路线时，由提供营业执照的公司按企业的三种方式之一确认身份。',
  'warning.hk_mo_tw_overseas':
    '港澳台机构在平台上按海外组织注册；一份 2019 年的指南称港澳公司曾可走大陆认证流程。说法不一，请向平台确认。',
  'warning.overseas_eligibility': '海外注册以公司注册证明为准：非企业组织请先向平台确认能提交哪些材料。',

  // Partner's licence and a China company (R1, R2, W1).
  'warning.third_party_ownership':
    '据代理机构的指南，账号在法律上属于营业执照的持有方，收款也结算给对方：注册前先签好书面协议。',
  'warning.licence_account_limit':
    '据 2018 年的官方公告（媒体转载），一个企业类主体最多注册 2 个公众号：先确认合作方还有名额。',
  'warning.setup_takes_months':
    '据代理机构的指南，在大陆设立公司（例如外商独资企业）通常要 3–6 个月或更久，还需要实际办公地址和注册资本。',
  'warning.china_admin_needs_id':
    '据代理机构的指南，即使以在华主体注册，账号管理员仍需要大陆居民身份证，或者找一位可信的运营者。',

  // Payments (L2, L3).
  'warning.wechat_pay_limited_overseas.rmb':
    '海外账号不能把人民币结算到境内账户：只能用微信支付跨境支付，买家付人民币，你们收外币，一般经收单机构接入。',
  'warning.wechat_pay_limited_overseas':
    '海外账号只能用微信支付跨境支付：一般经持牌收单机构接入（直连只限香港和英国），以外币结算，每个商户号一个币种；付款人须是实名的大陆微信支付用户。',

  // Verification (V1, V2, V5, E1).
  'warning.verification_not_refunded':
    '据代理机构转载的认证常见问题，微信认证每次审核 300 元，未通过不退：提交前把材料核对好。',
  'warning.verification_yearly':
    '据代理机构转载的认证规则，微信认证有效期一年，每年都要年审（到期前 3 个月开始提醒）；年审没通过，认证标识和信息会被取消，名称可能被改，随认证开通的接口也会停用。',
  'warning.verification_yearly.overseas':
    '海外账号的认证也按年续期，代理机构称每年 99 美元，请向平台确认。据代理机构转载的认证规则，到期未通过审核，认证标识和信息会被取消，名称可能被改，随认证开通的接口也会停用。',
  'warning.verification_yearly.wecom':
    '据代理机构资料，企业微信的认证每年也要年审，价格与首次认证相同，请向平台确认。',

  // Mini Programs (V4, M1, S3, L4).
  'warning.mini_program_own_verification':
    '小程序是单独的账号，要单独认证：自 2023 年 12 月 25 日起，从已认证公众号快速注册的小程序一开始是未认证的，要另行认证、另付费用。',
  'warning.mini_program_own_verification.sole_trader':
    '小程序是单独的账号，要单独认证：自 2023 年 12 月 25 日起，从已认证公众号快速注册的小程序一开始是未认证的。据代理机构资料，个体工商户最多可认证 5 个小程序；其小程序认证每年 30 元的说法来自开发者社区，请向平台确认。',
  'warning.mini_program_own_verification.personal':
    '小程序要单独注册：快速注册只能从已认证的公众号发起，而个人账号不能认证。',
  'warning.mini_program_own_verification.overseas':
    '海外账号不能快速注册小程序：小程序要在海外入口单独注册、单独认证。境外主体的小程序是否要备案，尚未查到定论。',
  'warning.mini_program_filing':
    '据微信通知的转载和代理机构资料，小程序上架前必须完成小程序备案：平台初审 1–2 个工作日，24 小时内完成短信核验，再由省级通信管理局审核，最长 20 个工作日。',

  // WeCom (T4, E2).
  'warning.wecom_organisations_only': '企业微信只对组织开放，个人无法开通。',
  'warning.wecom_contact_limits':
    '据代理机构资料，未认证的企业微信只能添加 100 位客户；认证后免费 2000 位，再多要按年购买“外部联系人规模”。',

  // Reaching followers (T6, T7, P1).
  'warning.subscription_folded':
    '据媒体报道，订阅号的消息收在一个折叠栏里（新版微信里叫“公众号”），不出现在聊天列表。',
  'warning.service_broadcast_limit':
    '服务号每个自然月只能群发 4 次，每位粉丝每月最多收到 4 条服务号群发；只“发表”不会通知粉丝。',
  'warning.service_broadcast_limit.daily':
    '服务号每个自然月只能群发 4 次，不够每天通知粉丝；其余内容只能“发表”，不会通知粉丝。',
  'warning.service_broadcast_limit.companion':
    '服务号每个自然月只能群发 4 次：每天的内容放到另外注册的订阅号里。',
  'warning.service_folder_testing':
    '服务号“和好友消息并列”的优势在缩小：据媒体报道，服务号折叠栏自 2024 年 6 月起对部分用户试行。',

  // Naming (N1, M2).
  'warning.name_first_come':
    '据代理机构转载的命名常见问题，账号名称全平台唯一、先到先得；以商标命名或用到受保护的词，要提供证明。个人账号每年可改名两次，组织账号要通过（重新）微信认证改名：名称尽早确定、尽早注册。',
  'warning.name_first_come.wecom':
    '若日后在企业微信之外加开公众号或小程序：据代理机构转载的命名常见问题，名称全平台唯一、先到先得；以商标命名或用到受保护的词，要提供证明。想用的名称请尽早确认是否还能注册。',
  'warning.name_first_come.mini_program':
    '据代理机构转载的命名常见问题，账号名称全平台唯一、先到先得；以商标命名或用到受保护的词，要提供证明。小程序名称的长度规则相同，每年 1 月 1 日和认证通过后可改名 2 次：名称尽早确定、尽早注册。',
} as const;
export default warnings;
