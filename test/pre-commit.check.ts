// The pre-commit hooks (.pre-commit-hooks.yaml) run by the real `pre-commit`, the way a user's
// repository gets them: `npm run test:pre-commit` (in .ci/run; not part of `npm test`, since it
// installs the hooks with npm and takes some seconds).
//
// pre-commit installs a hook repository by cloning it at a `rev`, so the test first commits this
// working tree (what git would track: .gitignore's entries and .git left out) to a throw-away
// repository, and a throw-away "user" repository points its .pre-commit-config.yaml at that by
// `file://` URL and commit. pre-commit then does all it does for a repository on GitHub: clone,
// `npm install` (whose `prepare` builds dist/), `npm pack`, install the package into its own
// environment, and run `tailpolicy` on `git commit`. That is more faithful than `try-repo` (which
// runs the hooks but commits nothing) or `repo: local` (which skips the install).
//
// Without `pre-commit` (or git) it prints why and skips.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const repo = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  status: number | null;
  output: string;
}

function available(command: string): boolean {
  const r = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

const temp = mkdtempSync(join(tmpdir(), 'tailpolicy-pre-commit-'));
const gitConfig = join(temp, 'gitconfig');

/** A user's shell: no variables from `npm run` or from an enclosing git hook, no colour, a git
 * configuration of our own (identity, no signing, no global hooks path). */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|GIT_|PRE_COMMIT)/.test(key) || ['INIT_CWD', 'NODE_OPTIONS', 'NO_COLOR', 'FORCE_COLOR'].includes(key)) continue;
    e[key] = value;
  }
  return {
    ...e,
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    PRE_COMMIT_HOME: join(temp, 'pre-commit-home'),
    PRE_COMMIT_COLOR: 'never',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    NPM_CONFIG_FUND: 'false',
    NPM_CONFIG_AUDIT: 'false',
  };
}

function run(cwd: string, command: string, ...args: string[]): Run {
  const r = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function git(cwd: string, ...args: string[]): Run {
  const r = run(cwd, 'git', ...args);
  assert.is(r.status, 0, `git ${args.join(' ')}:\n${r.output}`);
  return r;
}

function commitCount(cwd: string): number {
  return Number(git(cwd, 'rev-list', '--count', '--all').output.trim() || 0);
}

/** What `git add -A` would take from the checkout: .gitignore's entries (folder names, `*.ext`,
 * names) and .git are left out. */
function copyTrackedTree(from: string, to: string): void {
  const ignore = readFileSync(join(from, '.gitignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const ignored = (name: string, isDir: boolean): boolean =>
    name === '.git' ||
    ignore.some((p) => {
      const bare = p.replace(/^\//, '');
      if (bare.endsWith('/')) return isDir && name === bare.slice(0, -1);
      if (bare.startsWith('*.')) return name.endsWith(bare.slice(1));
      return name === bare;
    });
  const walk = (src: string, dst: string) => {
    mkdirSync(dst, { recursive: true });
    for (const entry of readdirSync(src, { withFileTypes: true })) {
      if (ignored(entry.name, entry.isDirectory())) continue;
      if (entry.isDirectory()) walk(join(src, entry.name), join(dst, entry.name));
      else if (entry.isFile()) copyFileSync(join(src, entry.name), join(dst, entry.name));
    }
  };
  walk(from, to);
}

const CLEAN = '{\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["*:*"]},\n  ],\n}\n';
const LEGACY = '{\n  "acls": [\n    {"action": "accept", "users": ["*"], "dst": ["*:*"]},\n  ],\n}\n';
const DUPLICATE = '{\n  "hosts": {\n    "db": "100.64.0.1",\n    "db": "100.64.0.2",\n  },\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["db:*"]},\n  ],\n}\n';

const ready = available('pre-commit') && available('git');
if (!ready) {
  console.log(
    `\n  pre-commit checks SKIPPED: ${available('git') ? '' : '`git` and '}\`pre-commit\` not found on PATH.\n` +
      '  Install it (Debian: apt-get install pre-commit; elsewhere: pipx install pre-commit) to run them.\n',
  );
}
const check = ready ? test : test.skip;

let hooksRepo = '';
let rev = '';
let user = '';
let installed = false;

test.before(() => {
  writeFileSync(gitConfig, '[user]\n\tname = tailpolicy test\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n');
});

test.after(() => {
  rmSync(temp, { recursive: true, force: true });
});

function config(hook: string): string {
  return `repos:\n  - repo: file://${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: ${hook}\n`;
}

function commit(message: string): Run {
  assert.ok(installed, 'the hooks were not installed (see the first failure)');
  return run(user, 'git', 'commit', '-m', message);
}

check('pre-commit installs the hooks from a commit of this checkout (npm install builds dist/)', () => {
  console.log(`  ${run(repo, 'pre-commit', '--version').output.trim()}`);
  hooksRepo = join(temp, 'tailpolicy');
  copyTrackedTree(repo, hooksRepo);
  git(hooksRepo, 'init', '-q');
  git(hooksRepo, 'add', '-A');
  git(hooksRepo, 'commit', '-q', '-m', 'snapshot of the working tree');
  rev = git(hooksRepo, 'rev-parse', 'HEAD').output.trim();

  user = join(temp, 'user');
  mkdirSync(user);
  git(user, 'init', '-q');
  writeFileSync(join(user, '.pre-commit-config.yaml'), config('tailpolicy'));
  const install = run(user, 'pre-commit', 'install', '--install-hooks');
  assert.is(install.status, 0, install.output);
  installed = true;
});

check('committing a good policy passes', () => {
  writeFileSync(join(user, 'policy.hujson'), CLEAN);
  writeFileSync(join(user, 'README.md'), '# infra\n');
  git(user, 'add', '-A');
  const r = commit('a good policy');
  assert.is(r.status, 0, r.output);
  assert.match(r.output, /tailpolicy\.+Passed/);
  assert.is(commitCount(user), 1);
});

check('committing a bad policy is blocked, with file:line:column for each problem; other files are not linted', () => {
  mkdirSync(join(user, 'infra'));
  writeFileSync(join(user, 'tailnets.hujson'), DUPLICATE);
  writeFileSync(join(user, 'infra', 'policy.json'), DUPLICATE);
  writeFileSync(join(user, 'notes.json'), 'not a policy, not JSON {');
  git(user, 'add', '-A');
  const r = commit('a bad policy');
  // What a user sees, for the CI log.
  console.log(`\n  git commit -m 'a bad policy' → exit ${r.status}:\n${r.output.replace(/^/gm, '  | ')}`);
  assert.is.not(r.status, 0, r.output);
  assert.is(commitCount(user), 1, 'the commit was made');
  assert.match(r.output, /tailpolicy\.+Failed/);
  assert.match(r.output, /- exit code: 1/);
  const message = 'Duplicate key "db", first defined at 3:5; Tailscale keeps only the last one, so merge them or remove the extra [no-duplicate-keys]';
  assert.ok(r.output.includes(`tailnets.hujson:4:5: error: ${message}`), r.output);
  assert.ok(r.output.includes(`infra/policy.json:4:5: error: ${message}`), r.output);
  assert.not.ok(r.output.includes('notes.json'), r.output);
  git(user, 'rm', '-q', '--cached', 'tailnets.hujson', 'infra/policy.json');
  rmSync(join(user, 'tailnets.hujson'));
  rmSync(join(user, 'infra'), { recursive: true });
  const without = commit('notes only');
  assert.is(without.status, 0, without.output);
  assert.match(without.output, /tailpolicy\.+\(no files to check\)Skipped/);
});

check('warnings alone do not block the lint hook', () => {
  writeFileSync(join(user, 'legacy.hujson'), LEGACY);
  git(user, 'add', 'legacy.hujson');
  const r = commit('a warning');
  assert.is(r.status, 0, r.output);
  assert.match(r.output, /tailpolicy\.+Passed/);
});

check('tailpolicy-fix fixes a legacy "users" key, fails with "files were modified", and the commit passes once staged', () => {
  writeFileSync(join(user, '.pre-commit-config.yaml'), config('tailpolicy-fix'));
  writeFileSync(join(user, 'other.hujson'), LEGACY.replace('"*:*"', '"*:443"'));
  git(user, 'add', '-A');
  const before = commitCount(user);
  const first = commit('fix me');
  assert.is.not(first.status, 0, first.output);
  assert.is(commitCount(user), before, 'the first attempt was committed');
  assert.match(first.output, /tailpolicy \(fix\)\.+Failed/);
  assert.match(first.output, /- files were modified by this hook/);
  // Fixed on disk, not staged: `git add` is the user's to do.
  const fixed = LEGACY.replace('"*:*"', '"*:443"').replace('"users"', '"src"');
  assert.is(readFileSync(join(user, 'other.hujson'), 'utf8'), fixed);
  assert.is(git(user, 'diff', '--name-only').output.trim(), 'other.hujson');
  git(user, 'add', 'other.hujson');
  const second = commit('fix me');
  assert.is(second.status, 0, second.output);
  assert.match(second.output, /tailpolicy \(fix\)\.+Passed/);
  assert.is(git(user, 'show', 'HEAD:other.hujson').output, fixed);
  assert.is(commitCount(user), before + 1);
});

check('tailpolicy-fix still blocks what it cannot fix, and changes nothing then', () => {
  writeFileSync(join(user, 'dup.hujson'), DUPLICATE);
  git(user, 'add', 'dup.hujson');
  const r = commit('a duplicate');
  assert.is.not(r.status, 0, r.output);
  assert.ok(r.output.includes('dup.hujson:4:5: error: Duplicate key "db"'), r.output);
  assert.not.match(r.output, /files were modified/);
  assert.is(readFileSync(join(user, 'dup.hujson'), 'utf8'), DUPLICATE);
});

test.run();
