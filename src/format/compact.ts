// One line per problem, `path:line:column: severity: message [rule]`, the layout of compilers and
// of actionlint. Made for commit hooks and editors: pre-commit prints a hook's output as it is, and
// terminals, editors (Vim's quickfix, Emacs' compilation mode, VS Code's terminal links) and CI
// logs pick up `path:line:column` as a link to the exact place. A summary line closes the report.

import type { LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';
import { displayPath } from './stylish.ts';

/** Text from the file must neither break a line nor reach the terminal as escape sequences. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}

export function formatCompact(results: readonly LintResult[], context: FormatContext): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const path = printable(displayPath(result.filePath, context.cwd));
    for (const m of result.messages) {
      lines.push(`${path}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'}: ${printable(m.message)} [${m.ruleId}]`);
    }
  }
  if (lines.length === 0) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push('', `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`);
  if (fixableErrors + fixableWarnings > 0) {
    lines.push(`${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  }
  return `${lines.join('\n')}\n`;
}
