// The access report of a policy file and of its version at a git ref: shared by
// `tailpolicy access` and the GitHub Action's `access-report` input.

import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { UsageError } from '../errors.ts';
import { readSource } from '../files/read-source.ts';
import { decodeUtf8, type Decoded } from '../parse/decode-utf8.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import { modelOf } from '../policy/policy-model.ts';
import { accessReport, type AccessReport } from './access-report.ts';
import { setupsFor } from './resolve-setups.ts';
import { declarationsFromFlags } from './setups.ts';

/** The report of one policy text; `name` is used in error messages. */
export function reportOf(name: string, decoded: Decoded, settings: Readonly<Record<string, unknown>>): AccessReport {
  if (!decoded.ok) throw new UsageError(`${name}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
  const parsed = parseHujson(decoded.text);
  if (parsed.syntaxError) {
    const { line, column } = parsed.lines.position(parsed.syntaxError.range.offset);
    throw new UsageError(`${name}:${line}:${column}: ${parsed.syntaxError.message}`);
  }
  return accessReport(modelOf(parsed), setupsFor(parsed, settings));
}

export function reportOfFile(path: string, shown: string, settings: Readonly<Record<string, unknown>>): AccessReport {
  return reportOf(shown, readSource(path).decoded, settings);
}

/** `--kubernetes` flags as the settings that replace a config's declarations. */
export function kubernetesSettings(flags: readonly string[]): Record<string, unknown> {
  return { kubernetes: declarationsFromFlags(flags) };
}

function git(args: readonly string[], cwd: string): { status: number | null; stdout: Buffer } {
  const run = spawnSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git (${code ?? run.error.message})`);
  }
  return { status: run.status, stdout: run.stdout };
}

/** FILE as of git commit `ref`; `label` prefixes every error (`--diff-ref main`). */
export function readAtRef(path: string, ref: string, shown: string, label = `--diff-ref ${ref}`): Decoded {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`${label}: expected a commit or branch name`);
  const cwd = dirname(path);
  if (git(['rev-parse', '--is-inside-work-tree'], cwd).status !== 0) throw new UsageError(`${label}: ${shown} is not in a git repository`);
  if (git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).status !== 0) throw new UsageError(`${label}: no such commit or branch in the repository of ${shown}`);
  const show = git(['show', `${ref}:./${basename(path)}`], cwd);
  if (show.status !== 0) throw new UsageError(`${label}: ${shown} does not exist at ${ref}`);
  return decodeUtf8(show.stdout);
}
