// Text that ends up on a terminal or in a log: paths shown relative to the working folder, and
// text from a policy made harmless (it must neither break a line nor become an escape sequence).

import { relative, sep } from 'node:path';

export function displayPath(filePath: string, cwd: string): string {
  if (!filePath.startsWith(sep) && !/^[A-Za-z]:[\\/]/.test(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel.startsWith('..') ? filePath : rel;
}

/** Control characters and line separators as JSON escapes (`\n`, `\u001b`). */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `N problems (E errors, W warnings)` and, when some are fixable, ESLint's fix hint line. */
export function problemSummary(totals: { errors: number; warnings: number; fixableErrors: number; fixableWarnings: number }): [string, string | undefined] {
  const { errors, warnings, fixableErrors, fixableWarnings } = totals;
  const count = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const fixable = fixableErrors + fixableWarnings > 0 ? `${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.` : undefined;
  return [count, fixable];
}
