// The privacy-gated interfaces the upload actually calls. WeChat refuses these calls ("api scope is
// not declared in the privacy agreement") unless the owner declares the matching item in the admin
// console's user privacy guide (用户隐私保护指引). Scans the files WeChat would upload (the same set
// as `npm run size`: dist/ after the build, vant's reachable files included, since vant calls some
// of these) and compares them with what README.md's "Privacy declarations" section tells the owner
// to declare. Exit 1 when they differ, so a new wx call cannot ship undeclared.
//
//   node scripts/privacy-apis.mjs [--dist DIR] [--readme FILE] [--json]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { DIST, ROOT } from './lib.mjs';
import { measureUpload } from './size.mjs';

/**
 * WeChat's table "隐私接口与对应的处理的信息关系" (privacy interfaces and the information each
 * processes), transcribed from the page below as read on the date below. `calls` are wx.* calls,
 * `scopes` wx.authorize scopes, `methods` calls on objects wx returns, `components` WXML markup.
 * The page marks wx.getUserInfo, wx.getUserProfile and the userInfo button as withdrawn (已回收);
 * they are kept because the scan looks for any call WeChat's own check could see.
 */
export const PRIVACY_SOURCE = {
  url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html',
  read: '2026-12-03',
};

export const PRIVACY_TABLE = [
  {
    info: '收集你的昵称、头像',
    calls: ['getUserInfo', 'getUserProfile'],
    // The page writes the withdrawn button as open-type="userInfo"; the button's value is getUserInfo.
    components: [
      'open-type="chooseAvatar"',
      '<input type="nickname">',
      'open-type="userInfo"',
      'open-type="getUserInfo"',
    ],
  },
  {
    info: '收集你的位置信息',
    calls: ['getLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'getFuzzyLocation'],
    scopes: ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation'],
    methods: ['MapContext.moveToLocation'],
  },
  { info: '收集你选择的位置信息', calls: ['choosePoi', 'chooseLocation'] },
  { info: '收集你的地址', calls: ['chooseAddress'] },
  { info: '收集你的发票信息', calls: ['chooseInvoiceTitle', 'chooseInvoice'] },
  { info: '收集你的微信运动步数', calls: ['getWeRunData'], scopes: ['scope.werun'] },
  {
    info: '收集你的手机号',
    components: ['open-type="getPhoneNumber"', 'open-type="getRealtimePhoneNumber"'],
  },
  { info: '收集你的车牌号', calls: ['chooseLicensePlate'] },
  { info: '收集你选中的照片或视频信息', calls: ['chooseImage', 'chooseMedia', 'chooseVideo'] },
  { info: '收集你选中的文件', calls: ['chooseMessageFile'] },
  {
    info: '访问你的麦克风',
    calls: ['startRecord', 'joinVoIPChat'],
    scopes: ['scope.record'],
    methods: ['RecorderManager.start'],
    components: ['<live-pusher>'],
  },
  {
    info: '访问你的摄像头',
    calls: ['createVKSession'],
    scopes: ['scope.camera'],
    components: ['<camera>', '<live-pusher>', '<voip-room>'],
  },
  {
    info: '访问你的蓝牙',
    calls: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
    scopes: ['scope.bluetooth'],
  },
  {
    info: '使用你的相册（仅写入）权限',
    calls: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    scopes: ['scope.writePhotosAlbum'],
  },
  { info: '使用你的通讯录（仅写入）权限', calls: ['addPhoneContact'], scopes: ['scope.addPhoneContact'] },
  {
    info: '使用你的日历（仅写入）权限',
    calls: ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
    scopes: ['scope.addPhoneCalendar'],
  },
  { info: '调用你的加速传感器', calls: ['startAccelerometer'] },
  { info: '调用你的磁场传感器', calls: ['startCompass'] },
  { info: '调用你的方向传感器', calls: ['startDeviceMotionListening'] },
  { info: '调用你的陀螺仪传感器', calls: ['startGyroscope'] },
  { info: '读取你的剪切板', calls: ['setClipboardData', 'getClipboardData'] },
];

/** Object methods are found by the wx call that hands out the object, or by the method's name. */
const METHOD_PATTERNS = {
  'RecorderManager.start': /\bwx\.getRecorderManager\s*\(/,
  'MapContext.moveToLocation': /\.moveToLocation\s*\(/,
};

/**
 * Calls that sit in vendor code on a branch this app never takes. vant's button and action sheet
 * call the withdrawn wx.getUserProfile only for open-type="getUserInfo"; the exemption holds only
 * while none of our own WXML sets that open-type or computes an open-type we cannot read.
 */
const VENDOR_UNREACHED = [
  {
    usage: 'wx.getUserProfile',
    file: /^miniprogram_npm\/@vant\/weapp\/(button|action-sheet)\/index\.js$/,
    why: 'vant calls it only for open-type="getUserInfo", which no page of ours sets',
    reachedBy: /\bopen-type\s*=\s*["'](?:getUserInfo|[^"']*\{\{)/,
  },
];

const usageLabel = {
  call: (name) => `wx.${name}`,
  scope: (scope) => scope,
  method: (name) => name,
  component: (markup) => markup,
};

/** Every usage label the table knows, with its item (info). */
export function usageIndex(table = PRIVACY_TABLE) {
  const index = new Map();
  for (const row of table) {
    for (const c of row.calls ?? []) index.set(usageLabel.call(c), row.info);
    for (const s of row.scopes ?? []) index.set(usageLabel.scope(s), row.info);
    for (const m of row.methods ?? []) index.set(usageLabel.method(m), row.info);
    for (const c of row.components ?? []) index.set(usageLabel.component(c), row.info);
  }
  return index;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function componentPattern(markup) {
  const attr = markup.match(/^open-type="(.+)"$/);
  if (attr) return new RegExp(`\\bopen-type\\s*=\\s*["']${escape(attr[1])}["']`);
  if (markup === '<input type="nickname">') return /<input\b[^>]*\btype\s*=\s*["']nickname["']/;
  const tag = markup.match(/^<([a-z-]+)>$/);
  if (tag) return new RegExp(`<${escape(tag[1])}\\b`);
  throw new Error(`privacy: no pattern for ${markup}`);
}

/** Usage labels found in one file's text (JS already stripped of comments; WXML of <!-- -->). */
export function usagesIn(kind, text, table = PRIVACY_TABLE) {
  const found = new Set();
  for (const row of table) {
    if (kind === 'js') {
      for (const c of row.calls ?? []) {
        const call = new RegExp(`\\bwx\\s*(?:\\.\\s*${c}|\\[\\s*["']${c}["']\\s*\\])\\s*\\(`);
        if (call.test(text)) found.add(usageLabel.call(c));
      }
      const authorizes = /\bwx\s*\.\s*authorize\s*\(/.test(text);
      for (const s of row.scopes ?? []) {
        if (authorizes && new RegExp(`["'\`]${escape(s)}["'\`]`).test(text)) found.add(usageLabel.scope(s));
      }
      for (const m of row.methods ?? []) if (METHOD_PATTERNS[m].test(text)) found.add(usageLabel.method(m));
    } else if (kind === 'wxml') {
      for (const c of row.components ?? [])
        if (componentPattern(c).test(text)) found.add(usageLabel.component(c));
    }
  }
  return found;
}

function readForScan(dist, rel) {
  const text = fs.readFileSync(path.join(dist, rel), 'utf8');
  // Minified as the upload is: comments that mention an API are not calls.
  if (rel.endsWith('.js'))
    return transformSync(text, { minify: true, target: 'es2019', charset: 'utf8' }).code;
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * Scans the upload set of a built package. Returns the gated usages, each with its privacy item
 * and files, and the vendor calls left out with the reason.
 */
export function scanPrivacy(dist = DIST, table = PRIVACY_TABLE) {
  const { files } = measureUpload(dist);
  const index = usageIndex(table);
  const hits = new Map();
  const texts = new Map();
  for (const { file } of files) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.wxml') ? 'wxml' : null;
    if (!kind) continue;
    const text = readForScan(dist, file);
    texts.set(file, text);
    for (const usage of usagesIn(kind, text, table)) {
      if (!hits.has(usage)) hits.set(usage, []);
      hits.get(usage).push(file);
    }
  }
  const ourWxml = [...texts].filter(([f]) => f.endsWith('.wxml') && !f.startsWith('miniprogram_npm/'));
  const exempt = [];
  for (const rule of VENDOR_UNREACHED) {
    const files = hits.get(rule.usage);
    if (!files || ourWxml.some(([, text]) => rule.reachedBy.test(text))) continue;
    const vendor = files.filter((f) => rule.file.test(f));
    const rest = files.filter((f) => !rule.file.test(f));
    if (vendor.length) exempt.push({ usage: rule.usage, files: vendor, why: rule.why });
    if (rest.length) hits.set(rule.usage, rest);
    else hits.delete(rule.usage);
  }
  const used = [...hits]
    .map(([usage, where]) => ({ usage, info: index.get(usage), files: where.sort() }))
    .sort((a, b) => a.info.localeCompare(b.info) || a.usage.localeCompare(b.usage));
  return { scanned: files.length, used, exempt };
}

/**
 * The declarations README.md's "Privacy declarations" section lists: table rows whose first cell
 * is the console's item and whose second cell names the usages in backticks.
 */
export function readmeDeclarations(markdown) {
  const start = markdown.search(/^## Privacy declarations\s*$/m);
  if (start < 0) return null;
  const rest = markdown.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => /^## /.test(line));
  const declared = [];
  for (const line of end < 0 ? rest : rest.slice(0, end)) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[2]?.includes('`')) continue;
    const info = cells[1].replace(/`/g, '');
    for (const m of cells[2].matchAll(/`([^`]+)`/g)) declared.push({ usage: m[1], info });
  }
  return declared;
}

/** What differs between the scan and the README: each a sentence for the owner or the developer. */
export function compareDeclarations(used, declared, table = PRIVACY_TABLE) {
  const problems = [];
  const index = usageIndex(table);
  const declaredBy = new Map(declared.map((d) => [d.usage, d.info]));
  const usedSet = new Set(used.map((u) => u.usage));
  for (const u of used) {
    if (!declaredBy.has(u.usage))
      problems.push(
        `${u.usage} (${u.info}) is called in ${u.files.join(', ')} but README.md's Privacy declarations do not list it`,
      );
  }
  for (const d of declared) {
    if (!index.has(d.usage))
      problems.push(`README.md lists ${d.usage}, which is not in WeChat's privacy table`);
    else if (!usedSet.has(d.usage))
      problems.push(
        `README.md lists ${d.usage} but the upload no longer calls it: remove the row or the item`,
      );
    else if (index.get(d.usage) !== d.info)
      problems.push(
        `README.md files ${d.usage} under ${d.info}; WeChat's table files it under ${index.get(d.usage)}`,
      );
  }
  return problems;
}

function main(argv) {
  const opts = { dist: DIST, readme: path.join(ROOT, 'README.md'), json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--dist' || arg === '--readme') {
      if (!argv[i + 1]) return fail(2, `privacy: ${arg} needs a path`);
      opts[arg.slice(2)] = path.resolve(argv[(i += 1)]);
    } else
      return fail(2, `privacy: unknown argument ${arg}: the flags are --dist DIR, --readme FILE, --json`);
  }
  let scan;
  try {
    scan = scanPrivacy(opts.dist);
  } catch (err) {
    return fail(1, err.message);
  }
  const markdown = fs.existsSync(opts.readme) ? fs.readFileSync(opts.readme, 'utf8') : '';
  const declared = readmeDeclarations(markdown);
  const problems = declared
    ? compareDeclarations(scan.used, declared)
    : [`${path.relative(ROOT, opts.readme) || opts.readme} has no "## Privacy declarations" section`];

  if (opts.json) {
    console.log(JSON.stringify({ source: PRIVACY_SOURCE, ...scan, declared, problems }, null, 2));
  } else {
    const items = [...new Set(scan.used.map((u) => u.info))];
    console.log(
      `privacy: ${scan.used.length} privacy-gated usages under ${items.length} items in the ${scan.scanned} uploaded files (WeChat's table read ${PRIVACY_SOURCE.read} from ${PRIVACY_SOURCE.url})`,
    );
    for (const info of items) {
      console.log(`  ${info}`);
      for (const u of scan.used.filter((x) => x.info === info))
        console.log(`    ${u.usage}  ${u.files.join(', ')}`);
    }
    for (const e of scan.exempt) console.log(`  not counted: ${e.usage} in ${e.files.join(', ')}: ${e.why}`);
  }
  for (const p of problems) console.error(`privacy: ${p}`);
  return problems.length ? 1 : 0;
}

function fail(code, message) {
  console.error(message);
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
