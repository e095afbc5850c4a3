/** @jest-environment node */
/**
 * The privacy-gated interfaces the upload calls (scripts/privacy-apis.mjs) against what README.md
 * tells the owner to declare in WeChat's user privacy guide: first on a small built tree, then on
 * a clean clone of the repository, built as `npm run privacy` builds it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cloneHead, ROOT, run } from './ops';

interface Scan {
  scanned: number;
  used: { usage: string; info: string; files: string[] }[];
  exempt: { usage: string; files: string[]; why: string }[];
  problems: string[];
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oan-privacy-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const privacy = (cwd: string, ...args: string[]) =>
  run(cwd, process.execPath, [path.join(cwd, 'scripts/privacy-apis.mjs'), ...args]);

const VANT_BUTTON = 'miniprogram_npm/@vant/weapp/button/index';
const FIXTURE: Record<string, string> = {
  'dist/app.json': JSON.stringify({
    pages: ['pages/a/index'],
    usingComponents: { 'van-button': '@vant/weapp/button/index' },
  }),
  'dist/app.js': 'App({});',
  'dist/app.wxss': '',
  'dist/sitemap.json': '{}',
  'dist/pages/a/index.json': '{"usingComponents":{}}',
  'dist/pages/a/index.js': [
    '// A comment that names wx.chooseImage() is not a call.',
    "const clip = require('../../utils/clip.js');",
    'Page({',
    "  save() { wx.authorize({ scope: 'scope.writePhotosAlbum' }); wx.saveImageToPhotosAlbum({ filePath: 'p' }); },",
    "  where() { wx['getLocation']({}); },",
    '  copy() { clip.copy("x"); },',
    '});',
  ].join('\n'),
  'dist/pages/a/index.wxml':
    '<!-- <camera /> only in a comment -->\n<button open-type="getPhoneNumber">phone</button>\n<van-button open-type="contact">ask</van-button>',
  'dist/pages/a/index.wxss': '',
  'dist/utils/clip.js': 'exports.copy = (t) => wx.setClipboardData({ data: t });',
  'dist/utils/orphan.js': 'wx.chooseAddress({}); // nothing requires this file, so it is not uploaded',
  [`dist/${VANT_BUTTON}.js`]:
    "Component({ methods: { tap() { if (this.data.openType === 'getUserInfo') wx.getUserProfile({}); } } });",
  [`dist/${VANT_BUTTON}.json`]: '{"component":true}',
  [`dist/${VANT_BUTTON}.wxml`]: '<button open-type="{{ openType }}"><slot /></button>',
  [`dist/${VANT_BUTTON}.wxss`]: '',
};

const README = (rows: string[]) =>
  [
    '# Fixture',
    '',
    '## Privacy declarations',
    '',
    '| item | what the code calls | why |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '## Later section',
    '',
    '| not | `wx.chooseImage` | a table in another section is not a declaration |',
  ].join('\n');

const ALL_ROWS = [
  '| 使用你的相册（仅写入）权限 | `wx.saveImageToPhotosAlbum`, `scope.writePhotosAlbum` | poster |',
  '| 读取你的剪切板 | `wx.setClipboardData` | links |',
  '| 收集你的位置信息 | `wx.getLocation` | map |',
  '| 收集你的手机号 | `open-type="getPhoneNumber"` | callback |',
];

function scanFixture(files: Record<string, string>, readmeRows: string[]) {
  const dir = tree({ ...files, 'README.md': README(readmeRows) });
  const res = privacy(
    ROOT,
    '--dist',
    path.join(dir, 'dist'),
    '--readme',
    path.join(dir, 'README.md'),
    '--json',
  );
  return { ...res, scan: JSON.parse(res.stdout) as Scan };
}

describe('the scanner on a small built tree', () => {
  it('finds calls, authorize scopes and markup in uploaded files only, and nothing in comments', () => {
    const { status, scan } = scanFixture(FIXTURE, ALL_ROWS);
    expect(scan.used).toEqual([
      { usage: 'scope.writePhotosAlbum', info: '使用你的相册（仅写入）权限', files: ['pages/a/index.js'] },
      { usage: 'wx.saveImageToPhotosAlbum', info: '使用你的相册（仅写入）权限', files: ['pages/a/index.js'] },
      { usage: 'wx.getLocation', info: '收集你的位置信息', files: ['pages/a/index.js'] },
      { usage: 'open-type="getPhoneNumber"', info: '收集你的手机号', files: ['pages/a/index.wxml'] },
      { usage: 'wx.setClipboardData', info: '读取你的剪切板', files: ['utils/clip.js'] },
    ]);
    expect(scan.exempt).toEqual([
      {
        usage: 'wx.getUserProfile',
        files: [`${VANT_BUTTON}.js`],
        why: expect.stringContaining('open-type="getUserInfo"'),
      },
    ]);
    expect(scan.problems).toEqual([]);
    expect(status).toBe(0);
  });

  it('counts vant\'s getUserProfile once a page of ours sets open-type="getUserInfo"', () => {
    const wxml = `${FIXTURE['dist/pages/a/index.wxml']}\n<van-button open-type="getUserInfo">me</van-button>`;
    const { status, scan } = scanFixture({ ...FIXTURE, 'dist/pages/a/index.wxml': wxml }, ALL_ROWS);
    expect(scan.exempt).toEqual([]);
    expect(scan.used.filter((u) => u.info === '收集你的昵称、头像')).toEqual([
      { usage: 'open-type="getUserInfo"', info: '收集你的昵称、头像', files: ['pages/a/index.wxml'] },
      { usage: 'wx.getUserProfile', info: '收集你的昵称、头像', files: [`${VANT_BUTTON}.js`] },
    ]);
    expect(status).toBe(1);
    expect(scan.problems).toHaveLength(2);
  });

  it('fails on a call the README omits, a row the code no longer needs, and a row under the wrong item', () => {
    const rows = [
      ...ALL_ROWS.filter((r) => !r.includes('getPhoneNumber')),
      '| 调用你的磁场传感器 | `wx.startCompass` | gone |',
    ].map((r) => r.replace('| 收集你的位置信息 |', '| 收集你选择的位置信息 |'));
    const { status, stderr, scan } = scanFixture(FIXTURE, rows);
    expect(status).toBe(1);
    expect(scan.problems).toEqual([
      'open-type="getPhoneNumber" (收集你的手机号) is called in pages/a/index.wxml but README.md\'s Privacy declarations do not list it',
      "README.md files wx.getLocation under 收集你选择的位置信息; WeChat's table files it under 收集你的位置信息",
      'README.md lists wx.startCompass but the upload no longer calls it: remove the row or the item',
    ]);
    for (const p of scan.problems) expect(stderr).toContain(`privacy: ${p}`);
  });
});

/** The usages README.md's "Privacy declarations" table lists, read here independently of the script. */
function readmeUsages(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Privacy declarations'));
  if (!section) throw new Error('README.md has no Privacy declarations section');
  const usages: string[] = [];
  for (const line of section.split('\n').filter((l) => l.startsWith('|'))) {
    const calls = line.split('|')[2] ?? '';
    for (const m of calls.matchAll(/`([^`]+)`/g)) usages.push(m[1] as string);
  }
  return usages.sort();
}

describe('this repository', () => {
  let clone = '';
  beforeAll(() => {
    clone = cloneHead('oan-privacy-clone-');
    made.push(clone);
  });

  it('declares in README.md exactly the privacy-gated usages its build uploads', () => {
    const build = run(clone, process.execPath, ['scripts/build.mjs', '--quiet']);
    expect(build.stderr).toBe('');
    const res = privacy(clone, '--json');
    const scan = JSON.parse(res.stdout) as Scan;
    const declared = readmeUsages(fs.readFileSync(path.join(clone, 'README.md'), 'utf8'));
    expect(scan.used.map((u) => u.usage).sort()).toEqual(declared);
    expect(scan.problems).toEqual([]);
    expect(res.status).toBe(0);
    // The poster goes to the album: at least that is gated, so an empty scan means a broken scanner.
    expect(declared).toContain('wx.saveImageToPhotosAlbum');
  }, 180_000);
});
