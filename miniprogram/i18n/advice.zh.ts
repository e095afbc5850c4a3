/** The advice: headlines, reasons, companion accounts, the runner-up, what-ifs. */
const advice = {
  // Headlines: headline.<route>.<type>.
  'headline.personal_id.subscription': '用你的身份证注册个人订阅号',
  'headline.not_available.subscription': '没有大陆身份证无法注册个人号：看看你能怎么做',
  'headline.local_licence.subscription': '用本单位执照注册订阅号',
  'headline.local_licence.service': '用本单位执照注册服务号',
  'headline.local_licence.wecom': '用本单位执照开通企业微信',
  'headline.china_entity.subscription': '用你们的大陆公司注册订阅号',
  'headline.china_entity.service': '用你们的大陆公司注册服务号',
  'headline.china_entity.wecom': '用你们的大陆公司开通企业微信',
  'headline.third_party_licence.subscription': '由合作方用其执照注册订阅号',
  'headline.third_party_licence.service': '由合作方用其执照注册服务号',
  'headline.third_party_licence.wecom': '由合作方用其执照开通企业微信',
  'headline.overseas_licence.service': '注册海外服务号',
  'headline.overseas_licence.wecom': '以海外组织开通企业微信',

  // Reasons: why this route.
  'reason.route.personal': '你持有大陆居民身份证，可以用它注册个人账号。',
  'reason.route.no_mainland_id':
    '个人账号需要大陆居民身份证；没有它，又没有海外注册的机构，就没有自己的注册途径。',
  'reason.route.business_abroad': '你在海外有注册的机构：它可以用自己的执照注册海外账号，不需要大陆身份证。',
  'reason.route.mainland_org': '你们是大陆注册的组织，用自己的执照注册本地账号，功能最全。',
  'reason.route.have_china_entity': '你们已有大陆公司：用它注册就是本地账号，功能比海外账号多。',
  'reason.route.setup_can_wait':
    '你们愿意在大陆设立公司，也等得起几个月：这样能拿到本地账号、本地微信支付和全部接口。',
  'reason.route.setup_too_slow':
    '设立大陆公司要 3–6 个月或更久，而你们几周内就需要账号，所以先用境外执照注册。',
  'reason.route.no_china_entity': '你们没有大陆主体或合作方：用自己的境外执照注册海外账号，不需要中国公司。',
  'reason.route.own_the_account':
    '账号必须归你们所有：合作方执照注册的账号在法律上属于合作方，所以用你们自己的境外执照注册。',
  'reason.route.partner_flexible': '你们可以接受账号归合作方：用其大陆执照注册，速度快，能用本地功能。',
  // Reasons: why this type.
  'reason.type.personal': '个人只能注册订阅号。',
  'reason.type.team_goals': '你选的用途是团队内部沟通和联系客户，这是企业微信的用途，公众号做不到。',
  'reason.type.overseas_service': '海外注册大多只提供服务号。',
  'reason.type.service_goals': '提供服务或卖货要用服务号：高级接口和微信支付需要认证的服务号。',
  'reason.type.mini_program':
    '你要配合小程序：小程序承载服务和交易，把粉丝连到小程序的接口（模板消息、网页授权）属于认证服务号；两类账号认证后都能关联小程序。',
  'reason.type.service_payments': '在微信里收款需要认证的服务号。',
  'reason.type.daily': '你几乎每天推送：订阅号每天可群发 1 次，服务号每月只有 4 次。',
  'reason.type.reach': '你很看重消息出现在聊天列表：服务号消息不折叠（订阅号会折叠进文件夹）。',
  'reason.type.content': '你主要发内容，对聊天列表位置要求不高：订阅号每天可群发 1 次，正适合。',
  'reason.no_goals': '你没有选用途，我们按“主要发布内容”来推荐。',
  'reason.individual_service_goals':
    '你想提供服务或卖货，但服务号只对组织开放，个人账号也不能认证、不能开通微信支付。',
  'reason.individual_team_goals': '团队沟通和联系客户要用企业微信，它只对组织开放。',
  'reason.payments_without_sell': '你没有选“卖货”，但需要收款：我们按需要收款来推荐。',
  'reason.cross_border_local': '你们有大陆执照，本地账号可以直接用微信支付收人民币，不必走跨境收款。',
  'reason.mini_program': '认证过的公众号可以快速注册和关联小程序，无需再付认证费。',
  'reason.customer_contact': '服务号可以在用户互动后 48 小时内回复客服消息；员工一对一联系客户则用企业微信。',
  'reason.government_free': '政府机关（以及外国政府驻华机构）的微信认证免费。',

  // Companions.
  'companion.wecom': '再开通企业微信，用于团队内部沟通和员工联系客户。',
  'companion.subscription': '再注册一个订阅号用于每天推送内容（一个执照最多 2 个账号）。',
  'companion.service': '再注册一个服务号，用来定期通知粉丝。',

  // Runner-up: why it lost.
  'runner.no_mainland_id': '海外账号需要一个在海外注册的机构，而你说没有。',
  'runner.business_abroad': '个人账号需要大陆居民身份证，你没有。',
  'runner.personal': '服务号只对组织开放，要以公司等组织的名义注册。',
  'runner.no_china_entity': '用大陆公司注册功能更全，但你们没有大陆公司，设立要 3–6 个月或更久。',
  'runner.no_china_entity.pay':
    '要用人民币收款和本地微信支付，需要大陆公司；设立要 3–6 个月或更久和注册资本。',
  'runner.setup_too_slow': '大陆公司能带来本地全部功能，但设立要 3–6 个月或更久，赶不上你们的时间。',
  'runner.own_the_account': '合作方执照更快、有本地功能，但账号和收款归合作方，你们要求账号归自己。',
  'runner.partner_flexible': '海外账号归你们所有，但功能较少，而且粉丝以后无法迁入或迁出。',
  'runner.partner_flexible.pay': '海外账号归你们所有，但只能跨境收款、功能较少，而你们需要本地收款。',
  'runner.have_china_entity':
    '海外账号功能更少、只能跨境收款，而且永远不能迁移；你们已有大陆公司，不必走这条路。',
  'runner.setup_can_wait': '海外账号更快，但以后粉丝无法迁到大陆公司的账号；你们等得起，就一步到位。',
  'runner.type.team_goals': '服务号面向粉丝，不能做团队内部沟通。',
  'runner.type.needs_service': '订阅号不能开通微信支付，高级接口也更少，满足不了服务和收款。',
  'runner.type.reach': '订阅号消息折叠在文件夹里，而你很看重出现在聊天列表。',
  'runner.type.mini_program': '订阅号认证后也能关联小程序，但可用的接口更少。',
  'runner.type.daily': '服务号每月只能群发 4 次，不够每天推送。',
  'runner.type.content': '服务号每月只能群发 4 次，聊天列表的优势也在缩小；你主要发内容，用不上它的接口。',
  // What-if flips: whatif.<id>.
  'whatif.set_up_china_entity': '如果我们在大陆设立公司？',
  'whatif.use_partner_licence': '如果用合作方的执照？',
  'whatif.own_the_account': '如果账号必须归我们自己？',
  'whatif.business_abroad': '如果我用海外的公司注册？',
  'whatif.register_as_company': '如果以公司名义注册？',
  'whatif.need_wechat_pay': '如果需要微信支付收款？',
  'whatif.internal_team': '如果还想要团队内部沟通？',
  'whatif.publish_daily': '如果每天推送？',
  'whatif.reach_important': '如果很看重出现在聊天列表？',
} as const;
export default advice;
