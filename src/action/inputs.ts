// The action's inputs, read from the environment the way @actions/core reads them: the runner
// passes input `fail-on` as `INPUT_FAIL-ON` (spaces become `_`, upper-cased, hyphens kept) and
// fills in action.yml's defaults; values are trimmed. Missing variables get the same defaults,
// so a run outside the runner (tests, a local try) behaves the same.

import { UsageError } from '../errors.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  /** Files, folders and globs; empty means the CLI's defaults (`**\/*.hujson`, `**\/policy.json`). */
  files: string[];
  config: string | undefined;
  failOn: FailOn;
  sarifFile: string | undefined;
  /** Kubernetes setups to check, as the CLI's --kubernetes flags (whitespace-separated). */
  kubernetes: string[];
  accessReport: boolean;
}

/** `core.getInput(name)`: the trimmed value, `''` when unset. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

// YAML 1.2 core schema booleans, the only spellings core.getBooleanInput accepts.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** `core.getBooleanInput(name)`, with `fallback` for an unset input (the runner always sets it). */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input "${name}" must be true or false, got ${JSON.stringify(value)}`);
}

export function readInputs(env: Env): ActionInputs {
  const failOn = getInput(env, 'fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`input "fail-on" must be one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`);
  }
  const optional = (name: string): string | undefined => getInput(env, name) || undefined;
  return {
    // One per line or several on a line: any run of whitespace separates two entries.
    files: getInput(env, 'files').split(/\s+/).filter((f) => f !== ''),
    config: optional('config'),
    failOn: failOn as FailOn,
    sarifFile: optional('sarif-file'),
    kubernetes: getInput(env, 'kubernetes').split(/\s+/).filter((k) => k !== ''),
    accessReport: getBooleanInput(env, 'access-report', false),
  };
}
