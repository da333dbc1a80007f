// End-to-end tests of `tailpolicy init`, `add` and `access`: the real CLI (bin/tailpolicy.js →
// dist/cli, so run `npm run build` first) spawned in throw-away folders.
//
// The acceptance matrix: for each setup (CKS with each auth mode, operator and ProxyGroup in
// auth and noauth mode, each with and without a recorder) the generated policy lints clean with
// the same declaration; removing any one required entry gives an error naming it; `add`
// restores it, and a second `add` changes nothing.

import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bin, cleanEnv, cli, repo, tempFolders, type Run } from './cli-harness.ts';
import { main } from '../src/cli/main.ts';
import { applyFixOps } from '../src/fix/edit-policy.ts';
import { generatePolicy } from '../src/kubernetes/generate-policy.ts';
import { parseKubernetesFlag, toSetup } from '../src/kubernetes/setups.ts';

// Spawned in parallel, a few at a time: the matrix runs a few hundred commands.
let running = 0;
const waiting: (() => void)[] = [];
async function cliAsync(cwd: string, args: readonly string[]): Promise<Run> {
  if (running >= 6) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<Run>((resolve, reject) => {
      execFile(process.execPath, [bin, ...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The CLI's main() in this process: the code the bundle is built from, without a spawn. The
 * matrix runs `add` a few hundred times; on a small CI machine spawning each costs minutes. */
async function cliInProcess(cwd: string, args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: () => Buffer.alloc(0) });
  return { status, stdout, stderr };
}

const { folder, removeAll } = tempFolders('k8s');

function assertUsageError(run: Run, expected: RegExp): void {
  assert.is(run.status, 2, `exit code (stderr: ${run.stderr})`);
  assert.is(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, `one line on stderr: ${run.stderr}`);
  assert.match(lines[0]!, /^tailpolicy: /);
  assert.match(lines[0]!, expected);
}

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
}

function lintJson(run: Run): { filePath: string; messages: JsonMessage[] }[] {
  return JSON.parse(run.stdout) as { filePath: string; messages: JsonMessage[] }[];
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

// ---------------------------------------------------------------------------------------------
// The acceptance matrix

const SETUP_FLAGS = ['cks', 'cks:coreweave-managed', 'cks:direct', 'operator', 'operator:noauth', 'proxygroup', 'proxygroup:noauth'];
const WHO = ['--users', 'group:ml-eng', '--admins', 'group:ml-admins'];
const RECORDER = ['--recorder', 'tag:tsrecorder'];
/** The rule whose error must name a removed entry of each kind. */
const RULE_OF: Record<string, string> = {
  group: 'no-undefined-groups',
  'tag-owner': 'k8s-proxy-tags',
  'recorder-tag': 'k8s-proxy-tags',
  'service-approval': 'k8s-service-approval',
  reach: 'k8s-proxy-reachable',
  'recorder-reach': 'k8s-proxy-reachable',
  'recorder-capability': 'k8s-grant-targets',
};
/** The deprecation advice on recorder entries is a warning by design (spec §5.5 item 0). */
const EXPECTED_WARNINGS = new Set(['k8s-session-recording']);

for (const flag of SETUP_FLAGS) {
  for (const recorder of [false, true]) {
    test(`${flag}${recorder ? ' with a recorder' : ''}: init lints clean; each removed entry is an error that add restores`, async () => {
      const dir = folder({ '.tailpolicy.json': '{}\n' });
      const initArgs = ['init', '--kubernetes', flag, ...WHO, ...(recorder ? RECORDER : [])];

      // init -o: the same text as the library's generator.
      const written = await cliAsync(dir, [...initArgs, '-o', 'policy.hujson']);
      assert.is(written.status, 0, written.stderr);
      assert.is(written.stdout, `Wrote policy.hujson for ${flag}; check it with: tailpolicy --kubernetes ${flag} policy.hujson\n`);
      const text = read(dir, 'policy.hujson');
      const declaration = { ...parseKubernetesFlag(flag).declaration!, users: ['group:ml-eng'], admins: ['group:ml-admins'], ...(recorder ? { recorder: { tag: 'tag:tsrecorder', enforce: true } } : {}) };
      const generated = generatePolicy([toSetup(declaration, `--kubernetes ${flag}`)], {
        command: `tailpolicy ${initArgs.join(' ')}`,
        checkCommand: `tailpolicy --kubernetes ${flag} policy.hujson`,
      });
      assert.is(text, generated.text);

      // Lints clean with the flag alone.
      const withFlag = await cliAsync(dir, ['--kubernetes', flag, '-f', 'json', 'policy.hujson']);
      const flagMessages = lintJson(withFlag)[0]!.messages;
      assert.is(withFlag.status, 0, JSON.stringify(flagMessages));
      assert.equal(flagMessages.filter((m) => !EXPECTED_WARNINGS.has(m.ruleId)), []);

      // add on the generated policy adds nothing to it, and the full declaration to the config.
      const declare = await cliAsync(dir, ['add', 'policy.hujson', '--kubernetes', flag, ...WHO, ...(recorder ? RECORDER : [])]);
      assert.is(declare.status, 0, declare.stderr);
      assert.is(read(dir, 'policy.hujson'), text);
      assert.equal(JSON.parse(read(dir, '.tailpolicy.json')), { kubernetes: [declaration] });
      assert.match(declare.stdout, /it already has everything .* needs\n\.tailpolicy\.json: added the declaration to "kubernetes"\n$/);

      // Lints clean with the declaration (users, admins, recorder) from the config.
      const withConfig = await cliAsync(dir, ['-f', 'json', 'policy.hujson']);
      const configMessages = lintJson(withConfig)[0]!.messages;
      assert.is(withConfig.status, 0, JSON.stringify(configMessages));
      assert.equal(configMessages.filter((m) => !EXPECTED_WARNINGS.has(m.ruleId)), []);

      // Remove each required entry in turn.
      const required = generated.requirements.filter((r) => r.required);
      const files: string[] = [];
      for (const [i, r] of required.entries()) {
        const name = `removed-${i}.hujson`;
        writeFileSync(join(dir, name), await applyFixOps(text, [{ op: 'remove', path: generated.paths.get(r.id)! }]));
        files.push(name);
      }
      const removed = lintJson(await cliAsync(dir, ['-f', 'json', ...files]));
      const missing: string[] = [];
      required.forEach((r, i) => {
        const errors = removed[i]!.messages.filter((m) => m.severity === 2);
        const named = errors.some((m) => m.ruleId === RULE_OF[r.kind] && r.mentions.every((word) => m.message.includes(word)));
        if (!named) missing.push(`${r.what} (${files[i]}): ${errors.length === 0 ? 'no error' : errors.map((m) => `[${m.ruleId}] ${m.message}`).join(' | ')}`);
      });
      assert.equal(missing, [], `removing these entries gave no error of the expected rule naming them:\n${missing.join('\n')}`);

      // add restores each (lints clean again); a second add changes nothing. (In process: see cliInProcess.)
      const adds = await Promise.all(files.map((name) => cliInProcess(dir, ['add', name, '--kubernetes', flag, ...WHO, ...(recorder ? RECORDER : [])])));
      adds.forEach((run, i) => {
        assert.is(run.status, 0, `${files[i]}: ${run.stderr}`);
        assert.match(run.stdout, new RegExp(`^${files[i]}: added `), run.stdout);
      });
      const restored = await cliAsync(dir, ['-f', 'json', ...files]);
      const leftovers = lintJson(restored).flatMap((r) => r.messages.filter((m) => !EXPECTED_WARNINGS.has(m.ruleId)).map((m) => `${r.filePath}: [${m.ruleId}] ${m.message}`));
      assert.equal(leftovers, []);
      assert.is(restored.status, 0);
      const snapshot = files.map((name) => read(dir, name));
      const again = await Promise.all(files.map((name) => cliInProcess(dir, ['add', name, '--kubernetes', flag, ...WHO, ...(recorder ? RECORDER : [])])));
      again.forEach((run, i) => {
        assert.is(run.status, 0, run.stderr);
        assert.is(run.stdout, `${files[i]}: it already has everything ${flag} needs; nothing changed\n`);
        assert.is(read(dir, files[i]!), snapshot[i]);
      });
      assert.equal(JSON.parse(read(dir, '.tailpolicy.json')), { kubernetes: [declaration] });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// init

test('init: several setups at once; stdout without -o; refuses to overwrite without --force', () => {
  const dir = folder();
  const args = ['init', '--kubernetes', 'cks', '--kubernetes', 'proxygroup:noauth', '--users', 'group:ml-eng,alice@example.com'];
  const printed = cli(dir, args);
  assert.is(printed.status, 0, printed.stderr);
  assert.match(printed.stdout, /^\/\/ Tailnet policy for Kubernetes API server access, written by:\n\/\/   tailpolicy init --kubernetes cks --kubernetes proxygroup:noauth --users group:ml-eng,alice@example.com\n/);
  assert.ok(printed.stdout.includes('"tag:coreweave": []') && printed.stdout.includes('"svc:*": ["tag:k8s"]'));
  writeFileSync(join(dir, 'policy.hujson'), '{}\n');
  assertUsageError(cli(dir, [...args, '-o', 'policy.hujson']), /policy\.hujson: already exists; use --force to overwrite it/);
  assert.is(read(dir, 'policy.hujson'), '{}\n');
  const forced = cli(dir, [...args, '-o', 'policy.hujson', '--force']);
  assert.is(forced.status, 0, forced.stderr);
  assert.is(read(dir, 'policy.hujson'), printed.stdout);
  // Written atomically: no temporary file is left behind.
  assert.equal(readdirSync(dir).sort(), ['policy.hujson']);
  const lint = cli(dir, ['--kubernetes', 'cks', '--kubernetes', 'proxygroup:noauth', 'policy.hujson']);
  assert.is(lint.status, 0, lint.stdout);
});

test('init: usage errors are one line, exit 2', () => {
  const dir = folder();
  assertUsageError(cli(dir, ['init', '--users', 'group:x']), /--kubernetes is required/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'cks']), /--users is required/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'ckss', '--users', 'group:x']), /unknown proxy "ckss".*did you mean "cks"/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'operator:on', '--users', 'group:x']), /unknown mode "on"/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'cks', '--users', 'ml-eng']), /--users "ml-eng": expected a login/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'cks', '--users', 'group:x', '--recorder', 'tsrecorder']), /--recorder "tsrecorder": expected a tag/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'cks', '--users', 'group:x', '--bogus']), /Unknown argument: bogus/);
  assertUsageError(cli(dir, ['init', 'policy.hujson', '--kubernetes', 'cks', '--users', 'group:x']), /init takes no file argument/);
  assertUsageError(cli(dir, ['--color', 'init']), /put the command first: tailpolicy init/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'cks', '--users', 'group:x', '-o', 'no/such/policy.hujson']), /no\/such\/policy\.hujson: the folder no\/such does not exist/);
  assertUsageError(cli(dir, ['init', '--kubernetes', 'cks', '--users', 'group:x', '-o', '.', '--force']), /\.: is a directory/);
  assert.equal(readdirSync(dir), []);
});

test('init --help and tailpolicy --help list the commands', () => {
  const dir = folder();
  const help = cli(dir, ['init', '--help']);
  assert.is(help.status, 0);
  assert.match(help.stdout, /--kubernetes/);
  assert.match(help.stdout, /--recorder/);
  const main = cli(dir, ['--help']);
  assert.match(main.stdout, /tailpolicy init/);
  assert.match(main.stdout, /tailpolicy access/);
});

// ---------------------------------------------------------------------------------------------
// add

const TEAM = `{
  // The team's policy: every line of it must survive add.
  "groups": {
    "group:sre": ["dana@example.com"], // on call
  },

  "tagOwners": {
    "tag:server": ["group:sre"],
  },

  /* SSH to the servers */
  "grants": [
    {"src": ["group:sre"], "dst": ["tag:server"], "ip": ["22"]},
  ],
}
`;

test('add --dry-run prints the diff and writes nothing; add writes atomically, keeps every line', () => {
  const dir = folder({ 'policy.hujson': TEAM });
  const dry = cli(dir, ['add', 'policy.hujson', '--kubernetes', 'proxygroup:noauth', '--users', 'group:sre', '--dry-run']);
  assert.is(dry.status, 0, dry.stderr);
  assert.is(read(dir, 'policy.hujson'), TEAM);
  assert.match(dry.stdout, /^={67}\n--- a\/policy\.hujson\n\+\+\+ b\/policy\.hujson\n/);
  assert.ok(dry.stdout.includes('+    "tag:k8s": ["tag:k8s-operator"],\n'), dry.stdout);
  assert.not.match(dry.stdout, /^-[^-]/m, 'the diff removes no line');

  const added = cli(dir, ['add', 'policy.hujson', '--kubernetes', 'proxygroup:noauth', '--users', 'group:sre']);
  assert.is(added.status, 0, added.stderr);
  assert.is(
    added.stdout,
    [
      'policy.hujson: added tagOwners "tag:k8s-operator": []',
      'policy.hujson: added tagOwners "tag:k8s": ["tag:k8s-operator"]',
      'policy.hujson: added autoApprovers.services "svc:*": ["tag:k8s"]',
      'policy.hujson: added grant group:sre → tag:k8s on tcp:80, tcp:443',
      '',
    ].join('\n'),
  );
  const after = read(dir, 'policy.hujson');
  // Every original line, in order (no trailing-comma file: nothing else needed touching).
  const lines = after.split('\n');
  let at = 0;
  for (const line of TEAM.split('\n')) {
    at = lines.indexOf(line, at);
    assert.ok(at >= 0, `line lost: ${line}`);
    at++;
  }
  assert.equal(readdirSync(dir).sort(), ['policy.hujson']);
  const lint = cli(dir, ['--kubernetes', 'proxygroup:noauth', 'policy.hujson']);
  assert.is(lint.status, 0, lint.stdout);
  const again = cli(dir, ['add', 'policy.hujson', '--kubernetes', 'proxygroup:noauth', '--users', 'group:sre']);
  assert.is(again.stdout, 'policy.hujson: it already has everything proxygroup:noauth needs; nothing changed\n');
  assert.is(read(dir, 'policy.hujson'), after);
});

test('add: the declaration goes into the config found above the file, once', () => {
  const dir = folder({ '.tailpolicy.hujson': '{\n\t// Settings.\n\t"rules": {},\n\t"kubernetes": [\n\t\t{"proxy": "cks", "users": ["group:sre"]},\n\t],\n}\n', 'team/policy.hujson': TEAM });
  const first = cli(dir, ['add', 'team/policy.hujson', '--kubernetes', 'operator', '--users', 'group:sre']);
  assert.is(first.status, 0, first.stderr);
  assert.match(first.stdout, /\.tailpolicy\.hujson: added the declaration to "kubernetes"\n$/);
  assert.is(
    read(dir, '.tailpolicy.hujson'),
    '{\n\t// Settings.\n\t"rules": {},\n\t"kubernetes": [\n\t\t{"proxy": "cks", "users": ["group:sre"]},\n\t\t{\n\t\t\t"proxy": "operator",\n\t\t\t"users": ["group:sre"],\n\t\t},\n\t],\n}\n',
  );
  // Equal to an existing declaration (CKS's default auth spelled out): not added again.
  const second = cli(dir, ['add', 'team/policy.hujson', '--kubernetes', 'cks:tailscale-managed', '--users', 'group:sre', '--dry-run']);
  assert.is(second.status, 0, second.stderr);
  assert.not.ok(second.stdout.includes('.tailpolicy.hujson'), second.stdout);
});

test('add: an entry in the way is reported, not rewritten (exit 1)', () => {
  const text = '{\n\t"tagOwners": {\n\t\t"tag:coreweave": ["group:ops"],\n\t},\n\t"groups": {"group:ops": ["o@example.com"]},\n}\n';
  const dir = folder({ 'policy.hujson': text });
  const run = cli(dir, ['add', 'policy.hujson', '--kubernetes', 'cks']);
  assert.is(run.status, 1);
  assert.is(
    run.stderr,
    'tailpolicy: policy.hujson: cannot add tagOwners "tag:coreweave": []: "tag:coreweave" is defined in "tagOwners" with owners; the setup wants it empty ([]), so only its credential can claim the tag; change it by hand\n',
  );
  assert.is(run.stdout, 'policy.hujson: added autoApprovers.services "tag:coreweave": ["tag:coreweave"]\n');
  assert.ok(read(dir, 'policy.hujson').includes('"tag:coreweave": ["group:ops"],'));
});

test('add: usage errors', () => {
  const dir = folder({ 'broken.hujson': '{"grants": [\n' });
  assertUsageError(cli(dir, ['add', '--kubernetes', 'cks']), /add: give the policy file/);
  assertUsageError(cli(dir, ['add', 'missing.hujson', '--kubernetes', 'cks']), /missing\.hujson: no such file/);
  assertUsageError(cli(dir, ['add', 'broken.hujson', '--kubernetes', 'cks']), /broken\.hujson:2:1: .*fix the syntax first/);
  assertUsageError(cli(dir, ['add', 'broken.hujson']), /--kubernetes is required/);
});

// ---------------------------------------------------------------------------------------------
// access

const examples = join(repo, 'examples');

test('access: no flags still runs the command (not the lint fast path)', () => {
  const run = cli(examples, ['access', 'cks-policy.hujson']);
  assert.is(run.status, 0, run.stderr);
  assert.is(
    run.stdout,
    `cks: CoreWeave CKS managed proxy tag:coreweave
Tailscale Managed Auth (tcp:443); assumed from the policy; declare it with --kubernetes cks or under "kubernetes" in .tailpolicy.json

  SOURCE           MEMBERS                             PORTS    KUBERNETES GROUPS       RECORDING
  group:ml-eng     alice@example.com, bob@example.com  tcp:443  none (identity only)    off
  group:ml-admins  carol@example.com                   tcp:443  system:masters (admin)  off
`,
  );
});

test('access: formats, --kubernetes, default file', () => {
  const json = cli(examples, ['access', 'operator-policy.hujson', '-f', 'json']);
  const report = JSON.parse(json.stdout) as { version: number; setups: { name: string; rows: { source: string; groups: string[]; admin: boolean }[] }[] };
  assert.is(report.version, 1);
  assert.equal(report.setups[0]!.rows.map((r) => [r.source, r.groups, r.admin]), [
    ['group:sre', ['system:masters'], true],
    ['group:dev', ['dev-readers'], false],
  ]);
  const md = cli(examples, ['access', 'operator-policy.hujson', '--format', 'markdown']);
  assert.match(md.stdout, /^### Kubernetes access: operator/);
  assert.ok(md.stdout.includes('| `group:sre` | `dana@example.com` | tcp:443 | **`system:masters`** ⚠️ | off |'), md.stdout);
  const mermaid = cli(examples, ['access', 'operator-policy.hujson', '-f', 'mermaid']);
  assert.match(mermaid.stdout, /^flowchart LR\n/);
  const noauth = cli(examples, ['access', 'operator-policy.hujson', '--kubernetes', 'operator:noauth']);
  assert.match(noauth.stdout, /noauth mode \(tcp:443\); declared in --kubernetes operator:noauth/);
  assert.match(noauth.stdout, /identity from the client's own credentials/);
  const dir = folder({ 'policy.hujson': read(examples, 'cks-policy.hujson') });
  assert.is(cli(dir, ['access']).stdout, cli(examples, ['access', 'cks-policy.hujson']).stdout);
  assertUsageError(cli(folder(), ['access']), /access: give the policy file/);
  assertUsageError(cli(folder({ 'broken.hujson': '{"grants": [\n' }), ['access', 'broken.hujson']), /^tailpolicy: broken\.hujson:2:1: /);
  assertUsageError(cli(folder({ 'p.hujson': '{}', '.tailpolicy.json': '{"kubernetes": [{"proxy": "k8s"}]}' }), ['access', 'p.hujson']), /\.tailpolicy\.json:1:\d+: "proxy" must be one of/);
  assertUsageError(cli(dir, ['access', '-f', 'mermaid', '--diff', 'policy.hujson']), /--format mermaid draws one policy/);
  assertUsageError(cli(dir, ['access', '--diff', 'a', '--diff-ref', 'b']), /--diff and --diff-ref cannot be used together/);
});

test('access --diff BASE_FILE', () => {
  const head = read(examples, 'operator-policy.hujson');
  const base = head.replace('"src": ["group:sre", "group:dev"],', '"src": ["group:sre"],');
  const dir = folder({ 'policy.hujson': head, 'base.hujson': base });
  const run = cli(dir, ['access', 'policy.hujson', '--diff', 'base.hujson']);
  assert.is(run.status, 0, run.stderr);
  assert.is(
    run.stdout,
    `operator: operator's API server proxy tag:k8s-operator

     SOURCE     MEMBERS                              PORTS    KUBERNETES GROUPS  RECORDING
  -  group:dev  erin@example.com, frank@example.com  none     dev-readers        off
  +  group:dev  erin@example.com, frank@example.com  tcp:443  dev-readers        off
`,
  );
  assert.is(cli(dir, ['access', 'policy.hujson', '--diff', 'policy.hujson']).stdout, 'No change in Kubernetes access\n');
  const json = JSON.parse(cli(dir, ['access', 'policy.hujson', '--diff', 'base.hujson', '-f', 'json']).stdout) as { setups: { added: unknown[]; removed: unknown[] }[] };
  assert.is(json.setups[0]!.added.length, 1);
  assert.is(json.setups[0]!.removed.length, 1);
});

test('access --diff-ref reads the base from git, with one-line errors', () => {
  const outside = folder({ 'policy.hujson': read(examples, 'cks-policy.hujson') });
  assertUsageError(cli(outside, ['access', 'policy.hujson', '--diff-ref', 'main']), /--diff-ref main: policy\.hujson is not in a git repository/);

  const dir = folder({ 'infra/policy.hujson': read(examples, 'cks-policy.hujson') });
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...cleanEnv(), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
    assert.is(r.status, 0, r.stderr);
  };
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
  const changed = read(dir, 'infra/policy.hujson').replace('"src": ["group:ml-admins"],', '"src": ["group:ml-admins", "group:ml-eng"],');
  writeFileSync(join(dir, 'infra/policy.hujson'), changed);
  writeFileSync(join(dir, 'infra/new.hujson'), changed);

  const run = cli(join(dir, 'infra'), ['access', 'policy.hujson', '--diff-ref', 'main', '-f', 'markdown']);
  assert.is(run.status, 0, run.stderr);
  assert.is(
    run.stdout,
    `### Kubernetes access: cks (CoreWeave CKS managed proxy tag:coreweave)

| Change | Source | Members | Ports | Kubernetes groups | Recording |
| --- | --- | --- | --- | --- | --- |
| ➖ removed | \`group:ml-eng\` | \`alice@example.com\`, \`bob@example.com\` | tcp:443 | _none (identity only)_ | off |
| ➕ added | \`group:ml-eng\` | \`alice@example.com\`, \`bob@example.com\` | tcp:443 | **\`system:masters\`** ⚠️ | off |
`,
  );
  // From the repository root, the path is relative to it.
  assert.is(cli(dir, ['access', 'infra/policy.hujson', '--diff-ref', 'main', '-f', 'markdown']).stdout, run.stdout);
  assertUsageError(cli(dir, ['access', 'infra/new.hujson', '--diff-ref', 'main']), /--diff-ref main: infra\/new\.hujson does not exist at main/);
  assertUsageError(cli(dir, ['access', 'infra/policy.hujson', '--diff-ref', 'nope']), /--diff-ref nope: no such commit or branch/);
  assertUsageError(cli(dir, ['access', 'infra/policy.hujson', '--diff-ref=--output=x']), /expected a commit or branch name/);
});

// ---------------------------------------------------------------------------------------------
// docs/kubernetes.md shows real output: it must stay the CLI's output.

test('docs/kubernetes.md holds the real output of init, add and access', () => {
  const docs = readFileSync(join(repo, 'docs', 'kubernetes.md'), 'utf8');
  const fenced = (lang: string, output: string) => `\`\`\`${lang}\n${output}\`\`\``;
  const shown: [string, string, string[]][] = [
    ['hujson', 'init', ['init', '--kubernetes', 'cks', '--users', 'group:ml-eng', '--admins', 'group:ml-admins']],
    ['diff', 'add', ['add', 'examples/operator-policy.hujson', '--kubernetes', 'proxygroup:noauth', '--users', 'group:sre', '--dry-run']],
    ['text', 'cks table', ['access', 'examples/cks-policy.hujson']],
    ['markdown', 'cks markdown', ['access', 'examples/cks-policy.hujson', '-f', 'markdown']],
    ['text', 'operator table', ['access', 'examples/operator-policy.hujson']],
    ['markdown', 'operator markdown', ['access', 'examples/operator-policy.hujson', '-f', 'markdown']],
    ['mermaid', 'operator mermaid', ['access', 'examples/operator-policy.hujson', '-f', 'mermaid']],
  ];
  for (const [lang, label, args] of shown) {
    const run = cli(repo, args);
    assert.is(run.status, 0, run.stderr);
    assert.ok(docs.includes(fenced(lang, run.stdout)), `docs/kubernetes.md: the ${label} output is out of date; paste:\n${run.stdout}`);
  }
});

test.after(removeAll);

test.run();
