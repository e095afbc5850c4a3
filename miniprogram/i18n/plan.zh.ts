/** The plan: fees and their totals, time to go live, what to do instead, documents and next steps. */
const plan = {
  // Fees, one line each.
  'fee.registration_free': '注册本身免费，收费的是微信认证。',
  'fee.personal_no_verification': '个人主体公众号无法进行微信认证，所以没有认证费。',
  'fee.verification_overseas': '海外账号认证：据代理机构称每年 99 美元，未找到官方来源，请向平台确认。',
  'fee.verification_partner':
    '以合作方名义进行微信认证：每次审核 300 元，未通过不退；每年年审 300 元。由谁承担，写进协议。',
  'fee.verification_free_government': '政府类账号（以及外国政府驻华机构）的微信认证免费，年审也免费。',
  'fee.verification_sole_trader':
    '微信认证：每次审核 300 元，未通过不退；每年年审 300 元。未查到个体工商户公众号认证的优惠。',
  'fee.verification_rep_office': '代表处的微信认证按正常标准：每次审核 300 元，未通过不退；每年年审 300 元。',
  'fee.verification_mainland': '微信认证：每次审核 300 元，未通过不退；每年年审 300 元。',
  'fee.wecom_through_oa': '企业微信用同一主体已认证的公众号认证，据代理机构资料可免费。',
  'fee.wecom_government': '据代理机构资料，政府和非营利组织的企业微信认证免审核费和规模费。',
  'fee.wecom_local':
    '企业微信认证：据代理机构资料，每次审核 300 元，年审同价；中型组织另收 2700 元、大型组织另收 29700 元规模费。',
  'fee.wecom_overseas':
    '企业微信认证（海外组织）：每次 700 元（约合 99 美元），只见于一份帮助文档的转载，请向平台确认。',
  'fee.mini_program_sole_trader': '小程序单独认证：据报道个体工商户每个每年 30 元，请向平台确认。',
  'fee.mini_program_government': '小程序单独认证：政府类主体免费。',
  'fee.mini_program': '小程序要单独认证：每个每次 300 元，每年年审 300 元。',
  'fee.wechat_pay_rate':
    '微信支付按笔收手续费：据转载的官方费率表，多数行业 0.6%，具体看所属行业；下一个工作日结算。',
  'fee.acquirer': '跨境收款由收单机构收取手续费，费率由收单机构定。',
  'fee.wecom_contacts': '企业微信认证后可免费添加 2000 位客户，超出部分须按年购买。',
  'fee.migration': '日后如需账号迁移：300 元，申请函须公证（不计入下面的合计）。',

  // Totals: the page formats the amounts with cost.<currency>.
  'cost.rmb': '{amount} 元',
  'cost.usd': '{amount} 美元',
  'cost.first_year': '第一年',
  'cost.three_years': '三年合计',
  'cost.reported': '部分金额只是据报道的数字，请向平台确认。',
  'cost.unpriced_title': '以下费用没有可靠数字，未计入合计：',
  'cost.unpriced.company_setup': '在华设立公司的费用（注册资本、办公地址等，因情况而异）',
  'cost.unpriced.sole_trader_registration': '个体工商户的登记费用（官方收费标准未查到，代理机构称免费）',
  'cost.unpriced.partner_fee': '合作方出借执照、代为办理的费用（由双方商定）',
  'cost.unpriced.mini_program_verification': '小程序的认证费用（这条路线的价格未查到）',
  'cost.unpriced.icp_filing': '小程序备案的费用（未查到）',
  'cost.unpriced.wechat_pay_rate': '微信支付手续费：按每笔交易收取，多数行业 0.6%，总额取决于你们的营业额',
  'cost.unpriced.acquirer': '收单机构的跨境收款手续费（由收单机构定）',
  'cost.unpriced.wecom_size':
    '企业微信规模费：中型组织 2700 元、大型组织 29700 元（从你的回答看不出组织规模）',
  'cost.unpriced.wecom_overseas_renewal': '海外组织企业微信第二年起的年审费用（未查到）',
  'cost.unpriced.wecom_contacts': '企业微信超过 2000 位客户后须购买的“外部联系人规模”（价格未查到）',

  // How long until the account is live: a short figure.
  'golive.same_day': '当天：在线注册，无需等待认证',
  'golive.same_day.mini_program': '账号当天可用；小程序上架前的备案最长约 20 个工作日',
  'golive.wecom': '当天可注册；企业微信认证的审核时长未查到',
  'golive.verification': '认证通常 1–3 个工作日（腾讯承诺 15 个工作日内开始审核）',
  'golive.verification.mini_program':
    '认证通常 1–3 个工作日（15 个工作日内开始审核）；小程序上架前的备案最长约 20 个工作日',
  'golive.overseas': '认证据代理机构称通常 1–3 个工作日（国内的数字，未查到海外的）',
  'golive.third_party': '合作方提交后，认证通常 1–3 个工作日（15 个工作日内开始审核）',
  'golive.third_party.mini_program':
    '合作方提交后，认证通常 1–3 个工作日；小程序上架前的备案最长约 20 个工作日',
  'golive.setup': '3–6 个月或更久：先设立公司，再认证 1–3 个工作日',
  'golive.setup.mini_program': '3–6 个月或更久：先设立公司，再认证，小程序另需备案最长约 20 个工作日',
  'golive.sole_trader': '个体工商户当场至 3 个工作日办结（复杂的 6 个），再认证通常 1–3 个工作日',
  'golive.sole_trader.mini_program':
    '个体工商户最多 3 个工作日（复杂的 6 个），认证通常 1–3 个工作日；小程序上架前的备案最长约 20 个工作日',

  // Timeline: the longer sentence.
  'timeline.not_available': '目前没有可走的注册途径，谈不上时间：先看下面的替代办法。',
  'timeline.wecom': '企业微信在线注册，当天可用；认证审核需要多久，我们的资料里没有。',
  'timeline.personal': '在线免费注册，当天可以开始发布；个人主体公众号没有认证，也就不用等审核。',
  'timeline.setup':
    '先设立公司（3–6 个月或更久），再注册并认证：认证通常 1–3 个工作日，腾讯承诺 15 个工作日内开始审核。',
  'timeline.sole_trader':
    '先登记个体工商户：材料齐全的当场办结，否则 3 个工作日内（复杂的再延 3 个工作日）；再注册服务号并认证，通常 1–3 个工作日。',
  'timeline.overseas':
    '材料齐全后在线注册；认证审核时长我们只有国内的数字（通常 1–3 个工作日，15 个工作日内开始审核），海外的未查到。',
  'timeline.third_party':
    '先与合作方谈妥协议；合作方提交后，认证通常 1–3 个工作日，腾讯承诺 15 个工作日内开始审核。',
  'timeline.local': '注册时确认主体身份；认证通常 1–3 个工作日，腾讯承诺 15 个工作日内开始审核。',

  // Without a route: what they can do instead.
  'instead.business_abroad':
    '如果你在境外有（或将来设立）登记注册的公司，可以用它的注册证明在 admin.wechat.com 注册海外服务号，不需要大陆身份证；认证费据代理机构称每年 99 美元。',
  'instead.partner':
    '也可以请一家信任的境内公司借出营业执照代为注册：国内功能都能用，但账号和收款在法律上都属于对方，务必先签书面协议。',
  'instead.ask':
    '个人主体公众号只认中国大陆居民身份证，港澳台证件和外国护照都不行；具体情况可以向腾讯客服（kf.qq.com）确认。',

  // Documents.
  'doc.account_name':
    '账号名称：4–30 个字符（一个汉字算 2 个），只能用中文、英文字母和数字；用商标命名的，备好商标证明。',
  'doc.mainland_id': '中国大陆居民身份证（年满 18 岁；不接受港澳台证件）。',
  'doc.mainland_phone': '大陆手机号。',
  'doc.application_letter': '申请函。',
  'doc.company_certificate': '公司注册证书（境外的营业执照）。',
  'doc.contact_id': '联系人的身份证件或护照。',
  'doc.address_proof': '最近 3 个月的电话账单或银行对账单。',
  'doc.company_bank': '公司名下的银行账户。',
  'doc.partner_licence': '合作方的境内营业执照（由合作方提交）。',
  'doc.partner_agreement':
    '与合作方的书面协议：账号归属、收款结算、认证费由谁付，以及日后迁入你们在华公司账号的安排。',
  'doc.china_licence': '你们在华公司的营业执照。',
  'doc.china_licence.setup': '公司设立后的营业执照。',
  'doc.rep_certificate': '《外国企业常驻代表机构登记证》。',
  'doc.china_admin': '一位持中国大陆居民身份证的管理员，或可信的运营者。',
  'doc.business_licence': '营业执照。',
  'doc.sole_trader_licence': '个体工商户营业执照。',
  'doc.sole_trader_id': '你本人的中国大陆居民身份证（登记个体工商户用；只有中国公民可以登记）。',
  'doc.identity': '确认身份用：法定代表人本人的实名微信（扫码刷脸），或单位对公账户（小额打款）。',
  'doc.identity.sole_trader': '确认身份用：经营者本人的实名微信（扫码刷脸）。',
  'doc.government_certificate': '本单位的登记证明：政府机关和事业单位没有营业执照，按微信认证的要求提交。',
  'doc.org_certificate': '本单位的登记证书或营业执照，按微信认证的要求提交。',

  // Steps.
  'step.name':
    '确定账号名称：全平台唯一，先到先得，先查一下是否已被占用；用商标或命中受保护的词要提供证明。个人账号每年可改名两次，组织账号要通过重新认证改名。',
  'step.personal.phone': '先办一个大陆手机号。',
  'step.personal.register':
    '在 mp.weixin.qq.com 注册，账号类型选“公众号（原订阅号）”，主体类型选“个人”：类型日后不能更改。',
  'step.personal.publish':
    '在后台手动发表和群发：每天可群发 1 次。2025 年 7 月起，个人账号不能再用排版、定时发布工具所依赖的发布接口。',
  'step.sole_trader.register':
    '先登记个体工商户：向当地市场监管部门申请，线上或窗口均可；材料齐全的当场登记，否则 3 个工作日内（复杂的再延 3 个工作日）。只有中国公民可以登记。',
  'step.sole_trader.account':
    '在 mp.weixin.qq.com 注册服务号，主体类型选“企业”下的个体工商户：类型日后不能更改。',
  'step.sole_trader.identity': '确认主体身份：经营者本人用实名微信扫码刷脸，也可以直接申请微信认证。',
  'step.sole_trader.verify':
    '申请微信认证（腾讯对主体资质的审核，开通高级接口和微信支付的前提）：每次 300 元，未通过不退，通常 1–3 个工作日。',
  'step.wecom.register': '在 work.weixin.qq.com 注册企业微信。',
  'step.wecom.register_partner': '由合作方用其营业执照在 work.weixin.qq.com 注册企业微信。',
  'step.wecom.verify':
    '申请企业微信认证：据代理机构资料每次 300 元，中型、大型组织另收规模费；认证后可添加的客户从 100 位增至 2000 位。',
  'step.wecom.verify_government': '申请企业微信认证：据代理机构资料，政府和非营利组织免费。',
  'step.wecom.verify_partner': '由合作方申请企业微信认证；合作方有同一主体的已认证公众号的，可免费认证。',
  'step.wecom.verify_overseas':
    '申请企业微信认证：海外组织每次 700 元（约合 99 美元），只见于一份帮助文档的转载，请向平台确认。',
  'step.wecom.yearly_review': '企业微信认证每年年审，据代理机构资料费用与首次认证相同。',
  'step.overseas.documents':
    '准备材料：申请函、公司注册证书、联系人证件、最近 3 个月的电话账单或银行对账单、公司银行账户。',
  'step.overseas.faq': '注册前，在腾讯客服和 admin.wechat.com 的常见问题里确认能注册哪种账号类型。',
  'step.overseas.faq.hk_mo_tw':
    '注册前向平台确认：港澳台机构按海外组织注册，但也有资料称港澳公司曾可走大陆认证流程；同时确认能注册哪种账号类型。',
  'step.overseas.register': '在 admin.wechat.com 注册海外账号：类型和注册路线日后都不能更改。',
  'step.overseas.verify':
    '申请认证：据代理机构称每年 99 美元（未找到官方来源）；审核时长只有国内的数字，通常 1–3 个工作日。',
  'step.overseas.payments':
    '要收款：接入微信支付跨境支付，一般经收单机构（替商户接入并结算的持牌机构）办理，直连只限香港和英国；以一种外币结算，付款人须是实名的大陆用户。',
  'step.overseas.yearly_review':
    '每年续费认证（据称 99 美元）；年审未通过，认证标识和认证带来的接口都会失去。',
  'step.third.agreement':
    '先与合作方签书面协议：账号归属、收款结算、认证费由谁付；写明日后迁入你们在华公司账号的安排（境外账号不能接收迁移）。',
  'step.third.register': '由合作方在 mp.weixin.qq.com 用其营业执照注册：类型日后不能更改。',
  'step.third.identity': '合作方确认主体身份：法定代表人扫码刷脸、对公账户小额打款，或直接申请微信认证。',
  'step.third.verify': '合作方申请微信认证：每次 300 元，未通过不退，通常 1–3 个工作日。',
  'step.third.migrate_later':
    '你们在华公司设立并认证后，可以把账号迁入它名下的账号：300 元，申请函须公证，约 7–10 天，部分粉丝可能取关。',
  'step.china.setup':
    '在华设立公司（例如外商独资企业，即外国投资者全资设立的公司）：3–6 个月或更久，需要实际办公地址和注册资本。',
  'step.china.admin': '确定一位持中国大陆居民身份证的管理员，或可信的运营者。',
  'step.local.register':
    '在 mp.weixin.qq.com 注册，选择账号类型（日后不能更改）和主体类型：企业（含个体工商户）、政府、媒体或其他组织。',
  'step.rep.register':
    '在 mp.weixin.qq.com 注册，主体类型选“企业”，用《外国企业常驻代表机构登记证》：账号类型日后不能更改。',
  'step.local.identity':
    '确认主体身份，三种方式任选其一：法定代表人用本人实名微信扫码刷脸；10 天内由对公账户向腾讯小额打款（原路退回）；或直接申请微信认证。前两种只完成注册，高级接口仍要认证。',
  'step.local.verify':
    '申请微信认证（腾讯对主体资质的审核，开通高级接口和微信支付的前提）：每次 300 元，未通过不退；通常 1–3 个工作日，最多 3 次补充材料的机会。',
  'step.local.verify_government':
    '通过微信认证确认主体身份（政府类账号只能这样确认），免费；通常 1–3 个工作日，最多 3 次补充材料的机会。',
  'step.local.verify_required':
    '通过微信认证确认主体身份（媒体和其他组织只能这样确认）：每次 300 元，未通过不退；通常 1–3 个工作日。',
  'step.wechat_pay':
    '在 pay.weixin.qq.com 以同一主体申请微信支付商户号（收款用的账户），入驻时填写的服务号会自动发起绑定；已有商户号申请公众号支付，7 个工作日内审核。多数行业费率 0.6%，下一个工作日结算。',
  'step.wechat_pay.sole_trader':
    '在 pay.weixin.qq.com 以个体工商户申请微信支付商户号（收款用的账户）：公众号、小程序、扫码和付款码支付都可以，不支持手机浏览器里的网页支付。多数行业费率 0.6%。',
  'step.wechat_pay.partner':
    '收款要用与账号同一主体的商户号，也就是合作方在 pay.weixin.qq.com 申请，款项结算给合作方：结算和对账方式写进协议。',
  'step.rep.payments_later':
    '要在微信里收人民币，须先在华设立公司，再以公司名义注册服务号、申请微信支付：代表处不能收款。',
  'step.interfaces': '认证后，在开发者社区查阅模板消息、网页授权和微信支付的接口说明。',
  'step.mini_program':
    '注册小程序并关联公众号：从公众号快速注册的小程序默认未认证，要单独认证。小程序名称规则相同，改名次数每年 1 月 1 日和认证通过后重置为 2 次。',
  'step.mini_program.sole_trader':
    '注册小程序并关联服务号，并单独认证：个体工商户最多认证 5 个小程序。改名次数每年 1 月 1 日和认证通过后重置为 2 次。',
  'step.mini_program.personal': '注册小程序后与公众号关联：个人主体公众号没有认证，不能快速注册小程序。',
  'step.mini_program.overseas':
    '在 admin.wechat.com 另行注册小程序并关联：海外账号不能快速注册小程序；海外小程序是否需要备案，尚未确认。',
  'step.mini_program_filing':
    '小程序上架前完成备案（在小程序后台办理）：平台初审 1–2 个工作日，24 小时内完成短信核验，再由省通信管理局审核 1–20 个工作日。',
  'step.yearly_review':
    '每年年审：到期前 3 个月开始提醒，费用与首次认证相同；年审未通过，认证标识和信息会被取消，名称可能被更改，认证带来的接口随之停止。',
  'step.yearly_review_government':
    '每年年审（政府类账号免费）；年审未通过，认证标识和认证带来的接口都会失去。',
  'step.companion_subscription': '再注册一个订阅号，用于每天推送内容（一个企业类主体最多 2 个公众号）。',
  'step.companion_wecom': '在 work.weixin.qq.com 开通企业微信，用于团队沟通和员工联系客户。',

  // What changed for a link made under the previous rules version (rules/changes.ts).
  'change.rep_office_option':
    '“在华公司”和“代表处”现在分开问：如果你们在华只有代表处，请改选“只有代表处”，代表处不能销售和收款。',
  'change.hk_mo_tw_option': '“注册主体在哪里”新增“港澳台”一项：来自港澳台的，请改选它。',
  'change.sole_trader_option':
    '新增“登记为个体工商户”的途径：个体工商户可以开服务号、认证后收款，回答新问题即可看到。',
  'change.wecom_questions': '只需要企业微信的，不再问推送频率和收款；企业微信旁边也不再另外建议一个公众号。',
  'change.type_permanent_dropped': '“账号类型选定后不能改”的提醒不再显示：它针对公众号，与这个结果无关。',
  'change.hk_mo_tw_dropped': '港澳台机构的提醒不再显示：它只与来自港澳台的机构有关。',
  'change.overseas_one_box': '海外账号“类型不能改、不能迁移”的两个提醒合并为一个。',
  'change.verification_required': '新增提醒：政府、媒体和其他组织只能通过微信认证确认主体身份。',
  'change.verification_yearly': '新增提醒：微信认证每年年审，未通过会失去认证标识和认证带来的接口。',
  'change.publish_api_personal':
    '新增提醒：2025 年 7 月起，个人账号不能再用排版、定时发布工具依赖的发布接口。',
  'change.mini_program':
    '更正：从公众号快速注册的小程序不再随公众号认证，要单独认证（费用已计入）；国内主体的小程序上架前还须备案。',
  'change.name_first_come': '新增提醒：账号名称全平台唯一、先到先得，用商标命名要提供证明。',
  'change.costs': '新增：第一年和三年的费用合计，以及多久能上线。',
  'change.wecom_fee':
    '费用更新：企业微信认证现在有了价格（每次 300 元，规模较大的组织另收规模费；用同一主体已认证的公众号认证可免费），不再写“资料中没有”。',
  'change.overseas_fee_reported':
    '费用标注更新：海外认证每年 99 美元只是代理机构的说法，未找到官方来源，现已注明。',
  'change.wechat_pay_step': '新增步骤：申请微信支付商户号，并写明多数行业 0.6% 的费率。',
  'change.partner_migration':
    '新增：借用第三方执照注册的账号，日后可以迁入你们自己在华公司的账号，但不能迁入海外账号。',
} as const;
export default plan;
