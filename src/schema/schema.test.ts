// The schema against real policies: every fixture input that the `schema` rule is not expected to
// flag, and every file in ../shared/corpus (real public policies, read in place, never copied),
// must validate. Each is checked twice: with the precompiled validator the rule uses and with ajv
// compiling schema/policy.schema.json afresh, so the two cannot drift apart.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import { checkSchema, normaliseKeys, type SchemaProblem } from './validate-schema.ts';

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['patternErrorMessage', 'anyOfErrorMessage', 'allowComments', 'allowTrailingCommas']);
const compiled = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')) as object);

function problemsOf(text: string): SchemaProblem[] | undefined {
  const policy = parseHujson(text);
  if (policy.syntaxError) return undefined;
  const problems = checkSchema(policy.value);
  const fresh = compiled(normaliseKeys(policy.value));
  assert.is(fresh, problems.length === 0, `the compiled schema says ${fresh ? 'valid' : `invalid: ${ajv.errorsText(compiled.errors)}`}`);
  return problems;
}

const describe = (problems: readonly SchemaProblem[]) => problems.map((p) => `${JSON.stringify(p.path)}: ${p.message}`).join('\n');

// ---------------------------------------------------------------------------------------------
// Fixtures

const validFixtures: string[] = [];
for (const ruleId of readdirSync(fixturesDir).filter((d) => !d.includes('.')).sort()) {
  for (const name of readdirSync(join(fixturesDir, ruleId)).sort()) {
    const dir = join(fixturesDir, ruleId, name);
    if (!existsSync(join(dir, 'input.hujson')) || !existsSync(join(dir, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { ruleId: string }[];
    if (expected.some((d) => d.ruleId === 'schema')) continue;
    validFixtures.push(`${ruleId}/${name}`);
  }
}

test('there are valid fixtures to check', () => {
  assert.ok(validFixtures.length >= 10, validFixtures.join(', '));
});

for (const name of validFixtures) {
  test(`fixture ${name} validates`, () => {
    const text = readFileSync(join(fixturesDir, name, 'input.hujson'), 'utf8');
    const problems = problemsOf(text);
    if (problems === undefined) return; // does not parse: the syntax fixtures' business
    assert.equal(problems, [], describe(problems));
  });
}

// ---------------------------------------------------------------------------------------------
// Corpus

/**
 * Corpus files that do not validate, with the one problem expected and why the file (not the
 * schema) is wrong per ../shared/spec/policy-file.md. Empty: all 14 files validated when this was
 * written. Add an entry only after checking the spec; otherwise fix the schema.
 */
const KNOWN_INVALID: Record<string, string[]> = {};

const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /\.(hujson|json)$/.test(f)).sort() : [];
if (corpusFiles.length === 0) console.log(`  schema corpus checks skipped: no policies in ${corpusDir}`);

const failures: string[] = [];

for (const name of corpusFiles) {
  test(`corpus ${name} validates`, () => {
    const problems = problemsOf(readFileSync(join(corpusDir, name), 'utf8'));
    if (problems === undefined) {
      console.log(`  corpus ${name}: does not parse, not checked against the schema`);
      return;
    }
    if (problems.length) failures.push(`${name}:\n${describe(problems)}`);
    assert.equal(problems.map((p) => p.message), KNOWN_INVALID[name] ?? [], `${name} fails the schema:\n${describe(problems)}`);
  });
}

if (corpusFiles.length) {
  test('corpus summary', () => {
    console.log(`  schema: ${corpusFiles.length - failures.length}/${corpusFiles.length} corpus files validate${failures.length ? `\n${failures.join('\n')}` : ''}`);
  });
}

test.run();
