// The GitHub Action (action.yml → dist-action/index.js, the esbuild bundle of this file):
// inputs → lintFiles in $GITHUB_WORKSPACE → annotations on stdout (format/github), an optional
// SARIF file (format/sarif), outputs and a job summary → exit status by `fail-on`.
// It only reads policies: it never fixes, never spawns the CLI, needs no network, no credential.
// A UsageError (bad input, bad config, no policy files) is one `::error::` line and exit 2.

import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../config/rule-settings.ts';
import { totals, type LintResult } from '../engine/diagnostic.ts';
import { UsageError } from '../errors.ts';
import type { FormatContext } from '../format/format-context.ts';
import { formatGithub, workflowCommand } from '../format/github.ts';
import { formatSarif } from '../format/sarif.ts';
import { lintFiles } from '../index.ts';
import { accessSummary } from './access-summary.ts';
import { readInputs, type ActionInputs, type Env } from './inputs.ts';
import { appendSummary, setOutput } from './outputs.ts';
import { escapeCell, renderSummary } from './summary.ts';

declare const TAILPOLICY_VERSION: string | undefined;

/** The bundle has the version built in; from source it is read from package.json. */
function toolVersion(): string {
  if (typeof TAILPOLICY_VERSION === 'string') return TAILPOLICY_VERSION;
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export type Write = (text: string) => void;

/**
 * Runs the action with `env` as the runner's environment (INPUT_*, GITHUB_WORKSPACE,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) and `cwd` as the working folder; workflow commands go to
 * `stdout`. Returns the exit status: 0, 1 (problems at or above `fail-on`), 2 (usage error).
 */
export async function run(env: Env, cwd: string, stdout: Write = (text) => void process.stdout.write(text)): Promise<number> {
  try {
    return await lint(readInputs(env), env, resolve(cwd, env['GITHUB_WORKSPACE'] || '.'), stdout);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stdout(workflowCommand('error', `tailpolicy: ${error.message}`, { title: 'tailpolicy' }));
    try {
      appendSummary(env, `### tailpolicy\n\n❌ Could not lint: ${escapeCell(error.message)}\n\n`);
    } catch {
      // The summary file itself was the problem; the annotation above says what went wrong.
    }
    return 2;
  }
}

async function lint(inputs: ActionInputs, env: Env, workspace: string, stdout: Write): Promise<number> {
  const results = await lintFiles(inputs.files, {
    cwd: workspace,
    kubernetes: inputs.kubernetes,
    ...(inputs.config === undefined ? {} : { config: inputs.config }),
  });
  const context: FormatContext = { cwd: workspace, rules: allRules(), color: false };
  stdout(formatGithub(results, context));

  let sarifPath = '';
  if (inputs.sarifFile !== undefined) {
    sarifPath = resolve(workspace, inputs.sarifFile);
    try {
      mkdirSync(dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(results, context, toolVersion()));
    } catch (error) {
      throw new UsageError(`${inputs.sarifFile}: cannot write the SARIF file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }

  const { errors, warnings } = totals(results);
  setOutput(env, 'error-count', String(errors));
  setOutput(env, 'warning-count', String(warnings));
  setOutput(env, 'sarif-file', sarifPath);
  appendSummary(env, renderSummary(results, { cwd: workspace }));
  if (inputs.accessReport) appendSummary(env, accessSummary(results, inputs, env, workspace));
  return failed(inputs.failOn, results) ? 1 : 0;
}

function failed(failOn: ActionInputs['failOn'], results: readonly LintResult[]): boolean {
  switch (failOn) {
    case 'error':
      return results.some((r) => r.errorCount > 0);
    case 'warning':
      return results.some((r) => r.errorCount + r.warningCount > 0);
    case 'never':
      return false;
  }
}

/** True when this module is the program node was started with (the bundle on the runner). */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  try {
    process.exitCode = await run(process.env, process.cwd());
  } catch (error) {
    // A bug: keep the stack for the log, and still fail the step with an annotation.
    process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.stdout.write(workflowCommand('error', `tailpolicy failed unexpectedly (please report this): ${(error as Error)?.message ?? String(error)}`, { title: 'tailpolicy' }));
    process.exitCode = 2;
  }
}
