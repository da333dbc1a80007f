// The precompiled validator: up to date with schema/policy.schema.json, plain ESM (no require),
// free of ajv's compiler at runtime, and emitted into dist/src by the build. The schema itself:
// valid draft 2020-12, a description on every property.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const schemaFile = new URL('../../schema/policy.schema.json', import.meta.url);
const generatedFile = new URL('./validate-policy.generated.ts', import.meta.url);

test('the committed validator is up to date with schema/policy.schema.json (else: npm run generate)', () => {
  const run = spawnSync(process.execPath, ['scripts/generate-validator.js', '--check'], { cwd: repo, encoding: 'utf8' });
  assert.is(run.status, 0, run.stderr || run.stdout);
});

test('the generated validator is ESM without require(), importing at most ajv runtime helpers and ownKeys', () => {
  const source = readFileSync(generatedFile, 'utf8');
  assert.not.match(source, /\brequire\s*\(/);
  const imports = [...source.matchAll(/^import\s+(?!type\b).*?from\s+"([^"]+)";?$/gm)].map((m) => m[1]!);
  for (const specifier of imports) assert.match(specifier, /^(ajv\/dist\/runtime\/[\w-]+\.js|\.\.\/own-keys\.ts)$/, `imports ${specifier}`);
  // Loops over the sections read the parse's key lists; loops inside array elements keep for-in.
  assert.match(source, /= ownKeys\(data\d+\); key\d+i < key\d+s\.length; /);
  assert.match(source, /for ?\(const key\d+ in data\d+\)/);
});

test('the CLI bundle does not contain ajv\'s compiler', () => {
  const dir = new URL('../../dist/cli/', import.meta.url);
  if (!existsSync(dir)) {
    console.log('  (dist/cli not built: skipped)');
    return;
  }
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(new URL(name, dir), 'utf8');
    // A message of ajv's core (addSchema) and one of its code generator's strict mode.
    assert.not.ok(text.includes('schema with key or id'), `dist/cli/${name} bundles ajv's core`);
    assert.not.ok(text.includes('strict mode: '), `dist/cli/${name} bundles ajv's compiler`);
  }
});

test('tsc emits a working validator into dist/src', async () => {
  const built = new URL('../../dist/src/schema/validate-schema.js', import.meta.url);
  if (!existsSync(built)) {
    console.log('  (dist/src not built: skipped)');
    return;
  }
  const { checkSchema } = (await import(built.href)) as typeof import('./validate-schema.ts');
  assert.equal(checkSchema({ acls: [] }), []);
  assert.equal(
    checkSchema({ grant: [] }).map((p) => p.message),
    ['Unknown key "grant" in the policy; did you mean "grants"?'],
  );
});

test('the schema is valid JSON Schema draft 2020-12 and compiles in strict mode', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  assert.is(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addVocabulary(['patternErrorMessage', 'anyOfErrorMessage', 'allowComments', 'allowTrailingCommas']);
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  ajv.compile(schema);
});

test('every property of every object in the schema has a one-line description', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as unknown;
  let count = 0;
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    const object = node as Record<string, unknown>;
    if (object.type === 'object' && typeof object.properties === 'object') {
      for (const [name, property] of Object.entries(object.properties as Record<string, { description?: unknown }>)) {
        count++;
        const description = property.description;
        assert.type(description, 'string', `${where}/properties/${name} has no description`);
        assert.ok((description as string).length > 10 && !(description as string).includes('\n'), `${where}/properties/${name}: ${String(description)}`);
      }
    }
    for (const [key, value] of Object.entries(object)) visit(value, `${where}/${key}`);
  };
  visit(schema, '#');
  assert.ok(count > 80, `only ${count} properties found`);
});

test('every top-level key of the policy file reference has a property', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { properties: Record<string, unknown> };
  const keys = ['acls', 'grants', 'groups', 'hosts', 'tagOwners', 'autoApprovers', 'ssh', 'sshTests', 'tests', 'nodeAttrs', 'postures', 'defaultSrcPosture', 'ipsets', 'derpMap', 'disableIPv4', 'OneCGNATRoute', 'randomizeClientPort', 'attrConfig'];
  for (const key of keys) assert.ok(key in schema.properties, key);
});

test.run();
