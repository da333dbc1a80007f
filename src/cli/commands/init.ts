// `tailpolicy init`: a complete, commented policy for the named setups, printed or written
// (atomically; an existing file only with --force).

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../errors.ts';
import { writeAtomic } from '../../files/write-atomic.ts';
import { generatePolicy } from '../../kubernetes/generate-policy.ts';
import type { Io } from '../main.ts';
import { declarationsFrom, setupFlags } from './kubernetes-flags.ts';

/** `a b` for a shell, quoting what needs it. */
export function shellWords(words: readonly string[]): string {
  return words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export async function runInit(args: Record<string, unknown>, io: Io): Promise<number> {
  const flags = setupFlags(args);
  const declared = declarationsFrom(flags);
  if (flags.users.length === 0) throw new UsageError('init: --users is required: who runs kubectl (users, group:…, tag:… or autogroup:…)');
  const output = args.output === undefined ? undefined : String(args.output);
  const kubernetes = declared.flatMap((d) => ['--kubernetes', d.flag]);
  const command = shellWords([
    'tailpolicy',
    'init',
    ...kubernetes,
    ...['users', 'admins'].flatMap((name) => (flags[name as 'users' | 'admins'].length > 0 ? [`--${name}`, flags[name as 'users' | 'admins'].join(',')] : [])),
    ...(flags.recorder !== undefined ? ['--recorder', flags.recorder] : []),
    ...(flags.recorder !== undefined && !flags.enforceRecorder ? ['--no-enforce-recorder'] : []),
  ]);
  const checkCommand = shellWords(['tailpolicy', ...kubernetes, output ?? 'policy.hujson']);
  const { text } = generatePolicy(
    declared.map((d) => d.setup),
    { command, checkCommand },
  );
  if (output === undefined) {
    io.stdout(text);
    return 0;
  }
  const path = resolve(io.cwd, output);
  let mode = 0o666;
  if (existsSync(path)) {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${output}: is a directory`);
    if (args.force !== true) throw new UsageError(`${output}: already exists; use --force to overwrite it`);
    mode = stat.mode;
  } else if (!existsSync(dirname(path))) {
    throw new UsageError(`${output}: the folder ${dirname(output)} does not exist`);
  }
  writeAtomic(path, text, mode);
  io.stdout(`Wrote ${output} for ${declared.map((d) => d.flag).join(', ')}; check it with: ${checkCommand}\n`);
  return 0;
}
