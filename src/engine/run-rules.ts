// Runs the enabled rules on one parsed policy and turns their path-based reports into
// positioned diagnostics, locating every path of the run in a single pass.

import { locatePaths, type Located } from '../locate/path-to-range.ts';
import type { ParsedPolicy, SourceRange } from '../parse/parsed-policy.ts';
import type { Diagnostic, SeverityLevel } from './diagnostic.ts';
import { SYNTAX } from './engine-rules.ts';
import type { JsonPath, Report, Rule, RuleContext, Severity } from './rule.ts';

export interface RuleRunOptions {
  rules: readonly Rule[];
  /** Effective severity of every rule id; missing ids use the rule's default. */
  severities: ReadonlyMap<string, Severity>;
  settings: Readonly<Record<string, unknown>>;
}

interface Pending {
  rule: Rule;
  severity: SeverityLevel;
  report: Report;
  at?: number;
  related?: number;
}

export function rangeToPosition(policy: ParsedPolicy, range: SourceRange) {
  const start = policy.lines.position(range.offset);
  const end = policy.lines.position(range.offset + range.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function runRules(policy: ParsedPolicy, options: RuleRunOptions): Diagnostic[] {
  if (policy.syntaxError) {
    const { message, range } = policy.syntaxError;
    return [{ ruleId: SYNTAX.id, severity: 2, message, ...rangeToPosition(policy, range) }];
  }

  const pending: Pending[] = [];
  const paths: JsonPath[] = [];
  // One context for the whole run (rules report synchronously): the rule being run is `current`.
  let current = options.rules[0]!;
  let configured: Severity | undefined;
  const context: RuleContext = {
    policy,
    root: policy.value as Record<string, unknown>,
    settings: options.settings,
    report(report) {
      const severity = configured ?? report.severity ?? current.severity;
      const entry: Pending = { rule: current, severity: severity === 'error' ? 2 : 1, report };
      if ('path' in report) entry.at = paths.push(report.path) - 1;
      if (report.related && !('range' in report.related)) entry.related = paths.push(report.related) - 1;
      pending.push(entry);
    },
  };
  for (const rule of options.rules) {
    configured = options.severities.get(rule.id);
    if (configured === 'off') continue;
    current = rule;
    try {
      rule.check(context);
    } catch (error) {
      throw new Error(`rule "${rule.id}" failed: ${(error as Error).message}`, { cause: error });
    }
  }

  const located = paths.length > 0 ? locatePaths(policy.text, paths, { stopEarly: policy.duplicates.length === 0 }) : [];
  const diagnostics = pending.map((entry) => toDiagnostic(policy, entry, located));
  return sortDiagnostics(dedupe(diagnostics));
}

function pickRange(located: Located, on: 'key' | 'value'): SourceRange {
  // A missing path points at the nearest ancestor's key, which is short and names the place.
  if (!located.exact || on === 'key') return located.key ?? located.value;
  return located.value;
}

function toDiagnostic(policy: ParsedPolicy, entry: Pending, located: Located[]): Diagnostic {
  const { report, rule } = entry;
  const range = 'range' in report ? report.range : pickRange(located[entry.at!]!, report.on ?? 'value');
  let message = report.message;
  if (report.related) {
    const other = 'range' in report.related ? report.related.range : pickRange(located[entry.related!]!, 'key');
    const where = policy.lines.position(other.offset);
    message = message.replace('{related}', `${where.line}:${where.column}`);
  }
  const diagnostic: Diagnostic = { ruleId: rule.id, severity: entry.severity, message, ...rangeToPosition(policy, range) };
  if (report.fix) {
    if (!rule.fixable) throw new Error(`rule "${rule.id}" reported a fix but is not marked fixable`);
    diagnostic.fix = report.fix;
  }
  if (report.suggestions?.length) {
    if (!rule.hasSuggestions) throw new Error(`rule "${rule.id}" reported suggestions but does not declare hasSuggestions`);
    diagnostic.suggestions = report.suggestions;
  }
  return diagnostic;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\0${d.line}\0${d.column}\0${d.endLine}\0${d.endColumn}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
