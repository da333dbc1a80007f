// What the end-to-end tests share: the real CLI (bin/tailpolicy.js → dist/cli, so run
// `npm run build` first) spawned with a clean environment, and throw-away folders.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(repo, 'bin', 'tailpolicy.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without anything that changes colour or terminal behaviour. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'CI', 'GITHUB_ACTIONS', 'TERM']) delete env[name];
  return { ...env, ...extra };
}

export function cli(cwd: string, args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: options.input ?? '',
    env: cleanEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fresh temp folders named `tailpolicy-<prefix>-…`; `removeAll` (for `test.after`) deletes them. */
export function tempFolders(prefix: string) {
  const made: string[] = [];
  return {
    /** A new folder holding `files` (relative path → text or bytes). */
    folder(files: Record<string, string | Buffer> = {}): string {
      const dir = mkdtempSync(join(tmpdir(), `tailpolicy-${prefix}-`));
      made.push(dir);
      for (const [name, content] of Object.entries(files)) {
        const path = join(dir, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
      return dir;
    },
    removeAll(): void {
      for (const dir of made) {
        try {
          // A test may have taken the folder's permissions away.
          chmodSync(dir, 0o755);
        } catch {
          // already gone
        }
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
