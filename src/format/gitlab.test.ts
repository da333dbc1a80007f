import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';
import { formatGitlab } from './gitlab.ts';

const cwd = resolve('/repo');
const context: FormatContext = { cwd, rules: new Map(), color: false };

function diag(ruleId: string, severity: 1 | 2, message: string, line: number, endLine: number): Diagnostic {
  return { ruleId, severity, message, line, column: 1, endLine, endColumn: 2 };
}

function result(file: string, messages: Diagnostic[]): LintResult {
  return summarize(join(cwd, file), '', messages);
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

const fixture = (): LintResult[] => [
  result('policy.hujson', [
    diag('no-empty-acl', 2, 'The ACL is empty.', 3, 4),
    diag('unused-tag', 1, 'Tag "tag:a" is unused.', 7, 7),
    diag('unused-tag', 1, 'Tag "tag:a" is unused.', 9, 9),
  ]),
  result('sub/other.hujson', [diag('unused-tag', 1, 'Tag "tag:a" is unused.', 1, 1)]),
];

test('Code Quality issues with stable fingerprints', () => {
  const out = formatGitlab(fixture(), context);
  const expected = [
    {
      description: 'The ACL is empty.',
      check_name: 'no-empty-acl',
      fingerprint: sha256('policy.hujson\0no-empty-acl\0The ACL is empty.\x000'),
      severity: 'major',
      location: { path: 'policy.hujson', lines: { begin: 3, end: 4 } },
    },
    {
      description: 'Tag "tag:a" is unused.',
      check_name: 'unused-tag',
      fingerprint: sha256('policy.hujson\0unused-tag\0Tag "tag:a" is unused.\x000'),
      severity: 'minor',
      location: { path: 'policy.hujson', lines: { begin: 7, end: 7 } },
    },
    {
      description: 'Tag "tag:a" is unused.',
      check_name: 'unused-tag',
      fingerprint: sha256('policy.hujson\0unused-tag\0Tag "tag:a" is unused.\x001'),
      severity: 'minor',
      location: { path: 'policy.hujson', lines: { begin: 9, end: 9 } },
    },
    {
      description: 'Tag "tag:a" is unused.',
      check_name: 'unused-tag',
      fingerprint: sha256('sub/other.hujson\0unused-tag\0Tag "tag:a" is unused.\x000'),
      severity: 'minor',
      location: { path: 'sub/other.hujson', lines: { begin: 1, end: 1 } },
    },
  ];
  assert.is(out, `${JSON.stringify(expected, null, 2)}\n`);
});

test('fingerprints are stable across runs and line shifts, distinct for repeats', () => {
  type Issue = { fingerprint: string };
  const first = JSON.parse(formatGitlab(fixture(), context)) as Issue[];
  const second = JSON.parse(formatGitlab(fixture(), context)) as Issue[];
  assert.equal(
    first.map((i) => i.fingerprint),
    second.map((i) => i.fingerprint),
  );

  const shifted = fixture().map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, line: m.line + 5, endLine: m.endLine + 5 })) }));
  const third = JSON.parse(formatGitlab(shifted, context)) as Issue[];
  assert.equal(
    third.map((i) => i.fingerprint),
    first.map((i) => i.fingerprint),
  );

  for (const i of first) assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
  assert.is.not(first[1]?.fingerprint, first[2]?.fingerprint);
  assert.is(new Set(first.map((i) => i.fingerprint)).size, first.length);
});

test('empty array without diagnostics', () => {
  assert.is(formatGitlab([], context), '[]\n');
});

test.run();
