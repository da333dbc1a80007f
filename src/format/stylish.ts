// ESLint's stylish layout (file header, aligned rows, summary), plus actionlint's source line
// with a ^~~~ underline under each problem's range.

import { totals, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import { LineIndex } from '../parse/line-index.ts';
import type { FormatContext } from './format-context.ts';
import { displayPath, printable, problemSummary } from './terminal-text.ts';


const ansi = (code: string) => (color: boolean, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = ansi('31');
const yellow = ansi('33');
const dim = ansi('2');
const bold = ansi('1');
const underline = ansi('4');


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
  for (const result of results) {
    if (result.messages.length === 0) continue;
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
  const sum = totals(results);
  if (sum.errors + sum.warnings === 0) return '';
  const [count, fixable] = problemSummary(sum);
  const summary = `\u2716 ${count}`;
  out.push('', bold(color, sum.errors > 0 ? red(color, summary) : yellow(color, summary)));
  if (fixable) out.push(`  ${fixable}`);
  return out.join('\n') + '\n\n';
}
