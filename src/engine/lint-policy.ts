// One policy text in, diagnostics out: parse → rules → suppressions. Pure and synchronous;
// files, configs and fixes live around it.

import { parseHujson } from '../parse/parse-hujson.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { rules as registry } from '../../rules/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { UNUSED_SUPPRESSION } from './engine-rules.ts';
import type { Rule, Severity } from './rule.ts';
import { runRules } from './run-rules.ts';
import { applySuppressions } from './suppressions.ts';

export interface LintOptions {
  /** Severity overrides by rule id (defaults come from each rule). */
  severities?: ReadonlyMap<string, Severity>;
  /** Config settings the rules may read (`tailnet`, `kubernetes`, …). */
  settings?: Readonly<Record<string, unknown>>;
  /** The rules to run; the full registry by default. */
  rules?: readonly Rule[];
}

export function lintParsed(policy: ParsedPolicy, options: LintOptions = {}): Diagnostic[] {
  const severities = options.severities ?? new Map<string, Severity>();
  const diagnostics = runRules(policy, { rules: options.rules ?? registry, severities, settings: options.settings ?? {} });
  if (policy.syntaxError) return diagnostics;
  const unused = severities.get(UNUSED_SUPPRESSION.id) ?? UNUSED_SUPPRESSION.severity;
  return applySuppressions(policy, diagnostics, unused === 'off' ? 0 : unused === 'error' ? 2 : 1);
}

export function lintSource(fileText: string, options: LintOptions = {}): { policy: ParsedPolicy; diagnostics: Diagnostic[] } {
  const policy = parseHujson(fileText);
  return { policy, diagnostics: lintParsed(policy, options) };
}
