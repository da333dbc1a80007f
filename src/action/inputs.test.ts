import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError } from '../errors.ts';
import { getBooleanInput, getInput, readInputs } from './inputs.ts';
import { appendSummary, outputBlock, setOutput } from './outputs.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));

function throwsUsage(fn: () => unknown, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    assert.instance(error, UsageError);
    assert.match((error as Error).message, message);
    return;
  }
  assert.unreachable('expected a UsageError');
}

test('inputs are read as @actions/core reads them: INPUT_<NAME>, spaces to _, hyphens kept, trimmed', () => {
  const env = { 'INPUT_FAIL-ON': '  warning \n', INPUT_MY_INPUT: 'x', 'INPUT_SARIF-FILE': 'out.sarif' };
  assert.is(getInput(env, 'fail-on'), 'warning');
  assert.is(getInput(env, 'my input'), 'x');
  assert.is(getInput(env, 'sarif-file'), 'out.sarif');
  assert.is(getInput(env, 'Sarif-File'), 'out.sarif');
  assert.is(getInput(env, 'config'), '');
  // Not the underscore spelling: the runner keeps hyphens.
  assert.is(getInput({ INPUT_FAIL_ON: 'never' }, 'fail-on'), '');
});

test('defaults when the runner set nothing, and the runner-style empty values', () => {
  const expected = { files: [], config: undefined, failOn: 'error', sarifFile: undefined, kubernetes: [], accessReport: false };
  assert.equal(readInputs({}), expected);
  const runnerDefaults = { INPUT_FILES: '', INPUT_CONFIG: '', 'INPUT_FAIL-ON': 'error', 'INPUT_SARIF-FILE': '', INPUT_KUBERNETES: '', 'INPUT_ACCESS-REPORT': 'false' };
  assert.equal(readInputs(runnerDefaults), expected);
});

test('files: newline- or space-separated', () => {
  assert.equal(readInputs({ INPUT_FILES: 'a.hujson b.hujson' }).files, ['a.hujson', 'b.hujson']);
  assert.equal(readInputs({ INPUT_FILES: '\n  infra/\n\ttailnets/*.hujson  policy.json\r\n\n' }).files, ['infra/', 'tailnets/*.hujson', 'policy.json']);
});

test('fail-on must be error, warning or never', () => {
  for (const failOn of ['error', 'warning', 'never'] as const) assert.is(readInputs({ 'INPUT_FAIL-ON': failOn }).failOn, failOn);
  throwsUsage(() => readInputs({ 'INPUT_FAIL-ON': 'warn' }), /^input "fail-on" must be one of error, warning, never, got "warn"$/);
});

test('booleans accept the YAML 1.2 core spellings only', () => {
  for (const yes of ['true', 'True', 'TRUE']) assert.is(getBooleanInput({ 'INPUT_ACCESS-REPORT': yes }, 'access-report', false), true);
  for (const no of ['false', 'False', 'FALSE']) assert.is(getBooleanInput({ 'INPUT_ACCESS-REPORT': no }, 'access-report', true), false);
  assert.is(getBooleanInput({}, 'access-report', true), true);
  throwsUsage(() => readInputs({ 'INPUT_ACCESS-REPORT': 'yes' }), /^input "access-report" must be true or false, got "yes"$/);
});

test('kubernetes (as --kubernetes flags, whitespace-separated) and access-report', () => {
  assert.equal(readInputs({ INPUT_KUBERNETES: ' cks\noperator:noauth ', 'INPUT_ACCESS-REPORT': 'true' }), {
    files: [],
    config: undefined,
    failOn: 'error',
    sarifFile: undefined,
    kubernetes: ['cks', 'operator:noauth'],
    accessReport: true,
  });
});

test('action.yml declares exactly these inputs, with the defaults the code assumes', () => {
  const yml = readFileSync(join(repo, 'action.yml'), 'utf8');
  // The top-level block `name:` up to the next top-level key.
  const section = (name: string): string => {
    const start = yml.indexOf(`\n${name}:\n`);
    assert.ok(start >= 0, `action.yml has no ${name}`);
    const rest = yml.slice(start + name.length + 3);
    const end = rest.search(/^\S/m);
    return end < 0 ? rest : rest.slice(0, end);
  };
  const entries = (text: string) => [...text.matchAll(/^ {2}([\w-]+):\n((?: {4}.*\n?|\s*\n)*)/gm)].map((m) => ({ name: m[1]!, body: m[2]! }));
  const inputs = entries(section('inputs'));
  const defaults = Object.fromEntries(inputs.map(({ name, body }) => [name, /^ {4}default: (.*)$/m.exec(body)?.[1]]));
  assert.equal(defaults, { files: "''", config: "''", 'fail-on': 'error', 'sarif-file': "''", kubernetes: "''", 'access-report': "'false'" });
  assert.equal(entries(section('outputs')).map((o) => o.name), ['error-count', 'warning-count', 'sarif-file']);
  assert.match(yml, /^runs:\n {2}using: node20\n {2}main: dist-action\/index\.js\n/m);
});

test('outputs use the heredoc syntax with a fresh delimiter each, as @actions/core', () => {
  const ids = ['11111111-2222-3333-4444-555555555555', '66666666-7777-8888-9999-000000000000'];
  assert.is(
    outputBlock('error-count', '3', () => ids[0]!),
    'error-count<<ghadelimiter_11111111-2222-3333-4444-555555555555\n3\nghadelimiter_11111111-2222-3333-4444-555555555555\n',
  );
  assert.is(outputBlock('sarif-file', '', () => ids[1]!), 'sarif-file<<ghadelimiter_66666666-7777-8888-9999-000000000000\n\nghadelimiter_66666666-7777-8888-9999-000000000000\n');
  assert.throws(() => outputBlock('x', 'a ghadelimiter_fixed b', () => 'fixed'), /delimiter/);

  const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-outputs-'));
  try {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(output, 'earlier<<EOF\nx\nEOF\n');
    writeFileSync(summary, '# before\n');
    let n = 0;
    const env = { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
    setOutput(env, 'a', 'one', () => ids[n++]!);
    setOutput(env, 'b', 'two\nlines', () => ids[n++]!);
    appendSummary(env, '## after\n');
    assert.is(
      readFileSync(output, 'utf8'),
      'earlier<<EOF\nx\nEOF\n' +
        'a<<ghadelimiter_11111111-2222-3333-4444-555555555555\none\nghadelimiter_11111111-2222-3333-4444-555555555555\n' +
        'b<<ghadelimiter_66666666-7777-8888-9999-000000000000\ntwo\nlines\nghadelimiter_66666666-7777-8888-9999-000000000000\n',
    );
    assert.is(readFileSync(summary, 'utf8'), '# before\n## after\n');

    // Outside a runner nothing is written; a variable naming a missing file is an error.
    setOutput({}, 'a', 'b');
    appendSummary({}, 'x');
    throwsUsage(() => setOutput({ GITHUB_OUTPUT: join(dir, 'missing') }, 'a', 'b'), /^\$GITHUB_OUTPUT names a missing file: /);
    throwsUsage(() => appendSummary({ GITHUB_STEP_SUMMARY: join(dir, 'missing') }, 'x'), /^\$GITHUB_STEP_SUMMARY names a missing file: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
