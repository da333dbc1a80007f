import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import type { RuleMeta } from '../engine/rule.ts';
import type { FormatContext } from './format-context.ts';
import { formatSarif } from './sarif.ts';

const cwd = resolve('/repo');
const rules = new Map<string, RuleMeta>([
  ['no-empty-acl', { id: 'no-empty-acl', description: 'ACLs must not be empty.', severity: 'error', fixable: false }],
  ['unused-tag', { id: 'unused-tag', description: 'Tags should be used.', severity: 'warn', fixable: true }],
  ['never-reported', { id: 'never-reported', description: 'Not in the output.', severity: 'error', fixable: false }],
]);
const context: FormatContext = { cwd, rules, color: false };
// On POSIX this is file:///repo/; computed so the test also holds where cwd has a drive letter.
const srcRoot = `${pathToFileURL(cwd).href}/`;

function diag(ruleId: string, severity: 1 | 2, message: string, line: number, column: number, endLine: number, endColumn: number): Diagnostic {
  return { ruleId, severity, message, line, column, endLine, endColumn };
}

function result(file: string, messages: Diagnostic[]): LintResult {
  return summarize(join(cwd, file), '', messages);
}

function location(uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number) {
  return [
    {
      physicalLocation: {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        region: { startLine, startColumn, endLine, endColumn },
      },
    },
  ];
}

test('full SARIF log: only reported rules, indexes, relative encoded URIs', () => {
  const out = formatSarif(
    [
      result('policy.hujson', [
        diag('unused-tag', 1, 'Tag "tag:a" is unused.', 5, 3, 5, 10),
        diag('no-empty-acl', 2, 'The ACL is empty.', 2, 1, 4, 2),
        diag('unused-tag', 2, 'Tag "tag:b" is unused.', 6, 3, 6, 10),
      ]),
      result('sub dir/a:b#%.hujson', [diag('made-up-rule', 2, 'Unknown.', 1, 1, 1, 2)]),
    ],
    context,
    '1.2.3',
  );
  const expected = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tailpolicy',
            informationUri: 'https://github.com/tailpolicy/tailpolicy',
            version: '1.2.3',
            rules: [
              {
                id: 'unused-tag',
                name: 'unused-tag',
                shortDescription: { text: 'Tags should be used.' },
                helpUri: 'https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/unused-tag.md',
                defaultConfiguration: { level: 'warning' },
              },
              {
                id: 'no-empty-acl',
                name: 'no-empty-acl',
                shortDescription: { text: 'ACLs must not be empty.' },
                helpUri: 'https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/no-empty-acl.md',
                defaultConfiguration: { level: 'error' },
              },
              {
                id: 'made-up-rule',
                name: 'made-up-rule',
                shortDescription: { text: 'made-up-rule' },
                helpUri: 'https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules/made-up-rule.md',
                defaultConfiguration: { level: 'error' },
              },
            ],
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results: [
          {
            ruleId: 'unused-tag',
            ruleIndex: 0,
            level: 'warning',
            message: { text: 'Tag "tag:a" is unused.' },
            locations: location('policy.hujson', 5, 3, 5, 10),
          },
          {
            ruleId: 'no-empty-acl',
            ruleIndex: 1,
            level: 'error',
            message: { text: 'The ACL is empty.' },
            locations: location('policy.hujson', 2, 1, 4, 2),
          },
          {
            ruleId: 'unused-tag',
            ruleIndex: 0,
            level: 'error',
            message: { text: 'Tag "tag:b" is unused.' },
            locations: location('policy.hujson', 6, 3, 6, 10),
          },
          {
            ruleId: 'made-up-rule',
            ruleIndex: 2,
            level: 'error',
            message: { text: 'Unknown.' },
            locations: location('sub%20dir/a%3Ab%23%25.hujson', 1, 1, 1, 2),
          },
        ],
      },
    ],
  };
  assert.is(out, `${JSON.stringify(expected, null, 2)}\n`);
});

test('empty run still has a driver, rules and results arrays', () => {
  const out = formatSarif([], context);
  assert.ok(out.endsWith('}\n'));
  const log = JSON.parse(out);
  assert.is(log.version, '2.1.0');
  assert.is(log.runs.length, 1);
  assert.is(log.runs[0].tool.driver.version, '0.0.0');
  assert.equal(log.runs[0].tool.driver.rules, []);
  assert.equal(log.runs[0].results, []);
});

test('messages with quotes, newlines and markup round-trip', () => {
  const message = 'He said "hi"\n</script><script>alert(1)</script>\r\t\\ \u2028 %SRCROOT% \u{1F600}';
  const out = formatSarif([result('policy.hujson', [diag('unused-tag', 1, message, 1, 1, 1, 2)])], context);
  const log = JSON.parse(out);
  const run = log.runs[0];
  assert.is(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.is(run.tool.driver.name, 'tailpolicy');
  assert.is(run.results.length, 1);
  assert.is(run.results[0].message.text, message);
  assert.is(run.results[0].ruleIndex, 0);
  assert.is(run.tool.driver.rules[0].id, 'unused-tag');
  assert.is(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'policy.hujson');
  // A relative uri resolved against the base must land on the file.
  assert.is(
    new URL(run.results[0].locations[0].physicalLocation.artifactLocation.uri, run.originalUriBaseIds['%SRCROOT%'].uri).href,
    pathToFileURL(join(cwd, 'policy.hujson')).href,
  );
});

test.run();
