/** The advice: headlines, reasons, companion accounts, the runner-up, what-ifs. */
const advice = {
  // Headlines: headline.<route>[.<variant>].<type>.
  'headline.personal_id.subscription': '用你的身份证注册个人主体公众号（订阅号）',
  'headline.not_available.subscription': '没有中国大陆居民身份证，无法注册个人主体公众号：看看还能怎么做',
  'headline.sole_trader.service': '先登记为个体工商户，再用它的营业执照注册服务号',
  'headline.local_licence.subscription': '以本单位名义注册订阅号',
  'headline.local_licence.service': '以本单位名义注册服务号',
  'headline.local_licence.wecom': '以本单位名义开通企业微信',
  'headline.local_licence.sole_trader.subscription': '用个体工商户营业执照注册订阅号',
  'headline.local_licence.sole_trader.service': '用个体工商户营业执照注册服务号',
  'headline.local_licence.sole_trader.wecom': '用个体工商户营业执照开通企业微信',
  'headline.china_entity.subscription': '以你们在华主体的名义注册订阅号',
  'headline.china_entity.service': '以你们在华主体的名义注册服务号',
  'headline.china_entity.wecom': '以你们在华主体的名义开通企业微信',
  'headline.china_entity.rep_office.subscription': '以代表处的名义注册订阅号',
  'headline.china_entity.rep_office.service': '以代表处的名义注册服务号',
  'headline.china_entity.rep_office.wecom': '以代表处的名义开通企业微信',
  'headline.china_entity.setup.subscription': '先在华设立公司，再以公司名义注册订阅号',
  'headline.china_entity.setup.service': '先在华设立公司，再以公司名义注册服务号',
  'headline.china_entity.setup.wecom': '先在华设立公司，再以公司名义开通企业微信',
  'headline.third_party_licence.subscription': '借用第三方执照注册订阅号',
  'headline.third_party_licence.service': '借用第三方执照注册服务号',
  'headline.third_party_licence.wecom': '借用第三方执照开通企业微信',
  'headline.overseas_licence.service': '用境外注册证明注册海外服务号',
  'headline.overseas_licence.wecom': '以境外组织的身份开通企业微信',

  // Reasons: why this route.
  'reason.route.personal': '你持有中国大陆居民身份证，可以用它注册个人主体公众号。',
  'reason.route.sole_trader_willing':
    '你愿意登记为个体工商户：个体工商户按企业类主体注册，可以开服务号、进行微信认证并开通微信支付；在当地市场监管部门办理，材料齐全的当场或 3 个工作日内办结。',
  'reason.route.no_mainland_id':
    '个人主体公众号只认中国大陆居民身份证；你没有，在境外也没有登记注册的机构，所以目前没有属于你自己的注册途径。',
  'reason.route.no_mainland_id.hk_mo_tw':
    '个人主体公众号只认中国大陆居民身份证，港澳台证件不被接受；你在境外也没有登记注册的机构，所以目前没有属于你自己的注册途径。',
  'reason.route.business_abroad':
    '你在境外有登记注册的机构：它可以用自己的注册证明注册海外账号，不需要大陆身份证。',
  'reason.route.mainland_org': '你们是境内注册的企业：用自己的营业执照注册，就是国内主体，功能最全。',
  'reason.route.mainland_org.government':
    '你们是政府机关或事业单位：以本单位名义注册，就是国内主体，功能最全（政府类主体没有营业执照，也不需要）。',
  'reason.route.mainland_org.organisation':
    '你们是境内登记的组织：以本单位名义注册，就是国内主体，功能最全。',
  'reason.route.sole_trader_licence':
    '你是个体工商户：按企业类主体用自己的营业执照注册，可以开服务号、进行微信认证。',
  'reason.route.have_china_entity':
    '你们在华已有公司：以它的名义注册就是国内主体，功能比海外账号多，也能用微信支付收人民币。',
  'reason.route.rep_office':
    '你们在华只有代表处：代表处可以凭登记证作为企业类主体注册并进行微信认证，用来宣传推广和联络客户；但依法不能销售或收款。',
  'reason.route.setup_can_wait':
    '你们愿意在华设立公司，也等得起几个月：公司设立后注册国内主体公众号，人民币微信支付和全部接口都能用。',
  'reason.route.setup_too_slow':
    '在华设立公司要 3–6 个月或更久，而你们几周内就要上线，所以先用境外注册证明注册海外账号。',
  'reason.route.no_china_entity':
    '你们在华既没有公司也没有合作方：用自己的境外注册证明注册海外账号，不需要中国主体。',
  'reason.route.no_china_entity.hk_mo_tw':
    '你们在内地既没有公司也没有合作方：港澳台机构在平台上按海外组织注册，用自己的注册证明即可，不需要内地主体。',
  'reason.route.own_the_account':
    '账号必须在你们自己名下：借用第三方执照注册的账号在法律上属于执照持有方，所以用自己的境外注册证明注册。',
  'reason.route.partner_flexible':
    '你们可以接受账号暂时归合作方：借用其境内营业执照注册，速度快，功能与国内主体公众号相同；日后在华设立公司，可以把账号迁过去，但不能迁到海外账号。',
  // Reasons: why this type, in the terms of the goals picked.
  'reason.type.personal': '个人只能注册订阅号（官方现称“公众号”）。',
  'reason.type.team_goals': '你要的是员工内部沟通和一对一联系客户：这正是企业微信的用途，公众号做不到。',
  'reason.type.team_goals.internal_team':
    '你要的是员工内部沟通：聊天、开会、传文件靠企业微信，公众号做不到。',
  'reason.type.team_goals.customer_contact':
    '你要的是员工一对一联系客户：企业微信可以直接添加客户的微信，公众号只能在规定时限内回复客服消息。',
  'reason.type.overseas_pay':
    '你们要收款：在公众号里收款需要已认证的服务号，微信支付跨境支付也要以公众号为载体；海外注册本来也大多只开放服务号。',
  'reason.type.overseas_services':
    '你们要提供服务：模板消息、网页授权这些高级接口需要已认证的服务号；海外注册本来也大多只开放服务号。',
  'reason.type.overseas_service': '海外注册大多只开放服务号（也有资料提到海外订阅号，说法不一）。',
  'reason.type.sell': '你们要卖货：在公众号里收款，要用同一主体申请微信支付商户号，绑定已认证的服务号。',
  'reason.type.services': '你们要提供服务：模板消息、网页授权这些高级接口需要已认证的服务号。',
  'reason.type.services_sell':
    '你们要提供服务、也要卖货：高级接口和公众号内收款都需要已认证的服务号，收款还要同一主体的微信支付商户号。',
  'reason.type.rep_office_sell':
    '服务号是日后在微信里收款的前提，但代表处本身不能开通微信支付：要收人民币，需要在华设立公司。',
  'reason.type.service_payments':
    '你们打算收款：在公众号里收款需要已认证的服务号和同一主体的微信支付商户号。',
  'reason.type.mini_program':
    '你们要做小程序：把粉丝引到小程序的模板消息和网页授权，属于已认证的服务号。两类公众号都能关联小程序；从公众号快速注册的小程序默认未认证，要单独认证。',
  'reason.type.daily': '你们几乎每天推送：订阅号每天可群发 1 次，服务号每月只有 4 次。',
  'reason.type.reach':
    '你们很看重消息出现在聊天列表：服务号消息出现在聊天列表，订阅号消息收在折叠栏里（服务号折叠栏自 2024 年 6 月起对部分用户试行）。',
  'reason.type.content': '你们以发内容为主，对聊天列表的位置要求不高：订阅号每天可群发 1 次，正合适。',
  'reason.no_goals': '你没有选用途，我们按以发内容为主来推荐。',
  'reason.individual_service_goals':
    '你想提供服务或卖货，但服务号只对企业、组织和个体工商户开放，个人主体公众号也不能认证、不能开通微信支付。',
  'reason.individual_team_goals': '员工沟通和一对一联系客户要用企业微信，而企业微信只对组织开放。',
  'reason.payments_without_sell': '你没有勾选“卖货”，但说要收款，所以我们按收款的需要来推荐。',
  'reason.cross_border_local': '你们用境内主体注册，可以直接用微信支付收人民币，不必走跨境收款。',
  'reason.partner_bridge':
    '另一种做法：先请信任的合作方借出营业执照注册，等你们的公司设立并认证后，再把账号迁过去；海外账号则永远迁不过去。',
  'reason.customer_contact':
    '服务号只能在用户发消息后 48 小时内回复（最多 5 条）；员工一对一联系客户，要用企业微信。',
  'reason.government_free': '政府类账号的微信认证免费，这也是你们确认主体身份的方式。',

  // Companions.
  'companion.wecom': '再开通企业微信，用于团队内部沟通和员工联系客户。',
  'companion.subscription': '再注册一个订阅号，用于每天推送内容（一个企业类主体最多 2 个公众号）。',

  // Runner-up: why it lost, among routes the person can actually take.
  'runner.personal':
    '登记为个体工商户后，账号可以认证，排版和定时发布工具需要的发布接口也能保留；只为发文章，用身份证注册就够了。',
  'runner.personal.trade':
    '登记为个体工商户（这次你没有选）就能开服务号，认证后在公众号里收款：当场或 3 个工作日内办结，之后每年有 300 元的认证费。',
  'runner.sole_trader_willing':
    '个人主体公众号不用办执照，但不能认证、不能开通微信支付，满足不了卖货和服务。',
  'runner.business_abroad':
    '也可以请一家信任的境内公司借出营业执照代为注册，功能与国内主体公众号相同；但账号和收款在法律上都归对方。',
  'runner.no_china_entity':
    '在华设立公司（例如外商独资企业，即外国投资者全资设立的公司）可以注册国内主体公众号，功能更全，但要 3–6 个月或更久，还要实际办公地址和注册资本。',
  'runner.no_china_entity.pay':
    '要用微信支付收人民币，需要在华设立公司（例如外商独资企业，即外国投资者全资设立的公司）：要 3–6 个月或更久，还要实际办公地址和注册资本。',
  'runner.setup_too_slow': '自己在华的公司能用上国内主体的全部功能，但要 3–6 个月或更久，赶不上你们的时间。',
  'runner.own_the_account':
    '借用第三方执照更快，也有国内功能，但账号和收款在法律上都归合作方，而你们要求账号在自己名下。',
  'runner.partner_flexible': '海外账号在你们自己名下，但功能较少，而且粉丝永远不能迁入或迁出。',
  'runner.partner_flexible.pay':
    '海外账号在你们自己名下，但只能跨境收款、以外币结算，功能也较少，而你们需要在境内收人民币。',
  'runner.have_china_entity':
    '母公司也可以用境外注册证明注册海外账号，但功能较少、只能跨境收款，而且永远不能迁移；你们已有在华公司，不必走这条路。',
  'runner.rep_office':
    '母公司也可以用境外注册证明注册海外账号，但功能较少，而且永远不能迁移；代表处注册的国内主体公众号更适合宣传推广。',
  'runner.rep_office.pay':
    '母公司用境外注册证明注册的海外账号可以跨境收款（代表处不能收款），但以外币结算、功能较少，而且永远不能迁移。',
  'runner.setup_can_wait': '海外账号上线更快，但粉丝以后无法迁到你们在华公司的账号；你们等得起，就一步到位。',
  'runner.type.team_goals': '服务号面向粉丝，没有员工沟通和一对一联系客户的功能。',
  'runner.type.needs_service': '订阅号不能在公众号里收款，认证后可用的高级接口也更少。',
  'runner.type.reach': '订阅号消息收在折叠栏里，而你们很看重出现在聊天列表。',
  'runner.type.mini_program':
    '订阅号也能关联小程序，但认证后可用的接口更少，把粉丝引到小程序的模板消息和网页授权都属于服务号。',
  'runner.type.daily': '服务号每月只能群发 4 次，不够每天推送。',
  'runner.type.content':
    '服务号每月只能群发 4 次，聊天列表的优势也因折叠栏试行而在缩小；你们以发内容为主，用不上它的接口。',

  // What-if flips: whatif.<id>.
  'whatif.set_up_china_entity': '如果我们在华设立公司？',
  'whatif.use_partner_licence': '如果借用合作方的营业执照？',
  'whatif.own_the_account': '如果账号必须在我们自己名下？',
  'whatif.business_abroad': '如果我用境外的公司注册？',
  'whatif.register_as_company': '如果以公司名义注册？',
  'whatif.need_wechat_pay': '如果需要微信支付收款？',
  'whatif.internal_team': '如果还想要团队内部沟通？',
  'whatif.publish_daily': '如果每天推送？',
  'whatif.reach_important': '如果很看重出现在聊天列表？',
} as const;
export default advice;
