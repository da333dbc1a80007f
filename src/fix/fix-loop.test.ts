import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../engine/diagnostic.ts';
import type { Fix } from '../engine/rule.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import { lostComments } from './comment-guard.ts';
import { fixText, MAX_PASSES, selectOps, type Linter } from './fix-loop.ts';

const at = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const diag = (fix: Fix, suggestion?: Fix): Diagnostic => ({
  ruleId: 'test',
  severity: 2,
  message: 'm',
  ...at,
  fix,
  ...(suggestion ? { suggestions: [{ description: 's', ...suggestion }] } : {}),
});
const fixOnly = new Set(['fix'] as const);

test('fixes touching the same member wait for the next pass; separate members go together', () => {
  const ops = selectOps(
    [
      diag({ ops: [{ op: 'remove', path: ['acls', 0] }] }),
      diag({ ops: [{ op: 'replace-value', path: ['acls', 0, 'src'], value: [] }] }),
      diag({ ops: [{ op: 'insert-property', path: ['tagOwners'], key: 'tag:a', value: [] }] }),
      diag({ ops: [{ op: 'insert-property', path: ['tagOwners'], key: 'tag:b', value: [] }] }),
      diag({ ops: [{ op: 'insert-property', path: ['tagOwners'], key: 'tag:a', value: [] }] }),
    ],
    fixOnly,
  );
  assert.equal(ops, [
    { op: 'remove', path: ['acls', 0] },
    { op: 'insert-property', path: ['tagOwners'], key: 'tag:a', value: [] },
    { op: 'insert-property', path: ['tagOwners'], key: 'tag:b', value: [] },
  ]);
});

test('suggestions are applied only when asked for', () => {
  const d = { ...diag({ ops: [] }), fix: undefined } as unknown as Diagnostic;
  const withSuggestion = { ...d, suggestions: [{ description: 's', ops: [{ op: 'remove' as const, path: ['a'] }] }] };
  assert.equal(selectOps([withSuggestion], fixOnly), []);
  assert.equal(selectOps([withSuggestion], new Set(['fix', 'suggestion'])), [{ op: 'remove', path: ['a'] }]);
});

test('loops until no fix is left, re-linting after every pass', async () => {
  // One fix per pass: remove the first element while the array has more than one.
  const lint: Linter = (policy: ParsedPolicy) => {
    const list = (policy.value as { a: unknown[] }).a;
    return list.length > 1 ? [diag({ ops: [{ op: 'remove', path: ['a', 0] }] })] : [];
  };
  const out = await fixText('{"a": [1, 2, 3, 4]}\n', lint, fixOnly);
  assert.equal({ output: out.output, passes: out.passes, changed: out.changed }, { output: '{"a": [4]}\n', passes: 3, changed: true });
  assert.equal(out.diagnostics, []);
});

test('stops after the maximum number of passes', async () => {
  let n = 0;
  const lint: Linter = () => [diag({ ops: [{ op: 'replace-value', path: ['n'], value: ++n }] })];
  const out = await fixText('{"n": 0}\n', lint, fixOnly);
  assert.is(out.passes, MAX_PASSES);
  assert.is(out.output, `{"n": ${MAX_PASSES}}\n`);
});

test('two fixes undoing each other stop the loop', async () => {
  const lint: Linter = (policy) => {
    const v = (policy.value as { v: string }).v;
    return [diag({ ops: [{ op: 'replace-value', path: ['v'], value: v === 'x' ? 'y' : 'x' }] })];
  };
  const out = await fixText('{"v": "x"}\n', lint, fixOnly);
  assert.ok(out.passes < MAX_PASSES, `passes: ${out.passes}`);
});

test('a fix that cannot be applied leaves the text untouched and says why', async () => {
  const lint: Linter = () => [diag({ ops: [{ op: 'remove', path: ['missing', 3] }] })];
  const out = await fixText('{"a": 1} // keep\n', lint, fixOnly);
  assert.is(out.output, '{"a": 1} // keep\n');
  assert.is(out.changed, false);
  assert.match(out.failure ?? '', /could not be applied/);
});

test('comment guard: comments of removed members may go, any other loss is caught', () => {
  const before = parseHujson('{\n  // about a\n  "a": 1, // a\n  // about b\n  "b": 2,\n}\n');
  const removeA = [{ op: 'remove' as const, path: ['a'] }];
  const good = parseHujson('{\n  // about b\n  "b": 2,\n}\n');
  assert.is(lostComments(before, good, removeA), undefined);
  const lostNeighbour = parseHujson('{\n  "b": 2,\n}\n');
  assert.is(lostComments(before, lostNeighbour, removeA), '// about b');
  assert.is(lostComments(before, good, []), '// about a');
});

test.run();
