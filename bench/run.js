// `npm run bench [-- --runs N]`: how fast and how lean tailpolicy is on realistic policies.
//
// Generates policies of about 10 KB, 100 KB, 1 MB and 10 MB (plus a 1 MB one with exactly 100
// fixable legacy `users` keys) in a temporary folder, then measures, each as a median with the
// two compared commands alternated (A B A B …) so machine noise hits both sides:
//   (a) wall time of the CLI on 10 KB vs `node -e 0`
//   (b) in-process lintText vs a bare jsonc-parser visit at every size, and lint's linearity
//       (the bare pass uses a private copy of jsonc-parser, so the two never share JIT feedback)
//   (c) wall time of `--fix` on the 1 MB file with 100 problems vs linting it
//   (d) peak RSS of the CLI at every size vs `node -e 0` (via bench/rss-probe.js)
// Prints a table with a target and PASS/FAIL per row. A report, not a test: exits 0 whatever the
// numbers, and 1 only when a command failed or a generated file did not lint as expected.
// Uses the built dist/ (run `npm run build` first).

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseJsonc } from 'jsonc-parser';
import { generatePolicy } from './generate-policy.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'tailpolicy.js');
const LIB = join(ROOT, 'dist', 'src', 'index.js');
const PROBE_URL = pathToFileURL(join(ROOT, 'bench', 'rss-probe.js')).href;

const SIZES = [
  { label: '10KB', bytes: 10_000 },
  { label: '100KB', bytes: 100_000 },
  { label: '1MB', bytes: 1_000_000 },
  { label: '10MB', bytes: 10_000_000 },
];
const PROBLEMS = 100;
const MiB = 1024 * 1024;

class BenchError extends Error {}

// ---------------------------------------------------------------- options

function parseOptions(argv) {
  let runs = 9;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--runs(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[1] ?? argv[++i];
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) throw new BenchError(`--runs wants a positive integer, not ${JSON.stringify(value)}`);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: node bench/run.js [--runs N]   (N process runs per side, default 9; in-process samples scale with it)\n');
      process.exit(0);
    } else {
      throw new BenchError(`unknown argument ${JSON.stringify(arg)} (usage: node bench/run.js [--runs N])`);
    }
  }
  return { runs, samples: Math.max(5, Math.round((runs * 5) / 3)) };
}

// ---------------------------------------------------------------- helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const log = (line) => process.stderr.write(`bench: ${line}\n`);
const fmtMs = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(3)} ms`);
const fmtMiB = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
const fmtBytes = (n) => (n >= MiB ? `${(n / 1e6).toFixed(2)} MB` : n >= 1000 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`);

const childEnv = { ...process.env, NO_COLOR: '1' };
delete childEnv.FORCE_COLOR;
delete childEnv.NODE_OPTIONS;

/** Runs `node …args` and returns its wall time; throws unless it exits with `status` (or one of them). */
function runNode(args, { status = 0, env = childEnv } = {}) {
  const allowed = [status].flat();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 512 * MiB, timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error || !allowed.includes(r.status)) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status} (expected ${allowed.join(' or ')})`;
    const detail = (r.stderr || r.stdout || '').trim().slice(0, 800).split('\n').slice(0, 8).join('\n  ');
    throw new BenchError(`\`node ${args.join(' ')}\` failed: ${why}${detail ? `\n  ${detail}` : ''}`);
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

/** Alternates A and B `n` times each (after one untimed warm-up pair); returns both samples. */
function alternate(n, a, b, { warmup = true } = {}) {
  if (warmup) {
    a();
    b();
  }
  const as = [];
  const bs = [];
  for (let i = 0; i < n; i++) {
    as.push(a());
    bs.push(b());
  }
  return { a: as, b: bs };
}

// ---------------------------------------------------------------- the table

const rows = [];
/** One measurement row; `pass` undefined means "no target, for information". */
function row(name, a, b, ratio, target, pass) {
  rows.push({ name, a, b, ratio, target, result: pass === undefined ? 'info' : pass ? 'PASS' : 'FAIL' });
}

function printTable() {
  const head = { name: 'measurement', a: 'A (median)', b: 'B (median)', ratio: 'A/B (RSS: A-B)', target: 'target', result: 'result' };
  const cols = Object.keys(head);
  const all = [head, ...rows];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...all.map((r) => String(r[c]).length))]));
  const line = (r) => cols.map((c, i) => (i === 0 ? String(r[c]).padEnd(width[c]) : String(r[c]).padStart(width[c]))).join('  ');
  process.stdout.write(`${line(head)}\n${cols.map((c) => '-'.repeat(width[c])).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

// ---------------------------------------------------------------- checks

function checkDist() {
  for (const file of [LIB, join(ROOT, 'dist', 'cli', 'main.js')]) {
    if (!existsSync(file)) throw new BenchError(`${file} is missing: run \`npm run build\` first`);
  }
  const newest = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .reduce((m, f) => Math.max(m, statSync(join(dir, f)).mtimeMs), 0);
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'rules')));
  const built = Math.min(statSync(LIB).mtimeMs, statSync(join(ROOT, 'dist', 'cli', 'main.js')).mtimeMs);
  if (sources > built) log('warning: src/ or rules/ is newer than dist/: the numbers are for the last build (`npm run build`)');
}

/** The CLI's JSON report for one file (exit 1 means lint errors, which the callers report). */
function cliReport(file) {
  const { stdout } = runNode([CLI, '--format', 'json', file], { status: [0, 1] });
  const [result] = JSON.parse(stdout);
  if (!result) throw new BenchError(`the CLI reported no result for ${file}`);
  return result;
}

function assertClean(file, label) {
  const r = cliReport(file);
  if (r.messages.length > 0) {
    const first = r.messages.slice(0, 3).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    throw new BenchError(`the generated ${label} policy does not lint clean (${r.messages.length} problems):\n  ${first.join('\n  ')}`);
  }
}

/** ACL rules holding a key, read with jsonc-parser (not with tailpolicy). */
function aclKeyCount(text, key) {
  const errors = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new BenchError(`fixed text does not parse (${errors.length} errors)`);
  return (value.acls ?? []).filter((rule) => Object.hasOwn(rule, key)).length;
}

const occurrences = (text, needle) => text.split(needle).length - 1;

// ---------------------------------------------------------------- measurements

function measureStartup(file, runs) {
  log('(a) start-up: CLI on 10KB vs node -e 0');
  const s = alternate(runs, () => runNode([CLI, file]).ms, () => runNode(['-e', '0']).ms);
  const a = median(s.a);
  const b = median(s.b);
  row('(a) wall: cli 10KB vs node -e 0', fmtMs(a), fmtMs(b), `${(a / b).toFixed(2)}x`, '<= 2.0x', a / b <= 2.0);
}

/**
 * jsonc-parser's `visit` from a private copy of the package (same files, loaded from `dir`).
 * Sharing one instance with lintText would let the empty visitor and lint's visitor make its
 * call sites polymorphic; depending on which runs first, that slows one or both sides ~2x.
 * The CLI only ever runs lint's visitors, as lintText's own instance does here.
 */
function privateVisit(dir) {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('jsonc-parser/package.json'));
  const copy = join(dir, 'node_modules', 'jsonc-parser');
  cpSync(pkg, copy, { recursive: true });
  const { visit } = createRequire(join(dir, 'bare.js'))('jsonc-parser');
  if (typeof visit !== 'function') throw new BenchError('the private copy of jsonc-parser has no visit()');
  return visit;
}

async function measureInProcess(policies, samples, dir) {
  // Both sides run on this thread, back to back, with no forced gc() between samples. Measured
  // on this machine: with each side in a worker thread of its own, lint (which allocates the
  // policy value) ran ~1.6x slower after every idle pause, and after a gc() a bare visit ran
  // ~4x slower for thousands of calls (likely V8 shrinking the heap of an idle or just-collected
  // isolate). Either would swamp the comparison.
  const { lintText } = await import(pathToFileURL(LIB).href);
  const visit = privateVisit(dir);
  const bareVisit = (text) => visit(text, {}, { allowTrailingComma: true });
  const lintMedians = [];
  for (const p of policies) {
    log(`(b) in-process: lintText vs visit, ${p.label}`);
    const problems = lintText(p.text).messages.length;
    if (problems > 0) throw new BenchError(`lintText reports ${problems} problems on the generated ${p.label} policy`);
    // Each sample repeats the call enough times to last some milliseconds.
    const reps = Math.max(1, Math.round(2_000_000 / p.bytes));
    const timed = (fn) => () => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < reps; i++) fn(p.text);
      return Number(process.hrtime.bigint() - start) / 1e6 / reps;
    };
    const lint = timed(lintText);
    const bare = timed(bareVisit);
    const warmups = p.bytes >= 10_000_000 ? 2 : 5;
    for (let i = 0; i < warmups; i++) {
      lint();
      bare();
    }
    const s = alternate(samples, lint, bare, { warmup: false });
    const a = median(s.a);
    const b = median(s.b);
    lintMedians.push({ label: p.label, ms: a, bytes: p.bytes });
    row(`(b) in-process: lint vs visit ${p.label}`, fmtMs(a), fmtMs(b), `${(a / b).toFixed(2)}x`, '<= 3x', a / b <= 3);
  }
  for (let i = 1; i < lintMedians.length; i++) {
    const small = lintMedians[i - 1];
    const big = lintMedians[i];
    const ratio = big.ms / small.ms;
    row(`(b) linearity: lint ${big.label} / ${small.label}`, fmtMs(big.ms), fmtMs(small.ms), `${ratio.toFixed(2)}x`, '<= 12x', ratio <= 12);
  }
}

function measureFix(problemFile, cleanText, dir, runs, notes) {
  log(`(c) --fix vs lint on 1MB with ${PROBLEMS} problems`);
  const report = cliReport(problemFile);
  const legacy = report.messages.filter((m) => m.ruleId === 'no-legacy-acl-keys').length;
  if (report.fixableWarningCount !== PROBLEMS || report.warningCount !== PROBLEMS || report.errorCount !== 0 || legacy !== PROBLEMS) {
    throw new BenchError(
      `the 1MB problem policy should have exactly ${PROBLEMS} fixable no-legacy-acl-keys warnings; the CLI reports ` +
        `${report.errorCount} errors, ${report.warningCount} warnings (${report.fixableWarningCount} fixable, ${legacy} no-legacy-acl-keys)`,
    );
  }

  const copy = join(dir, 'fix-copy.hujson');
  const fix = () => {
    copyFileSync(problemFile, copy);
    return runNode([CLI, '--fix', copy]).ms;
  };
  const lint = () => runNode([CLI, problemFile]).ms;

  // One fix run, checked before anything is timed.
  fix();
  const fixed = readFileSync(copy, 'utf8');
  const original = readFileSync(problemFile, 'utf8');
  const aclUsers = aclKeyCount(fixed, 'users');
  const usersDrop = occurrences(original, '"users"') - occurrences(fixed, '"users"');
  const after = cliReport(copy);
  if (aclUsers !== 0 || usersDrop !== PROBLEMS || after.messages.length !== 0) {
    throw new BenchError(
      `--fix did not fix the ${PROBLEMS} legacy keys: ${aclUsers} ACL rules still use "users", ` +
        `"users" occurrences dropped by ${usersDrop}, and ${after.messages.length} problems remain`,
    );
  }
  notes.push(
    `--fix check: no ACL rule uses "users" after the fix (the ${occurrences(fixed, '"users"')} "users" left are SSH rules' own key, as in the clean file); ` +
      `output ${fixed === cleanText ? 'is byte-identical to' : 'DIFFERS from'} the clean 1MB policy`,
  );

  const s = alternate(runs, fix, lint, { warmup: false });
  const a = median(s.a);
  const b = median(s.b);
  row(`(c) wall: --fix vs lint 1MB+${PROBLEMS}`, fmtMs(a), fmtMs(b), `${(a / b).toFixed(2)}x`, '<= 3x', a / b <= 3);
}

function measureRss(policies, dir, runs) {
  const rssFile = join(dir, 'rss.json');
  const env = { ...childEnv, TAILPOLICY_BENCH_RSS_FILE: rssFile };
  const peak = (args) => {
    rmSync(rssFile, { force: true });
    runNode(['--import', PROBE_URL, ...args], { env });
    if (!existsSync(rssFile)) throw new BenchError(`the RSS probe wrote nothing for \`node ${args.join(' ')}\``);
    return JSON.parse(readFileSync(rssFile, 'utf8'));
  };
  for (const p of policies) {
    log(`(d) peak RSS: CLI on ${p.label} vs node -e 0`);
    const s = alternate(runs, () => peak([CLI, p.file]), () => peak(['-e', '0']));
    const a = median(s.a);
    const b = median(s.b);
    const overKiB = a - b;
    const perByte = (overKiB * 1024) / p.bytes;
    let target = '';
    let pass;
    if (p.label === '10KB') {
      target = '<= +15 MiB';
      pass = overKiB <= 15 * 1024;
    } else if (p.label === '10MB') {
      target = '<= 15 B/B';
      pass = perByte <= 15;
    }
    const ratio = `${overKiB < 0 ? '-' : '+'}${fmtMiB(Math.abs(overKiB))} = ${perByte.toFixed(1)} B/B`;
    row(`(d) peak RSS: cli ${p.label} vs node -e 0`, fmtMiB(a), fmtMiB(b), ratio, target || '-', pass);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const { runs, samples } = parseOptions(process.argv.slice(2));
  checkDist();

  const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-bench-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const notes = [];
  try {
    log(`generating policies in ${dir}`);
    const policies = SIZES.map(({ label, bytes }) => {
      const { text, teams } = generatePolicy(bytes);
      const file = join(dir, `policy-${label}.hujson`);
      writeFileSync(file, text);
      return { label, file, text, teams, bytes: Buffer.byteLength(text) };
    });
    const { text: problemText } = generatePolicy(1_000_000, { legacyUsers: PROBLEMS });
    const problemFile = join(dir, `policy-1MB-${PROBLEMS}-problems.hujson`);
    writeFileSync(problemFile, problemText);
    for (const p of policies) assertClean(p.file, p.label);

    measureStartup(policies[0].file, runs);
    await measureInProcess(policies, samples, dir);
    measureFix(problemFile, policies[2].text, dir, runs, notes);
    measureRss(policies, dir, runs);

    const sizes = policies.map((p) => `${p.label}=${fmtBytes(p.bytes)} (${p.teams} teams)`).join(', ');
    process.stdout.write(`\ntailpolicy bench: node ${process.version}, ${cpus().length} CPUs, ${runs} process runs / ${samples} in-process samples per side\n`);
    process.stdout.write(`files: ${sizes}, 1MB+${PROBLEMS}=${fmtBytes(Buffer.byteLength(problemText))}\n\n`);
    printTable();
    process.stdout.write('\n');
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
    const failed = rows.filter((r) => r.result === 'FAIL').length;
    process.stdout.write(`${failed === 0 ? 'all targets met' : `${failed} of ${rows.filter((r) => r.result !== 'info').length} targets missed`} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  } finally {
    cleanup();
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  if (rows.length) printTable();
  process.exitCode = 1;
}
