import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyFixes, lintFiles, lintText, rules, UsageError } from './index.ts';

const legacy = '{\n  "acls": [\n    {"action": "accept", "users": ["*"], "dst": ["*:*"]}, // all\n  ],\n}\n';

test('lintText returns an ESLint-shaped result with counts', () => {
  const result = lintText(legacy, { filePath: 'p.hujson' });
  assert.is(result.filePath, 'p.hujson');
  assert.equal(
    result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn]),
    [['no-legacy-acl-keys', 1, 3, 26, 3, 33]],
  );
  assert.equal([result.errorCount, result.warningCount, result.fixableErrorCount, result.fixableWarningCount], [0, 1, 0, 1]);
});

test('lintText honours rule severities', () => {
  assert.equal(lintText(legacy, { rules: { 'no-legacy-acl-keys': 'off' } }).messages, []);
  assert.is(lintText(legacy, { rules: { 'no-legacy-acl-keys': 'error' } }).errorCount, 1);
});

test('applyFixes returns the fixed text and the remaining problems', async () => {
  const fixed = await applyFixes(legacy);
  assert.is(fixed.output, legacy.replace('"users"', '"src"'));
  assert.is(fixed.changed, true);
  assert.equal(fixed.result.messages, []);
});

test('lintFiles lints folders, finds configs, and writes fixes atomically keeping the mode', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-api-'));
  try {
    const file = join(dir, 'policy.hujson');
    writeFileSync(file, legacy);
    chmodSync(file, 0o640);
    const [linted] = await lintFiles([dir]);
    assert.is(linted?.warningCount, 1);
    writeFileSync(join(dir, '.tailpolicy.json'), '{"rules": {"no-legacy-acl-keys": "error"}}');
    assert.is((await lintFiles([file]))[0]?.errorCount, 1);
    const [fixed] = await lintFiles([file], { fix: true });
    assert.is(fixed?.errorCount, 0);
    assert.is(readFileSync(file, 'utf8'), legacy.replace('"users"', '"src"'));
    assert.is(statSync(file).mode & 0o777, 0o640);
    const error = await lintFiles([join(dir, 'missing.hujson')]).then(() => undefined, (e: unknown) => e);
    assert.instance(error, UsageError);
    assert.match((error as Error).message, /missing\.hujson: no such file$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the registry is exported', () => {
  assert.ok(rules.some((r) => r.id === 'no-duplicate-keys'));
});

test("lintFiles applies an explicit config's ignorePatterns, as the CLI does", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-api-'));
  try {
    writeFileSync(join(dir, 'a.hujson'), legacy);
    writeFileSync(join(dir, 'b.hujson'), legacy);
    writeFileSync(join(dir, 'ci.json'), '{"ignorePatterns": ["b.hujson"]}');
    assert.equal((await lintFiles([], { cwd: dir })).map((r) => r.filePath), [join(dir, 'a.hujson'), join(dir, 'b.hujson')]);
    assert.equal((await lintFiles([], { cwd: dir, config: 'ci.json' })).map((r) => r.filePath), [join(dir, 'a.hujson')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
