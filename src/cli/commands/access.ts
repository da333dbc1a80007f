// `tailpolicy access [FILE]`: the access report of FILE's Kubernetes setups (declared in the
// config or with --kubernetes, else inferred), or with --diff / --diff-ref what changed against
// a base version of it.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ConfigFinder } from '../../config/find-config.ts';
import { loadConfig } from '../../config/load-config.ts';
import { UsageError } from '../../errors.ts';
import { readSource } from '../../files/read-source.ts';
import { displayPath } from '../../format/stylish.ts';
import { accessReport, diffAccess, type AccessReport } from '../../kubernetes/access-report.ts';
import { setupsFor } from '../../kubernetes/resolve-setups.ts';
import { parseKubernetesFlag } from '../../kubernetes/setups.ts';
import { decodeUtf8, type Decoded } from '../../parse/decode-utf8.ts';
import { parseHujson } from '../../parse/parse-hujson.ts';
import { modelOf } from '../../policy/policy-model.ts';
import type { Io } from '../main.ts';
import { list } from './kubernetes-flags.ts';
import type { AccessFormat } from './run-command.ts';

/** The report of one policy text; `name` is used in error messages. */
function reportOf(name: string, decoded: Decoded, settings: Readonly<Record<string, unknown>>): AccessReport {
  if (!decoded.ok) throw new UsageError(`${name}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
  const parsed = parseHujson(decoded.text);
  if (parsed.syntaxError) {
    const { line, column } = parsed.lines.position(parsed.syntaxError.range.offset);
    throw new UsageError(`${name}:${line}:${column}: ${parsed.syntaxError.message}`);
  }
  return accessReport(modelOf(parsed), setupsFor(parsed, settings));
}

function git(args: readonly string[], cwd: string): { status: number | null; stdout: Buffer; stderr: string } {
  const run = spawnSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? '--diff-ref needs git, which is not installed or not on PATH' : `--diff-ref: cannot run git (${code ?? run.error.message})`);
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** FILE as of git commit `ref`. */
function readAtRef(path: string, ref: string, shown: string): Decoded {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--diff-ref ${JSON.stringify(ref)}: expected a commit or branch name`);
  const cwd = dirname(path);
  if (git(['rev-parse', '--is-inside-work-tree'], cwd).status !== 0) throw new UsageError(`--diff-ref ${ref}: ${shown} is not in a git repository`);
  if (git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).status !== 0) throw new UsageError(`--diff-ref ${ref}: no such commit or branch in the repository of ${shown}`);
  const show = git(['show', `${ref}:./${basename(path)}`], cwd);
  if (show.status !== 0) throw new UsageError(`--diff-ref ${ref}: ${shown} does not exist at ${ref}`);
  return decodeUtf8(show.stdout);
}

function defaultPolicy(cwd: string): string {
  const found = ['policy.hujson', 'policy.json'].find((name) => existsSync(resolve(cwd, name)));
  if (!found) throw new UsageError('access: give the policy file (no policy.hujson or policy.json here)');
  return found;
}

export async function runAccess(file: string | undefined, args: Record<string, unknown>, io: Io): Promise<number> {
  const format = (args.format ?? 'table') as AccessFormat;
  const name = file ?? defaultPolicy(io.cwd);
  const path = resolve(io.cwd, name);
  const shown = displayPath(name, io.cwd);
  if (args.diff !== undefined && args['diff-ref'] !== undefined) throw new UsageError('--diff and --diff-ref cannot be used together');
  const diffing = args.diff !== undefined || args['diff-ref'] !== undefined;
  if (diffing && format === 'mermaid') throw new UsageError('--format mermaid draws one policy; use table, markdown or json with --diff');

  // Setups: --kubernetes flags, else the config's declarations, else inferred from the policy.
  const flags = list(args.kubernetes);
  let settings: Record<string, unknown>;
  if (flags.length > 0) {
    settings = {
      kubernetes: flags.map((flag) => {
        const { declaration, problem } = parseKubernetesFlag(flag);
        if (problem) throw new UsageError(problem);
        return { declaration: declaration!, source: `--kubernetes ${flag}` };
      }),
    };
  } else {
    const config = args.config !== undefined ? loadConfig(resolve(io.cwd, String(args.config))) : new ConfigFinder().forDirectory(dirname(path));
    settings = config?.settings ?? {};
  }

  const head = reportOf(shown, readSource(path).decoded, settings);
  const color = typeof args.color === 'boolean' ? args.color : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  if (!diffing) {
    switch (format) {
      case 'json':
        io.stdout((await import('../../format/access-json.ts')).formatAccessJson(head));
        break;
      case 'markdown':
        io.stdout((await import('../../format/access-markdown.ts')).formatAccessMarkdown(head));
        break;
      case 'mermaid':
        io.stdout((await import('../../format/access-mermaid.ts')).formatAccessMermaid(head));
        break;
      case 'table':
        io.stdout((await import('../../format/access-table.ts')).formatAccessTable(head, color));
        break;
    }
    return 0;
  }

  let base: AccessReport;
  if (args.diff !== undefined) {
    const basePath = resolve(io.cwd, String(args.diff));
    base = reportOf(displayPath(String(args.diff), io.cwd), readSource(basePath).decoded, settings);
  } else {
    const ref = String(args['diff-ref']);
    base = reportOf(`${ref}:${shown}`, readAtRef(path, ref, shown), settings);
  }
  const diff = diffAccess(base, head);
  switch (format) {
    case 'json':
      io.stdout((await import('../../format/access-json.ts')).formatAccessJson(diff));
      break;
    case 'markdown':
      io.stdout((await import('../../format/access-markdown.ts')).formatAccessDiffMarkdown(diff, head, base));
      break;
    default:
      io.stdout((await import('../../format/access-table.ts')).formatAccessDiffTable(diff, head, base, color));
  }
  return 0;
}
