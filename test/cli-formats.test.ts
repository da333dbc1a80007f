// End-to-end tests of the `junit` and `compact` formats: the real CLI (bin/tailpolicy.js →
// dist/cli, so run `npm run build` first) spawned in throw-away folders.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cli, repo, tempFolders } from './cli-harness.ts';

const { folder, removeAll } = tempFolders('formats');

const CLEAN = '{\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["*:*"]},\n  ],\n}\n';
const LEGACY = '{\n  "acls": [\n    {"action": "accept", "users": ["*"], "dst": ["*:*"]},\n  ],\n}\n';
// Each policy is otherwise clean, so that only the problem under test is reported.
const DUPLICATE = '{\n  "hosts": {\n    "db": "100.64.0.1",\n    "db": "100.64.0.2",\n  },\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["db:*"]},\n  ],\n}\n';
const DUPLICATE_MESSAGE = 'Duplicate key "db", first defined at 3:5; Tailscale keeps only the last one, so merge them or remove the extra';
const LEGACY_MESSAGE = '"users" is the legacy name of "src" in ACL rules; rename it to "src"';

test.before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli', 'main.js')), 'dist/cli/main.js is missing: run `npm run build` before the end-to-end tests');
});

test.after(removeAll);

test('--format junit: a test case per file, a failure per error, warnings in system-out; exit codes as ever', () => {
  const dir = folder({ 'a-clean.hujson': CLEAN, 'b-dup.hujson': DUPLICATE, 'c-legacy.hujson': LEGACY });
  const run = cli(dir, ['--format', 'junit', 'a-clean.hujson', 'b-dup.hujson', 'c-legacy.hujson']);
  assert.equal([run.status, run.stderr], [1, '']);
  assert.fixture(
    run.stdout,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="tailpolicy" tests="3" failures="1" errors="0" time="0">',
      '  <testsuite name="tailpolicy" tests="3" failures="1" errors="0" skipped="0" time="0">',
      '    <testcase classname="tailpolicy" name="a-clean.hujson" file="a-clean.hujson" time="0"/>',
      '    <testcase classname="tailpolicy" name="b-dup.hujson" file="b-dup.hujson" time="0">',
      `      <failure type="no-duplicate-keys" message="${DUPLICATE_MESSAGE.replace(/"/g, '&quot;')}">b-dup.hujson:4:5: ${DUPLICATE_MESSAGE} [no-duplicate-keys]</failure>`,
      '    </testcase>',
      '    <testcase classname="tailpolicy" name="c-legacy.hujson" file="c-legacy.hujson" time="0">',
      `      <system-out>c-legacy.hujson:3:26: warning: ${LEGACY_MESSAGE} [no-legacy-acl-keys]</system-out>`,
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
  // Warnings only: exit 0 (and 1 with --max-warnings 0), the report says the same either way.
  const warned = cli(dir, ['-f', 'junit', 'c-legacy.hujson']);
  assert.is(warned.status, 0);
  assert.ok(warned.stdout.includes('failures="0"'), warned.stdout);
  assert.is(cli(dir, ['-f', 'junit', '--max-warnings', '0', 'c-legacy.hujson']).status, 1);
  // -o writes the same bytes to a file.
  const toFile = cli(dir, ['-f', 'junit', '-o', 'report.xml', 'a-clean.hujson', 'b-dup.hujson', 'c-legacy.hujson']);
  assert.equal([toFile.status, toFile.stdout, toFile.stderr], [1, '', '']);
  assert.is(readFileSync(join(dir, 'report.xml'), 'utf8'), run.stdout);
});

/** Parses XML with Python's expat, a real XML 1.0 parser, and returns what it read; undefined
 * where no python3 is installed. */
function readWithExpat(xml: string): { name: string; failures: { message: string; text: string }[] }[] | undefined {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.fromstring(sys.stdin.buffer.read())',
    'print(json.dumps([{"name": c.get("name"), "failures": [{"message": f.get("message"), "text": f.text} for f in c.iter("failure")]} for c in root.iter("testcase")]))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  assert.is(run.status, 0, `expat rejected the report: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReturnType<typeof readWithExpat>;
}

test('--format junit: a hostile file name and policy text cannot break the document', () => {
  // The name holds `]]>`, `<`, `&`, both quotes, and raw control characters XML 1.0 forbids; the
  // policy holds a raw control character, which the syntax message names.
  const name = 'x]]><&"\'\u0001\u001b.hujson';
  const dir = folder({ [name]: '{"a": "\u0001"}\n' });
  const run = cli(dir, ['-f', 'junit', name]);
  assert.equal([run.status, run.stderr], [1, '']);
  const shown = 'x]]><&"\'\\u0001\\u001B.hujson';
  const message = 'A raw control character U+0001 is not allowed in a string; write it as "\\u0001"';
  assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(run.stdout), JSON.stringify(run.stdout));
  assert.ok(
    run.stdout.includes(
      '    <testcase classname="tailpolicy" name="x]]&gt;&lt;&amp;&quot;&apos;\\u0001\\u001B.hujson" file="x]]&gt;&lt;&amp;&quot;&apos;\\u0001\\u001B.hujson" time="0">\n' +
        '      <failure type="syntax" message="A raw control character U+0001 is not allowed in a string; write it as &quot;\\u0001&quot;">' +
        'x]]&gt;&lt;&amp;"\'\\u0001\\u001B.hujson:1:8: A raw control character U+0001 is not allowed in a string; write it as "\\u0001" [syntax]</failure>\n',
    ),
    run.stdout,
  );
  const parsed = readWithExpat(run.stdout);
  if (parsed === undefined) {
    console.log('  (python3 not found: the report was checked against the expected text only, not by expat)');
    return;
  }
  assert.equal(parsed, [{ name: shown, failures: [{ message, text: `${shown}:1:8: ${message} [syntax]` }] }]);
});

test('--format compact: path:line:column: severity: message [rule], one line each, and the totals', () => {
  const dir = folder({ 'a-clean.hujson': CLEAN, 'b-dup.hujson': DUPLICATE, 'c-legacy.hujson': LEGACY });
  const run = cli(dir, ['--format', 'compact', '--color', 'a-clean.hujson', 'b-dup.hujson', 'c-legacy.hujson']);
  assert.equal([run.status, run.stderr], [1, '']);
  assert.fixture(
    run.stdout,
    `b-dup.hujson:4:5: error: ${DUPLICATE_MESSAGE} [no-duplicate-keys]\n` +
      `c-legacy.hujson:3:26: warning: ${LEGACY_MESSAGE} [no-legacy-acl-keys]\n` +
      '\n' +
      '2 problems (1 error, 1 warning)\n' +
      '0 errors and 1 warning potentially fixable with the `--fix` option.\n',
  );
  assert.equal(cli(dir, ['-f', 'compact', 'a-clean.hujson']), { status: 0, stdout: '', stderr: '' });
  const fixed = cli(dir, ['-f', 'compact', '--fix', 'c-legacy.hujson']);
  assert.equal(fixed, { status: 0, stdout: '', stderr: '' });
  assert.is(readFileSync(join(dir, 'c-legacy.hujson'), 'utf8'), LEGACY.replace('"users"', '"src"'));
});

test('an unknown format is a usage error that lists junit and compact', () => {
  const run = cli(folder({ 'p.hujson': CLEAN }), ['-f', 'xml', 'p.hujson']);
  assert.is(run.status, 2);
  assert.match(run.stderr, /junit/);
  assert.match(run.stderr, /compact/);
});

test.run();
