import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError } from '../errors.ts';
import { ConfigFinder } from './find-config.ts';
import { loadConfig } from './load-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-config-'));
let counter = 0;

function write(text: string, name = `config-${++counter}.json`): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The UsageError message loadConfig throws for `text`. */
function failure(text: string): { path: string; message: string } {
  const path = write(text);
  try {
    loadConfig(path);
  } catch (error) {
    assert.instance(error, UsageError);
    const message = (error as Error).message;
    assert.not.ok(message.includes('\n'), `multi-line message: ${message}`);
    return { path, message };
  }
  assert.unreachable(`loadConfig accepted ${JSON.stringify(text)}`);
  throw new Error('unreachable');
}

/** Asserts the message is `<path>:<line>:<column>: <rest>` and returns the parts. */
function located(text: string): { line: number; column: number; rest: string } {
  const { path, message } = failure(text);
  assert.ok(message.startsWith(`${path}:`), `message does not start with the path: ${message}`);
  const match = /^:(\d+):(\d+): (.+)$/.exec(message.slice(path.length));
  assert.ok(match, `no :line:column after the path: ${message}`);
  return { line: Number(match[1]), column: Number(match[2]), rest: match[3]! };
}

test('a valid config: rules, ignore patterns and settings', () => {
  const path = write(`{
    // HuJSON: comments and trailing commas are fine
    "$schema": "https://example.com/tailpolicy.schema.json",
    "rules": {
      "no-legacy-acl-keys": "off",
      "no-duplicate-keys": "warn",
      "hujson-compat": "error",
      "no-unused-suppressions": 2,
    },
    "ignorePatterns": ["generated/**", "**/*.tmp.hujson"],
    "tailnet": {"name": "example.com"},
    "kubernetes": [{"proxy": "cks", "users": ["group:ml-eng"]}],
  }`);
  const config = loadConfig(path);
  assert.is(config.path, path);
  assert.equal(config.rules, {
    'no-legacy-acl-keys': 'off',
    'no-duplicate-keys': 'warn',
    'hujson-compat': 'error',
    'no-unused-suppressions': 'error',
  });
  assert.equal(config.ignorePatterns, ['generated/**', '**/*.tmp.hujson']);
  assert.equal(JSON.parse(JSON.stringify(config.settings)), { tailnet: { name: 'example.com' }, kubernetes: [{ proxy: 'cks', users: ['group:ml-eng'] }] });
});

test('an empty object is a valid config', () => {
  const config = loadConfig(write('{}'));
  assert.equal(config.rules, {});
  assert.equal(config.ignorePatterns, []);
  assert.equal(config.settings, {});
});

test('severity spellings: off/warn/warning/error and 0/1/2', () => {
  const config = loadConfig(write('{"rules": {"no-legacy-acl-keys": "warning", "no-duplicate-keys": 0, "hujson-compat": "1", "no-unused-suppressions": "2"}}'));
  assert.equal(config.rules, { 'no-legacy-acl-keys': 'warn', 'no-duplicate-keys': 'off', 'hujson-compat': 'warn', 'no-unused-suppressions': 'error' });
});

test('unknown top-level key: points at the key, suggests the near miss', () => {
  const error = located('{\n  "rules": {},\n  "ignorePattern": ["x"]\n}');
  assert.equal([error.line, error.column], [3, 3]);
  assert.ok(error.rest.startsWith('Unknown config key "ignorePattern"; did you mean "ignorePatterns"?'), error.rest);
  assert.ok(error.rest.includes('"rules"'), error.rest);
});

test('unknown top-level key without a near miss has no suggestion', () => {
  const error = located('{"zzzzzz": 1}');
  assert.equal([error.line, error.column], [1, 2]);
  assert.ok(error.rest.startsWith('Unknown config key "zzzzzz"; expected one of'), error.rest);
  assert.not.ok(error.rest.includes('did you mean'), error.rest);
});

test('"__proto__" is an unknown key like any other', () => {
  const error = located('{"__proto__": {"rules": {}}}');
  assert.equal([error.line, error.column], [1, 2]);
  assert.ok(error.rest.startsWith('Unknown config key "__proto__"'), error.rest);
});

test('unknown rule: points at the rule id, suggests the near miss', () => {
  const error = located('{\r\n  "rules": {\r\n    "no-duplicate-key": "off"\r\n  }\r\n}\r\n');
  assert.equal([error.line, error.column], [3, 5]);
  assert.is(error.rest, 'Unknown rule "no-duplicate-key"; did you mean "no-duplicate-keys"?');
  const far = located('{"rules": {"made-up": "off"}}');
  assert.equal([far.line, far.column], [1, 12]);
  assert.is(far.rest, 'Unknown rule "made-up"');
});

test('bad severity: points at the value', () => {
  const error = located('{\n  "rules": {\n    "no-duplicate-keys": "loud"\n  }\n}');
  assert.equal([error.line, error.column], [3, 26]);
  assert.is(error.rest, 'Rule "no-duplicate-keys" has severity "loud"; expected "off", "warn" or "error"');
  for (const bad of ['true', 'null', '3', '"Error"', '["error"]', '{"level": "error"}']) {
    const e = located(`{"rules": {"hujson-compat": ${bad}}}`);
    assert.equal([e.line, e.column], [1, 29], bad);
    assert.ok(e.rest.startsWith(`Rule "hujson-compat" has severity ${JSON.stringify(JSON.parse(bad))}`), e.rest);
  }
});

test('a repeated key is reported at the repeat, not at the first occurrence', () => {
  // Which occurrence wins is easy to get wrong, so the config must not silently pick one, and the
  // position must be that of the repeat (a message about the second "bogus" value must not point at "off").
  const text = '{"rules": {"no-duplicate-keys": "off", "no-duplicate-keys": "bogus"}}';
  const error = located(text);
  assert.ok(error.rest.includes('"no-duplicate-keys"'), error.rest);
  assert.equal([error.line, error.column], [1, text.lastIndexOf('"no-duplicate-keys"') + 1]);
  const top = located('{\n  "rules": {},\n  "rules": {"no-legacy-acl-keys": "off"}\n}');
  assert.ok(top.rest.includes('"rules"'), top.rest);
  assert.equal([top.line, top.column], [3, 3]);
});

test('wrong types for "rules" and "ignorePatterns"', () => {
  for (const bad of ['[]', 'null', '"off"', '1']) {
    const e = located(`{"rules": ${bad}}`);
    assert.equal([e.line, e.column], [1, 11], bad);
    assert.is(e.rest, '"rules" must be an object of rule id to "off", "warn" or "error"');
  }
  for (const bad of ['"**/x"', '["ok", 1]', '{}', 'null']) {
    const e = located(`{"ignorePatterns": ${bad}}`);
    assert.equal([e.line, e.column], [1, 20], bad);
    assert.is(e.rest, '"ignorePatterns" must be an array of glob strings');
  }
});

test('syntax errors: the first one, with its line and column', () => {
  const missingComma = located('{\n  "rules": {}\n  "tailnet": {}\n}');
  assert.equal([missingComma.line, missingComma.column], [3, 3]);
  assert.is(missingComma.rest, 'Expected "," or "}", found a string');
  const truncated = located('{"rules": ');
  assert.equal([truncated.line, truncated.column], [1, 11]);
  assert.is(truncated.rest, 'Unexpected end of file; a value is missing');
  const single = located("{'rules': {}}");
  assert.equal([single.line, single.column], [1, 2]);
  assert.is(single.rest, 'Strings and keys must use double quotes, not single quotes');
});

test('not an object, or empty', () => {
  for (const text of ['[]', '"rules"', 'null', '', '// only a comment\n']) {
    const e = located(text);
    assert.equal([e.line, e.column].length, 2);
    assert.ok(e.line >= 1 && e.column >= 1, text);
  }
});

test('a missing or unreadable config is a UsageError naming the file', () => {
  const path = join(dir, 'does-not-exist.json');
  try {
    loadConfig(path);
    assert.unreachable('no error');
  } catch (error) {
    assert.instance(error, UsageError);
    assert.is((error as Error).message, `${path}: cannot read the config file (ENOENT)`);
  }
  const folder = join(dir, 'a-folder.json');
  mkdirSync(folder);
  try {
    loadConfig(folder);
    assert.unreachable('no error');
  } catch (error) {
    assert.instance(error, UsageError);
    assert.is((error as Error).message, `${folder}: cannot read the config file (EISDIR)`);
  }
});

test('ConfigFinder: nearest .tailpolicy.json or .tailpolicy.hujson upwards, cached', () => {
  const root = join(dir, 'finder');
  mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
  writeFileSync(join(root, '.tailpolicy.json'), '{"rules": {"no-legacy-acl-keys": "off"}}');
  writeFileSync(join(root, 'a', 'b', '.tailpolicy.hujson'), '{\n  // nearer\n  "rules": {"no-duplicate-keys": "warn"},\n}');
  const finder = new ConfigFinder();
  assert.is(finder.forDirectory(root)?.path, join(root, '.tailpolicy.json'));
  assert.is(finder.forDirectory(join(root, 'a'))?.path, join(root, '.tailpolicy.json'));
  const nearer = finder.forDirectory(join(root, 'a', 'b', 'c'));
  assert.is(nearer?.path, join(root, 'a', 'b', '.tailpolicy.hujson'));
  assert.equal(nearer?.rules, { 'no-duplicate-keys': 'warn' });
  assert.is(finder.forDirectory(join(root, 'a', 'b', 'c')), nearer);
});

test('ConfigFinder: both names in one folder is an error', () => {
  const root = join(dir, 'both');
  mkdirSync(root);
  writeFileSync(join(root, '.tailpolicy.json'), '{}');
  writeFileSync(join(root, '.tailpolicy.hujson'), '{}');
  try {
    new ConfigFinder().forDirectory(root);
    assert.unreachable('no error');
  } catch (error) {
    assert.instance(error, UsageError);
    assert.ok((error as Error).message.startsWith(`${root}: both .tailpolicy.json and .tailpolicy.hujson exist`), (error as Error).message);
  }
});

test.after(() => {
  rmSync(dir, { recursive: true, force: true });
});

test.run();
