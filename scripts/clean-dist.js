// Removes what `tsc -p tsconfig.build.json` writes (dist/src, dist/rules) before it writes again, so
// that a module deleted or renamed in src/ leaves no stale file behind to be packed and published.
// (scripts/build-cli.js clears dist/cli itself.)

import { rmSync } from 'node:fs';

for (const dir of ['dist/src', 'dist/rules']) rmSync(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true });
