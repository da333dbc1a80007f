// The flags `init` and `add` share: setups (--kubernetes) and who they are for (--users,
// --admins, --recorder), turned into config declarations and checked setups.

import { list } from '../parse-args.ts';
import { UsageError } from '../../errors.ts';
import type { JsonObject } from '../../policy/members.ts';
import { parseKubernetesFlag, toSetup, type Setup } from '../../kubernetes/setups.ts';

export interface SetupFlags {
  kubernetes: string[];
  users: string[];
  admins: string[];
  recorder: string | undefined;
  enforceRecorder: boolean;
}

const TAG = /^tag:[A-Za-z][A-Za-z0-9-]*$/;

/** `--users a,b --users c` → `[a, b, c]`, each checked. */
export function principals(flag: string, values: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of values.flatMap((v) => v.split(',')).map((v) => v.trim())) {
    if (item === '') throw new UsageError(`--${flag}: an empty name; give users, group:…, tag:… or autogroup:…, separated by commas`);
    const known = item === '*' || item.includes('@') || /^(group|autogroup):\S+$/.test(item) || TAG.test(item);
    if (!known) throw new UsageError(`--${flag} ${JSON.stringify(item)}: expected a login such as alice@example.com, group:…, tag:… or autogroup:…`);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

export interface Declared {
  /** As written to a config's `kubernetes` array. */
  declaration: JsonObject;
  setup: Setup;
  flag: string;
}

export function declarationsFrom(flags: SetupFlags): Declared[] {
  if (flags.kubernetes.length === 0) throw new UsageError('--kubernetes is required: cks[:auth], operator[:auth|noauth] or proxygroup[:auth|noauth] (repeatable)');
  const users = principals('users', flags.users);
  const admins = principals('admins', flags.admins);
  if (flags.recorder !== undefined && !TAG.test(flags.recorder)) throw new UsageError(`--recorder ${JSON.stringify(flags.recorder)}: expected a tag such as tag:tsrecorder`);
  const perKind = new Map<string, number>();
  return flags.kubernetes.map((flag) => {
    const { declaration, problem } = parseKubernetesFlag(flag);
    if (problem) throw new UsageError(problem);
    const full: JsonObject = { ...declaration! };
    if (users.length > 0) full.users = users;
    if (admins.length > 0) full.admins = admins;
    if (flags.recorder !== undefined) full.recorder = { tag: flags.recorder, enforce: flags.enforceRecorder };
    const index = perKind.get(String(full.proxy)) ?? 0;
    perKind.set(String(full.proxy), index + 1);
    return { declaration: full, setup: toSetup(full, `--kubernetes ${flag}`, index), flag };
  });
}

function one(flag: string, values: readonly string[]): string | undefined {
  if (values.length > 1) throw new UsageError(`--${flag} can be given once`);
  return values[0];
}

/** The yargs options of SetupFlags. */
export const SETUP_OPTIONS = {
  kubernetes: { type: 'string', describe: 'Setup: cks[:tailscale-managed|coreweave-managed|direct], operator[:auth|noauth], proxygroup[:auth|noauth] (repeatable)' },
  users: { type: 'string', describe: 'Who runs kubectl: users, group:…, tag:…, autogroup:… (repeatable or comma-separated)' },
  admins: { type: 'string', describe: 'Who may act as system:masters (auth modes): an impersonation grant (repeatable or comma-separated)' },
  recorder: { type: 'string', describe: 'Record kubectl sessions on this tag (deprecated by Tailscale; only when asked)' },
  'enforce-recorder': { type: 'boolean', default: true, describe: 'With --recorder: refuse sessions that cannot be recorded (--no-enforce-recorder to fail open)' },
} as const;

export function setupFlags(args: Record<string, unknown>): SetupFlags {
  return {
    kubernetes: list(args.kubernetes),
    users: list(args.users),
    admins: list(args.admins),
    recorder: one('recorder', list(args.recorder)),
    enforceRecorder: args['enforce-recorder'] !== false,
  };
}
