/** @jest-environment node */
/**
 * `npm run upload` (scripts/upload.mjs) from a clean clone with a fake AppID and key: each refusal
 * comes before any build, and --dry-run does everything but the network call, printing the files
 * and the figures `npm run size` prints. miniprogram-ci is left out of the clone's node_modules, so
 * the dry run also shows it never loads WeChat's package. The real upload needs WeChat's servers,
 * which this machine cannot reach: no test here runs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cloneHead, envWith, git, run } from './ops';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const APPID = 'wx0123456789abcdef';
let clone = '';
let keys = '';
let key = '';

beforeAll(() => {
  clone = cloneHead('oan-upload-clone-', ['miniprogram-ci']);
  keys = fs.mkdtempSync(path.join(os.tmpdir(), 'oan-upload-key-'));
  made.push(clone, keys);
  key = path.join(keys, `private.${APPID}.key`);
  fs.writeFileSync(key, 'not a real key: the dry run never sends it\n');
});

const upload = (env: Record<string, string | undefined>, ...args: string[]) =>
  run(clone, process.execPath, ['scripts/upload.mjs', ...args], envWith(env));

describe('npm run upload refuses before building', () => {
  const cases: [string, Record<string, string | undefined>, string][] = [
    ['no AppID', { MP_PRIVATE_KEY_PATH: 'KEY' }, 'upload: refused: MP_APPID is not set'],
    [
      'the tourist id',
      { MP_APPID: 'touristappid', MP_PRIVATE_KEY_PATH: 'KEY' },
      'upload: refused: MP_APPID is the tourist id "touristappid"',
    ],
    ['no key path', { MP_APPID: APPID }, 'upload: refused: MP_PRIVATE_KEY_PATH is not set'],
    [
      'a key path that does not exist',
      { MP_APPID: APPID, MP_PRIVATE_KEY_PATH: 'MISSING' },
      'which does not exist',
    ],
    ['a key path that is a folder', { MP_APPID: APPID, MP_PRIVATE_KEY_PATH: 'FOLDER' }, 'which is a folder'],
    ['an empty key file', { MP_APPID: APPID, MP_PRIVATE_KEY_PATH: 'EMPTY' }, 'which is empty'],
  ];
  it.each(cases)('%s', (_name, env, message) => {
    const empty = path.join(keys, 'empty.key');
    fs.writeFileSync(empty, '');
    const paths: Record<string, string> = {
      KEY: key,
      MISSING: path.join(keys, 'gone.key'),
      FOLDER: keys,
      EMPTY: empty,
    };
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, k === 'MP_PRIVATE_KEY_PATH' && v ? paths[v] : v]),
    );
    const res = upload(resolved, '--dry-run');
    expect([res.status, res.stdout]).toEqual([2, '']);
    expect(res.stderr).toContain(message);
    expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
  });

  it('a dirty work tree, naming what is uncommitted', () => {
    const notes = path.join(clone, 'notes.txt');
    fs.writeFileSync(notes, 'draft');
    try {
      const res = upload({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: key }, '--dry-run');
      expect(res.status).toBe(2);
      expect(res.stderr).toBe(
        'upload: refused: the work tree has 1 uncommitted change; commit or remove them so the upload is exactly a commit:\n  ?? notes.txt\n',
      );
    } finally {
      fs.rmSync(notes);
    }
    expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
  });

  it('an unknown flag', () => {
    const res = upload({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: key }, '--dryrun');
    expect([res.status, res.stderr]).toEqual([
      2,
      'upload: refused: unknown argument --dryrun: the flags are --dry-run and --preview\n',
    ]);
  });
});

describe('npm run upload -- --dry-run from a clean clone', () => {
  it('builds, checks, and prints every file with its bytes and the npm run size figures', () => {
    expect(git(clone, 'status', '--porcelain').stdout).toBe('');
    expect(fs.existsSync(path.join(clone, 'node_modules/miniprogram-ci'))).toBe(false);

    const res = upload({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: key }, '--dry-run');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const out = res.stdout.split('\n');

    const { version } = JSON.parse(fs.readFileSync(path.join(clone, 'package.json'), 'utf8')) as {
      version: string;
    };
    const subject = git(clone, 'log', '-1', '--format=%s').stdout.trim();
    const commit = git(clone, 'rev-parse', '--short', 'HEAD').stdout.trim();
    expect(out).toContain(`upload: AppID ${APPID}, version ${version}, commit ${commit}`);
    expect(out).toContain(`upload: description "${subject}"`);
    expect(out[out.length - 2]).toBe(
      'upload: dry run: nothing sent; without --dry-run this uploads the version above as a development version',
    );

    // The size table, as `npm run size` prints it for the same build.
    const size = run(clone, process.execPath, ['scripts/size.mjs']);
    expect(size.status).toBe(0);
    const table = size.stdout.trimEnd().split('\n');
    const at = out.indexOf(table[0] as string);
    expect(out.slice(at, at + table.length)).toEqual(table);

    // The files: one line each, adding up to the total in the size line.
    const files = out
      .map((line) => line.match(/^ {2}(\S+)\s+(\d+) B$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ file: m[1] as string, bytes: Number(m[2]) }));
    const summary = table[table.length - 1] as string;
    const [, totalKb, count] = summary.match(/^size: main package ([\d.]+) KB .* in (\d+) files;/) ?? [];
    expect(files).toHaveLength(Number(count));
    expect((files.reduce((sum, f) => sum + f.bytes, 0) / 1024).toFixed(1)).toBe(totalKb);
    const names = files.map((f) => f.file);
    for (const expected of [
      'app.json',
      'app.js',
      'pages/result/index.js',
      'miniprogram_npm/@vant/weapp/button/index.js',
    ])
      expect(names).toContain(expected);
    expect(names.some((f) => f.startsWith('miniprogram/') || f.endsWith('.ts'))).toBe(false);

    expect(git(clone, 'status', '--porcelain').stdout).toBe('');
  }, 240_000);
});

describe('npm run upload refuses share links the release could not read', () => {
  it('a rules version bump without a new layout entry, after building', () => {
    const bumped = cloneHead('oan-upload-bump-', ['miniprogram-ci']);
    made.push(bumped);
    const file = path.join(bumped, 'miniprogram/rules/version.ts');
    const source = fs.readFileSync(file, 'utf8');
    const [, current] = source.match(/export const RULES_VERSION = '(\d+)';/) ?? [];
    const next = String(Number(current) + 1);
    fs.writeFileSync(file, source.replace(`RULES_VERSION = '${current}'`, `RULES_VERSION = '${next}'`));
    expect(git(bumped, 'commit', '-q', '-am', 'bump the rules version only').status).toBe(0);

    const res = run(
      bumped,
      process.execPath,
      ['scripts/upload.mjs', '--dry-run'],
      envWith({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: key }),
    );
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(
      `upload: refused: RULES_VERSION is ${next} but LEGACY_LAYOUTS in miniprogram/share/layouts.ts has no entry for it`,
    );
    expect(res.stdout).not.toContain('upload: AppID');
  }, 240_000);
});
