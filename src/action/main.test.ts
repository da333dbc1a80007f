// The action run in-process against a simulated runner (a temp workspace, $GITHUB_OUTPUT and
// $GITHUB_STEP_SUMMARY files, INPUT_* variables), and the committed bundle run the way the runner
// runs it (`node dist-action/index.js`, from a folder without node_modules) with the same result.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules } from '../config/rule-settings.ts';
import { formatAccessDiffMarkdown, formatAccessMarkdown } from '../format/access-markdown.ts';
import { kubernetesSettings, reportOf, reportOfFile } from '../kubernetes/access-of-file.ts';
import { diffAccess } from '../kubernetes/access-report.ts';
import { decodeUtf8 } from '../parse/decode-utf8.ts';
import { run } from './main.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ZWJ = '\u200D';

// ---------------------------------------------------------------------------------------------
// The simulated runner

/** What the runner sets for inputs the workflow leaves out: action.yml's defaults. */
const RUNNER_DEFAULTS = { INPUT_FILES: '', INPUT_CONFIG: '', 'INPUT_FAIL-ON': 'error', 'INPUT_SARIF-FILE': '', INPUT_KUBERNETES: '', 'INPUT_ACCESS-REPORT': 'false' };

interface Runner {
  root: string;
  workspace: string;
  /** $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY. */
  output: string;
  summary: string;
  env: Record<string, string>;
}

interface Outcome {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

const temps: string[] = [];
test.after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-action-'));
  temps.push(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A workspace holding `files`, empty runner files, and INPUT_* (`inputs` over the defaults). */
function runner(files: Record<string, string>, inputs: Record<string, string> = {}): Runner {
  const root = tempDir();
  const workspace = join(root, 'workspace');
  mkdirSync(workspace);
  write(workspace, files);
  const commands = join(root, '_runner_file_commands');
  mkdirSync(commands);
  const output = join(commands, 'set_output_1');
  const summary = join(commands, 'step_summary_1');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...RUNNER_DEFAULTS, ...inputs };
  return { root, workspace, output, summary, env };
}

/** $GITHUB_OUTPUT's heredoc blocks → name/value, checking the format strictly. */
function parseOutputs(text: string): Record<string, string> {
  const block = /([^\n<]+)<<(ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\n([^]*?)\n\2\n/y;
  const outputs: Record<string, string> = {};
  const delimiters = new Set<string>();
  while (block.lastIndex < text.length) {
    const m = block.exec(text);
    assert.ok(m, `not a heredoc block at ${block.lastIndex}: ${JSON.stringify(text.slice(block.lastIndex))}`);
    assert.not.ok(delimiters.has(m[2]!), 'delimiters are fresh for each output');
    delimiters.add(m[2]!);
    outputs[m[1]!] = m[3]!;
  }
  return outputs;
}

function collect(r: Runner, code: number | null, stdout: string): Outcome {
  return { code, stdout, summary: readFileSync(r.summary, 'utf8'), outputs: parseOutputs(readFileSync(r.output, 'utf8')) };
}

/** run() in this process; `cwd` is not the workspace, so $GITHUB_WORKSPACE must be what counts. */
async function inProcess(r: Runner): Promise<Outcome> {
  let stdout = '';
  const code = await run(r.env, r.root, (text) => {
    stdout += text;
  });
  return collect(r, code, stdout);
}

/** A config turning off every rule but `keep`, so the exact expectations hold as rules are added. */
function onlyRules(...keep: string[]): string {
  const off = [...allRules().keys()].filter((id) => id !== 'syntax' && !keep.includes(id));
  return JSON.stringify({ rules: Object.fromEntries(off.map((id) => [id, 'off'])) });
}

/** The cells of a GFM table row: split on `|` not escaped by a backslash. */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && i + 1 < row.length) cell += c + row[++i]!;
    else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

/** The runner's decoding of workflow-command data and properties. */
function decode(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Each stdout line as the runner parses it: command, properties, message. */
function commands(stdout: string): { command: string; props: Record<string, string>; message: string }[] {
  assert.ok(stdout === '' || stdout.endsWith('\n'));
  assert.not.ok(stdout.includes('\r'));
  return stdout
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
      assert.ok(m, `not one workflow command: ${JSON.stringify(line)}`);
      const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), decode(kv.slice(kv.indexOf('=') + 1))]));
      return { command: m[1]!, props, message: decode(m[3]!) };
    });
}

// ---------------------------------------------------------------------------------------------
// Workspaces

const MIXED = '{\n  "hosts": {"a": "100.64.0.1", "a": "100.64.0.2"},\n  "acls": [{"action": "accept", "users": ["*"], "dst": ["*:*"]}],\n}\n';
const WARNING_ONLY = '{\n  "acls": [{"action": "accept", "users": ["*"], "dst": ["*:*"]}],\n}\n';
const CLEAN = '{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n';
const CONFIG = onlyRules('no-duplicate-keys', 'no-legacy-acl-keys');

const DOCS = 'https://github.com/tailpolicy/tailpolicy/blob/main/docs/rules';
const EXPECTED_ANNOTATIONS =
  '::error file=policy.hujson,line=2,col=32,endLine=2,endColumn=35,title=tailpolicy(no-duplicate-keys)::Duplicate key "a", first defined at 2:13; Tailscale keeps only the last one, so merge them or remove the extra\n' +
  '::warning file=policy.hujson,line=3,col=33,endLine=3,endColumn=40,title=tailpolicy(no-legacy-acl-keys)::"users" is the legacy name of "src" in ACL rules; rename it to "src"\n';
const EXPECTED_SUMMARY = [
  '### tailpolicy',
  '',
  '❌ **1 error, 1 warning** in 2 policy files',
  '',
  '| Location | Severity | Message | Rule |',
  '| --- | --- | --- | --- |',
  `| policy.hujson:2:32 | error | Duplicate key "a", first defined at 2:13; Tailscale keeps only the last one, so merge them or remove the extra | [no-duplicate-keys](${DOCS}/no-duplicate-keys.md) |`,
  `| policy.hujson:3:33 | warning | "users" is the legacy name of "src" in ACL rules; rename it to "src" | [no-legacy-acl-keys](${DOCS}/no-legacy-acl-keys.md) |`,
  '',
  '',
].join('\n');

function mixedWorkspace(inputs: Record<string, string> = {}): Runner {
  return runner({ '.tailpolicy.json': CONFIG, 'policy.hujson': MIXED, 'nested/clean.hujson': CLEAN, 'node_modules/x/policy.hujson': MIXED, 'notes.json': MIXED }, inputs);
}

// A policy crafted to break out of annotations and the summary table: a duplicate key holding a
// newline and a workflow command (rules quote names with JSON.stringify, so it arrives as `\n`
// text), a tag name with a raw `%0A`, pipes, backticks, HTML and @-mentions; and a file name
// holding a real line break, a command, a pipe, a comma and a mention.
const CRAFTED_KEY = 'a\n::error::pwned';
const CRAFTED_TAG = 'tag:x%0A::warning::owned|@octocat `<b>` | ::error::x';
const CRAFTED_FILE = 'evil\n::error file=x::pwned|@octocat, `x`.hujson';
const CRAFTED = `{
  "hosts": {
    ${JSON.stringify(CRAFTED_KEY)}: "100.64.0.1",
    ${JSON.stringify(CRAFTED_KEY)}: "100.64.0.2",
  },
  "tagOwners": {
    ${JSON.stringify(CRAFTED_TAG)}: ["autogroup:admin"],
    ${JSON.stringify(CRAFTED_TAG)}: ["autogroup:admin"],
  },
  "acls": [{"action": "accept", "users": ["*"], "dst": ["*:*"]}],
}
`;

function craftedWorkspace(): Runner {
  // No config: every rule runs, whatever it reports must stay inside its line and its cell.
  return runner({ 'policy.hujson': CRAFTED, [CRAFTED_FILE]: '{"hosts": {"@here": "1.2.3.4", "@here": "1.2.3.5"}}\n' }, { 'INPUT_FAIL-ON': 'never' });
}

// ---------------------------------------------------------------------------------------------
// In-process

test('annotations, summary and outputs for a workspace with an error and a warning', async () => {
  const r = mixedWorkspace();
  const outcome = await inProcess(r);
  assert.is(outcome.stdout, EXPECTED_ANNOTATIONS);
  assert.is(outcome.summary, EXPECTED_SUMMARY);
  assert.equal(outcome.outputs, { 'error-count': '1', 'warning-count': '1', 'sarif-file': '' });
  assert.is(outcome.code, 1);
});

test('exit status by fail-on', async () => {
  const cases: [string, string, Record<string, number>][] = [
    ['errors and warnings', MIXED, { error: 1, warning: 1, never: 0 }],
    ['warnings only', WARNING_ONLY, { error: 0, warning: 1, never: 0 }],
    ['clean', CLEAN, { error: 0, warning: 0, never: 0 }],
  ];
  for (const [name, policy, expected] of cases) {
    for (const [failOn, code] of Object.entries(expected)) {
      const outcome = await inProcess(runner({ '.tailpolicy.json': CONFIG, 'policy.hujson': policy }, { 'INPUT_FAIL-ON': failOn }));
      assert.is(outcome.code, code, `${name}, fail-on ${failOn}`);
    }
  }
  // Without the runner's defaults (INPUT_FAIL-ON unset) it fails on errors too.
  const bare = runner({ '.tailpolicy.json': CONFIG, 'policy.hujson': MIXED });
  for (const name of Object.keys(RUNNER_DEFAULTS)) delete bare.env[name];
  assert.is((await inProcess(bare)).code, 1);
});

test('a clean workspace: no annotations, a one-line summary, zero counts', async () => {
  const outcome = await inProcess(runner({ '.tailpolicy.json': CONFIG, 'a.hujson': CLEAN, 'b/policy.json': CLEAN }));
  assert.equal(outcome, {
    code: 0,
    stdout: '',
    summary: '### tailpolicy\n\n✅ **0 errors, 0 warnings** in 2 policy files\n\n',
    outputs: { 'error-count': '0', 'warning-count': '0', 'sarif-file': '' },
  });
});

test('sarif-file: SARIF written relative to the workspace, its absolute path as output', async () => {
  const r = mixedWorkspace({ 'INPUT_SARIF-FILE': 'reports/tailpolicy.sarif' });
  const outcome = await inProcess(r);
  const path = join(r.workspace, 'reports', 'tailpolicy.sarif');
  assert.equal(outcome.outputs, { 'error-count': '1', 'warning-count': '1', 'sarif-file': path });
  const sarif = JSON.parse(readFileSync(path, 'utf8'));
  const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
  assert.is(sarif.runs[0].tool.driver.version, version);
  assert.equal(
    sarif.runs[0].results.map((x: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: unknown; region: { startLine: number } } }[] }) => [
      x.ruleId,
      x.level,
      x.locations[0]!.physicalLocation.artifactLocation,
      x.locations[0]!.physicalLocation.region.startLine,
    ]),
    [
      ['no-duplicate-keys', 'error', { uri: 'policy.hujson', uriBaseId: '%SRCROOT%' }, 2],
      ['no-legacy-acl-keys', 'warning', { uri: 'policy.hujson', uriBaseId: '%SRCROOT%' }, 3],
    ],
  );
  assert.is(outcome.stdout, EXPECTED_ANNOTATIONS);
});

test('files input: newline- and space-separated paths, folders and globs, relative to the workspace', async () => {
  const files = { '.tailpolicy.json': CONFIG, 'infra/a.hujson': WARNING_ONLY, 'tailnets/b.hujson': MIXED, 'tailnets/c.json': MIXED, 'skipped/d.hujson': MIXED };
  const outcome = await inProcess(runner(files, { INPUT_FILES: 'infra/\n  tailnets/*.hujson' }));
  assert.equal(
    commands(outcome.stdout).map((c) => `${c.command} ${c.props['file']}:${c.props['line']}`),
    ['warning infra/a.hujson:2', 'error tailnets/b.hujson:2', 'warning tailnets/b.hujson:3'],
  );
  assert.equal(outcome.outputs, { 'error-count': '1', 'warning-count': '2', 'sarif-file': '' });
});

test("config input: one config for every file, relative to the workspace, its ignorePatterns apply", async () => {
  const rules = { ...(JSON.parse(CONFIG) as { rules: Record<string, string> }).rules, 'no-legacy-acl-keys': 'error' };
  const files = {
    'ci/tailpolicy.json': JSON.stringify({ rules, ignorePatterns: ['vendor/**'] }),
    // The nearest config would turn the rule off: the input wins.
    'infra/.tailpolicy.json': JSON.stringify({ rules: { ...rules, 'no-legacy-acl-keys': 'off' } }),
    'infra/a.hujson': WARNING_ONLY,
    'vendor/b.hujson': MIXED,
  };
  const outcome = await inProcess(runner(files, { INPUT_CONFIG: 'ci/tailpolicy.json' }));
  assert.is(
    outcome.stdout,
    '::error file=infra/a.hujson,line=2,col=33,endLine=2,endColumn=40,title=tailpolicy(no-legacy-acl-keys)::"users" is the legacy name of "src" in ACL rules; rename it to "src"\n',
  );
  assert.equal(outcome.outputs, { 'error-count': '1', 'warning-count': '0', 'sarif-file': '' });
  assert.ok(outcome.summary.includes(' in 1 policy file\n'));
  assert.is(outcome.code, 1);
});

const CKS_POLICY = readFileSync(join(repo, 'examples', 'cks-policy.hujson'), 'utf8');

test('kubernetes: the setups are checked as with --kubernetes; a missing entry is annotated', async () => {
  const clean = await inProcess(runner({ 'policy.hujson': CKS_POLICY }, { INPUT_KUBERNETES: 'cks' }));
  assert.equal([clean.code, clean.stdout], [0, '']);
  const broken = CKS_POLICY.replace('"tag:coreweave": ["tag:coreweave"],', '');
  const outcome = await inProcess(runner({ 'policy.hujson': broken }, { INPUT_KUBERNETES: 'cks' }));
  assert.is(outcome.code, 1);
  const found = commands(outcome.stdout);
  assert.ok(found.some((c) => c.command === 'error' && c.props.title === 'tailpolicy(k8s-service-approval)'), outcome.stdout);
  const bad = await inProcess(runner({ 'policy.hujson': CKS_POLICY }, { INPUT_KUBERNETES: 'ckss' }));
  assert.is(bad.code, 2);
  assert.match(commands(bad.stdout)[0]!.message, /^tailpolicy: --kubernetes ckss: unknown proxy "ckss"/);
});

test('access-report: the access table of each policy with setups is added to the summary', async () => {
  // Setups declared in a config apply to the policies below it only.
  const files = { 'k8s/.tailpolicy.json': '{"kubernetes": [{"proxy": "cks"}]}', 'k8s/policy.hujson': CKS_POLICY, 'other/plain.hujson': CLEAN };
  const r = runner(files, { 'INPUT_ACCESS-REPORT': 'true' });
  const outcome = await inProcess(r);
  assert.equal([outcome.code, outcome.stdout], [0, '']);
  const report = reportOfFile(join(r.workspace, 'k8s', 'policy.hujson'), 'k8s/policy.hujson', { kubernetes: [{ proxy: 'cks' }] });
  assert.ok(outcome.summary.endsWith(`### Kubernetes access: \`k8s/policy.hujson\`\n\n${formatAccessMarkdown(report)}\n`), outcome.summary);
  assert.ok(outcome.summary.includes('system:masters'), outcome.summary);
  // Only files with setups get a report.
  assert.not.ok(outcome.summary.includes('plain.hujson`'), outcome.summary);
  // On a pull request without the base branch's history, the summary says why there is no comparison.
  const pr = await inProcess(runner({ 'policy.hujson': CKS_POLICY }, { INPUT_KUBERNETES: 'cks', 'INPUT_ACCESS-REPORT': 'true', GITHUB_BASE_REF: 'main' }));
  assert.ok(pr.summary.includes('No comparison with the base branch: access-report: policy.hujson is not in a git repository'), pr.summary);
  // access-report: false adds nothing.
  const off = await inProcess(runner({ 'policy.hujson': CKS_POLICY }, { INPUT_KUBERNETES: 'cks' }));
  assert.not.ok(off.summary.includes('Kubernetes access'), off.summary);
});

test('access-report on a pull request: what the change adds or removes against origin/<base>', async () => {
  const r = runner({ 'policy.hujson': CKS_POLICY }, { INPUT_KUBERNETES: 'cks', 'INPUT_ACCESS-REPORT': 'true', GITHUB_BASE_REF: 'main' });
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: r.workspace, encoding: 'utf8' });
    assert.is(run.status, 0, run.stderr);
  };
  git('init', '-q', '-b', 'main');
  git('add', 'policy.hujson');
  git('commit', '-q', '-m', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  // The change: group:ml-eng gets system:masters too.
  const changed = CKS_POLICY.replace('"src": ["group:ml-admins"],', '"src": ["group:ml-admins", "group:ml-eng"],');
  assert.not.equal(changed, CKS_POLICY);
  writeFileSync(join(r.workspace, 'policy.hujson'), changed);
  const outcome = await inProcess(r);
  const settings = kubernetesSettings(['cks']);
  const head = reportOfFile(join(r.workspace, 'policy.hujson'), 'policy.hujson', settings);
  const base = reportOf('base', decodeUtf8(Buffer.from(CKS_POLICY)), settings);
  const diff = formatAccessDiffMarkdown(diffAccess(base, head), head, base);
  assert.ok(outcome.summary.endsWith(`${formatAccessMarkdown(head)}\n${diff}\n`), outcome.summary);
  assert.ok(diff.includes('group:ml-eng'), diff);
});

test('usage errors: one ::error:: line, a summary line, no outputs, exit 2 whatever fail-on says', async () => {
  const cases: [Record<string, string>, string][] = [
    [{ 'INPUT_FAIL-ON': 'sometimes' }, 'tailpolicy: input "fail-on" must be one of error, warning, never, got "sometimes"'],
    [{ 'INPUT_ACCESS-REPORT': 'yes', 'INPUT_FAIL-ON': 'never' }, 'tailpolicy: input "access-report" must be true or false, got "yes"'],
    [{ INPUT_FILES: 'missing.hujson', 'INPUT_FAIL-ON': 'never' }, 'tailpolicy: missing.hujson: no such file'],
    [{ INPUT_CONFIG: 'nope.json' }, 'tailpolicy: '],
  ];
  for (const [inputs, message] of cases) {
    const outcome = await inProcess(mixedWorkspace(inputs));
    assert.is(outcome.code, 2, message);
    const [only, ...rest] = commands(outcome.stdout);
    assert.equal(rest, []);
    assert.is(only?.command, 'error');
    assert.equal(only?.props, { title: 'tailpolicy' });
    assert.ok(only?.message.startsWith(message), only?.message);
    assert.equal(outcome.outputs, {});
    assert.ok(outcome.summary.startsWith('### tailpolicy\n\n❌ Could not lint: '), outcome.summary);
  }
  const empty = runner({ 'README.md': 'no policies here' });
  const outcome = await inProcess(empty);
  assert.is(outcome.code, 2);
  assert.match(commands(outcome.stdout)[0]!.message, /^tailpolicy: no policy files found in /);
});

test('outside a runner (no GITHUB_* files) it still annotates and exits; a missing runner file is exit 2', async () => {
  const r = mixedWorkspace();
  let stdout = '';
  const code = await run({ GITHUB_WORKSPACE: r.workspace }, '/', (t) => {
    stdout += t;
  });
  assert.equal([code, stdout], [1, EXPECTED_ANNOTATIONS]);
  // With no GITHUB_WORKSPACE the working folder is the workspace.
  stdout = '';
  assert.is(await run({}, r.workspace, (t) => (stdout += t)), 1);
  assert.is(stdout, EXPECTED_ANNOTATIONS);

  rmSync(r.output);
  const outcome = await run(r.env, r.root, () => {});
  assert.is(outcome, 2);
});

test('injection: crafted names cannot start a second workflow command or break the summary table', async () => {
  const r = craftedWorkspace();
  const outcome = await inProcess(r);
  assert.is(outcome.code, 0);
  const errors = Number(outcome.outputs['error-count']);
  const warnings = Number(outcome.outputs['warning-count']);
  assert.ok(errors >= 3, 'the three duplicate keys at least');

  // Annotations: exactly one line per problem, each one command starting with ::error/::warning,
  // whose properties hold no `:` (so `::` can only be the end of the properties).
  const lines = outcome.stdout.split('\n').slice(0, -1);
  assert.is(lines.length, errors + warnings);
  for (const line of lines) assert.match(line, /^::(error|warning) file=[^:]*::/);
  const parsed = commands(outcome.stdout);
  assert.is(parsed.filter((c) => c.command === 'error').length, errors);
  // Decoded, the runner sees exactly the diagnostics' texts and file names.
  const messages = parsed.map((c) => c.message);
  assert.ok(messages.includes(`Duplicate key ${JSON.stringify(CRAFTED_KEY)}, first defined at 3:5; Tailscale keeps only the last one, so merge them or remove the extra`), messages.join('\n'));
  assert.ok(messages.includes(`Duplicate key ${JSON.stringify(CRAFTED_TAG)}, first defined at 7:5; Tailscale keeps only the last one, so merge them or remove the extra`), messages.join('\n'));
  assert.ok(parsed.some((c) => c.props['file'] === CRAFTED_FILE && c.message.startsWith('Duplicate key "@here"')));
  assert.equal(new Set(parsed.map((c) => c.props['file'])), new Set(['policy.hujson', CRAFTED_FILE]));

  // Summary: the table has a header, a separator and one row per problem, every row the same
  // four cells; nothing else in the summary looks like a table row.
  const summaryLines = outcome.summary.split('\n');
  const rows = summaryLines.filter((l) => l.startsWith('|'));
  assert.is(rows.length, errors + warnings + 2);
  for (const row of rows) assert.is(tableCells(row).length, 6, row);
  const start = summaryLines.indexOf(rows[0]!);
  assert.equal(summaryLines.slice(start, start + rows.length), rows, 'the rows are contiguous');
  assert.equal(summaryLines.slice(start + rows.length), ['', '']);
  assert.not.match(outcome.summary, new RegExp(`@(?!${ZWJ})`), 'no @ that GitHub could read as a mention');
  assert.not.match(outcome.summary, /<[a-z/!?]/i, 'no HTML');
  assert.not.match(outcome.summary, /(^|[^\\])(\\\\)*`/, 'no unescaped backtick');
  assert.ok(outcome.summary.includes(`| evil ::error file=x::pwned\\|@${ZWJ}octocat, \\\`x\\\`.hujson:1:32 | error |`), outcome.summary);
  assert.ok(outcome.summary.includes('tag:x%0A::warning::owned\\|@\u200Doctocat \\`&lt;b&gt;\\` \\| ::error::x'));
});

// ---------------------------------------------------------------------------------------------
// The committed bundle, as the runner runs it

/** A checkout of the action as the runner has it: no node_modules, no sources. */
function actionCheckout(): string {
  const dir = join(tempDir(), 'tailpolicy-action');
  mkdirSync(join(dir, 'dist-action'), { recursive: true });
  for (const file of ['action.yml', 'package.json', 'dist-action/index.js']) copyFileSync(join(repo, file), join(dir, file));
  return dir;
}

function childProcess(r: Runner, checkout: string): Outcome {
  const result = spawnSync(process.execPath, [join(checkout, 'dist-action', 'index.js')], {
    cwd: r.workspace,
    env: r.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  assert.is(result.stderr, '');
  return collect(r, result.status, result.stdout);
}

function clearRunnerFiles(r: Runner): void {
  writeFileSync(r.output, '');
  writeFileSync(r.summary, '');
}

test('dist-action/index.js, run as a child process without node_modules, does exactly what run() does', async () => {
  assert.ok(existsSync(join(repo, 'dist-action', 'index.js')), 'dist-action/index.js is missing: run `npm run build:action`');
  const checkout = actionCheckout();
  const scenarios: [string, Runner][] = [
    ['mixed, with SARIF', mixedWorkspace({ 'INPUT_SARIF-FILE': 'out/tailpolicy.sarif' })],
    ['kubernetes and access report', runner({ 'policy.hujson': CKS_POLICY }, { INPUT_KUBERNETES: 'cks', 'INPUT_ACCESS-REPORT': 'true' })],
    ['clean', runner({ '.tailpolicy.json': CONFIG, 'policy.hujson': CLEAN })],
    ['fail-on warning', runner({ '.tailpolicy.json': CONFIG, 'policy.hujson': WARNING_ONLY }, { 'INPUT_FAIL-ON': 'warning' })],
    ['crafted', craftedWorkspace()],
    ['usage error', mixedWorkspace({ INPUT_FILES: 'missing.hujson' })],
  ];
  for (const [name, r] of scenarios) {
    const sarifPath = join(r.workspace, 'out', 'tailpolicy.sarif');
    const expected = await inProcess(r);
    const expectedSarif = existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : undefined;
    clearRunnerFiles(r);
    rmSync(join(r.workspace, 'out'), { recursive: true, force: true });
    const actual = childProcess(r, checkout);
    assert.equal(actual, expected, name);
    assert.is(existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : undefined, expectedSarif, `${name}: SARIF`);
  }
});

test.run();
