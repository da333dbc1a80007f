import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import type { RuleMeta } from '../engine/rule.ts';
import type { FormatContext } from './format-context.ts';
import { formatGithub } from './github.ts';

const cwd = resolve('/repo');
const rules = new Map<string, RuleMeta>([
  ['no-empty-acl', { id: 'no-empty-acl', description: 'ACLs must not be empty.', severity: 'error', fixable: false }],
]);
const context: FormatContext = { cwd, rules, color: false };

function diag(ruleId: string, severity: 1 | 2, message: string, line: number, column: number, endLine: number, endColumn: number): Diagnostic {
  return { ruleId, severity, message, line, column, endLine, endColumn };
}

function result(file: string, messages: Diagnostic[]): LintResult {
  return summarize(join(cwd, file), '', messages);
}

// The runner decodes in this order; `%25` last so an escaped `%` is not decoded twice.
function decode(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

test('one command per diagnostic, paths relative to cwd', () => {
  const out = formatGithub(
    [
      result('policy.hujson', [
        diag('no-empty-acl', 2, 'The ACL is empty.', 3, 5, 3, 12),
        diag('unused-tag', 1, 'Tag is unused.', 10, 1, 12, 2),
      ]),
      result('nested/other.hujson', [diag('no-empty-acl', 2, 'Again.', 1, 1, 1, 2)]),
    ],
    context,
  );
  assert.is(
    out,
    '::error file=policy.hujson,line=3,col=5,endLine=3,endColumn=12,title=tailpolicy(no-empty-acl)::The ACL is empty.\n' +
      '::warning file=policy.hujson,line=10,col=1,endLine=12,endColumn=2,title=tailpolicy(unused-tag)::Tag is unused.\n' +
      '::error file=nested/other.hujson,line=1,col=1,endLine=1,endColumn=2,title=tailpolicy(no-empty-acl)::Again.\n',
  );
});

test('empty string without diagnostics', () => {
  assert.is(formatGithub([], context), '');
  assert.is(formatGithub([result('policy.hujson', [])], context), '');
});

test('crafted messages and paths cannot inject workflow commands', () => {
  const message = 'Tag "tag:x%0A::warning::owned" is never used\n::error::pwned\rend';
  const file = 'we,ird:na%me.hujson';
  const out = formatGithub(
    [
      result(file, [
        diag('unused-tag', 2, message, 2, 3, 2, 30),
        diag('unused-tag', 1, 'plain', 4, 1, 4, 2),
      ]),
    ],
    context,
  );

  assert.is(
    out,
    '::error file=we%2Cird%3Ana%25me.hujson,line=2,col=3,endLine=2,endColumn=30,title=tailpolicy(unused-tag)::' +
      'Tag "tag:x%250A::warning::owned" is never used%0A::error::pwned%0Dend\n' +
      '::warning file=we%2Cird%3Ana%25me.hujson,line=4,col=1,endLine=4,endColumn=2,title=tailpolicy(unused-tag)::plain\n',
  );

  assert.ok(out.endsWith('\n'));
  assert.not.ok(out.includes('\r'));
  const lines = out.slice(0, -1).split('\n');
  assert.is(lines.length, 2);
  const commands = lines.map((l) => l.startsWith('::') && l.slice(2, l.indexOf(' ')));
  assert.equal(commands, ['error', 'warning']);

  const parsed = lines.map((l) => {
    const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(l);
    assert.ok(m, `unparseable line: ${l}`);
    const props = Object.fromEntries(
      (m[2] ?? '').split(',').map((kv) => {
        const eq = kv.indexOf('=');
        return [kv.slice(0, eq), decode(kv.slice(eq + 1))];
      }),
    );
    return { props, message: decode(m[3] ?? '') };
  });
  assert.is(parsed[0]?.message, message);
  assert.is(parsed[0]?.props['file'], file);
  assert.is(parsed[0]?.props['title'], 'tailpolicy(unused-tag)');
  assert.is(parsed[1]?.message, 'plain');
  assert.is(parsed[1]?.props['file'], file);
});

test.run();
