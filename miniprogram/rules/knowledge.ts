/**
 * The knowledge base: every row of shared/FACTS.md (third review) with its confidence, its sources
 * (publisher, kind, address, the source's own date) and its review date. Statements live in i18n
 * (`fact.<id>`); where sources still disagree the fact carries `conflict`, and `conflict.<id>` and
 * `ask.<id>` say what disagrees and what to ask WeChat, so the product never picks a side silently.
 * Addresses are written without the scheme. Never cite a host of FACTS.md's never-cite list.
 */
import type { Confidence, Fact, Source, SourceKind } from './types';
import { REVIEWED } from './version';

/** A source its address's host names well enough (agencies, blogs, copies). */
function at(kind: SourceKind, address: string, date?: string): Source {
  return date ? { kind, address, date } : { kind, address };
}

/** A source with a publisher's name (`src.<slug>`) that reads better than its host. */
function named(name: string, kind: SourceKind, address: string, date?: string): Source {
  return { ...at(kind, address, date), name };
}

/** A source FACTS-EVIDENCE.md names without an address: the report lists its facts first. */
function unaddressed(name: string, kind: SourceKind, date?: string): Source {
  return date ? { name, kind, date } : { name, kind };
}

const COMMUNITY = 'developers.weixin.qq.com/community/';
const dev = (path: string) => named('src.wechat_docs', 'official', `developers.weixin.qq.com/${path}`);
const doc = (path: string) => dev(`doc/${path}`);
const staffPost = (path: string, date?: string) =>
  named('src.wechat_community_official', 'official', COMMUNITY + path, date);
const devAnswer = (path: string, date?: string) =>
  named('src.wechat_community', 'community', COMMUNITY + path, date);
const pay = (path: string, date?: string) =>
  named('src.wechat_pay', 'official', `pay.weixin.qq.com/${path}`, date);

// Sources several rows cite.
const SEED = at('agency', 'phoceis.asia/2019/03/12/wechat-official-account-local-vs-overseas/', '2019-03-12');
const OVERSEAS_SITE = named('src.wechat_overseas', 'official', 'admin.wechat.com');
const BATCH_SENDS = doc('subscription/guide/product/message/Batch_Sends.html');
const PRIVILEGES = doc('service/en/Getting_Started/Explanation_of_interface_privileges.html');
const SUBJECT_TYPES = doc('oplatform/Third-party_Platforms/2.0/api/category/getcategorybytype.html');
const MINIGAME_GUIDE = dev('minigame/en/introduction/guide');
const REGISTRATION_COPY = at('community', 'blog.zhouyajun.cn/2018/07/11/小程序注册注意事项', '2018-07-11');
const MIGRATION_FAQ = at('agency', 'zhongyangkeji.com/89.html');
const VERIFY_FAQ = at('agency', 'www.nbyuyuan.net/information/information/44');
const RULES_2013 = at('press', '969895.com/show-17-6917-1.html');
const NRZW = at('agency', 'm.nrzw.com.cn/news_7499.html', '2023-05');
const QUOTA_2018 = named(
  'src.21jingji',
  'press',
  'm.21jingji.com/article/20181116/herald/df8a28b54e41062ca5c807cde7a05912.html',
  '2018-11-16',
);
const CHINASKINNY = at('agency', 'chinaskinny.com/blog/register-overseas-wechat-account/', '2018-08');
const DRAGONTRAIL = at('agency', 'dragontrail.com', '2018-11');
const PAY_JSAPI = pay('doc/v3/merchant/4015423216', '2025-11-20');
const PAY_GLOBAL = pay('doc/global/v2/en/4013662673', '2025-02-18');
const WESCRM = 'wescrm.com/siyuzhishiku/qiweiyunying/';

function fact(id: string, confidence: Confidence, sources: Source[], more: Partial<Fact> = {}): Fact {
  return { id, key: `fact.${id}`, confidence, sources, reviewed: REVIEWED, ...more };
}
const derived = (id: string, from: string[], sources: Source[] = []) =>
  fact(id, 'derived', sources, { derivedFrom: from });
const CONFLICT = { conflict: true };

const LIST: Fact[] = [
  fact('T1', 'high', [BATCH_SENDS, named('src.wecom', 'official', 'work.weixin.qq.com'), SEED]),
  fact('T2', 'high', [BATCH_SENDS, SEED]),
  fact('T3', 'high', [PRIVILEGES, PAY_JSAPI, SEED]),
  fact('T4', 'high', [named('src.wecom', 'official', 'work.weixin.qq.com'), SEED]),
  fact('T5', 'medium', [at('agency', 'vkcl82e.cn/help/850.html'), REGISTRATION_COPY, SUBJECT_TYPES]),
  fact('T6', 'medium', [
    BATCH_SENDS,
    staffPost('develop/doc/000c8c659b87a084cc799cccc51409', '2023-05-11'),
    staffPost('minihome/doc/000ce2a57ccd28db12e07d2a46fc00'),
    at('agency', 'm.canyinms.com/article/528530.html'),
  ]),
  fact('T7', 'medium', [
    at('press', 'asiaict.com/finance/5733.html', '2024-11-21'),
    at('press', 'laitimes.com/en/article/79xxw_7qa6d.html', '2024'),
  ]),
  fact('T8', 'high', [
    doc('subscription/guide/product/kf/intro.md'),
    doc('offiaccount/Customer_Service/Customer_Service_Messages.html'),
  ]),
  fact('T9', 'high', [PRIVILEGES, devAnswer('develop/doc/000c2223e148287723be8417856000')]),
  fact('T10', 'high', [doc('subscription/guide/product/publish.md')]),
  fact('C1', 'high', [
    SEED,
    named('src.wechat_team_mirror', 'official', 'freewechat.com/a/MjM5NzEzNzQ3MQ==/2650198678/1'),
  ]),
  fact('C2', 'medium', [
    MIGRATION_FAQ,
    at('agency', 'jmwtwz.cn/jzcc/2397.html', '2020-12'),
    at('community', 'blog.csdn.net/qq_44978139/article/details/144292750', '2024'),
    doc('service/api/usermanage/changeopenid/api_changeopenid.html'),
  ]),
  fact('C2b', 'medium', [MIGRATION_FAQ, dev('miniprogram/dev/framework/open-ability/migrateMiniprogram.md')]),
  fact('C3', 'low', [MIGRATION_FAQ, named('src.sellerby', 'press', 'sellerby.com/p/8638.html')], CONFLICT),
  derived('C4', ['C1', 'C2', 'C2b', 'C3']),
  derived('C5', ['C2', 'C2b']),
  fact('G1', 'high', [SUBJECT_TYPES, MINIGAME_GUIDE]),
  fact('G2', 'medium', [
    at('agency', 'guitukeji.com/news/157.html', '2020-03-20'),
    REGISTRATION_COPY,
    doc(
      'oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/fast_registration_of_mini_program.html',
    ),
  ]),
  fact('W1', 'medium', [
    QUOTA_2018,
    named('src.ithome', 'press', 'm.mnw.cn/keji/mi/2086652.html'),
    named('src.tencent_tech', 'press', 'm.blogeet.com/news/2018/1116/249811.shtml', '2018-11-16'),
    at('agency', 'leather8.com/news/3203.html'),
  ]),
  derived('W2', ['W1']),
  fact('W3', 'high', [OVERSEAS_SITE, SEED]),
  fact(
    'W4',
    'low',
    [
      CHINASKINNY,
      at(
        'community',
        'medium.com/@tj_griffiths/wechat-accounts-for-overseas-businesses-77c1e744f40',
        '2018-09',
      ),
    ],
    CONFLICT,
  ),
  fact('W5', 'medium', [OVERSEAS_SITE, DRAGONTRAIL]),
  fact('W6', 'low', [OVERSEAS_SITE, unaddressed('src.guide_2019', 'agency', '2019')], CONFLICT),
  fact('S1', 'high', [PAY_JSAPI, pay('doc/v3/merchant/4015420731', '2025-06-27'), MINIGAME_GUIDE]),
  fact('S2', 'medium', [
    unaddressed('src.yantian_gov', 'government', '2022-08-31'),
    named('src.reg_sole_traders', 'government', 'www.nikki-club.com/policy/331271.htm', '2022-11-01'),
    at('agency', 'www.hytqhy.com/goongsi/15402.html'),
  ]),
  fact('S3', 'low', [VERIFY_FAQ, devAnswer('develop/doc/0004a0f4148c18146ad0f67fe66800', '2024')]),
  fact('O1', 'medium', [
    named(
      'src.reg_rep_offices',
      'government',
      'law965.infoeach.com/view-OTY1fDExOTk5OA==.html',
      '2011-03-01',
    ),
    named('src.reg_rep_offices', 'government', 'm.dybbs8.com/doc-39220649.html', '2011-03-01'),
  ]),
  fact('O2', 'medium', [
    VERIFY_FAQ,
    at('agency', 'doczj.com/doc/78510128.html'),
    at('agency', 'wx.yqs.net.cn/demo_weixin/renzhen.html'),
  ]),
  derived('O3', ['O1'], [pay('docs/partner/products/ecommerce/apilist.html')]),
  fact('V1', 'medium', [
    NRZW,
    VERIFY_FAQ,
    RULES_2013,
    doc('service/en/Account_Management/Wechat_Accreditation_Event_Push.html'),
  ]),
  fact('V2', 'low', [
    at('agency', 'wechatwiki.com/wechat-resources/wechat-overseas-official-account-registration-fees'),
  ]),
  fact('V3', 'medium', [VERIFY_FAQ, unaddressed('src.agency_guides', 'agency')]),
  fact('V4', 'medium', [
    doc(
      'oplatform/openApi/register-management/fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html',
    ),
    devAnswer('personal/oCJUsw6OWCSYHBouQioRefs8v4h4/answer?page=259', '2024-04-07'),
  ]),
  fact('V5', 'medium', [RULES_2013, doc('subscription/guide/product/Accreditation.html')]),
  fact('M1', 'medium', [
    named('src.zol', 'press', 'm.lytdpj.cn/lygitv/20230810/10266433.html', '2023-08-10'),
    at('agency', 'www.orangeapp.cn/news/1217.html'),
    at('agency', 'szthdz180.com.cn/icp/580.html', '2024-10-21'),
    at('agency', 'www.weike.cc/news/802.html'),
  ]),
  fact('M2', 'high', [doc('oplatform/openApi/miniprogram-management/basic-info-management/api_setnickname')]),
  fact('L4', 'medium', [OVERSEAS_SITE]),
  fact('Y1', 'high', [PAY_JSAPI, pay('doc/v3/merchant/4012791854', '2025-06-27')]),
  fact('Y2', 'medium', [
    at('community', 'blog.csdn.net/cybersnow/article/details/141279800'),
    devAnswer('personal/oCJUsw0HpDLqowhDl-_AsNOjvsIw/answer?page=5', '2020-05-08'),
  ]),
  fact('L1', 'high', [SEED]),
  fact('L2', 'high', [PAY_GLOBAL, pay('wiki/doc/api/wxpay/en/faq/Others.shtml'), SEED]),
  fact(
    'L3',
    'high',
    [
      pay('wiki/doc/api_external/en/open/chapter5_1_2.shtml', '2025-12-31'),
      pay('wiki/doc/api/wxpay/en/guide/SelectingAccessMode.shtml'),
      named('src.wechat_pay', 'official', 'act.weixin.qq.com/static/merchant_overseas/introduction_en.html'),
    ],
    CONFLICT,
  ),
  fact('R1', 'medium', [DRAGONTRAIL, CHINASKINNY]),
  fact('R2', 'medium', [DRAGONTRAIL, QUOTA_2018]),
  fact('R3', 'high', [OVERSEAS_SITE, SEED]),
  fact('P1', 'medium', [
    BATCH_SENDS,
    at('press', 'www.huitujin.com/zatan/10055.html'),
    named('src.sellerby', 'press', 'sellerby.com/p/4609.html'),
  ]),
  fact('P2', 'low', [unaddressed('src.agency_post', 'agency', '2025')]),
  fact('E1', 'low', [
    at('agency', `${WESCRM}7959.html`),
    at('agency', 'weibanzhushou.com/blog/6014'),
    named('src.wecom_help_copy', 'agency', 'wenjiangs.com/doc/bdf87f57-e243', '2024-03-16'),
  ]),
  fact('E2', 'medium', [
    at('agency', 'college.wshoto.com/a/307963.html', '2025'),
    at('agency', `www.${WESCRM}8109.html`, '2026-01-05'),
  ]),
  fact('N1', 'medium', [
    doc('service/api/stores/miniapp/api_applywxastore'),
    at('agency', 'm.maguai.com/marketing/33532.html'),
    doc('oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_wxaauth'),
  ]),
];

export const FACTS: Record<string, Fact> = {};
for (const item of LIST) FACTS[item.id] = item;

/** Fact ids in FACTS.md's order (the sources list follows it). */
export const FACT_IDS: readonly string[] = LIST.map((item) => item.id);

/** A fact's own sources, then those of the facts it is derived from (each once). */
export function factSources(id: string, seen: Set<string> = new Set()): Source[] {
  const item = FACTS[id];
  if (!item || seen.has(id)) return [];
  seen.add(id);
  const out = item.sources.slice();
  for (const from of item.derivedFrom ?? []) out.push(...factSources(from, seen));
  return out.filter((s, i) => out.findIndex((o) => o.address === s.address && o.name === s.name) === i);
}

/** The addresses that back a fact (its premises' too, for a derived fact). */
export function factAddresses(id: string): string[] {
  const out: string[] = [];
  for (const s of factSources(id)) if (s.address && !out.includes(s.address)) out.push(s.address);
  return out;
}

/** Addresses per fact id, for the command-line advice and the integrity tests. */
export const SOURCE_ADDRESSES: Record<string, string[]> = {};
for (const id of FACT_IDS) SOURCE_ADDRESSES[id] = factAddresses(id);

/** The official places to check, shown as "where to check" links. */
export const OFFICIAL_LINKS = {
  mp: 'https://mp.weixin.qq.com',
  overseas: 'https://admin.wechat.com',
  kf: 'https://kf.qq.com',
  community: 'https://developers.weixin.qq.com/community',
  wecom: 'https://work.weixin.qq.com',
  pay: 'https://pay.weixin.qq.com',
} as const;

export type OfficialLink = keyof typeof OFFICIAL_LINKS;
