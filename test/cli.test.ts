// End-to-end tests: the real CLI (bin/tailpolicy.js → dist/cli, so run `npm run build` first)
// spawned in throw-away folders, checked on exit code, stdout and stderr.

import { chmodSync, closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import { allRules } from '../src/config/rule-settings.ts';
import * as assert from 'uvu/assert';
import { cli, repo, tempFolders, type Run } from './cli-harness.ts';

const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };

// ---------------------------------------------------------------------------------------------
// Helpers

const { folder, removeAll } = tempFolders('cli');

/** Exit 2 and exactly one `tailpolicy: ` line on stderr, no stack trace, nothing on stdout. */
function assertUsageError(run: Run, expected?: string | RegExp): string {
  assert.is(run.status, 2, `exit code (stderr: ${run.stderr})`);
  assert.is(run.stdout, '');
  assert.ok(run.stderr.endsWith('\n'), `stderr: ${JSON.stringify(run.stderr)}`);
  const lines = run.stderr.slice(0, -1).split('\n');
  assert.is(lines.length, 1, `more than one stderr line: ${run.stderr}`);
  const line = lines[0]!;
  assert.ok(line.startsWith('tailpolicy: '), line);
  assert.not.match(line, /\bat .+:\d+:\d+/);
  assert.not.ok(line.includes('Error:'), line);
  if (typeof expected === 'string') assert.is(line, `tailpolicy: ${expected}`);
  else if (expected) assert.match(line, expected);
  return line;
}

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix?: { range: [number, number]; text: string } }[];
}

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  output?: string;
}

function json(run: Run): JsonResult[] {
  assert.ok(run.stdout.endsWith('\n'), 'JSON output ends with a newline');
  return JSON.parse(run.stdout) as JsonResult[];
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Policies

const CLEAN = `{
  "groups": {"group:eng": ["alice@example.com"]},
  // Who may use which tags.
  "tagOwners": {
    "tag:web": ["group:eng"],
  },
  "acls": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},
  ],
}
`;

const DUPLICATE = `{
  "hosts": {
    "db": "100.64.0.1",
    "db": "100.64.0.2",
  },
  "acls": [{"action": "accept", "src": ["autogroup:member"], "dst": ["db:5432"]}],
}
`;

const LEGACY = `{
  "acls": [
    {"action": "accept", "users": ["*"], "dst": ["*:*"]},
  ],
}
`;

const DUPLICATE_STYLISH = [
  '',
  'policy.hujson',
  '  4:5  error    Duplicate key "db", first defined at 3:5; Tailscale keeps only the last one, so merge them or remove the extra  no-duplicate-keys',
  '    4 |     "db": "100.64.0.2",',
  '      |     ^~~~',
  '',
  '\u2716 1 problem (1 error, 0 warnings)',
  '',
  '',
].join('\n');

const LEGACY_STYLISH = [
  '',
  'policy.hujson',
  '  3:26  warning  "users" is the legacy name of "src" in ACL rules; rename it to "src"  no-legacy-acl-keys',
  '    3 |     {"action": "accept", "users": ["*"], "dst": ["*:*"]},',
  '      |                          ^~~~~~~',
  '',
  '\u2716 1 problem (0 errors, 1 warning)',
  '  0 errors and 1 warning potentially fixable with the `--fix` option.',
  '',
  '',
].join('\n');

test.before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli', 'main.js')), 'dist/cli/main.js is missing: run `npm run build` before the end-to-end tests');
});

test.after(removeAll);

// ---------------------------------------------------------------------------------------------
// Basic lint, exit codes, stylish

test('a clean file: exit 0, no output', () => {
  const dir = folder({ 'policy.hujson': CLEAN });
  const run = cli(dir, ['--no-color', 'policy.hujson']);
  assert.equal([run.status, run.stdout, run.stderr], [0, '', '']);
});

test('a duplicate key: exit 1, stylish with line:column and the ^~~~ underline', () => {
  const dir = folder({ 'policy.hujson': DUPLICATE });
  const run = cli(dir, ['--no-color', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.is(run.stderr, '');
  assert.is(run.stdout, DUPLICATE_STYLISH);
});

test('warnings only: exit 0; --max-warnings 0 makes it 1; --max-warnings 1 keeps 0', () => {
  const dir = folder({ 'policy.hujson': LEGACY });
  const run = cli(dir, ['--no-color', 'policy.hujson']);
  assert.equal([run.status, run.stderr], [0, '']);
  assert.is(run.stdout, LEGACY_STYLISH);
  const strict = cli(dir, ['--no-color', '--max-warnings', '0', 'policy.hujson']);
  assert.equal([strict.status, strict.stdout, strict.stderr], [1, LEGACY_STYLISH, '']);
  const one = cli(dir, ['--no-color', '--max-warnings', '1', 'policy.hujson']);
  assert.is(one.status, 0);
});

test('--quiet hides warnings but not errors', () => {
  const dir = folder({ 'policy.hujson': LEGACY, 'both.hujson': LEGACY.replace('"acls"', '"tagOwners": {"tag:a": [], "tag:a": []},\n  "acls"') });
  const quiet = cli(dir, ['--no-color', '--quiet', 'policy.hujson']);
  assert.equal([quiet.status, quiet.stdout, quiet.stderr], [0, '', '']);
  const both = cli(dir, ['--no-color', '--quiet', 'both.hujson']);
  assert.is(both.status, 1);
  assert.ok(both.stdout.includes('no-duplicate-keys'), both.stdout);
  assert.not.ok(both.stdout.includes('no-legacy-acl-keys'), both.stdout);
  assert.ok(both.stdout.includes('\u2716 1 problem (1 error, 0 warnings)'), both.stdout);
});

test('`lint` is the default command', () => {
  const dir = folder({ 'policy.hujson': DUPLICATE, 'legacy.hujson': LEGACY });
  for (const args of [['policy.hujson'], ['legacy.hujson'], ['policy.hujson', 'legacy.hujson'], ['-f', 'json', 'policy.hujson']]) {
    const plain = cli(dir, ['--no-color', ...args]);
    const lint = cli(dir, ['lint', '--no-color', ...args]);
    assert.equal(lint, plain, args.join(' '));
  }
});

// ---------------------------------------------------------------------------------------------
// Formats

test('--format json has ESLint\'s shape; the fix of a legacy key is a {range, text} edit', () => {
  const source = LEGACY.replace('"acls"', '"tagOwners": {"tag:a": [], "tag:a": []},\n  "acls"');
  const dir = folder({ 'policy.hujson': source, 'clean.hujson': CLEAN });
  const run = cli(dir, ['-f', 'json', 'clean.hujson', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.is(run.stderr, '');
  const results = json(run);
  assert.is(results.length, 2);
  const [clean, policy] = results as [JsonResult, JsonResult];
  assert.is(clean.filePath, join(dir, 'clean.hujson'));
  assert.equal(clean.messages, []);
  assert.equal([clean.errorCount, clean.warningCount, clean.fixableErrorCount, clean.fixableWarningCount], [0, 0, 0, 0]);
  assert.is(policy.filePath, join(dir, 'policy.hujson'));
  assert.equal([policy.errorCount, policy.warningCount, policy.fixableErrorCount, policy.fixableWarningCount], [1, 1, 0, 1]);
  assert.is(policy.source, source);
  for (const m of policy.messages) {
    for (const key of ['ruleId', 'message'] as const) assert.type(m[key], 'string');
    for (const key of ['severity', 'line', 'column', 'endLine', 'endColumn'] as const) assert.type(m[key], 'number');
  }
  const duplicate = policy.messages.find((m) => m.ruleId === 'no-duplicate-keys')!;
  assert.equal(
    { ...duplicate, message: undefined },
    { ruleId: 'no-duplicate-keys', severity: 2, message: undefined, line: 2, column: 30, endLine: 2, endColumn: 37 },
  );
  assert.is(duplicate.fix, undefined);
  const legacy = policy.messages.find((m) => m.ruleId === 'no-legacy-acl-keys')!;
  assert.equal({ ...legacy, fix: undefined }, {
    ruleId: 'no-legacy-acl-keys',
    severity: 1,
    message: '"users" is the legacy name of "src" in ACL rules; rename it to "src"',
    line: 4,
    column: 26,
    endLine: 4,
    endColumn: 33,
    fix: undefined,
  });
  const fix = legacy.fix!;
  assert.ok(fix, 'the legacy key has a fix');
  assert.is(fix.range.length, 2);
  const keyStart = source.indexOf('"users"');
  assert.ok(fix.range[0] >= keyStart && fix.range[1] <= keyStart + '"users"'.length && fix.range[0] < fix.range[1], `range ${fix.range}`);
  assert.ok(fix.text.includes('src'), fix.text);
  const applied = source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
  assert.is(applied, source.replace('"users"', '"src"'));
});

const BOTH_SPELLINGS = '{\n  "acls": [\n    {"action": "accept", "users": ["a@example.com"], "src": ["b@example.com"], "dst": ["*:*"]},\n  ],\n}\n';

test('--format json: a suggestion carries its own {range, text}', () => {
  const dir = folder({ 'policy.hujson': BOTH_SPELLINGS });
  const [result] = json(cli(dir, ['-f', 'json', 'policy.hujson']));
  const suggestions = result!.messages[0]!.suggestions!;
  assert.is(suggestions.length, 1);
  assert.is(suggestions[0]!.desc, 'Remove "users" and keep "src"');
  const fix = suggestions[0]!.fix!;
  const applied = BOTH_SPELLINGS.slice(0, fix.range[0]) + fix.text + BOTH_SPELLINGS.slice(fix.range[1]);
  assert.is(applied, '{\n  "acls": [\n    {"action": "accept", "src": ["b@example.com"], "dst": ["*:*"]},\n  ],\n}\n');
});

test('--format json: the byte-order-mark fix removes the BOM when applied the ESLint way', () => {
  // ESLint's offsets are in the text after the BOM, and a fix range starting at -1 removes the BOM
  // (see ESLint's unicode-bom rule, `fixer.removeRange([-1, 0])`).
  const text = '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}\n';
  const dir = folder({ 'policy.hujson': Buffer.from(`\uFEFF${text}`, 'utf8') });
  const [result] = json(cli(dir, ['-f', 'json', 'policy.hujson']));
  const bom = result!.messages.find((m) => m.message.includes('byte order mark'))!;
  assert.ok(bom.fix, 'the BOM problem has a fix');
  const [start, end] = bom.fix.range;
  const applied = start < 0 ? bom.fix.text + text.slice(end) : `\uFEFF${text.slice(0, start)}${bom.fix.text}${text.slice(end)}`;
  assert.is(applied, text, `fix ${JSON.stringify(bom.fix)} does not remove the BOM`);
});

test('--format sarif is SARIF 2.1.0 with one result per problem', () => {
  const dir = folder({ 'policy.hujson': LEGACY.replace('"acls"', '"tagOwners": {"tag:a": [], "tag:a": []},\n  "acls"') });
  const run = cli(dir, ['--format', 'sarif', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.is(run.stderr, '');
  const log = JSON.parse(run.stdout) as {
    version: string;
    runs: { tool: { driver: { name: string; version: string } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
  };
  assert.is(log.version, '2.1.0');
  assert.is(log.runs.length, 1);
  assert.is(log.runs[0]!.tool.driver.name, 'tailpolicy');
  assert.is(log.runs[0]!.tool.driver.version, version);
  const results = log.runs[0]!.results;
  assert.equal(
    results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine]),
    [
      ['no-duplicate-keys', 'error', 'policy.hujson', 2],
      ['no-legacy-acl-keys', 'warning', 'policy.hujson', 4],
    ],
  );
});

test('--format github: one ::error / ::warning line per problem', () => {
  const dir = folder({ 'policy.hujson': LEGACY.replace('"acls"', '"tagOwners": {"tag:a": [], "tag:a": []},\n  "acls"') });
  const run = cli(dir, ['-f', 'github', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.is(run.stderr, '');
  assert.is(
    run.stdout,
    '::error file=policy.hujson,line=2,col=30,endLine=2,endColumn=37,title=tailpolicy(no-duplicate-keys)::Duplicate key "tag:a", first defined at 2:17; Tailscale keeps only the last one, so merge them or remove the extra\n' +
      '::warning file=policy.hujson,line=4,col=26,endLine=4,endColumn=33,title=tailpolicy(no-legacy-acl-keys)::"users" is the legacy name of "src" in ACL rules; rename it to "src"\n',
  );
  const clean = cli(folder({ 'policy.hujson': CLEAN }), ['-f', 'github', 'policy.hujson']);
  assert.equal([clean.status, clean.stdout], [0, '']);
});

test('--format gitlab parses as a Code Quality report', () => {
  const dir = folder({ 'sub/policy.hujson': LEGACY.replace('"acls"', '"tagOwners": {"tag:a": [], "tag:a": []},\n  "acls"') });
  const run = cli(dir, ['-f', 'gitlab', 'sub/policy.hujson']);
  assert.is(run.status, 1);
  const issues = JSON.parse(run.stdout) as { check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
  assert.equal(
    issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]),
    [
      ['no-duplicate-keys', 'major', 'sub/policy.hujson', 2],
      ['no-legacy-acl-keys', 'minor', 'sub/policy.hujson', 4],
    ],
  );
  for (const i of issues) assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
  const clean = cli(folder({ 'policy.hujson': CLEAN }), ['-f', 'gitlab', 'policy.hujson']);
  assert.equal([clean.status, clean.stdout], [0, '[]\n']);
});

const INJECTION = `{
  "tagOwners": {
    "tag:x%0A::warning::owned": [],
    "tag:x%0A::warning::owned": [],
  },
  "hosts": {"a\\n::error::pwned": "100.64.0.1", "a\\n::error::pwned": "100.64.0.2"},
  "acls": [{"action": "accept", "users": ["*"], "dst": ["*:*"]}],
}
`;

test('--format github: keys crafted to inject workflow commands stay one command per problem', () => {
  const dir = folder({ 'policy.hujson': INJECTION });
  const problems = json(cli(dir, ['-f', 'json', 'policy.hujson']))[0]!.messages.length;
  // Two duplicate keys, the tag's and the host's bad names, and the legacy key.
  assert.is(problems, 5);
  const run = cli(dir, ['-f', 'github', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.not.ok(run.stdout.includes('\r'));
  const lines = run.stdout.slice(0, -1).split('\n');
  assert.is(lines.length, problems);
  for (const line of lines) assert.match(line, /^::(error|warning) file=policy\.hujson,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=tailpolicy\([a-z-]+\)::/);
  assert.is(lines.filter((l) => l.startsWith('::error ')).length, 4);
  assert.is(lines.filter((l) => l.startsWith('::warning ')).length, 1);
  // The crafted text is there, escaped.
  assert.ok(lines.some((l) => l.includes('tag:x%250A::warning::owned')), lines[0]);
  // Rules quote names as JSON strings, so the line break arrives escaped as \n.
  assert.ok(lines.some((l) => l.includes('"a\\n::error::pwned"')), lines[1]);
});

test('stylish: a key with a line break cannot split a problem row or forge a workflow command', () => {
  // GitHub Actions reads workflow commands from any step output, stylish included.
  const dir = folder({ 'policy.hujson': INJECTION });
  const run = cli(dir, ['--no-color', 'policy.hujson']);
  assert.is(run.status, 1);
  const lines = run.stdout.split('\n');
  for (const line of lines) assert.not.ok(line.startsWith('::'), `a stdout line starts with "::": ${JSON.stringify(line)}`);
  const rows = lines.filter((l) => /^ {2}\d+:\d+ +(error|warning) {2}/.test(l));
  assert.is(rows.length, 5);
  for (const row of rows) assert.match(row, / {2}(no-duplicate-keys|no-legacy-acl-keys|schema|valid-hosts)$/);
});

// ---------------------------------------------------------------------------------------------
// Fixing

const CRLF_LEGACY = [
  '{',
  '  // Owners first.',
  '  "groups": {"group:eng": ["alice@example.com"]},',
  '  "tagOwners": {"tag:web": ["group:eng"]},',
  '  "acls": [',
  '    /* the old way */',
  '    {',
  '      "action": "accept",',
  '      "users": ["group:eng"], // who',
  '      "ports": ["tag:web:443"],',
  '    },',
  '  ],',
  '}',
  '',
].join('\r\n');

test('--fix rewrites users→src and ports→dst, keeping comments, CRLF and the file mode; a second run changes nothing', () => {
  const dir = folder({ 'policy.hujson': CRLF_LEGACY });
  const file = join(dir, 'policy.hujson');
  chmodSync(file, 0o640);
  const run = cli(dir, ['--no-color', '--fix', 'policy.hujson']);
  assert.equal([run.status, run.stdout, run.stderr], [0, '', '']);
  const fixed = readFileSync(file, 'utf8');
  assert.is(fixed, CRLF_LEGACY.replace('"users"', '"src"').replace('"ports"', '"dst"'));
  assert.not.match(fixed, /[^\r]\n/);
  assert.is(statSync(file).mode & 0o7777, 0o640);
  // No temp file left behind.
  assert.equal(readdirSync(dir), ['policy.hujson']);

  const before = readFileSync(file);
  const again = cli(dir, ['--no-color', '--fix', 'policy.hujson']);
  assert.equal([again.status, again.stdout, again.stderr], [0, '', '']);
  assert.ok(readFileSync(file).equals(before), 'the second --fix changed the file');
  assert.is(statSync(file).mode & 0o7777, 0o640);
});

test('--fix leaves unfixable problems reported and the exit code at 1', () => {
  const source = DUPLICATE.replace('"src": ["autogroup:member"]', '"users": ["autogroup:member"]');
  const dir = folder({ 'policy.hujson': source });
  const run = cli(dir, ['--no-color', '--fix', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.ok(run.stdout.includes('no-duplicate-keys'), run.stdout);
  assert.not.ok(run.stdout.includes('no-legacy-acl-keys'), run.stdout);
  assert.is(readFileSync(join(dir, 'policy.hujson'), 'utf8'), source.replace('"users"', '"src"'));
});

test('--fix writes through a symbolic link instead of replacing it', () => {
  const dir = folder({ 'real/policy.hujson': LEGACY });
  symlinkSync(join('real', 'policy.hujson'), join(dir, 'link.hujson'));
  const run = cli(dir, ['--no-color', '--fix', 'link.hujson']);
  assert.equal([run.status, run.stdout, run.stderr], [0, '', '']);
  assert.ok(lstatSync(join(dir, 'link.hujson')).isSymbolicLink(), 'link.hujson is no longer a symbolic link');
  assert.is(readFileSync(join(dir, 'real', 'policy.hujson'), 'utf8'), LEGACY.replace('"users"', '"src"'));
});

test('--fix does not touch a file with a syntax error', () => {
  const source = '{\n  "acls": [{"action": "accept", "users": ["*"], "dst": ["*:*"]}],\n  "oops"\n}\n';
  const dir = folder({ 'policy.hujson': source });
  const run = cli(dir, ['-f', 'json', '--fix', 'policy.hujson']);
  assert.is(run.status, 1);
  assert.equal(json(run)[0]!.messages.map((m) => m.ruleId), ['syntax']);
  assert.is(readFileSync(join(dir, 'policy.hujson'), 'utf8'), source);
});

test('a problem inside the last of two duplicate keys (the one Tailscale keeps) is located and fixed there', () => {
  const source = [
    '{',
    '  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],',
    '  "acls": [{"action": "accept", "users": ["*"], "dst": ["*:*"]}],',
    '}',
    '',
  ].join('\n');
  const dir = folder({ 'policy.hujson': source });
  const [result] = json(cli(dir, ['-f', 'json', 'policy.hujson']));
  const legacy = result!.messages.find((m) => m.ruleId === 'no-legacy-acl-keys')!;
  assert.equal([legacy.line, legacy.column, legacy.endLine, legacy.endColumn], [3, 33, 3, 40]);
  const run = cli(dir, ['-f', 'json', '--fix', 'policy.hujson']);
  assert.is(run.stderr, '');
  assert.is(readFileSync(join(dir, 'policy.hujson'), 'utf8'), source.replace('"users"', '"src"'));
});

test('--fix-dry-run prints a unified diff and writes nothing', () => {
  const dir = folder({ 'policy.hujson': LEGACY });
  const file = join(dir, 'policy.hujson');
  const before = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  const run = cli(dir, ['--no-color', '--fix-dry-run', 'policy.hujson']);
  assert.is(run.status, 0);
  assert.is(run.stderr, '');
  const lines = run.stdout.split('\n');
  assert.ok(lines.includes('--- a/policy.hujson'), run.stdout);
  assert.ok(lines.includes('+++ b/policy.hujson'), run.stdout);
  assert.ok(lines.includes('-    {"action": "accept", "users": ["*"], "dst": ["*:*"]},'), run.stdout);
  assert.ok(lines.includes('+    {"action": "accept", "src": ["*"], "dst": ["*:*"]},'), run.stdout);
  assert.ok(lines.some((l) => /^@@ -\d+,\d+ \+\d+,\d+ @@/.test(l)), run.stdout);
  assert.ok(lines.indexOf('--- a/policy.hujson') < lines.indexOf('+++ b/policy.hujson'));
  assert.ok(readFileSync(file).equals(before), 'the file changed');
  assert.is(statSync(file).mtimeMs, mtime);
  assert.equal(readdirSync(dir), ['policy.hujson']);
});

test('--fix-type suggestion applies suggestions as well as fixes (as --help says)', () => {
  const source = '{\n  "acls": [\n    {"action": "accept", "users": ["*"], "src": ["*"], "dst": ["*:*"]},\n    {"action": "accept", "users": ["*"], "dst": ["*:22"]},\n  ],\n}\n';
  const dir = folder({ 'policy.hujson': source });
  const plain = cli(dir, ['--no-color', 'policy.hujson', '--fix-dry-run']);
  assert.ok(plain.stdout.includes('"users": ["*"], "src"'), 'without suggestions the ambiguous rule stays');
  const run = cli(dir, ['--no-color', 'policy.hujson', '--fix', '--fix-type', 'suggestion']);
  assert.equal([run.status, run.stderr], [0, '']);
  assert.is(run.stdout, '');
  assert.is(
    readFileSync(join(dir, 'policy.hujson'), 'utf8'),
    '{\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["*:*"]},\n    {"action": "accept", "src": ["*"], "dst": ["*:22"]},\n  ],\n}\n',
  );
});

test('--fix removes a byte order mark', () => {
  const dir = folder({ 'policy.hujson': Buffer.from('\uFEFF{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n', 'utf8') });
  const lint = cli(dir, ['--no-color', 'policy.hujson']);
  assert.is(lint.status, 1);
  assert.ok(lint.stdout.includes('byte order mark'), lint.stdout);
  assert.ok(lint.stdout.includes('1:1  error'), lint.stdout);
  const run = cli(dir, ['--no-color', '--fix', 'policy.hujson']);
  assert.equal([run.status, run.stdout, run.stderr], [0, '', '']);
  assert.ok(readFileSync(join(dir, 'policy.hujson')).equals(Buffer.from('{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n')));
});

test('--fix adds the final newline after a closing // comment (LF and CRLF)', () => {
  const dir = folder({ 'lf.hujson': '{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n// end', 'crlf.hujson': '{\r\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\r\n}\r\n// end' });
  const lint = cli(dir, ['--no-color', 'lf.hujson']);
  assert.is(lint.status, 1);
  assert.ok(lint.stdout.includes('4:1  error    The file ends in a // comment without a final newline'), lint.stdout);
  const run = cli(dir, ['--no-color', '--fix', 'lf.hujson', 'crlf.hujson']);
  assert.equal([run.status, run.stdout, run.stderr], [0, '', '']);
  assert.is(readFileSync(join(dir, 'lf.hujson'), 'utf8'), '{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n// end\n');
  assert.is(readFileSync(join(dir, 'crlf.hujson'), 'utf8'), '{\r\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\r\n}\r\n// end\r\n');
});

// ---------------------------------------------------------------------------------------------
// Standard input

test('--stdin lints the text on standard input as <text>', () => {
  const dir = folder();
  const run = cli(dir, ['--no-color', '--stdin'], { input: DUPLICATE });
  assert.is(run.status, 1);
  assert.is(run.stdout, DUPLICATE_STYLISH.replace('policy.hujson', '<text>'));
  const clean = cli(dir, ['--no-color', '--stdin'], { input: CLEAN });
  assert.equal([clean.status, clean.stdout, clean.stderr], [0, '', '']);
});

test('--stdin with invalid UTF-8 is one syntax problem', () => {
  const run = cli(folder(), ['-f', 'json', '--stdin'], { input: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]) });
  assert.is(run.status, 1);
  const [result] = json(run);
  assert.is(result!.filePath, '<text>');
  assert.equal(result!.messages.map((m) => [m.ruleId, m.line, m.column]), [['syntax', 1, 3]]);
});

test('--stdin-filename names the input and finds its config', () => {
  const dir = folder({ 'quiet/.tailpolicy.json': '{"rules": {"no-legacy-acl-keys": "off"}}' });
  const named = cli(dir, ['--no-color', '--stdin', '--stdin-filename', 'sub/policy.hujson'], { input: LEGACY });
  assert.is(named.status, 0);
  assert.is(named.stdout, LEGACY_STYLISH.replace('policy.hujson', 'sub/policy.hujson'));
  const configured = cli(dir, ['--no-color', '--stdin', '--stdin-filename', 'quiet/policy.hujson'], { input: LEGACY });
  assert.equal([configured.status, configured.stdout, configured.stderr], [0, '', '']);
  const [result] = json(cli(dir, ['-f', 'json', '--stdin', '--stdin-filename', 'sub/policy.hujson'], { input: LEGACY }));
  assert.is(result!.filePath, join(dir, 'sub', 'policy.hujson'));
  assert.not.ok(existsSync(join(dir, 'sub')), 'nothing is written for standard input');
});

test('--stdin with --fix-dry-run prints the diff under the --stdin-filename', () => {
  const dir = folder();
  const run = cli(dir, ['--no-color', '--stdin', '--fix-dry-run', '--stdin-filename', 'policy.hujson'], { input: LEGACY });
  assert.is(run.status, 0);
  assert.ok(run.stdout.includes('--- a/policy.hujson\n+++ b/policy.hujson\n'), run.stdout);
  assert.ok(run.stdout.includes('+    {"action": "accept", "src": ["*"], "dst": ["*:*"]},'), run.stdout);
});

test('--stdin-filename naming a directory is a usage error', () => {
  const dir = folder({ 'sub/keep.txt': '' });
  assertUsageError(cli(dir, ['--stdin', '--stdin-filename', 'sub'], { input: CLEAN }), `--stdin-filename ${join(dir, 'sub')}: is a directory; give a file name`);
});

// ---------------------------------------------------------------------------------------------
// Usage and I/O errors: exit 2, one line on stderr

test('a missing file', () => {
  assertUsageError(cli(folder(), ['nope.hujson']), 'nope.hujson: no such file');
});

test('a folder with no policies, and no policies at all', () => {
  const dir = folder({ 'empty/readme.txt': 'hi', 'empty/node_modules/x.hujson': '{}' });
  assertUsageError(cli(dir, ['empty']), 'empty: no policy files found (looked for **/*.hujson and **/policy.json)');
  const inside = join(dir, 'empty');
  assertUsageError(cli(inside, []), `no policy files found in ${inside} (looked for **/*.hujson and **/policy.json)`);
  assertUsageError(cli(dir, ['nothing/**/*.hujson']), /^tailpolicy: nothing\/\*\*\/\*\.hujson: no policy files found/);
});

test('a file without read permission', () => {
  if (process.getuid?.() === 0) {
    console.log('  (skipped "a file without read permission": running as root, which can read anything)');
    return;
  }
  const dir = folder({ 'policy.hujson': CLEAN });
  chmodSync(join(dir, 'policy.hujson'), 0o000);
  assertUsageError(cli(dir, ['policy.hujson']), `${join(dir, 'policy.hujson')}: permission denied`);
});

test('an unknown option', () => {
  const line = assertUsageError(cli(folder({ 'policy.hujson': CLEAN }), ['--bogus', 'policy.hujson']));
  assert.ok(line.includes('bogus'), line);
});

test('a bad --format, --max-warnings or option combination', () => {
  const dir = folder({ 'policy.hujson': CLEAN });
  const format = assertUsageError(cli(dir, ['-f', 'xml', 'policy.hujson']));
  assert.ok(format.includes('xml') && format.includes('stylish'), format);
  assertUsageError(cli(dir, ['--max-warnings', '-5', 'policy.hujson']), '--max-warnings must be a whole number, got -5');
  assertUsageError(cli(dir, ['--fix', '--fix-dry-run', 'policy.hujson']), '--fix and --fix-dry-run cannot be used together');
  assertUsageError(cli(dir, ['--stdin', '--fix'], { input: CLEAN }), '--fix cannot write back to standard input; use --fix-dry-run');
  assertUsageError(cli(dir, ['--stdin-filename', 'x.hujson', 'policy.hujson']), '--stdin-filename needs --stdin');
  assertUsageError(cli(dir, ['--stdin', 'policy.hujson'], { input: CLEAN }), '--stdin cannot be combined with file arguments');
});

test('an unknown --rule id suggests the near miss; a bad severity names the choices', () => {
  const dir = folder({ 'policy.hujson': CLEAN });
  assertUsageError(
    cli(dir, ['policy.hujson', '--rule', 'no-duplicate-key=off']),
    '--rule no-duplicate-key=off: unknown rule "no-duplicate-key"; did you mean "no-duplicate-keys"?',
  );
  const far = assertUsageError(cli(dir, ['policy.hujson', '--rule', 'totally-made-up=off']));
  assert.not.ok(far.includes('did you mean'), far);
  assertUsageError(
    cli(dir, ['policy.hujson', '--rule', 'no-duplicate-keys=loud']),
    '--rule no-duplicate-keys=loud: expected no-duplicate-keys=off, no-duplicate-keys=warn or no-duplicate-keys=error',
  );
  assertUsageError(cli(dir, ['policy.hujson', '--rule', 'no-duplicate-keys']), /expected no-duplicate-keys=off/);
});

test('a bad .tailpolicy.json: path, line and column of the problem', () => {
  const dir = folder({
    '.tailpolicy.json': '{\n  "rules": {\n    "no-dup-keys": "off"\n  }\n}\n',
    'policy.hujson': CLEAN,
  });
  assertUsageError(cli(dir, ['policy.hujson']), `${join(dir, '.tailpolicy.json')}:3:5: Unknown rule "no-dup-keys"`);
  writeFileSync(join(dir, '.tailpolicy.json'), '{"rules": {"no-duplicate-keys": "loud"}}');
  assertUsageError(cli(dir, ['policy.hujson']), new RegExp(`^tailpolicy: ${join(dir, '.tailpolicy.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:33: Rule "no-duplicate-keys" has severity "loud"`));
  writeFileSync(join(dir, '.tailpolicy.json'), '{"rules": ');
  assertUsageError(cli(dir, ['policy.hujson']), `${join(dir, '.tailpolicy.json')}:1:11: Unexpected end of file; a value is missing`);
  assertUsageError(cli(dir, ['--config', 'missing.json', 'policy.hujson']), `${join(dir, 'missing.json')}: cannot read the config file (ENOENT)`);
});

test('--output-file into a missing folder', () => {
  const dir = folder({ 'policy.hujson': CLEAN });
  assertUsageError(cli(dir, ['-o', 'no/such/dir/report.txt', 'policy.hujson']), 'no/such/dir/report.txt: cannot write the report (ENOENT)');
});

// ---------------------------------------------------------------------------------------------
// Configuration

test('a .tailpolicy.json in a parent folder applies to files below it', () => {
  const dir = folder({
    '.tailpolicy.json': '{"rules": {"no-legacy-acl-keys": "off"}}',
    'a/b/policy.hujson': LEGACY,
    'outside/policy.hujson': LEGACY,
  });
  const inside = cli(dir, ['--no-color', '--max-warnings', '0', 'a/b/policy.hujson']);
  assert.equal([inside.status, inside.stdout, inside.stderr], [0, '', '']);
  // From inside the subfolder too.
  const fromSub = cli(join(dir, 'a', 'b'), ['--no-color', '--max-warnings', '0', 'policy.hujson']);
  assert.equal([fromSub.status, fromSub.stdout], [0, '']);
  // A nearer config wins.
  writeFileSync(join(dir, 'a', '.tailpolicy.hujson'), '{\n  // nearer\n  "rules": {"no-legacy-acl-keys": "error"},\n}\n');
  const nearer = cli(dir, ['--no-color', 'a/b/policy.hujson']);
  assert.is(nearer.status, 1);
  assert.ok(nearer.stdout.includes('3:26  error    "users" is the legacy name'), nearer.stdout);
});

test('--config replaces the discovered config; --rule overrides both', () => {
  const dir = folder({
    '.tailpolicy.json': '{"rules": {"no-legacy-acl-keys": "off"}}',
    'other.json': '{"rules": {"no-legacy-acl-keys": "error"}}',
    'empty.json': '{}',
    'policy.hujson': LEGACY,
  });
  const discovered = cli(dir, ['--no-color', 'policy.hujson']);
  assert.equal([discovered.status, discovered.stdout], [0, '']);
  const other = cli(dir, ['--no-color', '--config', 'other.json', 'policy.hujson']);
  assert.is(other.status, 1);
  assert.ok(other.stdout.includes('3:26  error '), other.stdout);
  const empty = cli(dir, ['--no-color', '-c', 'empty.json', 'policy.hujson']);
  assert.equal([empty.status, empty.stdout], [0, LEGACY_STYLISH]);
  // (The file comes first: an array option would swallow it, see the test below.)
  const ruled = cli(dir, ['--no-color', 'policy.hujson', '--rule', 'no-legacy-acl-keys=error']);
  assert.is(ruled.status, 1);
  assert.ok(ruled.stdout.includes('3:26  error '), ruled.stdout);
  const ruledOff = cli(dir, ['--no-color', '--config', 'other.json', 'policy.hujson', '--rule', 'no-legacy-acl-keys=off']);
  assert.equal([ruledOff.status, ruledOff.stdout], [0, '']);
  const twice = cli(dir, ['--no-color', 'policy.hujson', '--rule', 'no-legacy-acl-keys=error', '--rule', 'no-legacy-acl-keys=off']);
  assert.equal([twice.status, twice.stdout], [0, '']);
});

test('repeatable options do not swallow the file after them (the --help example `--rule no-legacy-acl-keys=off policy.hujson`)', () => {
  const dir = folder({ 'policy.hujson': LEGACY, 'other.hujson': LEGACY });
  const ruled = cli(dir, ['--no-color', '--rule', 'no-legacy-acl-keys=error', 'policy.hujson']);
  assert.is(ruled.stderr, '');
  assert.is(ruled.status, 1);
  assert.is(json(cli(dir, ['-f', 'json', '--rule', 'no-legacy-acl-keys=off', 'policy.hujson']))[0]!.messages.length, 0);
  const ignored = cli(dir, ['-f', 'json', '--ignore-pattern', 'other.hujson', 'policy.hujson']);
  assert.is(ignored.stderr, '');
  assert.equal(filesOf(ignored, dir), ['policy.hujson']);
});

test('--print-config prints the effective rules for a file', () => {
  const dir = folder({
    'sub/.tailpolicy.json': '{"rules": {"no-legacy-acl-keys": "off"}, "tailnet": {"name": "example.com"}}',
    'sub/policy.hujson': LEGACY,
  });
  const run = cli(dir, ['--print-config', 'sub/policy.hujson']);
  assert.equal([run.status, run.stderr], [0, '']);
  const printed = JSON.parse(run.stdout) as { configFile: string; rules: Record<string, string>; tailnet: unknown };
  assert.is(printed.configFile, join(dir, 'sub', '.tailpolicy.json'));
  assert.equal(printed.tailnet, { name: 'example.com' });
  // Every rule is listed with its effective severity: defaults, and the config's override.
  assert.equal(Object.keys(printed.rules), [...allRules().keys()]);
  for (const [id, meta] of allRules()) assert.is(printed.rules[id], id === 'no-legacy-acl-keys' ? 'off' : meta.severity, id);
  const flagged = JSON.parse(cli(dir, ['--print-config', 'sub/policy.hujson', '--rule', 'no-duplicate-keys=warn']).stdout) as { rules: Record<string, string> };
  assert.is(flagged.rules['no-duplicate-keys'], 'warn');
  const none = JSON.parse(cli(dir, ['--print-config', 'elsewhere.hujson']).stdout) as { configFile: unknown; rules: Record<string, string> };
  assert.is(none.configFile, null);
  assert.is(none.rules['no-legacy-acl-keys'], 'warn');
});

// ---------------------------------------------------------------------------------------------
// Files, folders, globs

const BAD = '{"hosts": {"a": "100.64.0.1", "a": "100.64.0.1"}}\n';

function filesOf(run: Run, dir: string): string[] {
  return json(run).map((r) => r.filePath.slice(dir.length + 1));
}

test('a folder argument finds nested policies and skips node_modules and .git', () => {
  const dir = folder({
    'tree/top.hujson': BAD,
    'tree/a/one.hujson': BAD,
    'tree/a/b/two.hujson': BAD,
    'tree/a/policy.json': BAD,
    'tree/a/other.json': BAD,
    'tree/node_modules/x.hujson': BAD,
    'tree/a/node_modules/pkg/y.hujson': BAD,
    'tree/.git/z.hujson': BAD,
  });
  const run = cli(dir, ['-f', 'json', 'tree']);
  assert.is(run.status, 1);
  assert.equal(filesOf(run, dir), ['tree/a/b/two.hujson', 'tree/a/one.hujson', 'tree/a/policy.json', 'tree/top.hujson']);
  const fromInside = cli(join(dir, 'tree'), ['-f', 'json']);
  assert.equal(filesOf(fromInside, join(dir, 'tree')), ['a/b/two.hujson', 'a/one.hujson', 'a/policy.json', 'top.hujson']);
});

test('glob arguments, and plain files listed twice are linted once', () => {
  const dir = folder({ 'p/a.hujson': BAD, 'p/q/b.hujson': BAD, 'p/c.json': BAD, 'p/node_modules/d.hujson': BAD });
  assert.equal(filesOf(cli(dir, ['-f', 'json', 'p/**/*.hujson']), dir), ['p/a.hujson', 'p/q/b.hujson']);
  assert.equal(filesOf(cli(dir, ['-f', 'json', 'p/*.hujson']), dir), ['p/a.hujson']);
  assert.equal(filesOf(cli(dir, ['-f', 'json', 'p/a.hujson', 'p/a.hujson', 'p/**/a.hujson']), dir), ['p/a.hujson']);
  // A plain file is linted whatever its extension.
  assert.equal(filesOf(cli(dir, ['-f', 'json', 'p/c.json']), dir), ['p/c.json']);
});

test('--ignore-pattern skips matching files (repeatable)', () => {
  const dir = folder({ 'tree/keep.hujson': BAD, 'tree/sub/skip.hujson': BAD, 'tree/gen/skip.hujson': BAD });
  assert.equal(filesOf(cli(dir, ['-f', 'json', 'tree', '--ignore-pattern', '**/sub/**']), dir), ['tree/gen/skip.hujson', 'tree/keep.hujson']);
  assert.equal(
    filesOf(cli(dir, ['-f', 'json', 'tree/**/*.hujson', '--ignore-pattern', '**/sub/**', '--ignore-pattern', '**/gen/**']), dir),
    ['tree/keep.hujson'],
  );
  assert.equal(filesOf(cli(dir, ['-f', 'json', 'tree/**/*.hujson', '--ignore-pattern', 'tree/sub/**']), dir), ['tree/gen/skip.hujson', 'tree/keep.hujson']);
  assertUsageError(cli(dir, ['tree/sub/*.hujson', '--ignore-pattern', '**/sub/**']), /no policy files found/);
});

test('--ignore-pattern is relative to the working folder whether the argument is a folder or a glob', () => {
  const dir = folder({ 'tree/keep.hujson': BAD, 'tree/sub/skip.hujson': BAD });
  const viaGlob = filesOf(cli(dir, ['-f', 'json', 'tree/**/*.hujson', '--ignore-pattern', 'tree/sub/**']), dir);
  const viaFolder = filesOf(cli(dir, ['-f', 'json', 'tree', '--ignore-pattern', 'tree/sub/**']), dir);
  assert.equal(viaGlob, ['tree/keep.hujson']);
  assert.equal(viaFolder, viaGlob);
});

test('ignorePatterns from --config apply too', () => {
  const dir = folder({ 'cfg.json': '{"ignorePatterns": ["**/gen/**"]}', 'tree/keep.hujson': BAD, 'tree/gen/skip.hujson': BAD });
  assert.equal(filesOf(cli(dir, ['-f', 'json', '-c', 'cfg.json', 'tree']), dir), ['tree/keep.hujson']);
});

// ---------------------------------------------------------------------------------------------
// Output, version, help, colour

test('--output-file writes the report and prints nothing', () => {
  const dir = folder({ 'policy.hujson': DUPLICATE });
  const run = cli(dir, ['--no-color', '-o', 'report.txt', 'policy.hujson']);
  assert.equal([run.status, run.stdout, run.stderr], [1, '', '']);
  assert.is(readFileSync(join(dir, 'report.txt'), 'utf8'), DUPLICATE_STYLISH);
  const asJson = cli(dir, ['-f', 'json', '--output-file', 'report.json', 'policy.hujson']);
  assert.equal([asJson.status, asJson.stdout], [1, '']);
  const results = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as JsonResult[];
  assert.is(results[0]!.errorCount, 1);
});

test('--version prints the package version; --help mentions --fix', () => {
  const dir = folder();
  for (const flag of ['--version', '-v']) {
    const run = cli(dir, [flag]);
    assert.equal([run.status, run.stdout, run.stderr], [0, `${version}\n`, ''], flag);
  }
  for (const flag of ['--help', '-h']) {
    const run = cli(dir, [flag]);
    assert.is(run.status, 0);
    assert.is(run.stderr, '');
    assert.ok(run.stdout.includes('--fix'), run.stdout);
    assert.ok(run.stdout.includes('--fix-dry-run'), run.stdout);
    assert.ok(run.stdout.includes('tailpolicy'), run.stdout);
  }
});

test('colour: --color adds ANSI escapes to stylish, --no-color and a pipe do not', () => {
  const dir = folder({ 'policy.hujson': DUPLICATE });
  const coloured = cli(dir, ['--color', 'policy.hujson']);
  assert.is(coloured.status, 1);
  assert.ok(coloured.stdout.includes('\u001b[31m'), JSON.stringify(coloured.stdout));
  assert.is(coloured.stdout.replace(/\u001b\[\d+m/g, ''), DUPLICATE_STYLISH);
  const plain = cli(dir, ['--no-color', 'policy.hujson']);
  assert.not.ok(plain.stdout.includes('\u001b'), plain.stdout);
  const piped = cli(dir, ['policy.hujson']);
  assert.not.ok(piped.stdout.includes('\u001b'), piped.stdout);
  const noColorEnv = cli(dir, ['policy.hujson'], { env: { NO_COLOR: '1' } });
  assert.not.ok(noColorEnv.stdout.includes('\u001b'), noColorEnv.stdout);
});

// ---------------------------------------------------------------------------------------------
// Hostile input: one `syntax` problem, exit 1, no stack trace, no hang (the spawn's time-out)

function assertOneSyntaxProblem(dir: string, file: string): JsonMessage {
  const run = cli(dir, ['-f', 'json', file]);
  assert.is(run.status, 1, `exit code for ${file} (stderr: ${run.stderr.slice(0, 500)})`);
  assert.is(run.stderr, '');
  const results = json(run);
  assert.is(results.length, 1);
  const messages = results[0]!.messages;
  assert.is(messages.length, 1, JSON.stringify(messages));
  assert.is(messages[0]!.ruleId, 'syntax');
  assert.is(messages[0]!.severity, 2);
  assert.equal([results[0]!.errorCount, results[0]!.warningCount], [1, 0]);
  // And stylish says the same without a stack trace.
  const stylish = cli(dir, ['--no-color', file]);
  assert.is(stylish.status, 1);
  assert.is(stylish.stderr, '');
  assert.ok(stylish.stdout.includes('\u2716 1 problem (1 error, 0 warnings)'), stylish.stdout.slice(0, 500));
  assert.not.match(stylish.stdout, /\n\s+at .+:\d+:\d+\)?\n/);
  return messages[0]!;
}

test('random binary bytes (seeded)', () => {
  const files: Record<string, Buffer> = {};
  for (const seed of [1, 2, 3, 42, 1234]) {
    const random = prng(seed);
    files[`bin-${seed}.hujson`] = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
  }
  const dir = folder(files);
  for (const name of Object.keys(files)) assertOneSyntaxProblem(dir, name);
});

test('random JSON-like text (seeded)', () => {
  const alphabet = '{}[]{}[]"":,,:  \n\t/*\\0123456789.-+eEtrufalsn#\'ab\u00e9\u2028';
  const files: Record<string, string> = {};
  for (const seed of [7, 8, 9, 10, 11]) {
    const random = prng(seed);
    files[`text-${seed}.hujson`] = '{' + Array.from({ length: 3000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  }
  const dir = folder(files);
  for (const name of Object.keys(files)) assertOneSyntaxProblem(dir, name);
});

test('invalid UTF-8 is one syntax problem at the bad byte', () => {
  const dir = folder({
    'lone.hujson': Buffer.concat([Buffer.from('{\n  "a": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n}\n')]),
    'overlong.hujson': Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]),
    'surrogate.hujson': Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]),
    'truncated.hujson': Buffer.concat([Buffer.from('{"a": "\u00e9'), Buffer.from([0xe2, 0x82])]),
  });
  const lone = assertOneSyntaxProblem(dir, 'lone.hujson');
  assert.equal([lone.line, lone.column, lone.message], [2, 9, 'Invalid UTF-8 (byte 0xC3); save the file as UTF-8']);
  assert.equal([assertOneSyntaxProblem(dir, 'overlong.hujson').column, assertOneSyntaxProblem(dir, 'surrogate.hujson').column], [8, 8]);
  const truncated = assertOneSyntaxProblem(dir, 'truncated.hujson');
  assert.equal([truncated.line, truncated.column, truncated.message], [1, 9, 'Invalid UTF-8 (byte 0xE2); save the file as UTF-8']);
});

test('invalid UTF-8 after a byte order mark: the column does not count the BOM, like every other column', () => {
  const dir = folder({
    'bom-bad.hujson': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": "'), Buffer.from([0xff]), Buffer.from('"}')]),
    'bom-syntax.hujson': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": "x" "b"}')]),
  });
  // Same place, same column: both are right after `{"a": "` (7 characters).
  const syntax = json(cli(dir, ['-f', 'json', 'bom-syntax.hujson']))[0]!.messages.find((m) => m.ruleId === 'syntax')!;
  assert.equal([syntax.line, syntax.column], [1, 11]);
  const bad = assertOneSyntaxProblem(dir, 'bom-bad.hujson');
  assert.equal([bad.line, bad.column, bad.endColumn], [1, 8, 9]);
});

test('a 10,000-deep nested array', () => {
  const dir = folder({ 'array.hujson': '['.repeat(10_000) + ']'.repeat(10_000), 'object.hujson': '{"a":'.repeat(10_000) + '{}' + '}'.repeat(10_000) });
  assert.ok(assertOneSyntaxProblem(dir, 'array.hujson').message.includes('nested'));
  assert.ok(assertOneSyntaxProblem(dir, 'object.hujson').message.includes('nested'));
});

test('an empty file, and one with only whitespace or comments', () => {
  const dir = folder({ 'empty.hujson': '', 'blank.hujson': '\n  \r\n', 'comments.hujson': '// nothing here\n' });
  assert.equal(
    { ...assertOneSyntaxProblem(dir, 'empty.hujson') },
    { ruleId: 'syntax', severity: 2, message: 'The file is empty; a policy file is one JSON object, at least {}', line: 1, column: 1, endLine: 1, endColumn: 1 },
  );
  assert.ok(assertOneSyntaxProblem(dir, 'blank.hujson').message.startsWith('The file is empty'));
  assert.ok(assertOneSyntaxProblem(dir, 'comments.hujson').message.startsWith('The file holds only comments'));
});

test('a 100 MB policy: valid → exit 0, one syntax error at the very end → exit 1 (no hang: the spawn has a time-out)', () => {
  const dir = folder();
  const file = join(dir, 'big.hujson');
  const fd = openSync(file, 'w');
  // Valid and clean under every rule: tags may go unused, comments are padding.
  const pad = 'x'.repeat(1000);
  let size = 0;
  let n = 0;
  size += writeSync(fd, '{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n  "tagOwners": {\n');
  let lines = 3;
  while (size < 100 * 1024 * 1024) {
    const chunk: string[] = [];
    for (let i = 0; i < 1000; i++) chunk.push(`    "tag:t${n++}": [], // ${pad}\n`);
    lines += 1000;
    size += writeSync(fd, chunk.join(''));
  }
  size += writeSync(fd, '  },\n}\n');
  lines += 2;
  closeSync(fd);
  assert.ok(statSync(file).size >= 100 * 1024 * 1024);

  const valid = cli(dir, ['--no-color', 'big.hujson']);
  assert.equal([valid.status, valid.stdout, valid.stderr], [0, '', '']);

  writeFileSync(file, 'oops', { flag: 'a' });
  const broken = cli(dir, ['-f', 'github', 'big.hujson']);
  assert.is(broken.status, 1);
  assert.is(broken.stderr, '');
  const out = broken.stdout.split('\n').filter(Boolean);
  assert.is(out.length, 1, broken.stdout.slice(0, 1000));
  assert.ok(out[0]!.startsWith(`::error file=big.hujson,line=${lines + 1},col=1,`), out[0]);
  assert.ok(out[0]!.includes('title=tailpolicy(syntax)::'), out[0]);
  rmSync(file);
});

test.run();
