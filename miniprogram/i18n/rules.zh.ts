/** Strings of the rules module: questions, facts, reasons, warnings, checklists. */
const rules = {
  'knowledge.reviewed': '资料核对于 {date}',

  // Questions. Keys: q.<id>.title, q.<id>.why, q.<id>.opt.<option>.
  'q.entity.title': '谁来注册这个账号？',
  'q.entity.why': '个人只能注册订阅号；服务号和企业微信只对组织开放。',
  'q.entity.opt.individual': '我个人',
  'q.entity.opt.company': '公司 / 企业',
  'q.entity.opt.media': '媒体',
  'q.entity.opt.government': '政府机关 / 事业单位',
  'q.entity.opt.other_org': '其他组织（协会、学校、基金会等）',

  'q.location.title': '注册主体在中国大陆吗？',
  'q.location.why':
    '大陆主体走本地注册，其他地方走海外注册，功能和费用都不同。个人：指是否持有中国大陆居民身份证（在上海工作的外国人选“不是”）。港澳台算海外。',
  'q.location.opt.mainland': '是：大陆注册的机构，或持有大陆居民身份证的个人',
  'q.location.opt.overseas': '不是：海外或港澳台机构，或没有大陆居民身份证的个人',

  'q.mainland_phone.title': '你有中国大陆手机号吗？',
  'q.mainland_phone.why': '个人注册除了大陆身份证，还要用大陆手机号验证。',
  'q.mainland_phone.opt.yes': '有',
  'q.mainland_phone.opt.no': '还没有',

  'q.business_abroad.title': '你在海外有注册的公司或机构吗？',
  'q.business_abroad.why':
    '没有大陆身份证的个人无法注册个人号，但海外注册的机构可以用自己的执照注册海外账号。',
  'q.business_abroad.opt.no': '没有',
  'q.business_abroad.opt.yes': '有，可以用它的执照注册',

  'q.china_entity.title': '你们在中国大陆有公司或合作方吗？',
  'q.china_entity.why': '决定注册路线：用大陆执照（自己的或合作方的）可获得本地全部功能；否则走海外注册。',
  'q.china_entity.opt.have': '已有大陆公司（如外商独资企业）或在华办事处',
  'q.china_entity.opt.willing_to_set_up': '没有，但愿意在大陆设立公司',
  'q.china_entity.opt.partner_licence': '有信任的大陆合作方，可用其执照代注册',
  'q.china_entity.opt.none': '都没有',

  'q.control.title': '账号必须在法律上归你们所有吗？',
  'q.control.why': '用合作方执照注册，账号和收款都归执照持有方，以后很难迁回自己名下。',
  'q.control.opt.essential': '必须，账号和粉丝要归我们',
  'q.control.opt.flexible': '可以接受，先有本地功能更重要',

  'q.timeline.title': '你们多久需要账号上线？',
  'q.timeline.why': '在大陆设立公司通常要 3–6 个月或更久。',
  'q.timeline.opt.soon': '几周内',
  'q.timeline.opt.can_wait': '可以等几个月',

  'q.goals.title': '账号主要用来做什么？（可多选）',
  'q.goals.why': '发内容、提供服务、卖货和内部沟通分别适合不同的账号类型。',
  'q.goals.opt.publish': '发布文章、资讯',
  'q.goals.opt.services': '提供服务（预约、查询、会员等）',
  'q.goals.opt.sell': '卖商品或服务',
  'q.goals.opt.internal_team': '团队内部沟通',
  'q.goals.opt.customer_contact': '员工一对一联系客户',
  'q.goals.opt.mini_program': '配合小程序使用',

  'q.payments.title': '需要在微信里收款吗？',
  'q.payments.why': '微信支付接口需要认证的服务号；海外账号只能做跨境收款。',
  'q.payments.opt.none': '不需要',
  'q.payments.opt.rmb_domestic': '需要，以人民币结算到大陆账户',
  'q.payments.opt.cross_border': '需要，跨境收款、外币结算也可以',

  'q.frequency.title': '你打算多久给粉丝推送一次消息？',
  'q.frequency.why': '订阅号每天可群发 1 次，服务号每月只有 4 次。',
  'q.frequency.opt.daily': '几乎每天',
  'q.frequency.opt.weekly': '每周一次左右',
  'q.frequency.opt.monthly': '每月一次或更少',

  'q.reach.title': '消息出现在聊天列表（而不是折叠在文件夹里）有多重要？',
  'q.reach.why': '订阅号消息折叠在“订阅号”文件夹里；服务号消息出现在聊天列表，但服务号文件夹也在灰度测试中。',
  'q.reach.opt.important': '很重要',
  'q.reach.opt.not_important': '不太重要',

  // Validation errors.
  'error.not_an_object': '答案格式无效。',
  'error.unknown_question': '未知的问题：{id}',
  'error.unknown_option': '问题 {id} 没有选项 {value}',
  'error.wrong_shape': '问题 {id} 的答案格式不对（单选 / 多选）。',
  // Facts (shared/FACTS.md), keyed by fact id.
  'fact.T1':
    '共有三类：订阅号、服务号和企业号（即企业微信；“微信企业号”2020 年更名为企业微信）。小程序是另一个产品，公众号可以关联小程序。',
  'fact.T2': '订阅号：适合个人、媒体、企业、政府和其他组织，主要向读者发布内容。',
  'fact.T3': '服务号：适合组织（不含个人），用于提供服务和交易、管理用户。',
  'fact.T4': '企业微信：公司员工的内部沟通（聊天、会议、文件），也能联系外部客户的微信。仅限组织。',
  'fact.T5': '各类账号注册免费，收费的是认证（微信认证）。大陆组织注册时还要确认主体身份（小额打款或验证）。',
  'fact.T6':
    '群发（会通知粉丝）：订阅号每天 1 次；服务号每个自然月 4 次（认证与否相同）；每次最多 8 篇文章。“发布”不通知粉丝，不占群发次数，一天可多次。',
  'fact.T7':
    '消息位置：订阅号消息自 2013 年 8 月起折叠在“订阅号”文件夹里；服务号消息出现在聊天列表，但“服务号”文件夹自 2024 年 6 月起灰度测试，微信 8.0.50（2024 年 7 月）扩大范围，截至 2025 年尚未全面推出。服务号“和好友并列”的优势正在缩小。',
  'fact.T8': '客服消息：用户最后一次互动后 48 小时内最多回复 5 条（自 2023 年 6 月）。',
  'fact.T9':
    '高级接口（模板消息、网页授权、带参数二维码、微信支付）需要认证的服务号；认证订阅号能用的较少。个人账号不能做付费的微信认证；另有免费的“个人认证”标识，自 2020 年起仅限邀请。',
  'fact.C1':
    '种子资料说“只有订阅号可以改成其他类型”。那是 2018 年以前的情况：订阅号升级服务号的功能已于 2018-12-27 取消。',
  'fact.C2':
    '如今类型实际上不可更改。唯一途径是账号迁移到另一个单独注册的账号：费用 300 元、需公证文书、约 2–10 天；粉丝会迁移但可能取关；迁移全部粉丝时，目标必须是粉丝不超过 1000 的组织账号。',
  'fact.C2b': '海外主体的账号既不能发起迁移，也不能接收迁移。',
  'fact.C3':
    '订阅号迁移到服务号目前会被拒绝（有一个来源说目标为政府、事业单位或媒体时除外）。对企业来说，订阅号无法变成服务号。',
  'fact.C4': '所以账号类型以及（海外主体的）注册路线都是最终选择，每个结果都必须提醒这一点。',
  'fact.W1':
    '个人：只能注册订阅号；需要中国大陆居民身份证、年满 18 岁（不接受港澳台证件）和大陆手机号；自 2018-11-16 起一个身份证最多注册 1 个个人账号。',
  'fact.W2': '因此，居住在海外、没有大陆身份证的个人实际上无法注册个人账号。',
  'fact.W3': '自 2018 年起，200 多个国家和地区的组织可以用本国营业执照注册海外账号。',
  'fact.W4': '海外注册大多以服务号形式提供；也有来源提到海外订阅号。',
  'fact.W5':
    '海外注册材料：申请函、公司注册证书、联系人身份证件或护照、3 个月的电话账单或银行流水、公司名下的银行账户。',
  'fact.W6': '港澳台公司在海外地区列表中，按海外组织注册；一份 2019 年的指南说港澳公司可以走大陆认证流程。',
  'fact.V1': '大陆认证：每次 300 元，失败不退；每年年审 300 元；政府机关、基金会和外国政府驻华机构免费。',
  'fact.V2': '海外认证：每年 99 美元。',
  'fact.V3': '审核通常 1–3 个工作日，最长约 15 天。',
  'fact.V4':
    '认证过的公众号（包括海外的）可以快速注册小程序，无需再付认证费，每月最多 5 个。一个公众号可关联 10 个同主体和 3 个非同主体小程序。',
  'fact.L1': '本地账号功能更多；两者都有核心功能（文章、菜单、自动回复、粉丝）。',
  'fact.L2':
    '种子资料（2018–19）说海外账号不支持微信支付，老佛爷百货等例外。这已过时：微信支付境外版（文档更新于 2025-02）允许海外机构在公众号内跨境收款，通过持牌收单机构，少数地区可直连。老佛爷 2017 年的案例是通过银行的店内扫码支付，不是公众号功能。所以：海外可以收款，但属于跨境收款，买家付人民币、以外币结算，有收单机构的费用和入驻流程。',
  'fact.L3':
    '跨境收款可通过持牌跨境收单机构；直连商户只在少数地区（如香港、英国）；约 16 种结算币种；支持国家数量各来源不一（49 或 68）。',
  'fact.L4': '海外小程序可在 200 多个国家和地区注册，无需 ICP 备案，也无需年审。',
  'fact.R1':
    '在中国设立公司（如外商独资企业）：3–6 个月或更久，需要实际办公地址和注册资本；可获得完整的本地能力（本地公众号、本地微信支付、全部接口）。管理员仍需大陆身份证或可信的运营者。',
  'fact.R2':
    '第三方营业执照：由中国公司代你注册。速度快、有本地功能，但账号在法律上属于执照持有方，收款也结算给持有方。自 2018-11-16 起一个公司执照最多注册 2 个账号（政府/媒体 50 个，个人 1 个）。离开需要迁移（C2），而海外账号不能接收迁移（C2b），粉丝可能永远无法转到你自己的海外账号。',
  'fact.R3':
    '用自己的境外执照（海外账号）：不需要中国主体，认证每年 99 美元，功能较少，只能跨境收款（L2、L3），不能迁入或迁出（C2b）。',
  'fact.P1': '微信里的“订阅号”标签已于 2024 年 11 月改名为“公众号”。',
  'fact.P2': '2025 年起，安卓端粉丝可以为订阅号开启“强提醒”（红点）。',
  'fact.E1': '企业微信面向组织；海外组织认证每次 700 元（约 99 美元）。',
  'fact.E2': '外部联系人超过 2000 后需要付费版本。',
  'fact.N1': '名称 4–30 个字符（一个汉字算 2 个）。个人账号每年可改名两次；组织通过认证改名。',

  // Where sources disagree (facts flagged as conflicts).
  'conflict.C3':
    '来源不一：多数说订阅号不能迁移到服务号，有一个来源说目标为政府、事业单位或媒体时可以。请向平台确认。',
  'conflict.W4': '来源不一：海外注册大多只提供服务号，但也有来源提到海外订阅号。请在 admin.wechat.com 确认。',
  'conflict.W6':
    '来源不一：港澳台公司在海外地区列表中，但一份 2019 年的指南说港澳公司可走大陆认证流程。请向平台确认。',
  'conflict.L2':
    '来源不一：旧资料说海外账号不能用微信支付，2025 年的微信支付境外版文档说可以跨境收款。请向微信支付确认。',
  'conflict.L3':
    '来源不一且可能过时：支持跨境收款的国家数各来源不同（49 或 68），直连只在少数地区。请向微信支付或收单机构确认。',
  // Names of types and routes (pages show these beside the ids).
  'type.subscription': '订阅号',
  'type.service': '服务号',
  'type.wecom': '企业微信',
  'route.personal_id': '个人身份证注册',
  'route.local_licence': '用本单位大陆执照注册',
  'route.overseas_licence': '用境外执照注册海外账号',
  'route.third_party_licence': '用第三方大陆执照代注册',
  'route.china_entity': '用你们在大陆的公司注册',
  'route.not_available': '暂无可用的注册途径',

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

  // Warnings.
  'warning.type_permanent':
    '账号类型选定后实际上不能更改：订阅号升级服务号已于 2018 年取消，唯一途径是迁移到另一个账号（300 元、公证文书，粉丝可能流失）。',
  'warning.type_permanent.overseas':
    '类型和注册路线都是最终选择：订阅号升级服务号已于 2018 年取消，类型实际上不能更改；海外主体的账号也不能靠迁移换到别的账号。',
  'warning.personal_needs_mainland_id':
    '个人账号需要中国大陆居民身份证（不接受港澳台证件）和大陆手机号；没有大陆身份证就无法注册个人号。',
  'warning.personal_needs_mainland_phone': '个人注册需要大陆手机号：先办一个大陆号码。',
  'warning.service_needs_organisation':
    '服务号只对组织开放：个人无法注册服务号，也就无法在公众号里提供服务或收款。',
  'warning.personal_cannot_verify':
    '个人账号不能做付费的微信认证，因此用不了模板消息、网页授权、微信支付等高级接口。',
  'warning.third_party_ownership': '账号在法律上属于执照持有方，收款也结算给持有方。请先签好书面协议。',
  'warning.overseas_no_migration.third_party':
    '以后想离开合作方，只能迁移；而海外账号不能接收迁移，粉丝可能永远转不到你们自己的海外账号。',
  'warning.licence_account_limit':
    '一个公司执照最多注册 2 个账号（政府、媒体 50 个）：先确认合作方还有名额。',
  'warning.overseas_no_migration': '海外账号不能迁出也不能迁入：以后在大陆设立公司，粉丝也无法转到新账号。',
  'warning.wechat_pay_limited_overseas.rmb':
    '海外账号不能以人民币结算到大陆账户：只能跨境收款，买家付人民币，你们以外币结算，要经过收单机构。',
  'warning.wechat_pay_limited_overseas':
    '海外账号只能跨境收款：通过持牌收单机构（少数地区可直连），以外币结算，有收单费用和入驻流程。',
  'warning.hk_mo_tw_overseas':
    '港澳台机构按海外组织注册；一份 2019 年的指南说港澳公司可以走大陆认证流程，来源不一，请向平台确认。',
  'warning.overseas_eligibility':
    '海外注册以营业执照为准（公司注册证书等）：非企业组织请先向平台确认你们能提交什么材料。',
  'warning.setup_takes_months': '设立大陆公司通常要 3–6 个月或更久，还需要实际办公地址和注册资本。',
  'warning.setup_takes_months.later':
    '大陆公司设立后可以再注册一个本地账号，但海外账号的粉丝无法迁过去：要从零开始。',
  'warning.china_admin_needs_id': '即使用大陆公司注册，管理员仍需要大陆身份证，或者一位可信的运营者。',
  'warning.wecom_organisations_only': '企业微信只对组织开放，个人无法开通。',
  'warning.subscription_folded':
    '订阅号消息折叠在“订阅号”文件夹（新版微信里叫“公众号”）；粉丝可在安卓端开启强提醒。',
  'warning.service_broadcast_limit': '服务号每个自然月只能群发 4 次；不通知粉丝的“发布”不受限制。',
  'warning.service_broadcast_limit.daily':
    '服务号每个自然月只能群发 4 次，不够每天推送；其余内容只能“发布”（不通知粉丝）。',
  'warning.service_broadcast_limit.companion': '服务号每月只能群发 4 次：每天的内容放到配套的订阅号里。',
  'warning.service_folder_testing': '服务号“和好友并列”的优势在缩小：服务号文件夹自 2024 年起灰度测试。',
  'warning.verification_not_refunded': '认证每次 300 元，失败不退，每年还要年审：提交前核对好材料。',
  'warning.wecom_contact_tiers': '企业微信外部联系人超过 2000 后需要付费版本。',

  // Fees.
  'fee.alternative_overseas': '如果由你在海外的机构注册：海外认证每年 99 美元。',
  'fee.registration_free': '注册免费。',
  'fee.personal_no_verification': '个人账号没有付费认证，不产生认证费用。',
  'fee.verification_overseas': '海外认证：每年 99 美元。',
  'fee.verification_partner':
    '认证以合作方名义办理：每次 300 元，失败不退，每年年审 300 元（谁来付请写进协议）。',
  'fee.verification_free_government': '政府机关、基金会和外国政府驻华机构认证免费。',
  'fee.verification_mainland': '认证：每次 300 元，失败不退；每年年审 300 元。',
  'fee.wecom_overseas': '企业微信（海外组织）认证：每次 700 元（约 99 美元）。',
  'fee.wecom_local': '企业微信注册免费；大陆组织的认证费用不在我们的资料里，请在 work.weixin.qq.com 查看。',
  'fee.wecom_contacts': '企业微信外部联系人超过 2000 后需付费。',
  'fee.acquirer': '跨境收款有收单机构的费用，金额由收单机构定。',
  'fee.setup_company': '设立公司需要注册资本和实际办公地址（金额因情况而异，这里不作估计）。',
  'fee.migration': '以后若要迁移到另一个账号：300 元，另需公证文书。',

  // Timeline.
  'timeline.not_available': '目前没有可走的注册途径：先看下面的替代办法。',
  'timeline.wecom': '企业微信在线注册；我们的资料没有企业微信认证的审核时长，请在 work.weixin.qq.com 查看。',
  'timeline.personal': '在线免费注册；个人账号没有付费认证，不需要等认证审核。',
  'timeline.setup': '先设立公司（3–6 个月或更久），之后认证审核通常 1–3 个工作日，最长约 15 天。',
  'timeline.overseas': '认证审核通常 1–3 个工作日，最长约 15 天。',
  'timeline.third_party': '合作方提交后，认证审核通常 1–3 个工作日，最长约 15 天。',
  'timeline.local': '注册时确认主体身份；认证审核通常 1–3 个工作日，最长约 15 天。',

  // Documents.
  'doc.account_name': '账号名称：4–30 个字符（一个汉字算 2 个）。',
  'doc.mainland_id': '中国大陆居民身份证（年满 18 岁；不接受港澳台证件）。',
  'doc.mainland_phone': '大陆手机号。',
  'doc.application_letter': '申请函。',
  'doc.company_certificate': '公司注册证书（境外营业执照）。',
  'doc.contact_id': '联系人的身份证件或护照。',
  'doc.address_proof': '最近 3 个月的电话账单或银行流水。',
  'doc.company_bank': '公司名下的银行账户。',
  'doc.partner_licence': '合作方的大陆营业执照（由合作方提交）。',
  'doc.partner_agreement': '与合作方的书面协议：账号归属、收款结算、认证费用和退出安排。',
  'doc.china_licence': '你们大陆公司的营业执照。',
  'doc.china_admin': '一位持大陆身份证的管理员，或可信的运营者。',
  'doc.identity_transfer': '单位对公账户，用于注册时的小额打款验证。',
  'doc.org_licence': '单位的大陆营业执照或登记证书。',
  'doc.org_licence.government': '机关或事业单位的组织机构证明材料。',

  // Steps.
  'step.na.business_abroad': '如果你在海外有注册的公司，用它在 admin.wechat.com 注册海外账号。',
  'step.na.partner': '或者请信任的大陆公司用其执照代注册：账号归对方所有。',
  'step.na.check': '有疑问可以在腾讯客服查询。',
  'step.personal.phone': '先办一个大陆手机号。',
  'step.personal.register': '在 mp.weixin.qq.com 注册，选择“订阅号”和“个人”：类型选定后不能更改。',
  'step.name': '起好名称：4–30 个字符，一个汉字算 2 个。',
  'step.personal.publish': '开始发布：每天可群发 1 次，“发布”不通知粉丝、不占次数。',
  'step.wecom.register': '在 work.weixin.qq.com 注册企业微信。',
  'step.wecom.verify_overseas': '申请认证：海外组织每次 700 元（约 99 美元）。',
  'step.wecom.register_partner': '由合作方在 work.weixin.qq.com 用其执照注册企业微信。',
  'step.overseas.documents': '准备材料：申请函、公司注册证书、联系人证件、3 个月账单或流水、公司银行账户。',
  'step.overseas.register': '在 admin.wechat.com 注册海外账号：类型和路线都不能再改。',
  'step.overseas.verify': '支付认证费每年 99 美元，等待审核（通常 1–3 个工作日，最长约 15 天）。',
  'step.overseas.payments': '需要收款：通过持牌跨境收单机构接入微信支付境外版（少数地区可直连）。',
  'step.mini_program.overseas': '认证后可快速注册小程序（每月最多 5 个），海外小程序无需 ICP 备案。',
  'step.overseas.faq': '注册前在腾讯客服和 admin.wechat.com 的常见问题里确认账号类型。',
  'step.third.agreement': '先与合作方签书面协议：账号归属、收款结算、费用和退出安排。',
  'step.third.register': '由合作方在 mp.weixin.qq.com 用其执照注册：类型选定后不能更改。',
  'step.third.verify': '合作方申请认证：每次 300 元，审核通常 1–3 个工作日。',
  'step.china.setup': '在大陆设立公司（如外商独资企业）：3–6 个月或更久。',
  'step.china.admin': '确定一位持大陆身份证的管理员或可信的运营者。',
  'step.local.register': '在 mp.weixin.qq.com 注册并选择类型：类型选定后不能更改。',
  'step.local.identity': '填写主体信息，用对公账户小额打款确认身份。',
  'step.local.verify': '申请微信认证：每次 300 元，审核通常 1–3 个工作日，最长约 15 天。',
  'step.local.verify_government': '申请微信认证（政府机关免费），审核通常 1–3 个工作日。',
  'step.mini_program': '认证后可快速注册小程序，每月最多 5 个，不用再付认证费。',
  'step.interfaces': '认证后在开发者社区查阅模板消息、网页授权和微信支付接口。',
  'step.companion_subscription': '再注册一个订阅号用于每天推送（一个公司执照最多 2 个账号）。',
  'step.companion_service': '再注册一个服务号，用于定期通知粉丝。',
  'step.companion_wecom': '在 work.weixin.qq.com 开通企业微信，用于团队和客户沟通。',

  // Feature table: labels feature.<id>, details below.
  'feature.broadcasts': '群发通知',
  'feature.folding': '消息位置',
  'feature.core': '核心功能',
  'feature.cs_replies': '客服消息',
  'feature.interfaces': '高级接口',
  'feature.wechat_pay': '微信支付',
  'feature.mini_programs': '小程序',
  'feature.verification': '认证',
  'feature.type_change': '更改类型',
  'feature.migration': '账号迁移',
  'feature.ownership': '账号归属',
  'feature.team_chat': '团队内部沟通',
  'feature.customer_contact': '一对一联系客户',
  'feature.na.wecom': '不适用：企业微信不是公众号，用于团队和客户沟通。',
  'feature.team_chat.wecom': '聊天、会议、文件。',
  'feature.team_chat.oa': '没有：团队沟通用企业微信。',
  'feature.customer_contact.wecom': '员工用企业微信联系客户的微信；外部联系人超过 2000 需付费。',
  'feature.customer_contact.oa': '只能客服回复：用户互动后 48 小时内最多 5 条。',
  'feature.verification.wecom': '海外组织每次 700 元（约 99 美元）；大陆费用请在官网查看。',
  'feature.verification.personal': '不能做付费的微信认证。',
  'feature.verification.overseas': '每年 99 美元。',
  'feature.verification.local': '每次 300 元，失败不退；每年年审 300 元；政府机关免费。',
  'feature.ownership.partner': '属于执照持有方，收款也结算给对方。',
  'feature.ownership.own': '属于注册主体（你们自己）。',
  'feature.overseas_subscription': '海外大多只提供服务号，是否有海外订阅号来源不一。',
  'feature.broadcasts.subscription': '每天 1 次，每次最多 8 篇。',
  'feature.broadcasts.service': '每月 4 次，每次最多 8 篇。',
  'feature.folding.subscription': '折叠在“订阅号 / 公众号”文件夹；安卓可开强提醒。',
  'feature.folding.service': '出现在聊天列表；服务号文件夹在灰度测试中。',
  'feature.core.local': '文章、菜单、自动回复、粉丝管理，本地账号功能更多。',
  'feature.core.overseas': '文章、菜单、自动回复、粉丝管理；功能比本地账号少。',
  'feature.cs_replies.oa': '用户互动后 48 小时内最多 5 条。',
  'feature.interfaces.personal': '没有：个人账号不能认证。',
  'feature.interfaces.subscription': '认证后可用部分接口。',
  'feature.interfaces.overseas': '认证后可用，但海外账号功能较少。',
  'feature.interfaces.service': '认证后可用模板消息、网页授权、带参数二维码。',
  'feature.wechat_pay.subscription': '不支持：微信支付需要认证的服务号。',
  'feature.wechat_pay.overseas': '只能跨境收款，经收单机构；来源对覆盖范围说法不一。',
  'feature.wechat_pay.partner': '可以，但款项结算给执照持有方。',
  'feature.wechat_pay.local': '认证后可开通，人民币结算。',
  'feature.mini_programs.personal': '可以关联；快速注册需要认证，个人账号不能认证。',
  'feature.mini_programs.overseas': '认证后快速注册，每月最多 5 个；无需 ICP 备案和年审。',
  'feature.mini_programs.local': '认证后快速注册，每月最多 5 个；可关联 10 个同主体、3 个非同主体。',
  'feature.type_change.oa': '不能：只能迁移到另一个账号。',
  'feature.migration.overseas': '不能迁入也不能迁出。',
  'feature.migration.partner': '可迁到另一个大陆账号（300 元）；海外账号不能接收迁移。',
  'feature.migration.local': '可以：300 元、公证文书、约 2–10 天。',

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

  // Compare page column headers.
  'compare.column.subscription.local': '订阅号（本地）',
  'compare.column.subscription.overseas': '订阅号（海外）',
  'compare.column.service.local': '服务号（本地）',
  'compare.column.service.overseas': '服务号（海外）',
  'compare.column.wecom.local': '企业微信（本地）',
  'compare.column.wecom.overseas': '企业微信（海外）',
} as const;
export default rules;
