import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { corpusAvailable, corpusResults, readmeWithRules } from '../scripts/generated-docs.ts';

test('the README rules table matches the rules (run `npm run docs`)', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  assert.fixture(readmeWithRules(readme), readme);
});

test('docs/corpus-results.md is current (run `npm run docs`)', () => {
  if (!corpusAvailable()) {
    console.log('  ../shared/corpus not found: corpus results not checked');
    return;
  }
  assert.fixture(corpusResults(), readFileSync(new URL('../docs/corpus-results.md', import.meta.url), 'utf8'));
});

test.run();
