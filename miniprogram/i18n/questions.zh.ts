/**
 * The questionnaire (q.<id>.title, .why, .opt.<option>), answer errors, and the names of
 * account types and routes.
 */
const questions = {
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
} as const;
export default questions;
