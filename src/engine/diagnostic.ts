// The results the engine returns and the formatters print. The shape follows ESLint's
// LintResult so tools that read ESLint's JSON read ours; fixes stay JSON-level here and become
// `{range, text}` only in the JSON formatter.

import type { Fix, Suggestion } from './rule.ts';

export type SeverityLevel = 1 | 2;

export interface Diagnostic {
  ruleId: string;
  /** 1 = warning, 2 = error (as ESLint). */
  severity: SeverityLevel;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  /** Exclusive, as ESLint. */
  endColumn: number;
  fix?: Fix;
  suggestions?: readonly Suggestion[];
}

export interface LintResult {
  /** Absolute path, or `<text>` / the --stdin-filename for text input. */
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text that was linted (after fixing, when fixes were applied). */
  source: string;
  /** The fixed text, present only when fixes changed it. */
  output?: string;
}

/** The counts over several results. */
export function totals(results: readonly LintResult[]) {
  const sum = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of results) {
    sum.errors += r.errorCount;
    sum.warnings += r.warningCount;
    sum.fixableErrors += r.fixableErrorCount;
    sum.fixableWarnings += r.fixableWarningCount;
  }
  return sum;
}

export function summarize(filePath: string, source: string, messages: Diagnostic[], output?: string): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    source,
  };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    }
  }
  if (output !== undefined) result.output = output;
  return result;
}
