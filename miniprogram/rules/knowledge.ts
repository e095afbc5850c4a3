/**
 * The knowledge base: every fact of shared/FACTS.md with its source, confidence and review date.
 * Statements live in i18n (`fact.<id>`); where sources disagree the fact carries `conflict`
 * and its `conflict.<id>` text says so, so the product never picks a side silently.
 */
import type { Confidence, Fact } from './types';
import { REVIEWED } from './version';

function fact(id: string, confidence: Confidence, sources: string[], conflict = false): Fact {
  const out: Fact = { id, key: `fact.${id}`, confidence, sources, reviewed: REVIEWED };
  if (conflict) out.conflict = true;
  return out;
}

const LIST: Fact[] = [
  fact('T1', 'high', ['seed', 'official platform']),
  fact('T2', 'high', ['seed', 'official comparison']),
  fact('T3', 'high', ['seed', 'official comparison']),
  fact('T4', 'high', ['seed', 'WeCom site']),
  fact('T5', 'high', ['seed', 'official FAQ', 'agency guides']),
  fact('T6', 'high', ['official developer-community post (edited 2023-05-11)', 'agency guides']),
  fact('T7', 'medium', ['press 2024-09', 'press 2024-11', 'agency 2025']),
  fact('T8', 'medium', ['developer community']),
  fact('T9', 'high', ['official interface table', 'developer-community answer 2020-12', 'agency posts']),
  fact('C1', 'high', ['seed', 'official notice 2018']),
  fact('C2', 'medium', ['agency copies of the official FAQ (2020)']),
  fact('C2b', 'medium', ['agency copy of the FAQ (single source, undated)']),
  fact('C3', 'medium', ['agency posts (two sources)'], true),
  fact('C4', 'derived', ['derived from C1-C3']),
  fact('W1', 'high', ['official FAQ copies']),
  fact('W2', 'medium', ['derived from W1']),
  fact('W3', 'high', ['seed', 'admin.wechat.com']),
  fact('W4', 'low', ['admin.wechat.com FAQ', 'agency posts'], true),
  fact('W5', 'medium', ['admin.wechat.com', 'agency guides']),
  fact('W6', 'low', ['overseas region list', '2019 guide'], true),
  fact('V1', 'high', ['official FAQ copies (2023)']),
  fact('V2', 'medium', ['WeChat Wiki', 'agency guides']),
  fact('V3', 'medium', ['official FAQ', 'agencies']),
  fact('V4', 'medium', ['official developer-community docs']),
  fact('L1', 'high', ['seed']),
  fact('L2', 'medium', ['seed', 'WeChat Pay Global docs 2025', 'press 2017'], true),
  fact('L3', 'low', ['WeChat Pay cross-border pages', 'agencies'], true),
  fact('L4', 'medium', ['admin.wechat.com']),
  fact('R1', 'medium', ['agency guides']),
  fact('R2', 'medium', ['agency guides', 'official FAQ copies']),
  fact('R3', 'high', ['seed', 'admin.wechat.com', 'agency guides']),
  fact('P1', 'low', ['press 2024']),
  fact('P2', 'low', ['agency post 2025']),
  fact('E1', 'medium', ['agency copy of WeCom docs (2024-03)']),
  fact('E2', 'low', ['agency post']),
  fact('N1', 'medium', ['official FAQ']),
];

export const FACTS: Record<string, Fact> = {};
for (const item of LIST) FACTS[item.id] = item;

export const FACT_IDS: readonly string[] = LIST.map((item) => item.id);

export function factById(id: string): Fact | undefined {
  return Object.prototype.hasOwnProperty.call(FACTS, id) ? FACTS[id] : undefined;
}

/** The five official places to check, shown as "where to check" links. */
export const OFFICIAL_LINKS = {
  mp: 'https://mp.weixin.qq.com',
  overseas: 'https://admin.wechat.com',
  kf: 'https://kf.qq.com',
  community: 'https://developers.weixin.qq.com/community',
  wecom: 'https://work.weixin.qq.com',
} as const;

export type OfficialLink = keyof typeof OFFICIAL_LINKS;

const SEED = 'seed-oa-local-vs-overseas.txt';
// Rows of the table that list several facts share one address list.
const MIGRATION = ['zhongyangkeji.com/89.html', 'sellerby.com/p/8638.html', 'jmwtwz.cn/jzcc/2397.html'];
const OVERSEAS_DOCS = [
  'developers.weixin.qq.com/community/business/doc/000a86174e81f0836172539ce6140d',
  'developers.weixin.qq.com/community/develop/doc/0008065a6c42e8102ba912eeb50809',
];
const INDIVIDUALS = ['2400.cn/xinwen/detail_4715.html', 'furniturerepairzone.com/news-id-547.html'];
const DRAGONTRAIL = 'dragontrail.com (How to register an Official Account on WeChat, November 2018 update)';
const PAY_GLOBAL = [
  'pay.weixin.qq.com/doc/global/v2/en/4013662673',
  'act.weixin.qq.com/static/merchant_overseas/introduction_en.html',
  'pay.weixin.qq.com/wiki/doc/api/wxpay/en/guide/SelectingAccessMode.shtml',
];

/** The "Source addresses" table of FACTS.md (2026-11 check), as written there. */
export const SOURCE_ADDRESSES: Record<string, string[]> = {
  T6: ['developers.weixin.qq.com/community/develop/doc/000c8c659b87a084cc799cccc51409'],
  T7: ['asiaict.com/finance/5733.html', 'information.bz/english/news/view/2024/09/18/46114.html'],
  T8: ['ducksell.com/p/30522.html'],
  T9: [
    'developers.weixin.qq.com/community/develop/doc/00008a345f44e08c287ba53a351400',
    'w3cschool.cn/weixinkaifawendang/qbtf1q8d.html',
  ],
  C1: ['e-named.com/detail/1277.html', SEED],
  C2: MIGRATION,
  C2b: MIGRATION,
  C3: MIGRATION,
  W1: INDIVIDUALS,
  R2: [...INDIVIDUALS, DRAGONTRAIL],
  W3: OVERSEAS_DOCS,
  L4: OVERSEAS_DOCS,
  V4: OVERSEAS_DOCS,
  W4: [
    'chinaskinny.com/blog/register-overseas-wechat-account/',
    'medium.com/@tj_griffiths/wechat-accounts-for-overseas-businesses-77c1e744f40',
  ],
  W5: [DRAGONTRAIL],
  V1: ['m.nrzw.com.cn/news_7499.html'],
  V2: ['wechatwiki.com/wechat-resources/wechat-overseas-official-account-registration-fees'],
  L2: [...PAY_GLOBAL, SEED],
  L3: PAY_GLOBAL,
  E1: ['wenjiangs.com/doc/bdf87f57-e243'],
};
