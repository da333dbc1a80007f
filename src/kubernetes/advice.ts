// What the Kubernetes rules say and offer: how a setup is named in messages, the exact policy
// entries a setup needs (written as the messages quote them), where a report about a missing
// entry points, and the JSON-level operations that add an entry under a path that may not exist yet.

import type { Fix, FixOp, JsonPath, Suggestion } from '../engine/rule.ts';
import { findMember, isObject } from '../policy/members.ts';
import type { PolicyModel } from '../policy/policy-model.ts';
import { declareHint } from './resolve-setups.ts';
import type { Setup } from './setups.ts';

/** A JSON value on one line with a space after `,` and `:` — the way the docs write entries. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** `"key": value`, as a member to add. */
export function memberText(key: string, value: unknown): string {
  return `${JSON.stringify(key)}: ${inlineJson(value)}`;
}

const KIND_LABELS = { cks: 'CKS API-server proxy', operator: "operator's API-server proxy", proxygroup: 'ProxyGroup API-server proxy' } as const;

/** ` (setup "gpu-east")` for a declared setup; nothing for an inferred one (its hint says it). */
export function setupNote(setup: Setup): string {
  return setup.inferred ? '' : ` (setup ${JSON.stringify(setup.name)})`;
}

/** `the CKS API-server proxy` (the kind, without its tag). */
export function kindLabel(setup: Setup): string {
  return `the ${KIND_LABELS[setup.proxy]}`;
}

/** `the CKS API-server proxy "tag:coreweave" (setup "gpu-east")`. */
export function proxyLabel(setup: Setup): string {
  return `${kindLabel(setup)} ${JSON.stringify(setup.proxyTag)}${setupNote(setup)}`;
}

/** The report fields every setup report shares: inferred setups report warnings, and say so. */
export function forSetup(setup: Setup, message: string): { message: string; severity?: 'warn' } {
  return setup.inferred ? { message: message + declareHint(setup), severity: 'warn' } : { message };
}

/**
 * An added entry as a fix for a declared setup (it is what the setup's documentation
 * prescribes), as a suggestion for an inferred one (the setup is a guess).
 */
export function offerEntry(setup: Setup, description: string, op: FixOp | undefined): { fix?: Fix; suggestions?: Suggestion[] } {
  if (!op) return {};
  const change: Suggestion = { description, ops: [op] };
  return setup.inferred ? { suggestions: [change] } : { fix: change };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `tcp:443`, `tcp:80 and tcp:443`. */
export function portList(ports: readonly number[]): string {
  const names = ports.map((p) => `tcp:${p}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The path of the deepest member of `keys` (looked up case-insensitively from the root) that
 * exists, in the file's spelling, and the keys still missing below it.
 */
export function existingPrefix(model: PolicyModel, keys: readonly string[]): { path: string[]; missing: string[]; blocked: boolean } {
  const path: string[] = [];
  let node: unknown = model.root;
  for (let i = 0; i < keys.length; i++) {
    if (!isObject(node)) return { path, missing: keys.slice(i), blocked: true };
    const member = findMember(node, keys[i]!);
    if (!member) return { path, missing: keys.slice(i), blocked: false };
    path.push(member.key);
    node = member.value;
  }
  return { path, missing: [], blocked: !isObject(node) };
}

/**
 * Where to point a report about something missing under `keys`: the deepest existing key on the
 * way, else `fallback` (say, the proxy tag's entry in tagOwners) when it exists, else the first
 * key of the file (a whole-file range would help nobody).
 */
export function anchorAt(model: PolicyModel, keys: readonly string[], fallback?: JsonPath): { path: JsonPath; on?: 'key' } {
  const { path } = existingPrefix(model, keys);
  if (path.length > 0) return { path, on: 'key' };
  if (fallback) return { path: fallback, on: 'key' };
  const first = Object.keys(model.root)[0];
  return first === undefined ? { path: [] } : { path: [first], on: 'key' };
}

/**
 * The operation that adds `key: value` to the object at `keys` (`['tagOwners']`,
 * `['autoApprovers', 'services']`), creating the missing objects on the way; undefined when
 * something on the way is not an object (the schema rule reports that).
 */
export function insertMember(model: PolicyModel, keys: readonly string[], key: string, value: unknown): FixOp | undefined {
  const { path, missing, blocked } = existingPrefix(model, keys);
  if (blocked) return undefined;
  if (missing.length === 0) return { op: 'insert-property', path, key, value };
  let nested: unknown = { [key]: value };
  for (const name of missing.slice(1).reverse()) nested = { [name]: nested };
  return { op: 'insert-property', path, key: missing[0]!, value: nested };
}

export interface AccessRule {
  /** The entry as the message quotes it. */
  text: string;
  /** Where it goes: `"grants"` or `"acls"`. */
  section: string;
  op: FixOp | undefined;
}

/**
 * A rule letting `sources` open TCP `ports` on `dst`: a grant, or an ACL rule when the file
 * has `acls` and no `grants` (both are read together; this keeps the file's own style).
 */
export function accessRule(model: PolicyModel, sources: readonly string[], dst: string, ports: readonly number[]): AccessRule {
  const grants = model.section('grants');
  const acls = model.section('acls');
  if (!grants && acls) {
    const rule = { action: 'accept', src: [...sources], dst: [`${dst}:${ports.join(',')}`] };
    return { text: inlineJson(rule), section: acls.key, op: Array.isArray(acls.value) ? { op: 'append', path: [acls.key], value: rule } : undefined };
  }
  const rule = { src: [...sources], dst: [dst], ip: ports.map((p) => `tcp:${p}`) };
  const op: FixOp | undefined = !grants ? { op: 'insert-property', path: [], key: 'grants', value: [rule] } : Array.isArray(grants.value) ? { op: 'append', path: [grants.key], value: rule } : undefined;
  return { text: inlineJson(rule), section: grants?.key ?? 'grants', op };
}

/**
 * `add "tag:x": [] to "tagOwners"`, or, when the container is missing, what to add where it
 * would go: `add "autoApprovers": {"services": {…}} to the policy`.
 */
export function additionText(model: PolicyModel, keys: readonly string[], key: string, value: unknown): string {
  const { path, missing } = existingPrefix(model, keys);
  if (missing.length === 0) return `add ${memberText(key, value)} to ${JSON.stringify(path.join('.'))}`;
  let nested: unknown = { [key]: value };
  for (const name of missing.slice(1).reverse()) nested = { [name]: nested };
  return `add ${memberText(missing[0]!, nested)} to ${path.length > 0 ? JSON.stringify(path.join('.')) : 'the policy'}`;
}
