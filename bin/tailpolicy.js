#!/usr/bin/env node
// The CLI entry: the bundled build in dist/cli (made by `npm run build`, run on install).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
