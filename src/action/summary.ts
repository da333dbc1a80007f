// The job summary: the counts, then one table row per problem. Messages and file names come
// partly from the policy (tag names, keys), so every cell is escaped: nothing in it can end the
// cell or the row, open a code span, a link, emphasis, maths or HTML, or @-mention anyone.

import { totals, type LintResult } from '../engine/diagnostic.ts';
import { plural } from '../format/terminal-text.ts';
import { ruleDocsUrl } from '../format/format-context.ts';
import { relativePath } from '../format/github.ts';

/** GitHub refuses a step summary over 1 MiB; a few hundred bytes a row keeps well below it. */
export const MAX_ROWS = 1000;

// Backslash escapes stop the inline syntax these characters start (a `\|` is also how GFM keeps
// a pipe inside a cell); `<`, `>` and `&` become entities so no HTML tag or entity survives.
const BACKSLASHED = /[\\`*_[\]~|$]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// A zero-width joiner after `@` keeps the text readable while GitHub no longer sees a mention.
const ZWJ = '\u200D';

/** Plain text → the Markdown of one table cell that shows exactly that text. */
export function escapeCell(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(BACKSLASHED, '\\$&')
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/@/g, `@${ZWJ}`);
}


export interface SummaryOptions {
  /** Paths are shown relative to this folder (the workspace). */
  cwd: string;
  maxRows?: number;
}

export function renderSummary(results: readonly LintResult[], options: SummaryOptions): string {
  const { errors, warnings } = totals(results);
  const icon = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
  const lines = ['### tailpolicy', '', `${icon} **${plural(errors, 'error')}, ${plural(warnings, 'warning')}** in ${plural(results.length, 'policy file')}`, ''];

  const maxRows = options.maxRows ?? MAX_ROWS;
  const rows: string[] = [];
  let total = 0;
  for (const result of results) {
    const file = relativePath(options.cwd, result.filePath);
    for (const d of result.messages) {
      if (total++ >= maxRows) continue;
      const cells = [
        escapeCell(`${file}:${d.line}:${d.column}`),
        d.severity === 2 ? 'error' : 'warning',
        escapeCell(d.message),
        `[${escapeCell(d.ruleId)}](${ruleDocsUrl(encodeURIComponent(d.ruleId))})`,
      ];
      rows.push(`| ${cells.join(' | ')} |`);
    }
  }
  if (total > 0) {
    lines.push('| Location | Severity | Message | Rule |', '| --- | --- | --- | --- |', ...rows, '');
    if (total > rows.length) lines.push(`Only the first ${rows.length} of ${total} problems are listed; the \`sarif-file\` input writes them all.`, '');
  }
  return `${lines.join('\n')}\n`;
}
