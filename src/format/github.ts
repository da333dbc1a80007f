// GitHub Actions workflow commands: the runner turns each `::error …::…` line on stdout into an
// annotation on the pull request. Anything we print comes partly from the policy file (tag names,
// paths), so every value is escaped or a crafted message could inject further commands.

import { relative, resolve, sep } from 'node:path';
import type { LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';

// Same escaping as @actions/core (command.ts): the runner splits commands on line breaks and
// decodes these sequences, so `%` must go first to keep the decode unambiguous.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

// Properties are additionally split on `,` and terminated by `::`.
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `filePath` relative to `cwd`, with `/` separators (as GitHub names files in a repository). */
export function relativePath(cwd: string, filePath: string): string {
  return relative(cwd, resolve(cwd, filePath)).split(sep).join('/');
}

/** One workflow command line (`::name key=value,…::message` and a line break), every property
 * and the message escaped, so no value can end the command or start another one. */
export function workflowCommand(name: string, message: string, properties: Readonly<Record<string, string | number>> = {}): string {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}\n`;
}

export function formatGithub(results: readonly LintResult[], context: FormatContext): string {
  let out = '';
  for (const result of results) {
    const file = relativePath(context.cwd, result.filePath);
    for (const d of result.messages) {
      out += workflowCommand(d.severity === 2 ? 'error' : 'warning', d.message, {
        file,
        line: d.line,
        col: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        title: `tailpolicy(${d.ruleId})`,
      });
    }
  }
  return out;
}
