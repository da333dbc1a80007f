// The committed dist-action/index.js must be exactly what scripts/build-action.js makes from the
// current sources (the runner runs that file, not the sources), and must need nothing but Node.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const committed = join(repo, 'dist-action', 'index.js');

function build(outfile: string): Buffer {
  const result = spawnSync(process.execPath, [join(repo, 'scripts', 'build-action.js'), '--outfile', outfile], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  assert.is(result.status, 0, result.stderr);
  return readFileSync(outfile);
}

test('dist-action/index.js is up to date (rebuilt byte for byte from the sources)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailpolicy-action-build-'));
  try {
    const fresh = build(join(dir, 'index.js'));
    const again = build(join(dir, 'again', 'index.js'));
    assert.ok(fresh.equals(again), 'two builds differ: the build is not deterministic');
    let current: Buffer;
    try {
      current = readFileSync(committed);
    } catch {
      assert.unreachable('dist-action/index.js is missing: run `npm run build:action` and commit it');
      return;
    }
    assert.ok(current.equals(fresh), 'dist-action/index.js is stale: run `npm run build:action` and commit it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundle imports only Node built-ins, and not the fixer or jsonc-morph', () => {
  const text = readFileSync(committed, 'utf8');
  const specifiers = new Set<string>();
  // Statements only (a message may well say `from "recorder"`).
  for (const re of [/^\s*(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/gm, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\b(?:__)?require\s*\(\s*["']([^"']+)["']\s*\)/g, /^\s*import\s*["']([^"']+)["']/gm]) {
    for (const m of text.matchAll(re)) specifiers.add(m[1]!);
  }
  const builtins = new Set(builtinModules);
  const foreign = [...specifiers].filter((s) => !builtins.has(s.replace(/^node:/, '')));
  assert.equal(foreign, []);
  assert.ok(specifiers.has('node:fs'));
  assert.not.ok(text.includes('jsonc-morph'), 'jsonc-morph is in the bundle');
  assert.not.ok(text.includes('src/fix/edit-policy.ts'), 'the fixer editor is in the bundle');
  assert.ok(text.includes('the tailpolicy GitHub Action does not apply fixes'));
});

test.run();
