// Every reference to a named definition (tag, group, host alias, IP set, posture) and every
// Service name, with the JSON path of the string it stands in. Built once per model from
// `selectorUses()`: destinations lose their ports (selectorOf), IP set entries lose
// their `add`/`remove`, and SSH `recorder` tags are added. The reference rules and the unused
// definition rule all read this one list. A selector use that names a definition is its own
// Reference (its kind and name filled in here): no second object per string.

import type { FixOp, JsonPath, Suggestion } from '../engine/rule.ts';
import { parseIpsetEntry, classifyIpsetTarget } from './ipsets.ts';
import { findMember } from './members.ts';
import type { NearMissIndex } from './near-miss.ts';
import type { PolicyModel, SelectorUse, Site, Use } from './policy-model.ts';
import { selectorKind, selectorOf } from './selectors.ts';

export type ReferenceKind = 'tag' | 'group' | 'host' | 'ipset' | 'posture' | 'service';
export type ReferenceSite = Site | 'ssh.recorder';

export interface Reference {
  kind: ReferenceKind;
  /** The name referred to, trimmed (`tag:web`, `group:eng`, `db` for `host:db` in an IP set). */
  name: string;
  /** The whole string the name stands in, as written (`tag:web:443`, `add host:db`). */
  text: string;
  path: JsonPath;
  site: ReferenceSite;
  /** The rule or definition the string belongs to (see SelectorUse.owner). */
  owner: JsonPath;
  /** True when `path` points at an object key (autoApprovers.services keys). */
  isKey: boolean;
}

/** Sites whose strings are not selectors: SSH login names are taken literally. */
const LITERAL_SITES: ReadonlySet<ReferenceSite> = new Set(['ssh.users', 'sshTests.user']);
const POSTURE_SITES: ReadonlySet<ReferenceSite> = new Set(['srcPosture', 'defaultSrcPosture']);

/** Where the string of `use` refers to a definition: its kind and name (the fields of a Reference). */
function classify(use: Pick<SelectorUse, 'text'>, site: ReferenceSite): { kind: ReferenceKind; name: string } | undefined {
  if (site === 'ipsets.entry') {
    const entry = parseIpsetEntry(use.text);
    if (!entry.ok) return undefined;
    const target = classifyIpsetTarget(entry.value.target);
    return target.kind === 'host' || target.kind === 'ipset' ? { kind: target.kind, name: target.name } : undefined;
  }
  if (LITERAL_SITES.has(site)) return undefined;
  let selector = (site === 'ssh.recorder' ? use.text : selectorOf({ text: use.text, site }))?.trim();
  if (selector === undefined) return undefined;
  if (site === 'ssh.dst' || site === 'sshTests.dst') {
    // SSH destinations take no port; "tag:web:22" still names tag:web (the SSH rules report the port).
    const named = /^(.+):(\d+|\*)$/.exec(selector)?.[1];
    if (named !== undefined && selectorKind(named.trim()) !== 'host') selector = named;
  }
  if (POSTURE_SITES.has(site)) return { kind: 'posture', name: selector };
  const kind = selectorKind(selector);
  switch (kind) {
    case 'tag':
    case 'group':
    case 'ipset':
    case 'host':
    case 'service':
    case 'posture':
      return { kind, name: selector };
    default:
      return undefined;
  }
}

const cache = new WeakMap<PolicyModel, readonly Reference[]>();
const byKindCache = new WeakMap<PolicyModel, ReadonlyMap<ReferenceKind, readonly Reference[]>>();
const NONE: readonly Reference[] = [];

/** Every reference in the policy, in the order of `selectorUses()`, then SSH recorders. */
export function referencesOf(model: PolicyModel): readonly Reference[] {
  let references = cache.get(model);
  if (references) return references;
  const list: Reference[] = [];
  for (const use of model.selectorUses()) {
    const found = classify(use, use.site);
    if (!found) continue;
    use.kind = found.kind;
    use.name = found.name;
    list.push(use as Use & Reference);
  }
  for (const entry of model.entries('ssh')) {
    const recorder = findMember(entry.value, 'recorder');
    if (!recorder || !Array.isArray(recorder.value)) continue;
    const texts: unknown[] = recorder.value;
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index];
      if (typeof text !== 'string') continue;
      const found = classify({ text }, 'ssh.recorder');
      if (found) list.push({ ...found, text, path: [entry.path[0]!, entry.path[1]!, recorder.key, index], site: 'ssh.recorder', owner: entry.path, isKey: false });
    }
  }
  cache.set(model, (references = list));
  return references;
}

/** The references of one kind, in the order of `referencesOf()`. */
export function referencesOfKind(model: PolicyModel, kind: ReferenceKind): readonly Reference[] {
  let byKind = byKindCache.get(model);
  if (!byKind) {
    const map = new Map<ReferenceKind, Reference[]>();
    for (const reference of referencesOf(model)) {
      const list = map.get(reference.kind);
      if (list) list.push(reference);
      else map.set(reference.kind, [reference]);
    }
    byKindCache.set(model, (byKind = map));
  }
  return byKind.get(kind) ?? NONE;
}

/** The edit that puts `name` in place of the reference's name, keeping the rest of its string. */
export function replaceReference(reference: Reference, name: string): FixOp {
  const at = reference.text.lastIndexOf(reference.name);
  const text = reference.text.slice(0, at) + name + reference.text.slice(at + reference.name.length);
  return reference.isKey ? { op: 'rename-key', path: reference.path, newKey: text } : { op: 'replace-value', path: reference.path, value: text };
}

/** For a name that is not defined: `; did you mean "x"?` and a suggestion to use `x`, if one is close. */
export function nearMiss(reference: Reference, candidates: NearMissIndex): { hint: string; suggestions: Suggestion[] } {
  const match = candidates.closest(reference.name);
  if (match === undefined) return { hint: '', suggestions: [] };
  return {
    hint: `; did you mean ${JSON.stringify(match)}?`,
    suggestions: [{ description: `Replace ${JSON.stringify(reference.name)} with ${JSON.stringify(match)}`, ops: [replaceReference(reference, match)] }],
  };
}
