import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import { formatCompact } from './compact.ts';
import type { FormatContext } from './format-context.ts';

const cwd = resolve('/repo');
const context: FormatContext = { cwd, rules: new Map(), color: true };

function diag(ruleId: string, severity: 1 | 2, message: string, line: number, column: number, fixable = false): Diagnostic {
  const d: Diagnostic = { ruleId, severity, message, line, column, endLine: line, endColumn: column + 1 };
  if (fixable) d.fix = { ops: [{ op: 'rename-key', path: ['acls', 0, 'users'], newKey: 'src' }] };
  return d;
}

function result(file: string, messages: Diagnostic[]): LintResult {
  return summarize(join(cwd, file), '', messages);
}

test('path:line:column: severity: message [rule], then the totals; never colour', () => {
  const out = formatCompact(
    [
      result('policy.hujson', [diag('no-duplicate-keys', 2, 'Duplicate key "a"', 4, 5), diag('no-legacy-acl-keys', 1, 'Legacy "users"', 7, 26, true)]),
      result('clean.hujson', []),
      result('sub/b.hujson', [diag('syntax', 2, 'Expected a comma', 1, 12)]),
    ],
    context,
  );
  assert.fixture(
    out,
    'policy.hujson:4:5: error: Duplicate key "a" [no-duplicate-keys]\n' +
      'policy.hujson:7:26: warning: Legacy "users" [no-legacy-acl-keys]\n' +
      'sub/b.hujson:1:12: error: Expected a comma [syntax]\n' +
      '\n' +
      '3 problems (2 errors, 1 warning)\n' +
      '0 errors and 1 warning potentially fixable with the `--fix` option.\n',
  );
});

test('nothing at all for clean files; a file outside the folder keeps its absolute path', () => {
  assert.is(formatCompact([result('a.hujson', [])], context), '');
  const outside = summarize(resolve('/elsewhere/p.hujson'), '', [diag('syntax', 2, 'Bad', 1, 1)]);
  assert.is(formatCompact([outside], context), `${resolve('/elsewhere/p.hujson')}:1:1: error: Bad [syntax]\n\n1 problem (1 error, 0 warnings)\n`);
});

test('line breaks and escape sequences from the policy stay on one line, harmless', () => {
  const out = formatCompact([result('we\nird.hujson', [diag('r', 2, 'tag "a\r\nb\u001b[31m"', 1, 1)])], context);
  assert.is(out.split('\n')[0], 'we\\nird.hujson:1:1: error: tag "a\\r\\nb\\u001b[31m" [r]');
  assert.not.ok(out.includes('\u001b'));
});

test.run();
