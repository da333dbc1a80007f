import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize, type Diagnostic } from '../engine/diagnostic.ts';
import { escapeCell, renderSummary } from './summary.ts';

const cwd = resolve('/workspace');
const ZWJ = '\u200D';

function diag(ruleId: string, severity: 1 | 2, message: string, line = 1, column = 1): Diagnostic {
  return { ruleId, severity, message, line, column, endLine: line, endColumn: column + 1 };
}

/** The cells of a GFM table row: split on `|` not escaped by a backslash. */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && i + 1 < row.length) {
      cell += c + row[++i]!;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

test('escapeCell: plain text stays readable', () => {
  assert.is(escapeCell('Duplicate key "db", first defined at 3:5; remove one'), 'Duplicate key "db", first defined at 3:5; remove one');
  assert.is(escapeCell('infra/policy.hujson:12:3'), 'infra/policy.hujson:12:3');
});

test('escapeCell: pipes, code, emphasis, links, maths, HTML, entities, mentions, line breaks', () => {
  assert.is(escapeCell('a|b'), 'a\\|b');
  assert.is(escapeCell('`code`'), '\\`code\\`');
  assert.is(escapeCell('*bold* _it_ ~~gone~~'), '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~');
  assert.is(escapeCell('[x](javascript:alert(1)) ![i](u)'), '\\[x\\](javascript:alert(1)) !\\[i\\](u)');
  assert.is(escapeCell('$x^2$'), '\\$x^2\\$');
  assert.is(escapeCell('<img src=x onerror=alert(1)> &amp; &#124;'), '&lt;img src=x onerror=alert(1)&gt; &amp;amp; &amp;#124;');
  assert.is(escapeCell('ping @octocat and @org/team'), `ping @${ZWJ}octocat and @${ZWJ}org/team`);
  assert.is(escapeCell('a\\|b'), 'a\\\\\\|b');
  assert.is(escapeCell('one\ntwo\r\nthree\rfour\u2028five'), 'one two three four five');
});

test('escaped cells never add a cell, and keep every character', () => {
  const nasty = 'a|b\\|c\\\\|d` | `e\n| x | y |\n@here <b>|</b> [l](u) \\';
  const row = `| ${escapeCell(nasty)} | two |`;
  assert.is(tableCells(row).length, 4); // '', cell, cell, ''
  assert.not.ok(row.includes('\n'));
  assert.not.match(row, /<[a-z/]/i);
  assert.not.match(row, new RegExp(`@(?!${ZWJ})`));
});

test('summary: counts, then one row per problem with its rule page', () => {
  const results = [
    summarize(join(cwd, 'policy.hujson'), '', [
      diag('no-duplicate-keys', 2, 'Duplicate key "a", first defined at 2:13', 2, 32),
      diag('no-legacy-acl-keys', 1, '"users" is the legacy name of "src"', 3, 33),
    ]),
    summarize(join(cwd, 'nested', 'clean.hujson'), '', []),
  ];
  assert.is(
    renderSummary(results, { cwd }),
    [
      '### tailpolicy',
      '',
      '❌ **1 error, 1 warning** in 2 policy files',
      '',
      '| Location | Severity | Message | Rule |',
      '| --- | --- | --- | --- |',
      '| policy.hujson:2:32 | error | Duplicate key "a", first defined at 2:13 | [no-duplicate-keys](https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/no-duplicate-keys.md) |',
      '| policy.hujson:3:33 | warning | "users" is the legacy name of "src" | [no-legacy-acl-keys](https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/no-legacy-acl-keys.md) |',
      '',
      '',
    ].join('\n'),
  );
});

test('summary: warnings only, clean, and no files', () => {
  const warn = [summarize(join(cwd, 'p.hujson'), '', [diag('no-legacy-acl-keys', 1, 'w'), diag('no-legacy-acl-keys', 1, 'w', 2)])];
  assert.ok(renderSummary(warn, { cwd }).startsWith('### tailpolicy\n\n⚠️ **0 errors, 2 warnings** in 1 policy file\n\n| Location |'));
  assert.is(renderSummary([summarize(join(cwd, 'p.hujson'), '', [])], { cwd }), '### tailpolicy\n\n✅ **0 errors, 0 warnings** in 1 policy file\n\n');
  assert.is(renderSummary([], { cwd }), '### tailpolicy\n\n✅ **0 errors, 0 warnings** in 0 policy files\n\n');
});

test('summary: the table stops at maxRows and says so', () => {
  const many = [summarize(join(cwd, 'p.hujson'), '', [1, 2, 3, 4, 5].map((line) => diag('no-duplicate-keys', 2, `m${line}`, line)))];
  const text = renderSummary(many, { cwd, maxRows: 2 });
  assert.equal(text.split('\n').filter((l) => l.startsWith('| p.hujson')), [
    '| p.hujson:1:1 | error | m1 | [no-duplicate-keys](https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/no-duplicate-keys.md) |',
    '| p.hujson:2:1 | error | m2 | [no-duplicate-keys](https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/no-duplicate-keys.md) |',
  ]);
  assert.ok(text.includes('**5 errors, 0 warnings**'));
  assert.ok(text.endsWith('\nOnly the first 2 of 5 problems are listed; the `sarif-file` input writes them all.\n\n'));
});

test.run();
