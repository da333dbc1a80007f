// Robustness over real public policies in ../shared/corpus (read in place, never copied):
// linting never throws, every diagnostic has a sane position, and the fixed text re-parses
// and is stable under a second fix. Run by `npm run test:corpus` (and .ci/run when present).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyFixes, lintText } from '../src/index.ts';
import { parseHujson } from '../src/parse/parse-hujson.ts';

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => /\.(hujson|json)$/.test(f)).sort() : [];

test('corpus present', () => {
  assert.ok(files.length > 0, `no policy files in ${corpus}`);
});

for (const name of files) {
  test(name, async () => {
    const text = readFileSync(join(corpus, name), 'utf8');
    const result = lintText(text, { filePath: name });
    const lines = text.split(/\r\n|\r|\n/);
    for (const m of result.messages) {
      assert.ok(m.line >= 1 && m.line <= lines.length && m.column >= 1, `${m.ruleId} at ${m.line}:${m.column}`);
      assert.ok(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), `${m.ruleId} range`);
    }
    const fixed = await applyFixes(text, { filePath: name });
    assert.not.ok(fixed.failure, fixed.failure);
    assert.is(parseHujson(fixed.output).syntaxError, undefined, 'fixed text must re-parse');
    const again = await applyFixes(fixed.output, { filePath: name });
    assert.is(again.output, fixed.output, 'a second fix must change nothing');
    console.log(`  ${name}: ${result.errorCount} errors, ${result.warningCount} warnings${fixed.changed ? ', fixable' : ''}`);
  });
}

test.run();
