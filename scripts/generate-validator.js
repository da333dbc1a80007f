// Compiles schema/policy.schema.json into src/schema/validate-policy.generated.ts with ajv's
// standalone output, so that linting never loads ajv's compiler. Next to the validator it writes
// what the `schema` and `canonical-key-case` rules need to know about the schema (known keys,
// titles, expected types, custom messages), derived from the same file.
//
//   node scripts/generate-validator.js          write the file (only when it changed)
//   node scripts/generate-validator.js --check  exit 1 when the committed file is stale

import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const schemaUrl = new URL('../schema/policy.schema.json', import.meta.url);
const outputUrl = new URL('../src/schema/validate-policy.generated.ts', import.meta.url);

/**
 * Keywords outside JSON Schema. VS Code reads `patternErrorMessage`, `allowComments` and
 * `allowTrailingCommas` (HuJSON has both); `anyOfErrorMessage` is tailpolicy's own.
 */
const CUSTOM_KEYWORDS = ['patternErrorMessage', 'anyOfErrorMessage', 'allowComments', 'allowTrailingCommas'];
/** Keywords that only annotate; dropped from the copy that is compiled, so the bundle stays small. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'deprecated', ...CUSTOM_KEYWORDS]);

/** Keywords whose value is a schema, a map of schemas or an array of schemas. */
const SCHEMA = ['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'unevaluatedItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Calls `visit(schema, location)` for every subschema object, location as ajv's schemaPath ('#/…'). */
function walk(schema, visit, location = '#') {
  if (typeof schema !== 'object' || schema === null) return;
  visit(schema, location);
  for (const keyword of SCHEMA) if (keyword in schema) walk(schema[keyword], visit, `${location}/${keyword}`);
  for (const keyword of SCHEMA_MAPS) {
    for (const [name, sub] of Object.entries(schema[keyword] ?? {})) walk(sub, visit, `${location}/${keyword}/${escapePointer(name)}`);
  }
  for (const keyword of SCHEMA_ARRAYS) (schema[keyword] ?? []).forEach((sub, i) => walk(sub, visit, `${location}/${keyword}/${i}`));
}

/** A copy without annotations (property *names* such as "type" are kept: only keywords go). */
function stripAnnotations(schema) {
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SCHEMA.includes(keyword)) copy[keyword] = stripAnnotations(value);
    else if (SCHEMA_MAPS.includes(keyword)) copy[keyword] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAnnotations(v)]));
    else if (SCHEMA_ARRAYS.includes(keyword)) copy[keyword] = value.map(stripAnnotations);
    else copy[keyword] = value;
  }
  return copy;
}

/**
 * The schema with every `$ref` replaced by its target (siblings such as `description` win), and
 * without `$defs`. Compiled this way, ajv's `schemaPath`s all start at the root ("#/properties/
 * grants/items/required"), so the locations below name one place each; a referenced schema
 * compiled on its own would report paths relative to itself.
 */
function inlineRefs(root, schema = root, depth = 0) {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (depth > 50) throw new Error('$ref nesting too deep (a recursive schema cannot be inlined)');
  let current = schema;
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    const target = ref.slice(2).split('/').reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    if (typeof target !== 'object' || target === null) throw new Error(`dangling $ref ${ref}`);
    const { $ref: _, ...siblings } = current;
    current = { ...target, ...siblings };
    if (++depth > 50) throw new Error(`$ref chain too long at ${ref}`);
  }
  const copy = {};
  for (const [keyword, value] of Object.entries(current)) {
    if (keyword === '$defs') continue;
    if (SCHEMA.includes(keyword)) copy[keyword] = inlineRefs(root, value, depth + 1);
    else if (SCHEMA_MAPS.includes(keyword)) copy[keyword] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inlineRefs(root, v, depth + 1)]));
    else if (SCHEMA_ARRAYS.includes(keyword)) copy[keyword] = value.map((v) => inlineRefs(root, v, depth + 1));
    else copy[keyword] = value;
  }
  return copy;
}

const SINGULAR = { string: 'a string', object: 'an object', array: 'an array', boolean: 'true or false', integer: 'a whole number', number: 'a number', null: 'null' };
const PLURAL = { string: 'strings', object: 'objects', array: 'arrays', boolean: 'true/false values', integer: 'whole numbers', number: 'numbers', null: 'nulls' };

const typesOf = (schema) => (schema.type === undefined ? [] : [].concat(schema.type));

function orList(words) {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "an array of strings", "a string or null", … for the `type` of one subschema. */
function describeType(schema) {
  return orList(
    typesOf(schema).map((type) => {
      if (type !== 'array' || schema.items === undefined) return SINGULAR[type];
      const items = typesOf(schema.items);
      return items.length ? `an array of ${orList(items.map((t) => PLURAL[t]))}` : 'an array';
    }),
  );
}

/** The case-normalisation tree: for each object with known keys their names, and where objects nest. */
function keyTree(schema) {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const node = {};
  if (schema.properties) {
    node.names = Object.keys(schema.properties);
    // validate-schema skips the key-case walk for a policy that validates: that is sound only
    // while every other spelling of a known key fails validation here.
    const patterns = Object.keys(schema.patternProperties ?? {}).map((p) => new RegExp(p, 'iu'));
    if (schema.additionalProperties !== false || node.names.some((name) => patterns.some((p) => p.test(name)))) {
      throw new Error(`an object with properties (${node.names.join(', ')}) must forbid other keys, and no pattern may match a spelling of them`);
    }
    const deprecated = node.names.filter((name) => schema.properties[name].deprecated);
    if (deprecated.length) node.deprecated = deprecated;
    const props = {};
    for (const [name, sub] of Object.entries(schema.properties)) {
      const child = keyTree(sub);
      if (child) props[name] = child;
    }
    if (Object.keys(props).length) node.props = props;
  }
  const items = schema.items && keyTree(schema.items);
  if (items) node.items = items;
  const values = typeof schema.additionalProperties === 'object' && keyTree(schema.additionalProperties);
  if (values) node.values = values;
  return Object.keys(node).length ? node : undefined;
}

/** `schema` must already have its refs inlined, so that locations match ajv's schemaPaths. */
function schemaInfo(schema) {
  const objects = {};
  const expected = {};
  const patternMessages = {};
  const anyOfMessages = {};
  walk(schema, (sub, location) => {
    if (sub.type !== undefined) expected[location] = describeType(sub);
    if (sub.patternErrorMessage) patternMessages[location] = sub.patternErrorMessage;
    if (sub.anyOfErrorMessage) anyOfMessages[location] = sub.anyOfErrorMessage;
    if (sub.properties && sub.type === 'object') {
      if (!sub.title) throw new Error(`${location}: an object with properties needs a "title" (it names the object in messages)`);
      const keys = Object.entries(sub.properties).filter(([, s]) => !s.deprecated).map(([k]) => k);
      objects[location] = { title: sub.title, keys };
    }
  });
  return { objects, expected, patternMessages, anyOfMessages, keyTree: keyTree(schema) };
}

/** Checks the rules this project sets for its schema: every property says what it is for. */
function checkConventions(schema) {
  walk(schema, (sub, location) => {
    // Only objects that define a shape; the `properties` inside anyOf branches only constrain.
    if (sub.type !== 'object') return;
    for (const [name, property] of Object.entries(sub.properties ?? {})) {
      if (typeof property.description !== 'string' || !property.description.trim()) throw new Error(`${location}/properties/${name}: no description`);
    }
  });
}

/**
 * ajv loops over an object's keys with for-in, twice for a section with `propertyNames`. V8 keeps
 * no key cache for a large object, so each for-in collects and sorts all its keys again (2 ms for
 * a 14,000-tag tagOwners). Loops over an object on a fixed path (the root, a section,
 * autoApprovers.routes: no array index or map key on the way) read ownKeys instead, the list the
 * parse made. Loops over the many small objects inside arrays keep for-in, which allocates nothing.
 */
function sharedKeyLoops(code) {
  const fixed = new Set(['data']);
  for (const [, name, parent] of code.matchAll(/let (data\d+) = (data\d*)\.\w+;/g)) if (fixed.has(parent)) fixed.add(name);
  let loops = 0;
  // An index loop: the huge validator may keep an iterator object per for-of loop.
  const out = code.replace(/for\s*\(const (key\d+) in (data\d*)\)\s*\{/g, (loop, key, data) => {
    if (!fixed.has(data)) return loop;
    loops++;
    const keys = `${key}s`;
    return `for (let ${key}i = 0, ${keys} = ownKeys(${data}); ${key}i < ${keys}.length; ${key}i++) {\nconst ${key} = ${keys}[${key}i];`;
  });
  if (loops === 0) throw new Error('unexpected ajv standalone output: no for-in loop over a section');
  return out;
}

/** Turns the CommonJS `require`s ajv emits (ucs2length, equal, …) into ESM imports. */
function requiresToImports(code) {
  const imports = [];
  const body = code.replace(/const (\w+) = require\(("[^"]+")\)(\.default)?;/g, (_, name, specifier, dflt) => {
    const module = JSON.parse(specifier);
    const file = module.endsWith('.js') ? module : `${module}.js`;
    imports.push(`import ${name}_module from ${JSON.stringify(file)};`);
    return `const ${name} = ${name}_module${dflt ? '.default ?? ' + name + '_module' : ''};`;
  });
  if (/\brequire\s*\(/.test(body)) throw new Error('the generated validator still contains a require() that this script cannot rewrite');
  return { imports, body };
}

export function generate() {
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
  checkConventions(schema);

  // The full schema must pass strict mode as written (annotations included)…
  const options = { allErrors: true, strict: true, allowUnionTypes: true };
  const checker = new Ajv2020(options);
  checker.addVocabulary(CUSTOM_KEYWORDS);
  checker.compile(schema);

  // …and the copy without annotations is what ships: same schemaPaths, smaller code.
  const ajv = new Ajv2020({ ...options, messages: false, code: { source: true, esm: true, lines: true } });
  // Ajv2020 forces `unevaluated` on, for unevaluatedProperties/Items. The schema uses neither
  // (checked below), and with it on every branch of an anyOf is evaluated even after one passes,
  // allocating an error object per rule for the branch that fails (`src` or legacy `users`).
  if (JSON.stringify(schema).includes('"unevaluated')) throw new Error('the schema uses unevaluatedProperties/Items: remove the anyOf short-circuit');
  ajv.opts.unevaluated = false;
  const validate = ajv.compile(stripAnnotations(inlineRefs(schema)));
  const { imports, body } = requiresToImports(sharedKeyLoops(standaloneCode(ajv, validate)));
  const withoutExports = body
    .replace(/^"use strict";\n?/, '')
    .replace(/^export const validate = (\w+);\n?/m, '')
    .replace(/^export default (\w+);\n?/m, '');
  const entry = /^export const validate = (\w+);/m.exec(body)?.[1];
  if (!entry) throw new Error('unexpected ajv standalone output: no `export const validate`');

  return [
    '// @ts-nocheck',
    '// GENERATED by scripts/generate-validator.js from schema/policy.schema.json: do not edit.',
    '// Run `npm run generate` after changing the schema (src/schema/generated.test.ts checks it).',
    '/* eslint-disable */',
    ...imports,
    '',
    'import { ownKeys } from "../own-keys.ts";',
    'import type { PolicyValidator, SchemaInfo } from "./validate-schema.ts";',
    '',
    withoutExports.trimEnd(),
    '',
    `/** ajv's standalone validator for the whole policy (allErrors; errors in \`validatePolicy.errors\`). */`,
    `export const validatePolicy: PolicyValidator = ${entry};`,
    '',
    '/** What the rules need to know about the schema, derived from it. */',
    `export const schemaInfo: SchemaInfo = ${JSON.stringify(schemaInfo(inlineRefs(schema)), null, 2)};`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain) {
  const source = generate();
  let current = '';
  try {
    current = readFileSync(outputUrl, 'utf8');
  } catch {
    // not generated yet
  }
  if (process.argv.includes('--check')) {
    if (current !== source) {
      console.error('src/schema/validate-policy.generated.ts is stale: run `npm run generate`');
      process.exit(1);
    }
  } else if (current !== source) {
    writeFileSync(outputUrl, source);
    console.log('wrote src/schema/validate-policy.generated.ts');
  }
}
