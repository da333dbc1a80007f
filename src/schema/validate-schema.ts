// Runs the precompiled policy schema (schema/policy.schema.json → validate-policy.generated.ts)
// and turns ajv's errors into one readable problem per place, with JSON paths in the file's own
// spelling. Also knows which keys the schema defines, for the key-case rule: Tailscale matches
// keys without regard to case, so `ACLs` is validated as `acls` and reported where it is written.

import type { JsonPath } from '../engine/rule.ts';
import { didYouMean } from '../policy/did-you-mean.ts';
import { findMember, isObject } from '../policy/members.ts';
import { schemaInfo, validatePolicy } from './validate-policy.generated.ts';

// ---------------------------------------------------------------------------------------------
// Types shared with the generated file (scripts/generate-validator.js writes data of these shapes)

/** An ajv error object (ajv's `ErrorObject`, without depending on ajv at runtime). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set by `propertyNames` errors: the key that failed. */
  propertyName?: string;
}

export interface PolicyValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Where the schema knows the keys of an object, and where such objects nest. */
export interface KeyNode {
  /** Every key the object may have, in the schema's spelling. */
  names?: string[];
  /** The legacy keys among `names` (JSON Schema `deprecated`). */
  deprecated?: string[];
  /** Nodes for the values of known keys. */
  props?: Record<string, KeyNode>;
  /** Node for every array element. */
  items?: KeyNode;
  /** Node for every member value of a map such as `attrConfig`. */
  values?: KeyNode;
}

export interface SchemaInfo {
  /** Objects with defined keys, by schema location: a title for messages, keys for suggestions. */
  objects: Record<string, { title: string; keys: string[] }>;
  /** What a value must be ("an array of strings"), by the location of its `type` keyword's schema. */
  expected: Record<string, string>;
  /** `patternErrorMessage` by schema location. */
  patternMessages: Record<string, string>;
  /** `anyOfErrorMessage` by schema location. */
  anyOfMessages: Record<string, string>;
  keyTree: KeyNode;
}

export interface SchemaProblem {
  path: JsonPath;
  on: 'key' | 'value';
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Key case

interface KeyIndex {
  exact: ReadonlySet<string>;
  /** Canonical key by lower-case spelling; the first property wins (`OneCGNATRoute` over its alias). */
  lower: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<KeyNode, KeyIndex>();

function indexOf(node: KeyNode & { names: string[] }): KeyIndex {
  let index = indexes.get(node);
  if (!index) {
    const lower = new Map<string, string>();
    for (const name of node.names) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), name);
    index = { exact: new Set(node.names), lower };
    indexes.set(node, index);
  }
  return index;
}

/** The schema's spelling of `key` in an object described by `node`, or undefined for an unknown key. */
function canonicalKey(node: KeyNode, key: string): string | undefined {
  if (!node.names) return undefined;
  const index = indexOf(node as KeyNode & { names: string[] });
  return index.exact.has(key) ? key : index.lower.get(key.toLowerCase());
}

export interface KeyCaseMismatch {
  /** Path of the member, ending with the key as written. */
  path: JsonPath;
  key: string;
  canonical: string;
  /** The object also has `canonical` (or an earlier spelling of it): renaming would duplicate it. */
  conflict: boolean;
  /** `canonical` is a legacy name (`users`, `ports`, …) that has a modern replacement. */
  legacy: boolean;
}

const mismatchCache = new WeakMap<object, KeyCaseMismatch[]>();
const validCache = new WeakMap<object, boolean>();

/** Whether the root validates as written (cached: the schema and key-case rules both ask). */
function validates(root: object): boolean {
  let valid = validCache.get(root);
  if (valid === undefined) validCache.set(root, (valid = validatePolicy(root)));
  return valid;
}

/** Every key that matches a schema-defined key only without regard to case (cached per root). */
export function keyCaseMismatches(root: unknown): KeyCaseMismatch[] {
  if (typeof root !== 'object' || root === null) return [];
  let found = mismatchCache.get(root);
  // Every object with known keys forbids other keys (scripts/generate-validator.js checks this),
  // so a policy that validates as written has no other spelling of a key, and needs no walk.
  if (!found) mismatchCache.set(root, (found = validates(root) ? [] : findKeyCaseMismatches(root)));
  return found;
}

function findKeyCaseMismatches(root: unknown): KeyCaseMismatch[] {
  const found: KeyCaseMismatch[] = [];
  // One path, pushed and popped: a copy is made only for a mismatch.
  const path: (string | number)[] = [];
  const visit = (value: unknown, node: KeyNode) => {
    if (Array.isArray(value)) {
      const items = node.items;
      if (!items) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index], items);
        path.pop();
      }
      return;
    }
    if (!isObject(value)) return;
    let seen: Set<string> | undefined;
    // for-in, not Object.keys: no array per object (JSON objects inherit no enumerable keys).
    for (const key in value) {
      const canonical = canonicalKey(node, key);
      if (canonical !== undefined && canonical !== key) {
        const conflict = Object.hasOwn(value, canonical) || (seen?.has(canonical) ?? false);
        (seen ??= new Set()).add(canonical);
        found.push({ path: [...path, key], key, canonical, conflict, legacy: node.deprecated?.includes(canonical) ?? false });
      }
      const child = canonical !== undefined ? node.props?.[canonical] : node.values;
      if (child) {
        path.push(key);
        visit(value[key], child);
        path.pop();
      }
    }
  };
  visit(root, schemaInfo.keyTree);
  return found;
}

/**
 * The value with canonical spellings for keys the schema knows, so that `ACLs` validates as
 * `acls`. Copy-on-write: objects and arrays without such keys below them are returned as they are
 * (a clean policy is not copied at all). A second spelling of a key that is already present is
 * left out; canonical-key-case reports it.
 */
export function normaliseKeys(value: unknown, node: KeyNode = schemaInfo.keyTree): unknown {
  if (Array.isArray(value)) {
    const items = node.items;
    if (!items) return value;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      const normalised = normaliseKeys(element, items);
      if (normalised !== element && !copy) copy = value.slice(0, i);
      copy?.push(normalised);
    }
    return copy ?? value;
  }
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  let copy: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const canonical = canonicalKey(node, key);
    let name = key;
    let drop = false;
    if (canonical !== undefined && canonical !== key) {
      if (Object.hasOwn(value, canonical) || (copy !== undefined && Object.hasOwn(copy, canonical))) drop = true;
      else name = canonical;
    }
    const child = canonical !== undefined ? node.props?.[canonical] : node.values;
    const member = value[key];
    const normalised = child ? normaliseKeys(member, child) : member;
    if (!copy && (drop || name !== key || normalised !== member)) {
      // Null prototype, so that a "__proto__" key stays an ordinary key.
      copy = Object.create(null) as Record<string, unknown>;
      for (let j = 0; j < i; j++) copy[keys[j]!] = value[keys[j]!];
    }
    if (copy && !drop) copy[name] = normalised;
  }
  return copy ?? value;
}

// ---------------------------------------------------------------------------------------------
// Validation and messages

/** Validates the policy's root object; no problems means the shape is right. */
export function checkSchema(root: unknown): SchemaProblem[] {
  if (typeof root === 'object' && root !== null && validates(root)) return [];
  // normaliseKeys changes something exactly when a key-case mismatch exists (same key tree).
  const value = keyCaseMismatches(root).length === 0 ? root : normaliseKeys(root);
  if (validatePolicy(value)) return [];
  return describeErrors(root, validatePolicy.errors ?? []);
}

const decodePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** A JSON Pointer into the normalised value → the path in the file's spelling, and the value there. */
function resolvePointer(root: unknown, pointer: string): { path: (string | number)[]; value: unknown } {
  const path: (string | number)[] = [];
  let current = root;
  if (pointer === '') return { path, value: current };
  for (const raw of pointer.slice(1).split('/')) {
    const segment = decodePointer(raw);
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else if (isObject(current)) {
      // Exact first, so only keys that were renamed for validation find another spelling.
      const member = findMember(current, segment);
      path.push(member?.key ?? segment);
      current = member?.value;
    } else {
      path.push(segment);
      current = undefined;
    }
  }
  return { path, value: current };
}

/** The location of the schema an error's keyword belongs to: "#/properties/acls/items/required" → "#/properties/acls/items". */
const locationOf = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

/** The nearest object schema at or above a location (anyOf branches sit inside their object). */
function objectAt(location: string): { location: string; title: string; keys: string[] } | undefined {
  for (let at = location; at.length > 0; at = locationOf(at)) {
    const object = schemaInfo.objects[at];
    if (object) return { location: at, ...object };
    if (at === '#') break;
  }
  return undefined;
}

/** "the policy", "this grant", "\"autoApprovers\"". */
function nounFor(location: string): string {
  const object = objectAt(location);
  if (!object || object.location === '#') return 'the policy';
  return /^[a-z]+$/.test(object.title) || /\s/.test(object.title) ? `this ${object.title}` : `"${object.title}"`;
}

/** How a message names the value at `path`: "\"src\"", "Each entry of \"src\"", "The policy". */
function subjectFor(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'The policy';
  if (typeof last === 'string') return `"${last}"`;
  for (let i = path.length - 2; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return `Each entry of "${segment}"`;
  }
  return 'Each entry';
}

const quote = (value: unknown) => JSON.stringify(value);

function orList(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function andList(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Group names start …" → "group names start …", but "DERP …" stays. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

const depthOf = (pointer: string) => (pointer === '' ? 0 : pointer.split('/').length - 1);

const within = (pointer: string, ancestor: string) => pointer === ancestor || pointer.startsWith(`${ancestor}/`);

/**
 * Drops ajv's umbrella errors in favour of what the user can act on:
 * - an `anyOf` with a custom message (anyOfErrorMessage) keeps only itself;
 * - an `anyOf` whose branches each only miss a key ("src" or legacy "users") becomes one missing key;
 * - any other `anyOf`/`oneOf` keeps the errors of its most specific branch (the deepest, then one
 *   that lists allowed values, then the one with fewest errors);
 * - a `propertyNames` error gives way to the error about the name itself.
 */
function condense(errors: readonly SchemaError[]): SchemaError[] {
  let remaining = [...errors];
  const umbrellas = remaining
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const umbrella of umbrellas) {
    if (!remaining.includes(umbrella)) continue; // inside a branch that was dropped
    const prefix = `${umbrella.schemaPath}/`;
    const branchErrors = remaining.filter((e) => e !== umbrella && e.schemaPath.startsWith(prefix) && within(e.instancePath, umbrella.instancePath));
    if (branchErrors.length === 0) continue;
    const drop = new Set<SchemaError>(branchErrors);
    const replacement: SchemaError[] = [];
    if (schemaInfo.anyOfMessages[locationOf(umbrella.schemaPath)] !== undefined) {
      replacement.push(umbrella);
    } else if (branchErrors.every((e) => e.keyword === 'required' && e.instancePath === umbrella.instancePath)) {
      replacement.push(branchErrors[0]!);
    } else {
      const branches = new Map<string, SchemaError[]>();
      for (const error of branchErrors) {
        const branch = error.schemaPath.slice(prefix.length).split('/')[0]!;
        branches.set(branch, [...(branches.get(branch) ?? []), error]);
      }
      const score = (list: SchemaError[]) => [
        Math.max(...list.map((e) => depthOf(e.instancePath))),
        list.some((e) => e.keyword === 'enum' || e.keyword === 'const') ? 1 : 0,
        -list.length,
      ];
      let best: SchemaError[] | undefined;
      for (const list of branches.values()) {
        if (!best) best = list;
        else {
          const [a, b] = [score(list), score(best)];
          const i = a.findIndex((x, k) => x !== b[k]);
          if (i >= 0 && a[i]! > b[i]!) best = list;
        }
      }
      replacement.push(...best!);
    }
    drop.add(umbrella);
    remaining = remaining.filter((e) => !drop.has(e));
    remaining.push(...replacement);
  }
  const namedKeys = new Set(remaining.filter((e) => e.propertyName !== undefined && e.keyword !== 'propertyNames').map((e) => `${e.instancePath}\0${e.propertyName}`));
  return remaining.filter((e) => !(e.keyword === 'propertyNames' && namedKeys.has(`${e.instancePath}\0${String(e.params.propertyName)}`)));
}

const VALUE_PRIORITY: Record<string, number> = { const: 0, enum: 0, type: 1 };

/** One problem per place and per kind, in the order ajv found them. */
export function describeErrors(root: unknown, errors: readonly SchemaError[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const missing = new Map<string, { error: SchemaError; keys: string[] }>();
  const valueErrors = new Map<string, SchemaError>();
  const seenKeys = new Set<string>();

  for (const error of condense(errors)) {
    const { instancePath } = error;
    if (error.keyword === 'required') {
      const entry = missing.get(instancePath) ?? { error, keys: [] };
      const key = String(error.params.missingProperty);
      if (!entry.keys.includes(key)) entry.keys.push(key);
      missing.set(instancePath, entry);
      continue;
    }
    const location = locationOf(error.schemaPath);
    if (error.keyword === 'additionalProperties' || error.propertyName !== undefined || error.keyword === 'propertyNames') {
      const key = String(error.params.additionalProperty ?? error.propertyName ?? error.params.propertyName);
      const id = `${instancePath}\0${key}`;
      if (seenKeys.has(id)) continue;
      seenKeys.add(id);
      const { path } = resolvePointer(root, instancePath);
      let message: string;
      if (error.keyword === 'additionalProperties') {
        message = `Unknown key "${key}" in ${nounFor(location)}${didYouMean(key, objectAt(location)?.keys ?? [])}`;
      } else {
        const rule = schemaInfo.patternMessages[location];
        message = rule ? `Invalid name "${key}"; ${lowerFirst(rule)}` : `Invalid name "${key}" here`;
      }
      problems.push({ path: [...path, key], on: 'key', message });
      continue;
    }
    if (error.keyword === 'anyOf' && schemaInfo.anyOfMessages[location] !== undefined) {
      problems.push({ path: resolvePointer(root, instancePath).path, on: 'value', message: schemaInfo.anyOfMessages[location] });
      continue;
    }
    const previous = valueErrors.get(instancePath);
    if (!previous || (VALUE_PRIORITY[error.keyword] ?? 2) < (VALUE_PRIORITY[previous.keyword] ?? 2)) valueErrors.set(instancePath, error);
  }

  for (const [instancePath, { error, keys }] of missing) {
    const list = andList(keys.map(quote));
    const message = `Missing required key${keys.length > 1 ? 's' : ''} ${list} in ${nounFor(locationOf(error.schemaPath))}`;
    problems.push({ path: resolvePointer(root, instancePath).path, on: 'value', message });
  }
  for (const [instancePath, error] of valueErrors) {
    const { path, value } = resolvePointer(root, instancePath);
    problems.push({ path, on: 'value', message: valueMessage(error, path, value) });
  }
  return problems;
}

function valueMessage(error: SchemaError, path: readonly (string | number)[], value: unknown): string {
  const subject = subjectFor(path);
  const location = locationOf(error.schemaPath);
  switch (error.keyword) {
    case 'type':
      return `${subject} must be ${schemaInfo.expected[location] ?? String(error.params.type)}`;
    case 'const':
    case 'enum': {
      const allowed = error.keyword === 'const' ? [error.params.allowedValue] : ((error.params.allowedValues as unknown[]) ?? []);
      const strings = allowed.filter((a): a is string => typeof a === 'string' && a !== '');
      const hint = typeof value === 'string' && value !== '' && strings.length > 1 ? didYouMeanValue(value, strings) : '';
      const actual = value === undefined ? '' : `, not ${quote(value)}`;
      return `${subject} must be ${orList(allowed.map(quote))}${actual}${hint}`;
    }
    case 'minItems':
    case 'minProperties': {
      const limit = Number(error.params.limit);
      return limit === 1 ? `${subject} must not be empty` : `${subject} must have at least ${limit} entries`;
    }
    case 'pattern': {
      const rule = schemaInfo.patternMessages[location];
      return rule ? `${subject} is not valid; ${lowerFirst(rule)}` : `${subject} must match the pattern ${quote(error.params.pattern)}`;
    }
    default:
      // Not used by the schema today; ajv's own words (it is run without them) or the keyword.
      return `${subject} ${error.message ?? `does not match the schema (${error.keyword})`}`;
  }
}

/** did-you-mean for values: also catches a stray space (`" accept"`), which the distance rule misses on short words. */
function didYouMeanValue(value: string, allowed: readonly string[]): string {
  const trimmed = value.trim();
  if (trimmed !== value && allowed.includes(trimmed)) return `; did you mean ${quote(trimmed)}?`;
  return didYouMean(value, allowed);
}
