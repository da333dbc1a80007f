// GitLab Code Quality report. GitLab compares fingerprints between the base and the merge request
// to decide which findings are new, so a fingerprint must survive unrelated edits to the file.

import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import type { LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number; end: number } };
}

function relativePath(cwd: string, filePath: string): string {
  return relative(cwd, resolve(cwd, filePath)).split(sep).join('/');
}

export function formatGitlab(results: readonly LintResult[], context: FormatContext): string {
  const issues: CodeQualityIssue[] = [];
  // Line numbers are left out of the fingerprint so inserting lines above a finding does not
  // make it look new; the occurrence index still tells apart repeats of the same message.
  const occurrences = new Map<string, number>();
  for (const result of results) {
    const path = relativePath(context.cwd, result.filePath);
    for (const d of result.messages) {
      const key = `${path}\0${d.ruleId}\0${d.message}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      issues.push({
        description: d.message,
        check_name: d.ruleId,
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
        severity: d.severity === 2 ? 'major' : 'minor',
        location: { path, lines: { begin: d.line, end: d.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
