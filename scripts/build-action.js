// Bundles the GitHub Action (src/action/main.ts) into ONE committed file, dist-action/index.js,
// that action.yml runs with `node20` straight from the repository: no `npm install` happens
// there, so everything it imports is inside (jsonc-parser, fast-glob and the rules) and the only
// imports left are Node's own modules. (It is ESM: the repository's package.json says
// "type": "module".)
//
// The action never fixes files, so the fixer's editor (src/fix/edit-policy.ts, the only importer
// of jsonc-morph, whose Wasm could not be loaded without node_modules) is replaced by a stub that
// throws. The build is deterministic (no splitting, no hashes, no timestamps, paths relative to
// the repository) so a test can rebuild it and compare it byte for byte with the committed file.
//
//   node scripts/build-action.js                  write dist-action/index.js
//   node scripts/build-action.js --outfile F      write F instead (the staleness test does this)

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const at = process.argv.indexOf('--outfile');
const outfile = at >= 0 ? process.argv[at + 1] : 'dist-action/index.js';
if (!outfile) throw new Error('--outfile needs a file name');

/** Replaces src/fix/edit-policy.ts (and with it jsonc-morph) by a stub that refuses to fix. */
const noFixer = {
  name: 'no-fixer',
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])edit-policy\.ts$/ }, () => ({ path: 'edit-policy', namespace: 'action-stub' }));
    build.onResolve({ filter: /^jsonc-morph$/ }, (args) => ({ errors: [{ text: `jsonc-morph must not be bundled into the action (imported by ${args.importer})` }] }));
    build.onLoad({ filter: /.*/, namespace: 'action-stub' }, () => ({
      contents: "export async function applyFixOps() { throw new Error('the tailpolicy GitHub Action does not apply fixes'); }\n",
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: repo,
  entryPoints: ['src/action/main.ts'],
  outfile,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  plugins: [noFixer],
  define: { TAILPOLICY_VERSION: JSON.stringify(version) },
  // fast-glob and its dependencies are CommonJS and require Node's modules.
  banner: { js: "import { createRequire as __tpCreateRequire } from 'node:module'; const require = __tpCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  // Readable, so stack traces and reviews of the committed file make sense.
  minify: false,
});
