/** What to watch out for: one key per row of rules/sections/warnings.ts (warning.<id>[.<variant>]). */
const warnings = {
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
} as const;
export default warnings;
