// ESLint's JSON formatter shape, so tools that read ESLint JSON read ours unchanged.

import type { Diagnostic, LintResult } from '../engine/diagnostic.ts';
import type { TextEdit } from '../fix/text-edit.ts';

/** Text edits for the fixes and suggestions in the results (computed by the caller, async). */
export type EditLookup = (diagnostic: Diagnostic, which: 'fix' | number) => TextEdit | undefined;

export function formatJson(results: readonly LintResult[], edits: EditLookup): string {
  const out = results.map((r) => {
    const messages = r.messages.map((m) => {
      const message: Record<string, unknown> = {
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      };
      const fix = m.fix && edits(m, 'fix');
      if (fix) message.fix = fix;
      if (m.suggestions?.length) {
        message.suggestions = m.suggestions.map((s, i) => ({ desc: s.description, fix: edits(m, i) }));
      }
      return message;
    });
    const entry: Record<string, unknown> = {
      filePath: r.filePath,
      messages,
      suppressedMessages: [],
      errorCount: r.errorCount,
      fatalErrorCount: r.messages.filter((m) => m.ruleId === 'syntax').length,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
    };
    if (r.output !== undefined) entry.output = r.output;
    else if (r.messages.length > 0) entry.source = r.source;
    return entry;
  });
  return JSON.stringify(out) + '\n';
}
