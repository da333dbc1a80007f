// JUnit XML, for CI systems that show test reports (GitLab's `artifacts:reports:junit`, Jenkins,
// Azure Pipelines, …). The layout:
//
//   <testsuites>            one per run
//     <testsuite>           one per run, named `tailpolicy`
//       <testcase>          one per linted file, named by its path (a clean file is a passing test)
//         <failure>         one per error: type = rule id, message = the message
//         <system-out>      the file's warnings, one line each: they do not fail the test case
//
// `tests` counts files and `failures` counts files with at least one error (the attributes count
// test cases, as JUnit's), `errors` is always 0: a file that does not parse is a `syntax` failure.
// No timestamps or durations beyond `time="0"`, so the same input gives the same bytes.
//
// Everything that comes from a policy file (paths, names in messages) is escaped, and characters
// that XML 1.0 cannot hold at all (control characters other than tab, line feed and carriage return;
// lone surrogates; U+FFFE, U+FFFF) are written as the text `\uXXXX`: no policy can make the
// document malformed.

import type { Diagnostic, LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';
import { displayPath } from './terminal-text.ts';

// With the `u` flag a well-formed surrogate pair is one code point outside the class, so only lone
// surrogates match `\uD800-\uDFFF`.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Element content. `\r` is a character reference, or parsers would turn `\r\n` into `\n`. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value. Tab and line breaks are references, or parsers would normalise
 * them to spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

function where(path: string, d: Diagnostic): string {
  return `${path}:${d.line}:${d.column}`;
}

export function formatJunit(results: readonly LintResult[], context: FormatContext): string {
  const cases: string[] = [];
  let failures = 0;
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    const errors = result.messages.filter((d) => d.severity === 2);
    const warnings = result.messages.filter((d) => d.severity !== 2);
    if (errors.length > 0) failures++;
    const open = `    <testcase classname="tailpolicy" name="${escapeAttribute(path)}" file="${escapeAttribute(path)}" time="0"`;
    if (errors.length === 0 && warnings.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    cases.push(`${open}>`);
    for (const d of errors) {
      cases.push(
        `      <failure type="${escapeAttribute(d.ruleId)}" message="${escapeAttribute(d.message)}">` +
          `${escapeText(`${where(path, d)}: ${d.message} [${d.ruleId}]`)}</failure>`,
      );
    }
    if (warnings.length > 0) {
      const text = warnings.map((d) => `${where(path, d)}: warning: ${d.message} [${d.ruleId}]`).join('\n');
      cases.push(`      <system-out>${escapeText(text)}</system-out>`);
    }
    cases.push('    </testcase>');
  }
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tailpolicy" ${counts} time="0">`,
    `  <testsuite name="tailpolicy" ${counts} skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
