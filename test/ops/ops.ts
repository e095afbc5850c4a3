/** Helpers for the publishing tests: pure script functions called from jest, and clean clones. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Calls `fn` of a scripts/ module once per argument list, in one node process. */
export function callExport<T>(script: string, fn: string, calls: unknown[][]): T[] {
  const res = spawnSync(
    process.execPath,
    [path.join(__dirname, 'run-export.mjs'), path.join(ROOT, 'scripts', script), fn, JSON.stringify(calls)],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  if (res.status !== 0) throw new Error(`${script} ${fn}: ${res.stderr}`);
  return JSON.parse(res.stdout) as T[];
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of the test run without the owner's upload settings, plus `extra`. */
export function envWith(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.MP_APPID;
  delete env.MP_PRIVATE_KEY_PATH;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export function run(cwd: string, command: string, args: string[], env = envWith({})): Run {
  const res = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

export const git = (cwd: string, ...args: string[]): Run =>
  run(cwd, 'git', ['-c', 'user.name=ops test', '-c', 'user.email=ops@test.invalid', ...args]);

/**
 * A clone of the repository's HEAD in a temp folder (objects shared, nothing written to the
 * repository), with node_modules made of links to the repository's packages minus `omit`: the
 * clone starts with `git status` empty, as an owner's fresh clone does.
 */
export function cloneHead(prefix: string, omit: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const res = spawnSync('git', ['clone', '--quiet', '--shared', ROOT, dir], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`git clone: ${res.stderr}`);
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!omit.includes(name)) fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
  return dir;
}
