// ESLint's stylish layout (file header, aligned rows, summary), plus actionlint's source line
// with a ^~~~ underline under each problem's range.

import { relative, sep } from 'node:path';
import type { Diagnostic, LintResult } from '../engine/diagnostic.ts';
import { LineIndex } from '../parse/line-index.ts';
import type { FormatContext } from './format-context.ts';

const ansi = (code: string) => (color: boolean, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = ansi('31');
const yellow = ansi('33');
const dim = ansi('2');
const bold = ansi('1');
const underline = ansi('4');

export function displayPath(filePath: string, cwd: string): string {
  if (!filePath.startsWith(sep) && !/^[A-Za-z]:[\\/]/.test(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel.startsWith('..') ? filePath : rel;
}

/** Text from the file must neither break a row nor reach the terminal as escape sequences. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}

function snippet(lines: LineIndex, d: Diagnostic, color: boolean): string[] {
  const source = lines.lineText(d.line).replace(/\t/g, ' ');
  if (source.length > 200) return [];
  const gutter = String(d.line);
  const width = Math.max(1, (d.endLine === d.line ? d.endColumn : source.length + 1) - d.column);
  const marker = ' '.repeat(d.column - 1) + '^' + '~'.repeat(Math.max(0, Math.min(width, source.length - d.column + 2) - 1));
  const mark = d.severity === 2 ? red : yellow;
  return [`    ${dim(color, `${gutter} |`)} ${printable(source)}`, `    ${' '.repeat(gutter.length)} ${dim(color, '|')} ${mark(color, marker)}`];
}

export function formatStylish(results: readonly LintResult[], context: FormatContext): string {
  const { color } = context;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    out.push('', underline(color, printable(displayPath(result.filePath, context.cwd))));
    const lines = new LineIndex(result.source);
    // A loop, not Math.max(...spread): a file can have hundreds of thousands of problems.
    let locWidth = 0;
    for (const m of result.messages) locWidth = Math.max(locWidth, `${m.line}:${m.column}`.length);
    for (const m of result.messages) {
      const loc = `${m.line}:${m.column}`.padEnd(locWidth);
      const level = m.severity === 2 ? red(color, 'error  ') : yellow(color, 'warning');
      out.push(`  ${dim(color, loc)}  ${level}  ${printable(m.message)}  ${dim(color, m.ruleId)}`);
      if (result.source) out.push(...snippet(lines, m, color));
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push('', bold(color, errors > 0 ? red(color, summary) : yellow(color, summary)));
  if (fixableErrors + fixableWarnings > 0) {
    out.push(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  }
  return out.join('\n') + '\n\n';
}
