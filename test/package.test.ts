// The npm package as a user gets it: what `npm pack` puts in the tarball, and the tarball installed
// into an empty project (offline, from npm's cache, which `npm ci` filled) working as the checkout
// does: the `tailpolicy` command through npx, the library through `import`, and its types through
// tsc. Needs the build (`npm test` runs it first); packs with --ignore-scripts so that no rebuild
// happens here.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { name: string; version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** npm's own notices (an unknown user config, funding, …) are not what these tests are about. */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NPM_CONFIG_LOGLEVEL: 'error', NPM_CONFIG_UPDATE_NOTIFIER: 'false' };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'CI', 'GITHUB_ACTIONS', 'TERM']) delete e[key];
  // Set by `npm test` for its child processes; they would point npm at the checkout.
  for (const key of Object.keys(e)) if (/^npm_(package|lifecycle|config_(local_prefix|prefix|global))/i.test(key)) delete e[key];
  return e;
}

function run(command: string, args: readonly string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function ok(r: Run, what: string): Run {
  assert.is(r.status, 0, `${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const temp = mkdtempSync(join(tmpdir(), 'tailpolicy-package-'));

test.before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli', 'main.js')), 'dist/ is missing: run `npm run build` first');
});

test.after(() => {
  rmSync(temp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What the tarball holds

const ALLOWED_FILES = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
const ALLOWED_FOLDERS = ['bin/', 'dist/', 'schema/', 'docs/'];

test('npm pack holds bin/, dist/, schema/, docs/, README.md, LICENSE, CHANGELOG.md, package.json and nothing else', () => {
  const packed = ok(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], repo), 'npm pack --dry-run');
  const [info] = JSON.parse(packed.stdout) as [{ name: string; version: string; files: { path: string }[] }];
  assert.equal([info.name, info.version], [name, version]);
  const paths = info.files.map((f) => f.path).sort();

  const stray = paths.filter((p) => !ALLOWED_FILES.has(p) && !ALLOWED_FOLDERS.some((folder) => p.startsWith(folder)));
  assert.equal(stray, [], 'files outside the allowed folders');

  for (const required of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'bin/tailpolicy.js',
    'dist/cli/main.js',
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/rules/index.js',
    'docs/pre-commit.md',
    'docs/gitlab-ci.md',
  ]) {
    assert.ok(paths.includes(required), `${required} is missing from the package`);
  }
  assert.ok(paths.some((p) => p.startsWith('schema/') && p.endsWith('.json')), 'the JSON schema is missing from the package');
  assert.ok(paths.some((p) => p.startsWith('docs/rules/')), 'the rule pages are missing from the package');

  const forbidden = paths.filter(
    (p) =>
      /\.test\.|\.check\./.test(p) || // tests, compiled or not
      /(^|\/)(fixtures|bench|scratch|test|tests|examples|node_modules|\.ci)\//.test(p) ||
      /\.map$/.test(p) || // source maps are not shipped (they would point at src/, which is not)
      (/\.ts$/.test(p) && !/\.d\.ts$/.test(p)) || // sources: only compiled JavaScript and declarations
      /\.(tgz|log)$/.test(p) ||
      /(^|\/)\.[^/]+$/.test(p), // dotfiles (.npmrc, .tailpolicy.json, …)
  );
  assert.equal(forbidden, [], 'files that must not be published');

  // Every compiled library module comes with its declarations.
  const js = paths.filter((p) => /^dist\/(src|rules)\/.*\.js$/.test(p));
  assert.ok(js.length > 10, `only ${js.length} library modules`);
  for (const p of js) assert.ok(paths.includes(p.replace(/\.js$/, '.d.ts')), `${p} has no .d.ts`);
});

// ---------------------------------------------------------------------------------------------
// The tarball installed into an empty project

const POLICY = `{
  // A legacy key (a fixable warning) and a duplicate key (an error).
  "acls": [
    {"action": "accept", "users": ["*"], "dst": ["db:*"]},
  ],
  "hosts": {
    "db": "100.64.0.1",
    "db": "100.64.0.2",
  },
}
`;
const LEGACY = '{\n  "acls": [\n    {"action": "accept", "users": ["*"], "dst": ["*:*"]},\n  ],\n}\n';
const CLEAN = '{\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["*:*"]},\n  ],\n}\n';

let project = '';

test('the tarball installs offline into an empty project, with no dev dependency', () => {
  const packs = join(temp, 'packs');
  mkdirSync(packs);
  const packed = ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], repo), 'npm pack');
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  assert.is(filename, `${name}-${version}.tgz`);

  project = join(temp, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  ok(run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(packs, filename)], project), 'npm install --offline');

  const installed = join(project, 'node_modules', name);
  assert.is((JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string }).version, version);
  for (const dev of ['typescript', 'esbuild', 'tsx', 'uvu']) {
    assert.not.ok(existsSync(join(project, 'node_modules', dev)), `${dev} (a dev dependency) was installed`);
  }
});

test('npx tailpolicy from the install (`npx --no-install`, so it cannot fetch one): same exit codes and output as bin/tailpolicy.js in the checkout', () => {
  assert.ok(project, 'the install test ran first');
  writeFileSync(join(project, 'policy.hujson'), POLICY);
  writeFileSync(join(project, 'legacy.hujson'), LEGACY);
  writeFileSync(join(project, 'clean.hujson'), CLEAN);
  const cases: [string[], number][] = [
    [['clean.hujson'], 0],
    [['--no-color', 'legacy.hujson'], 0],
    [['--no-color', 'policy.hujson'], 1],
    [['-f', 'json', 'policy.hujson', 'clean.hujson'], 1],
    [['-f', 'compact', 'policy.hujson'], 1],
    [['-f', 'junit', 'policy.hujson', 'legacy.hujson'], 1],
    [['--no-color', '--fix-dry-run', 'legacy.hujson'], 0], // loads the fixer (jsonc-morph and its Wasm)
    [['.'], 1], // a folder: loads fast-glob
    [['--version'], 0],
    [['-f', 'nope', 'clean.hujson'], 2],
  ];
  for (const [args, status] of cases) {
    const fromInstall = run('npx', ['--no-install', 'tailpolicy', ...args], project);
    const fromCheckout = run(process.execPath, [join(repo, 'bin', 'tailpolicy.js'), ...args], project);
    assert.is(fromCheckout.status, status, `checkout: ${args.join(' ')}: ${fromCheckout.stderr}`);
    assert.equal(fromInstall, fromCheckout, `npx tailpolicy ${args.join(' ')}`);
  }
  assert.is(run('npx', ['--no-install', 'tailpolicy', '--version'], project).stdout, `${version}\n`);

  // --fix writes the same file from both.
  cpSync(join(project, 'legacy.hujson'), join(project, 'legacy-2.hujson'));
  const fixed = run('npx', ['--no-install', 'tailpolicy', '--fix', 'legacy.hujson'], project);
  const fixedHere = run(process.execPath, [join(repo, 'bin', 'tailpolicy.js'), '--fix', 'legacy-2.hujson'], project);
  assert.equal([fixed.status, fixedHere.status], [0, 0]);
  assert.is(readFileSync(join(project, 'legacy.hujson'), 'utf8'), LEGACY.replace('"users"', '"src"'));
  assert.is(readFileSync(join(project, 'legacy-2.hujson'), 'utf8'), LEGACY.replace('"users"', '"src"'));
});

test('import { lintText } from "tailpolicy" works from the install', () => {
  assert.ok(project, 'the install test ran first');
  writeFileSync(
    join(project, 'use.js'),
    [
      "import { lintText, applyFixes } from 'tailpolicy';",
      "const result = lintText(process.argv[2], { filePath: 'policy.hujson' });",
      'const fixed = await applyFixes(process.argv[3]);',
      'console.log(JSON.stringify({ errors: result.errorCount, warnings: result.warningCount, rules: result.messages.map((m) => m.ruleId), fixed: fixed.output }));',
    ].join('\n'),
  );
  const used = ok(run(process.execPath, ['use.js', POLICY, LEGACY], project), 'node use.js');
  const out = JSON.parse(used.stdout) as { errors: number; warnings: number; rules: string[]; fixed: string };
  assert.equal([out.errors, out.warnings], [1, 1], out.rules.join(', '));
  assert.ok(out.rules.includes('no-duplicate-keys') && out.rules.includes('no-legacy-acl-keys'), out.rules.join(', '));
  assert.is(out.fixed, LEGACY.replace('"users"', '"src"'));
});

test('the types ship: a .ts file importing tailpolicy type-checks (module nodenext), and a wrong call does not', () => {
  assert.ok(project, 'the install test ran first');
  writeFileSync(
    join(project, 'check.ts'),
    [
      "import { lintText, type Diagnostic, type LintResult } from 'tailpolicy';",
      '',
      "const result: LintResult = lintText('{}', { filePath: 'policy.hujson', rules: { 'no-legacy-acl-keys': 'off' } });",
      'const first: Diagnostic | undefined = result.messages[0];',
      'export const summary: string = `${result.errorCount} ${first?.ruleId ?? "none"}`;',
      '// @ts-expect-error the text must be a string: this line only passes when the real types are found',
      'lintText(42);',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['check.ts'],
    }),
  );
  ok(run(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], project), 'tsc --noEmit on check.ts');

  // And the check has teeth: a wrong type is an error that names the declaration.
  writeFileSync(join(project, 'check.ts'), "import { lintText } from 'tailpolicy';\nexport const n: number = lintText('{}');\n");
  const wrong = run(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], project);
  assert.ok(wrong.status !== 0, wrong.stdout);
  assert.match(wrong.stdout, /LintResult/);
});

test.run();
