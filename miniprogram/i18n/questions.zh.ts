/**
 * The questionnaire (q.<id>.title, .why, .opt.<option>), answer errors, and the names of
 * account types and routes.
 */
const questions = {
  'knowledge.reviewed': '资料核对于 {date}',

  // Questions. Keys: q.<id>.title, q.<id>.why, q.<id>.opt.<option>.
  'q.entity.title': '谁来注册这个账号？',
  'q.entity.why':
    '注册时要选主体类型，它决定能开哪种账号：个人只能注册订阅号；服务号和企业微信要以企业或组织的身份注册。个体工商户是在市场监管部门登记、领有营业执照的个人经营者，按企业类主体注册，可以开服务号、进行微信认证、开通微信支付。',
  'q.entity.opt.individual': '我个人',
  'q.entity.opt.company': '公司 / 企业',
  'q.entity.opt.sole_trader': '个体工商户（有营业执照的个人经营者）',
  'q.entity.opt.media': '媒体',
  'q.entity.opt.government': '政府机关 / 事业单位',
  'q.entity.opt.other_org': '其他组织（协会、学校、基金会等）',

  'q.location.title': '注册主体在哪里？',
  'q.location.why':
    '境内主体注册国内主体公众号；其他国家和地区的机构注册海外账号，功能和费用都不同，港澳台机构在平台上也按海外主体注册。个人看证件：持中国大陆居民身份证选“中国大陆”；只有港澳台证件选“港澳台”；在上海工作但没有大陆身份证的外国人选“海外”。',
  'q.location.opt.mainland': '中国大陆：境内登记的机构，或持有大陆居民身份证的个人',
  'q.location.opt.hk_mo_tw': '港澳台：在港澳台登记的机构，或只有港澳台证件的个人',
  'q.location.opt.overseas': '海外：其他国家和地区的机构，或没有大陆居民身份证的个人',

  'q.mainland_phone.title': '你有中国大陆手机号吗？',
  'q.mainland_phone.why': '个人注册除了大陆居民身份证，还要用大陆手机号验证。',
  'q.mainland_phone.opt.yes': '有',
  'q.mainland_phone.opt.no': '还没有',

  'q.business_abroad.title': '你在境外（含港澳台）有登记注册的公司或机构吗？',
  'q.business_abroad.why':
    '没有大陆居民身份证的个人无法注册个人公众号；但你在境外登记的公司或机构，可以用它的注册证明注册海外账号。',
  'q.business_abroad.opt.no': '没有',
  'q.business_abroad.opt.yes': '有，可以用它的注册证明注册',

  'q.china_entity.title': '你们在中国大陆有公司、代表处或合作方吗？',
  'q.china_entity.why':
    '这决定注册路线。在华公司（例如外商独资企业，即外国公司在华全资设立的公司）可以注册国内主体公众号，功能最全，也能用微信支付收人民币。代表处（外国企业常驻代表机构）可以注册并认证公众号，用来发内容、做客服，但依法不能销售、不能收款。借用合作方的境内营业执照注册也能用上国内功能，但账号归合作方。都没有，就注册海外账号。',
  'q.china_entity.opt.have': '有在华公司（例如外商独资企业）',
  'q.china_entity.opt.rep_office': '只有代表处（外国企业常驻代表机构）',
  'q.china_entity.opt.willing_to_set_up': '没有，但愿意在大陆设立公司',
  'q.china_entity.opt.partner_licence': '有信任的大陆合作方，可借用其营业执照注册',
  'q.china_entity.opt.none': '都没有',

  'q.control.title': '账号必须在法律上归你们所有吗？',
  'q.control.why':
    '借用合作方营业执照注册的账号，法律上归执照持有方，收款也结算给对方；以后可以迁移到你们自己在华公司的账号，但不能迁到海外账号。',
  'q.control.opt.essential': '必须，账号和粉丝要归我们',
  'q.control.opt.flexible': '可以接受，先用上国内功能更重要',

  'q.timeline.title': '你们多久需要账号上线？',
  'q.timeline.why': '在大陆设立公司通常要 3–6 个月或更久。',
  'q.timeline.opt.soon': '几周内',
  'q.timeline.opt.can_wait': '可以等几个月',

  'q.goals.title': '账号主要用来做什么？（可多选）',
  'q.goals.why':
    '用途决定账号类型：只发文章，订阅号最合适，每天可群发 1 次；提供服务、卖货、收款或配合小程序，需要服务号；团队内部沟通和员工一对一联系客户靠企业微信，只选这两项就只推荐企业微信。都不选，按以发内容为主处理。',
  'q.goals.opt.publish': '发布文章、资讯',
  'q.goals.opt.services': '提供服务（预约、查询、会员等）',
  'q.goals.opt.sell': '卖商品或服务',
  'q.goals.opt.internal_team': '团队内部沟通',
  'q.goals.opt.customer_contact': '员工一对一联系客户',
  'q.goals.opt.mini_program': '配合小程序使用',

  'q.sole_trader.title': '愿意先登记成个体工商户吗？',
  'q.sole_trader.why':
    '个人公众号只能是订阅号，不能进行微信认证，也不能开通微信支付。个体工商户是在当地市场监管部门登记的个人经营者（只有中国公民可以登记），材料齐全的当场或 3 个工作日内办结；之后可以用它的营业执照注册服务号、进行微信认证、开通微信支付。',
  'q.sole_trader.opt.willing': '愿意，为此登记个体工商户',
  'q.sole_trader.opt.no': '不了，先以个人身份注册',

  'q.payments.title': '需要在微信里收款吗？',
  'q.payments.why':
    '在公众号里收款，要有通过微信认证（平台对主体身份的审核）的服务号，再另外申请微信支付商户号。海外账号只能用微信支付跨境支付：一般经收单机构（获准替商户受理和结算付款的持牌机构）接入；买家付人民币，你们收到的是外币（外币结算，每个商户号一种币种）。',
  'q.payments.opt.none': '不需要',
  'q.payments.opt.rmb_domestic': '需要，以人民币结算到境内账户',
  'q.payments.opt.cross_border': '需要，跨境收款、外币结算也可以',

  'q.frequency.title': '你打算多久给粉丝群发一次消息？',
  'q.frequency.why': '群发会通知粉丝：订阅号每天可群发 1 次，服务号每个自然月只有 4 次。',
  'q.frequency.opt.daily': '几乎每天',
  'q.frequency.opt.weekly': '每周一次左右',
  'q.frequency.opt.monthly': '每月一次或更少',

  'q.reach.title': '消息出现在聊天列表（而不是折叠在文件夹里）有多重要？',
  'q.reach.why':
    '订阅号的消息折叠在“订阅号”文件夹里；服务号的消息出现在聊天列表，不过自 2024 年 6 月起，服务号文件夹也在部分用户中试行。',
  'q.reach.opt.important': '很重要',
  'q.reach.opt.not_important': '不太重要',

  // Validation errors.
  'error.not_an_object': '答案格式无效。',
  'error.unknown_question': '未知的问题：{id}',
  'error.unknown_option': '问题 {id} 没有选项 {value}',
  'error.wrong_shape': '问题 {id} 的答案格式不对（单选 / 多选）。',
  // Names of types and routes (pages show these beside the ids).
  'type.subscription': '订阅号',
  'type.service': '服务号',
  'type.wecom': '企业微信',
  'route.personal_id': '用个人身份证注册',
  'route.local_licence': '以自己的国内主体注册',
  'route.overseas_licence': '以境外主体注册海外账号',
  'route.third_party_licence': '借用第三方的境内营业执照注册',
  'route.china_entity': '以你们在华的公司或代表处注册',
  'route.sole_trader': '先登记个体工商户，再以其营业执照注册',
  'route.not_available': '暂无可用的注册途径',
} as const;
export default questions;
