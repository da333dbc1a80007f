// Bundles the CLI into dist/cli/ with esbuild: one file to load at start-up (yargs and
// jsonc-parser inside), and separate chunks for what only some runs need (formatters, diff,
// fast-glob, the fixer). jsonc-morph stays external: it loads its Wasm from its own folder.

import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry hashes: clear old ones so the folder holds exactly one build.
rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['jsonc-morph'],
  define: { TAILPOLICY_VERSION: JSON.stringify(version) },
  banner: { js: "import { createRequire as __tpCreateRequire } from 'node:module'; const require = __tpCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  minify: true,
});
