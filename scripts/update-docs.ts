// `npm run docs`: rewrites the generated parts of the docs (see scripts/generated-docs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusAvailable, corpusResults, readmeWithRules } from './generated-docs.ts';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, readmeWithRules(readFileSync(readme, 'utf8')));
if (corpusAvailable()) writeFileSync(new URL('../docs/corpus-results.md', import.meta.url), corpusResults());
else console.warn('../shared/corpus not found: docs/corpus-results.md left as it is');
