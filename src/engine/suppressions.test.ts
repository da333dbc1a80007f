import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import type { Diagnostic } from './diagnostic.ts';
import { lintSource } from './lint-policy.ts';
import type { Severity } from './rule.ts';
import { applySuppressions } from './suppressions.ts';

/** A problem of `ruleId` at the first occurrence of `marker` in `text`. */
function at(text: string, marker: string, ruleId = 'rule-a', severity: 1 | 2 = 2): Diagnostic {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, `marker ${marker} not in text`);
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { ruleId, severity, message: `${ruleId} at ${marker}`, line, column, endLine: line, endColumn: column + marker.length };
}

function run(text: string, diagnostics: Diagnostic[], unused: 0 | 1 | 2 = 1) {
  const policy = parseHujson(text);
  assert.is(policy.syntaxError, undefined, `test input does not parse: ${policy.syntaxError?.message}`);
  return applySuppressions(policy, diagnostics, unused);
}

/** ruleId@line:column for compact comparisons. */
const brief = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.ruleId}@${d.line}:${d.column}`);
const unusedMessages = (ds: readonly Diagnostic[]) => ds.filter((d) => d.ruleId === 'no-unused-suppressions').map((d) => d.message);

test('no directives: diagnostics pass through unchanged', () => {
  const text = '{\n  "a": 1, // a plain comment mentioning nothing\n}';
  const diagnostics = [at(text, '"a"')];
  assert.is(run(text, diagnostics), diagnostics);
});

test('disable-next-line suppresses only the next line', () => {
  const text = '{\n  // tailpolicy-disable-next-line\n  "a": 1,\n  "b": 2,\n}';
  const kept = run(text, [at(text, '"a"'), at(text, '"b"')]);
  assert.equal(brief(kept), ['rule-a@4:3']);
});

test('disable-next-line after a multi-line block comment targets the line after the comment ends', () => {
  const text = '{\n  /* tailpolicy-disable-next-line\n     rule-a */\n  "a": 1,\n  "b": 2,\n}';
  assert.equal(brief(run(text, [at(text, '"a"'), at(text, '"b"')])), ['rule-a@5:3']);
});

test('disable-line suppresses problems on its own line, before and after the comment', () => {
  const text = '{\n  "a": 1, "b": 2, // tailpolicy-disable-line\n  "c": 3,\n}';
  assert.equal(brief(run(text, [at(text, '"a"'), at(text, '"b"'), at(text, '"c"')])), ['rule-a@3:3']);
  const block = '{\n  "a": /* tailpolicy-disable-line */ 1,\n  "c": 3,\n}';
  assert.equal(brief(run(block, [at(block, '"a"'), at(block, '"c"')])), ['rule-a@3:3']);
});

test('rule lists: only the named rules are suppressed', () => {
  const text = '{\n  // tailpolicy-disable-next-line rule-a, rule-c\n  "a": 1,\n}';
  const kept = run(text, [at(text, '"a"', 'rule-a'), at(text, '"a"', 'rule-b'), at(text, '1', 'rule-c')]);
  assert.equal(brief(kept), ['rule-b@3:3']);
});

test('rule lists without spaces after the commas', () => {
  const text = '{\n  "a": 1, // tailpolicy-disable-line rule-a,rule-b\n}';
  assert.equal(brief(run(text, [at(text, '"a"', 'rule-a'), at(text, '1', 'rule-b')])), []);
});

test('"-- reason" is not part of the rule list', () => {
  const text = '{\n  // tailpolicy-disable-next-line rule-a -- migrating next quarter, rule-b\n  "a": 1,\n}';
  const kept = run(text, [at(text, '"a"', 'rule-a'), at(text, '"a"', 'rule-b')]);
  assert.equal(brief(kept), ['rule-b@3:3']);
  // The reason does not turn into unused rule names either.
  assert.equal(unusedMessages(kept), []);
});

test('"-- reason" after a directive without rules still means every rule', () => {
  const text = '{\n  "a": 1, // tailpolicy-disable-line -- legacy host, see ticket\n}';
  assert.equal(run(text, [at(text, '"a"', 'rule-a'), at(text, '1', 'rule-b')]), []);
  const blockText = '{\n  /* tailpolicy-disable -- generated section */\n  "a": 1,\n}';
  assert.equal(run(blockText, [at(blockText, '"a"', 'rule-a')]), []);
});

test('block disable … enable', () => {
  const text = '{\n  "a": 1,\n  /* tailpolicy-disable */\n  "b": 2,\n  "c": 3,\n  /* tailpolicy-enable */\n  "d": 4,\n}';
  const kept = run(text, ['"a"', '"b"', '"c"', '"d"'].map((m) => at(text, m)));
  assert.equal(brief(kept), ['rule-a@2:3', 'rule-a@7:3']);
});

test('a block disable without enable runs to the end of the file', () => {
  const text = '{\n  "a": 1,\n  // tailpolicy-disable rule-a\n  "b": 2,\n  "c": 3,\n}';
  assert.equal(brief(run(text, ['"a"', '"b"', '"c"'].map((m) => at(text, m)))), ['rule-a@2:3']);
});

test('block directives start at their column, not their line', () => {
  const text = '{\n  "a": 1, /* tailpolicy-disable */ "b": 2,\n}';
  assert.equal(brief(run(text, [at(text, '"a"'), at(text, '"b"')])), ['rule-a@2:3']);
});

test('block disable/enable with rule lists', () => {
  const text = [
    '{',
    '  /* tailpolicy-disable rule-a, rule-b */',
    '  "x": 1,',
    '  /* tailpolicy-enable rule-a */',
    '  "y": 2,',
    '  /* tailpolicy-enable */',
    '  "z": 3,',
    '}',
  ].join('\n');
  const diagnostics = ['"x"', '"y"', '"z"'].flatMap((m) => ['rule-a', 'rule-b', 'rule-c'].map((r) => at(text, m, r)));
  const kept = run(text, diagnostics);
  assert.equal(brief(kept), [
    'rule-c@3:3',
    'rule-a@5:3',
    'rule-c@5:3',
    'rule-a@7:3',
    'rule-b@7:3',
    'rule-c@7:3',
  ]);
});

test('enabling one rule inside a disable-all block keeps the others disabled', () => {
  const text = '{\n  /* tailpolicy-disable */\n  /* tailpolicy-enable rule-a */\n  "x": 1,\n}';
  assert.equal(brief(run(text, [at(text, '"x"', 'rule-a'), at(text, '"x"', 'rule-b')])), ['rule-a@4:3']);
});

test('unused directives are reported at the comment, one per unused rule name', () => {
  const text = [
    '{',
    '  // tailpolicy-disable-next-line',
    '  "a": 1,',
    '  "b": 2, // tailpolicy-disable-line rule-a, rule-b',
    '  /* tailpolicy-disable rule-c */',
    '  /* tailpolicy-enable rule-c */',
    '}',
  ].join('\n');
  const kept = run(text, [at(text, '"b"', 'rule-a')]);
  assert.equal(kept, [
    {
      ruleId: 'no-unused-suppressions',
      severity: 1,
      message: '"tailpolicy-disable-next-line" suppresses nothing here; remove it',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 34,
    },
    {
      ruleId: 'no-unused-suppressions',
      severity: 1,
      message: '"tailpolicy-disable-line" suppresses "rule-b", but no such problem is reported here; remove "rule-b" from it',
      line: 4,
      column: 11,
      endLine: 4,
      endColumn: 52,
    },
    {
      ruleId: 'no-unused-suppressions',
      severity: 1,
      message: '"tailpolicy-disable" suppresses "rule-c", but no such problem is reported here; remove "rule-c" from it',
      line: 5,
      column: 3,
      endLine: 5,
      endColumn: 34,
    },
  ]);
});

test('unused directives as errors, or not at all', () => {
  const text = '{\n  // tailpolicy-disable-next-line\n  "a": 1,\n}';
  const asError = run(text, [], 2);
  assert.is(asError.length, 1);
  assert.is(asError[0]!.severity, 2);
  assert.equal(run(text, [], 0), []);
  // Suppression still works when unused reports are off.
  assert.equal(run(text, [at(text, '"a"')], 0), []);
});

test('kept problems and unused reports come out sorted by position', () => {
  const text = '{\n  "a": 1,\n  // tailpolicy-disable-next-line rule-z\n  "b": 2,\n}';
  const kept = run(text, [at(text, '"b"', 'rule-a'), at(text, '"a"', 'rule-a')]);
  assert.equal(brief(kept), ['rule-a@2:3', 'no-unused-suppressions@3:3', 'rule-a@4:3']);
});

test('comments that merely mention a directive are not directives', () => {
  const text = '{\n  // use tailpolicy-disable-line to silence a rule\n  "a": 1, // TAILPOLICY-DISABLE-LINE\n  "b": 2, // tailpolicy-disable-linefoo\n}';
  const diagnostics = [at(text, '"a"'), at(text, '"b"')];
  assert.equal(brief(run(text, diagnostics)), ['rule-a@3:3', 'rule-a@4:3']);
});

test('CRLF line breaks', () => {
  const text = '{\r\n  // tailpolicy-disable-next-line\r\n  "a": 1,\r\n  "b": 2, // tailpolicy-disable-line\r\n  "c": 3,\r\n}';
  assert.equal(brief(run(text, ['"a"', '"b"', '"c"'].map((m) => at(text, m)))), ['rule-a@5:3']);
});

// End to end through the engine and the real rules.

const LEGACY = (comment: string) => `{\n  "acls": [\n    ${comment}\n    {"action": "accept", "users": ["*"], "dst": ["*:*"]},\n  ],\n}\n`;

function lint(text: string, severities: Record<string, Severity> = {}) {
  const { policy, diagnostics } = lintSource(text, { severities: new Map(Object.entries(severities)) });
  assert.is(policy.syntaxError, undefined);
  return diagnostics;
}

test('engine: a disable-next-line silences a real rule and is not itself reported', () => {
  assert.equal(brief(lint(LEGACY('// nothing'))), ['no-legacy-acl-keys@4:26']);
  assert.equal(lint(LEGACY('// tailpolicy-disable-next-line no-legacy-acl-keys -- old ACL')), []);
});

test('engine: unused-suppression severity follows the no-unused-suppressions setting', () => {
  const text = LEGACY('// tailpolicy-disable-next-line no-duplicate-keys');
  assert.equal(brief(lint(text)), ['no-unused-suppressions@3:5', 'no-legacy-acl-keys@4:26']);
  assert.is(lint(text).find((d) => d.ruleId === 'no-unused-suppressions')?.severity, 1);
  assert.is(lint(text, { 'no-unused-suppressions': 'error' }).find((d) => d.ruleId === 'no-unused-suppressions')?.severity, 2);
  assert.equal(brief(lint(text, { 'no-unused-suppressions': 'off' })), ['no-legacy-acl-keys@4:26']);
});

test('engine: a syntax error is never suppressed', () => {
  const { diagnostics } = lintSource('{\n  // tailpolicy-disable\n  "a": 1 "b": 2\n}');
  assert.equal(brief(diagnostics), ['syntax@3:10']);
});

test.run();
