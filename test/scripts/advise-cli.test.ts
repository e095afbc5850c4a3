/** @jest-environment node */
/** `npm run advise` (scripts/advise.mjs) given hostile or unusual command lines, by exit code and output. */
import fs from 'node:fs';
import path from 'node:path';
import { runScript, tempFolders } from './cli';

const folders = tempFolders('oan-advise-cli-');
afterAll(() => folders.cleanUp());

const advise = (...args: string[]) => runScript('advise.mjs', args);
const HAN = /[\u4e00-\u9fff]/;
const FRENCH_BRAND = ['--entity', 'company', '--location', 'overseas', '--goals', 'publish,sell'];

describe('npm run advise', () => {
  it('rejects --__proto__ (and other names that are no question) instead of ignoring it', () => {
    for (const args of [['--__proto__', 'x'], ['--__proto__=x'], ['--constructor', 'x']]) {
      const run = advise('--entity', 'company', ...args);
      const flag = args[0]!.split('=')[0];
      expect([args, run.status, run.stderr.split('\n')[0]]).toEqual([
        args,
        2,
        `advise: unknown flag ${flag}: the flags are --lang, --file, --json and one per question`,
      ]);
      expect(run.stdout).toBe('');
    }
  });

  it('accepts --flag=value as well as --flag value, with the same result', () => {
    const spaced = advise(...FRENCH_BRAND, '--json');
    const joined = advise('--entity=company', '--location=overseas', '--goals=publish,sell', '--json');
    expect(joined.status).toBe(0);
    expect(JSON.parse(joined.stdout)).toEqual(JSON.parse(spaced.stdout));
    expect(JSON.parse(joined.stdout)).toMatchObject({ ok: true, type: 'service', route: 'overseas_licence' });
  });

  it('refuses a repeated flag and says which, in either spelling', () => {
    const twice = advise('--entity', 'company', '--entity=media');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('advise: --entity is given more than once; give each flag once');
    const spellings = advise('--china-entity', 'none', '--china_entity', 'have');
    expect(spellings.status).toBe(2);
    expect(spellings.stderr).toContain('--china_entity is given more than once');
    expect(advise('--json', '--json').stderr).toContain('--json is given more than once');
  });

  it('reads an answers file saved with a UTF-8 byte-order mark', () => {
    const dir = folders.make();
    const plain = path.join(dir, 'answers.json');
    const withBom = path.join(dir, 'answers-bom.json');
    const answers = JSON.stringify({ entity: 'company', location: 'overseas', goals: ['publish', 'sell'] });
    fs.writeFileSync(plain, answers);
    fs.writeFileSync(withBom, `\uFEFF${answers}`);
    const run = advise('--file', withBom, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(advise('--file', plain, '--json').stdout));
  });

  it('refuses an own "__proto__" key in an answers file as an unknown question', () => {
    const file = path.join(folders.make(), 'proto.json');
    fs.writeFileSync(file, '{"entity": "company", "__proto__": {"polluted": true}}');
    const run = advise('--file', file);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^advise: .*__proto__/);
  });

  it('speaks Chinese in its errors under --lang zh, wherever --lang stands', () => {
    const cases = [
      ['--lang', 'zh', '--__proto__', 'x'],
      ['--entity', 'company', '--entity', 'media', '--lang=zh'],
      ['--lang', 'zh', '--entity'],
      ['--lang', 'zh', '--entity', 'robot'],
      ['--lang', 'zh', '--file', path.join(folders.make(), 'missing.json')],
    ];
    for (const args of cases) {
      const run = advise(...args);
      const [message, hint] = run.stderr.trim().split('\n');
      expect([args, run.status, HAN.test(message!), hint]).toEqual([
        args,
        2,
        true,
        '加 --help 可查看全部问题和选项。',
      ]);
      expect(message).not.toMatch(/\b(needs|given|unknown|cannot|must)\b/);
    }
  });

  it('still prints the plan in Chinese for good answers', () => {
    const run = advise(...FRENCH_BRAND, '--lang', 'zh');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('理由');
    expect(HAN.test(run.stdout.split('\n')[0]!)).toBe(true);
  });
});
