/** Runs one of the repository's Node scripts as a person would from a shell, and what it printed. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): Run {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Temporary folders under the system's temp dir, removed by cleanUp(). */
export function tempFolders(prefix: string) {
  const made: string[] = [];
  return {
    make(files: Record<string, string> = {}): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
      return dir;
    },
    cleanUp(): void {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
