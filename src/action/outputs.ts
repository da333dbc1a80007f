// The two files the runner reads after the step, written as @actions/core writes them:
// outputs go to $GITHUB_OUTPUT in the heredoc form `name<<ghadelimiter_<uuid>` value delimiter
// (a fresh random delimiter each time, so no value can end its block early and forge another
// output), and the job summary is Markdown appended to $GITHUB_STEP_SUMMARY.
// Outside a runner (variable unset) both are skipped; a variable naming a missing file is an error.

import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { UsageError } from '../errors.ts';
import type { Env } from './inputs.ts';

function fileFrom(env: Env, variable: string): string | undefined {
  const path = env[variable];
  if (!path) return undefined;
  if (!existsSync(path)) throw new UsageError(`$${variable} names a missing file: ${path}`);
  return path;
}

/** The `name<<delimiter` block for one output, as core's prepareKeyValueMessage builds it. */
export function outputBlock(name: string, value: string, uuid: () => string = randomUUID): string {
  const delimiter = `ghadelimiter_${uuid()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: the value contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** core.setOutput: appends one block to $GITHUB_OUTPUT. */
export function setOutput(env: Env, name: string, value: string, uuid: () => string = randomUUID): void {
  const path = fileFrom(env, 'GITHUB_OUTPUT');
  if (path) appendFileSync(path, outputBlock(name, value, uuid), 'utf8');
}

/** core.summary.write(): appends Markdown to $GITHUB_STEP_SUMMARY. */
export function appendSummary(env: Env, markdown: string): void {
  const path = fileFrom(env, 'GITHUB_STEP_SUMMARY');
  if (path) appendFileSync(path, markdown, 'utf8');
}
