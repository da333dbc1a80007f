// `tailpolicy access [FILE]`: the access report of FILE's Kubernetes setups (declared in the
// config or with --kubernetes, else inferred), or with --diff / --diff-ref what changed against
// a base version of it.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigFinder } from '../../config/find-config.ts';
import { loadConfig } from '../../config/load-config.ts';
import { UsageError } from '../../errors.ts';
import { displayPath } from '../../format/terminal-text.ts';
import { kubernetesSettings, readAtRef, reportOf, reportOfFile } from '../../kubernetes/access-of-file.ts';
import { diffAccess, type AccessReport } from '../../kubernetes/access-report.ts';
import type { Io } from '../main.ts';
import { list } from '../parse-args.ts';
import type { AccessFormat } from './run-command.ts';

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
    settings = kubernetesSettings(flags);
  } else {
    const config = args.config !== undefined ? loadConfig(resolve(io.cwd, String(args.config))) : new ConfigFinder().forDirectory(dirname(path));
    settings = config?.settings ?? {};
  }

  const head = reportOfFile(path, shown, settings);
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
    base = reportOfFile(basePath, displayPath(String(args.diff), io.cwd), settings);
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
