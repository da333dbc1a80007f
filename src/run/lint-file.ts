// One file's whole job: settings from its config, lint, and (when asked) the fix loop.
// Shared by the library API and the CLI so both behave the same.

import type { Config } from '../config/load-config.ts';
import { resolveSeverities } from '../config/rule-settings.ts';
import { summarize, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import { SYNTAX } from '../engine/engine-rules.ts';
import { lintParsed, type LintOptions } from '../engine/lint-policy.ts';
import type { Severity } from '../engine/rule.ts';
import { fixText, type FixKind } from '../fix/fix-loop.ts';
import type { Decoded } from '../parse/decode-utf8.ts';
import { parseHujson } from '../parse/parse-hujson.ts';

export interface FileLintOptions {
  config?: Config | undefined;
  /** --rule flags, applied over the config. */
  ruleFlags?: Readonly<Record<string, Severity>>;
  /** Settings over the config's (from flags such as --kubernetes and --strict). */
  settings?: Readonly<Record<string, unknown>> | undefined;
  /** Apply fixes of these kinds (the text is fixed in memory; writing is the caller's job). */
  fix?: ReadonlySet<FixKind> | undefined;
}

export interface FileOutcome {
  result: LintResult;
  /** The text as given (before fixes). */
  original: string;
  /** Why the fixes were not applied, when a pass was unsafe. */
  fixFailure?: string;
}

export function lintOptionsFor(options: FileLintOptions): LintOptions {
  return {
    severities: resolveSeverities(options.config?.rules, options.ruleFlags),
    settings: options.settings ? { ...options.config?.settings, ...options.settings } : (options.config?.settings ?? {}),
  };
}

export async function lintDecoded(filePath: string, decoded: Decoded, options: FileLintOptions): Promise<FileOutcome> {
  if (!decoded.ok) {
    const { line, column } = decoded.position;
    const diagnostic: Diagnostic = { ruleId: SYNTAX.id, severity: 2, message: decoded.message, line, column, endLine: line, endColumn: column + 1 };
    return { result: summarize(filePath, '', [diagnostic]), original: '' };
  }
  return lintFileText(filePath, decoded.text, options);
}

/** Lint without fixing: synchronous. */
export function lintTextNow(filePath: string, text: string, options: FileLintOptions): LintResult {
  return summarize(filePath, text, lintParsed(parseHujson(text), lintOptionsFor(options)));
}

export async function lintFileText(filePath: string, text: string, options: FileLintOptions): Promise<FileOutcome> {
  if (!options.fix?.size) return { result: lintTextNow(filePath, text, options), original: text };
  const lintOptions = lintOptionsFor(options);
  const lint = (policy: ReturnType<typeof parseHujson>) => lintParsed(policy, lintOptions);
  const outcome = await fixText(text, lint, options.fix);
  const diagnostics = outcome.diagnostics ?? lint(parseHujson(outcome.output));
  const result = summarize(filePath, outcome.output, diagnostics, outcome.changed ? outcome.output : undefined);
  return outcome.failure ? { result, original: text, fixFailure: outcome.failure } : { result, original: text };
}
