// The library: lint and fix policy text or files from code, with the CLI's behaviour.

import { ConfigFinder } from './config/find-config.ts';
import { loadConfig, type Config } from './config/load-config.ts';
import type { LintResult } from './engine/diagnostic.ts';
import type { Severity } from './engine/rule.ts';
import { findPolicyFiles } from './files/find-policy-files.ts';
import { readSource } from './files/read-source.ts';
import { writeAtomic } from './files/write-atomic.ts';
import type { FixKind } from './fix/fix-loop.ts';
import { kubernetesSettings } from './kubernetes/access-of-file.ts';
import { lintDecoded, lintFileText, lintTextNow } from './run/lint-file.ts';
import { dirname, resolve } from 'node:path';

export type { Diagnostic, LintResult } from './engine/diagnostic.ts';
export type { Fix, FixOp, JsonPath, Rule, RuleContext, RuleMeta, Severity, Suggestion } from './engine/rule.ts';
export type { FixKind } from './fix/fix-loop.ts';
export { rules } from '../rules/index.ts';

export interface LintTextOptions {
  /** Named in the result; also where the config search starts when `config` is not given. */
  filePath?: string;
  /** A config file path, or `false` to use none (the default for text). */
  config?: string | false;
  /** Severity by rule id, over the config's. */
  rules?: Readonly<Record<string, Severity>>;
}

function configFor(options: LintTextOptions, cwd = process.cwd()): Config | undefined {
  return options.config ? loadConfig(resolve(cwd, options.config)) : undefined;
}

/** Lints policy text. Synchronous: no fixes are applied (see `applyFixes`). */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  return lintTextNow(options.filePath ?? '<text>', text, { config: configFor(options), ruleFlags: options.rules ?? {} });
}

export interface ApplyFixesOptions extends LintTextOptions {
  /** Which fixes to apply; default `['fix']`. */
  fixTypes?: readonly FixKind[];
}

/** Applies fixes to policy text in memory; `output` is the fixed text. */
export async function applyFixes(text: string, options: ApplyFixesOptions = {}): Promise<{ output: string; changed: boolean; result: LintResult; failure?: string }> {
  const outcome = await lintFileText(options.filePath ?? '<text>', text, {
    config: configFor(options),
    ruleFlags: options.rules ?? {},
    fix: new Set(options.fixTypes ?? ['fix']),
  });
  const output = outcome.result.output ?? text;
  const base = { output, changed: output !== text, result: outcome.result };
  return outcome.fixFailure ? { ...base, failure: outcome.fixFailure } : base;
}

export interface LintFilesOptions {
  cwd?: string;
  /** A config file for every file; otherwise each file's nearest .tailpolicy.json / .hujson. */
  config?: string;
  rules?: Readonly<Record<string, Severity>>;
  ignorePatterns?: readonly string[];
  /** Apply fixes and write the files (atomically). */
  fix?: boolean | readonly FixKind[];
  /** Kubernetes setups to check, as the CLI's --kubernetes (`cks`, `operator:noauth`, …); they
   * replace the configs' declarations. */
  kubernetes?: readonly string[];
  /** Kubernetes checks: anyone not listed who can reach a proxy is an error (--strict). */
  strict?: boolean;
}

/** Lints files, folders or globs, as the CLI does. Throws UsageError for I/O and config problems. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const explicit = options.config ? loadConfig(resolve(cwd, options.config)) : undefined;
  const finder = new ConfigFinder();
  const fix = options.fix ? new Set<FixKind>(options.fix === true ? ['fix'] : options.fix) : undefined;
  const settings: Record<string, unknown> = {
    ...(options.kubernetes?.length ? kubernetesSettings(options.kubernetes) : {}),
    ...(options.strict ? { strict: true } : {}),
  };
  const results: LintResult[] = [];
  // As the CLI: an explicit config's ignorePatterns apply on top of the caller's.
  const ignorePatterns = [...(options.ignorePatterns ?? []), ...(explicit?.ignorePatterns ?? [])];
  for (const filePath of await findPolicyFiles(patterns, { cwd, ignorePatterns })) {
    const { decoded, mode } = readSource(filePath);
    const outcome = await lintDecoded(filePath, decoded, { config: explicit ?? finder.forDirectory(dirname(filePath)), ruleFlags: options.rules ?? {}, fix, settings });
    if (fix && outcome.result.output !== undefined && !outcome.fixFailure) writeAtomic(filePath, outcome.result.output, mode);
    results.push(outcome.result);
  }
  return results;
}

export { UsageError } from './errors.ts';
