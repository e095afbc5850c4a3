/**
 * The feature table (labels feature.<id>, cells below): the result's and the compare page's.
 * Labels are phrased so the badge (支持 / 不支持 / 有限) answers them, and no cell repeats its badge.
 */
const features = {
  // Labels.
  'feature.broadcasts': '群发通知粉丝',
  'feature.folding': '消息出现在聊天列表',
  'feature.core': '文章、菜单、自动回复',
  'feature.cs_replies': '客服消息回复',
  'feature.interfaces': '高级接口',
  'feature.wechat_pay': '微信支付收款',
  'feature.mini_programs': '小程序',
  'feature.verification': '微信认证',
  'feature.type_change': '日后更改账号类型',
  'feature.migration': '粉丝迁往另一个账号',
  'feature.ownership': '账号在自己名下',
  'feature.team_chat': '员工聊天、会议、文件',
  'feature.customer_contact': '员工一对一联系客户',
  'feature.external_contacts': '可添加的客户数',
  // Official Accounts.
  'feature.overseas_subscription': '境外注册大多只开放服务号；是否有境外订阅号，来源说法不一。',
  'feature.broadcasts.subscription':
    '每天 1 次（据代理机构资料，每次最多 8 篇）；只“发表”、不群发的文章不会推送给粉丝。',
  'feature.broadcasts.service': '每个自然月 4 次，每位粉丝每月最多收到 4 次服务号群发。',
  'feature.folding.subscription': '收在“订阅号消息”折叠栏里（2013 年起），不单独出现在聊天列表。',
  'feature.folding.service': '出现在聊天列表；“服务号”折叠栏自 2024 年 6 月起对部分用户试行。',
  'feature.core.local': '文章、菜单、自动回复、粉丝管理；国内主体公众号功能更多。',
  'feature.core.overseas': '文章、菜单、自动回复、粉丝管理；功能比国内主体公众号少。',
  'feature.cs_replies.oa':
    '用户给公众号发消息后 48 小时内最多回复 5 条；用户关注、扫码或点击菜单后 1 分钟内最多 3 条。',
  'feature.interfaces.personal':
    '个人主体公众号无法进行微信认证；2025 年 7 月起，排版和定时发布工具依赖的发布接口也已收回。',
  'feature.interfaces.subscription':
    '认证后可用的接口较少；未认证的账号 2025 年 7 月起不能再用发布接口（排版和定时发布工具靠它发文）。',
  'feature.interfaces.service':
    '认证后可用：模板消息（向粉丝发送服务通知）、网页授权（在网页里识别粉丝身份）、带参数二维码、微信支付。',
  'feature.interfaces.overseas': '认证后可用，但境外公众号功能较少。',
  'feature.wechat_pay.subscription': '公众号内收款需要已认证的服务号。',
  'feature.wechat_pay.local':
    '认证后以同一主体申请微信支付商户号，人民币结算；据转载的官方费率表，多数行业费率 0.6%。',
  'feature.wechat_pay.partner': '商户号必须与账号同一主体，也就是合作方，款项结算给合作方。',
  'feature.wechat_pay.sole_trader':
    '认证后可开通公众号、小程序、手机应用、扫码和付款码支付；不支持手机浏览器里的网页支付。据转载的官方费率表，多数行业费率 0.6%。',
  'feature.wechat_pay.rep_office': '代表处不得取得收入，微信支付的主体类型里也没有代表处。',
  'feature.wechat_pay.overseas':
    '只能跨境收款：通过微信支付跨境支付，一般经收单机构（替商户接入并结算的持牌机构）接入，以一种外币结算；付款人须是完成实名的大陆用户。各来源给出的国家和币种不一。',
  'feature.mini_programs.local':
    '可以关联小程序；从公众号快速注册的小程序自 2023-12-25 起默认未认证，需单独认证；上架前须完成小程序备案。',
  'feature.mini_programs.overseas':
    '可以关联，但境外账号不能快速注册小程序；境外小程序是否需要备案尚未确认。',
  'feature.mini_programs.personal':
    '可以关联；快速注册需要已认证的公众号，而个人主体公众号无法认证；小程序上架前须完成备案。',
  'feature.mini_programs.sole_trader':
    '可以关联；个体工商户最多认证 5 个小程序，据报道认证费每个每年 30 元（请向平台确认）；上架前须完成备案。',
  'feature.verification.local':
    '每次审核 300 元，未通过不退；每年年审，费用相同；年审未通过，认证标识和认证带来的接口都会失去。',
  'feature.verification.government': '政府机关免费；这也是你们确认主体身份的唯一方式。',
  'feature.verification.partner': '以合作方名义办理：每次 300 元，每年年审。',
  'feature.verification.sole_trader': '每次 300 元，每年年审；未查到个体工商户公众号认证的优惠。',
  'feature.verification.rep_office': '凭《外国企业常驻代表机构登记证》办理：每次 300 元，每年年审。',
  'feature.verification.personal': '个人主体公众号无法进行微信认证。',
  'feature.verification.overseas': '据代理机构称每年 99 美元，未找到官方来源，请向平台确认。',
  'feature.type_change.oa': '唯一的出路是把粉丝迁到另一个单独注册的账号；订阅号不能迁入服务号。',
  'feature.migration.local':
    '可迁入另一个主体已认证的国内组织账号：300 元，申请函须公证，约 7–10 天，部分粉丝可能取关。',
  'feature.migration.partner': '日后可迁入你们自己在华公司的账号，但不能迁入境外账号。',
  'feature.migration.personal': '可迁入主体已认证的组织账号，不能迁入个人账号。',
  'feature.migration.overseas': '境外账号既不能发起迁移，也不能接收迁移。',
  'feature.ownership.own': '注册在你们自己的主体名下。',
  'feature.ownership.personal': '注册在你本人名下。',
  'feature.ownership.partner': '在法律上属于执照持有方，款项也结算给对方。',
  'feature.ownership.sole_trader': '注册在你的个体工商户名下。',
  'feature.ownership.rep_office': '注册在代表处名下。',
  'feature.team_chat.oa': '公众号没有员工沟通功能，这是企业微信的用途。',
  'feature.customer_contact.oa': '只能在上面的时限内回复客服消息；员工一对一联系客户要用企业微信。',
  'feature.external_contacts.oa': '公众号只有粉丝，没有客户联系人；这要用企业微信。',
  // WeCom.
  'feature.team_chat.wecom': '员工之间聊天、开会、传文件。',
  'feature.customer_contact.wecom': '员工用企业微信直接联系客户的微信。',
  'feature.external_contacts.wecom':
    '据代理机构资料：未认证 100 位；认证后免费 2000 位；2025 年起超出部分须按年购买。',
  'feature.verification.wecom':
    '据代理机构资料：每次审核 300 元，中型组织另收 2700 元、大型组织另收 29700 元规模费；用同一主体已认证的公众号认证可免费；每年年审，价格相同。',
  'feature.verification.wecom_government': '据代理机构资料，政府和非营利组织免审核费和规模费。',
  'feature.verification.wecom_partner': '以合作方名义办理；合作方有同一主体的已认证公众号的，可免费认证。',
  'feature.verification.wecom_overseas':
    '境外组织每次 700 元（约合 99 美元），这只见于一份帮助文档的转载，请向平台确认。',
  'feature.broadcasts.wecom': '企业微信不是公众号，没有粉丝可群发。',
  'feature.folding.wecom': '企业微信不是公众号，没有粉丝消息。',
  'feature.core.wecom': '企业微信不是公众号，不发文章、没有粉丝。',
  'feature.cs_replies.wecom': '员工直接在企业微信里和客户聊天。',
  'feature.interfaces.wecom': '这里说的是公众号的高级接口，企业微信不在其列。',
  'feature.wechat_pay.wecom': '在微信里收款要靠已认证的服务号，不在企业微信里。',
  'feature.mini_programs.wecom': '小程序关联的是公众号，不是企业微信。',
  'feature.type_change.wecom': '企业微信是单独的产品，不是公众号的一种类型。',
  'feature.migration.wecom': '企业微信没有粉丝可迁。',
} as const;
export default features;
