/**
 * Short wordings for the chat card and the poster: `card.<key>` for each engine text a card can
 * show (the top two reasons, the critical warning, the time to go live, what to do instead, the
 * costs without a sourced number). Each is a whole sentence that keeps the fact's confidence
 * wording; the plan picks it instead of cutting the full one (test/share/card-all-paths.test.ts).
 */
const card = {
  // Why this route.
  'card.reason.route.personal': '你有中国大陆居民身份证，可以用它注册个人主体公众号。',
  'card.reason.route.sole_trader_willing':
    '你愿意登记个体工商户：它按企业类主体注册，能开服务号、能认证、能开通微信支付。',
  'card.reason.route.no_mainland_id':
    '个人注册只认大陆居民身份证；你没有，境外也没有登记的机构，所以暂时没有自己的途径。',
  'card.reason.route.no_mainland_id.hk_mo_tw':
    '个人注册只认大陆居民身份证，不收港澳台证件；你在境外也没有登记的机构，所以暂时没有自己的途径。',
  'card.reason.route.business_abroad': '你在境外有登记的机构，可以用它注册海外账号，不需要大陆身份证。',
  'card.reason.route.mainland_org': '你们是境内注册的企业：用自己的营业执照注册，功能最全。',
  'card.reason.route.mainland_org.government': '你们是政府机关或事业单位：以本单位名义注册，功能最全。',
  'card.reason.route.mainland_org.organisation': '你们是境内登记的组织：以本单位名义注册，功能最全。',
  'card.reason.route.sole_trader_licence': '你是个体工商户：按企业类主体注册，能开服务号、能认证。',
  'card.reason.route.have_china_entity': '你们在华已有公司：以它注册就是国内主体，功能更多，也能收人民币。',
  'card.reason.route.rep_office': '代表处可以注册并认证，用于宣传和联络客户，但依法不能销售或收款。',
  'card.reason.route.setup_can_wait': '你们愿意在华设立公司，也等得起：设立后人民币支付和全部接口都能用。',
  'card.reason.route.setup_too_slow':
    '在华设立公司要 3–6 个月或更久，你们几周内就要上线，所以先注册海外账号。',
  'card.reason.route.no_china_entity': '你们在华没有公司也没有合作方：用境外注册证明注册海外账号即可。',
  'card.reason.route.no_china_entity.hk_mo_tw':
    '港澳台机构按海外组织注册，用自己的注册证明即可，不需要内地主体。',
  'card.reason.route.own_the_account':
    '账号必须在自己名下：借用执照注册的账号归执照持有方，所以用自己的境外注册证明。',
  'card.reason.route.partner_flexible':
    '你们接受账号暂归合作方：借用执照快、功能全，日后可迁入自己在华公司的账号。',
  // Why this type.
  'card.reason.type.personal': '个人只能注册订阅号。',
  'card.reason.type.team_goals': '员工内部沟通和一对一联系客户要用企业微信，公众号做不到。',
  'card.reason.type.team_goals.internal_team': '员工内部沟通要用企业微信，公众号做不到。',
  'card.reason.type.team_goals.customer_contact': '员工一对一联系客户要用企业微信，它能直接添加客户的微信。',
  'card.reason.type.overseas_pay': '要收款，就要已认证的服务号：微信支付跨境支付以公众号为载体。',
  'card.reason.type.overseas_services': '要提供服务，高级接口需要已认证的服务号。',
  'card.reason.type.overseas_service': '海外注册大多只开放服务号（说法不一）。',
  'card.reason.type.sell': '要卖货收款，需要已认证的服务号和同一主体的微信支付商户号。',
  'card.reason.type.services': '要提供服务，模板消息、网页授权等高级接口需要已认证的服务号。',
  'card.reason.type.services_sell': '提供服务和在公众号里收款，都需要已认证的服务号。',
  'card.reason.type.rep_office_sell': '代表处不能开通微信支付：日后要收人民币，需要在华设立公司。',
  'card.reason.type.service_payments': '要在公众号里收款，需要已认证的服务号和同一主体的微信支付商户号。',
  'card.reason.type.mini_program': '要做小程序：把粉丝引过去的模板消息和网页授权，属于已认证的服务号。',
  'card.reason.type.daily': '几乎每天推送：订阅号每天可群发 1 次，服务号每月只有 4 次。',
  'card.reason.type.reach':
    '你们看重聊天列表的位置：服务号消息在列表里（折叠栏在部分用户中试行），订阅号的收在折叠栏。',
  'card.reason.type.content': '你们以发内容为主：订阅号每天可群发 1 次，正合适。',
  'card.reason.no_goals': '你没有选用途，我们按以发内容为主来推荐。',
  'card.reason.individual_service_goals':
    '服务号只对企业、组织和个体工商户开放，个人账号也不能认证、不能收款。',
  'card.reason.individual_team_goals': '员工沟通和联系客户要用企业微信，而它只对组织开放。',

  // The critical warning.
  'card.warning.type_permanent': '账号类型选定后实际上改不了：订阅号升级为服务号的途径 2018 年已取消。',
  'card.warning.type_permanent.subscription':
    '账号类型选定后实际上改不了：订阅号升级的途径 2018 年已取消，据称也不能迁入服务号。',
  'card.warning.type_permanent.overseas': '账号类型选定后就改不了（升级途径 2018 年已取消），注册前想清楚。',
  'card.warning.personal_needs_mainland_id': '据 2018 年的官方公告，没有大陆居民身份证就不能以个人身份注册。',
  'card.warning.setup_takes_months':
    '据代理机构，在大陆设立公司通常要 3–6 个月或更久，还要办公地址和注册资本。',
  'card.warning.third_party_ownership':
    '据代理机构，账号在法律上归执照持有方，收款也结算给对方：先签书面协议。',

  // Time to go live.
  'card.golive.same_day': '当天',
  'card.golive.same_day.mini_program': '账号当天可用；小程序备案最长约 20 个工作日',
  'card.golive.wecom': '当天可注册；认证审核时长未查到',
  'card.golive.verification': '认证通常 1–3 个工作日',
  'card.golive.verification.mini_program': '认证通常 1–3 个工作日；小程序备案最长约 20 个工作日',
  'card.golive.overseas': '据称认证通常 1–3 个工作日（国内的数字）',
  'card.golive.third_party': '合作方提交后，认证通常 1–3 个工作日',
  'card.golive.third_party.mini_program': '合作方提交后认证 1–3 个工作日；小程序备案最长约 20 个工作日',
  'card.golive.setup': '3–6 个月或更久（先设立公司）',
  'card.golive.setup.mini_program': '3–6 个月或更久（先设立公司），小程序另需备案',
  'card.golive.sole_trader': '登记 3 个工作日内（复杂的 6 个），认证通常 1–3 个工作日',
  'card.golive.sole_trader.mini_program':
    '登记 3 个工作日内（复杂的 6 个），认证 1–3 个；小程序备案最长约 20 个工作日',

  // With no route: what to do instead.
  'card.instead.business_abroad':
    '有境外登记的公司，就能用它注册海外服务号（据代理机构，认证每年 99 美元）。',
  'card.instead.partner': '也可以借用信任的境内公司的营业执照注册，但账号和收款都归对方。',
  'card.instead.ask': '具体情况可以向腾讯客服（kf.qq.com）确认。',

  // Costs without a sourced number, named in a few words.
  'card.cost.unpriced.company_setup': '在华设立公司的费用',
  'card.cost.unpriced.sole_trader_registration': '个体工商户的登记费用',
  'card.cost.unpriced.partner_fee': '合作方的费用',
  'card.cost.unpriced.mini_program_verification': '小程序的认证费',
  'card.cost.unpriced.icp_filing': '小程序备案的费用',
  'card.cost.unpriced.wechat_pay_rate': '微信支付的交易手续费',
  'card.cost.unpriced.acquirer': '收单机构的手续费',
  'card.cost.unpriced.wecom_size': '企业微信的规模费',
  'card.cost.unpriced.wecom_overseas_renewal': '企业微信的年审费',
  'card.cost.unpriced.wecom_contacts': '企业微信 2000 位以上客户的费用',
} as const;
export default card;
