// One line per problem, `path:line:column: severity: message [rule]`, the layout of compilers and
// of actionlint. Made for commit hooks and editors: pre-commit prints a hook's output as it is, and
// terminals, editors (Vim's quickfix, Emacs' compilation mode, VS Code's terminal links) and CI
// logs pick up `path:line:column` as a link to the exact place. A summary line closes the report.

import { totals, type LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';
import { displayPath, printable, problemSummary } from './terminal-text.ts';

export function formatCompact(results: readonly LintResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const path = printable(displayPath(result.filePath, context.cwd));
    for (const m of result.messages) {
      lines.push(`${path}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'}: ${printable(m.message)} [${m.ruleId}]`);
    }
  }
  if (lines.length === 0) return '';
  const [count, fixable] = problemSummary(totals(results));
  lines.push('', count);
  if (fixable) lines.push(fixable);
  return `${lines.join('\n')}\n`;
}
