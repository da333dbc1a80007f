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
import type { PolicyModel, Site, Use } from './policy-model.ts';
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

const REFERENCE_KINDS: ReadonlySet<string> = new Set<ReferenceKind>(['tag', 'group', 'ipset', 'host', 'service', 'posture']);

/** The kind found by the last `referenceName` that returned a name (one result, no object per string). */
let foundKind: ReferenceKind = 'tag';

/** Where `text` at `site` refers to a definition: the name it refers to (its kind in `foundKind`). */
function referenceName(text: string, site: ReferenceSite): string | undefined {
  if (site === 'ipsets.entry') {
    const entry = parseIpsetEntry(text);
    if (!entry.ok) return undefined;
    const target = classifyIpsetTarget(entry.value.target);
    if (target.kind !== 'host' && target.kind !== 'ipset') return undefined;
    foundKind = target.kind;
    return target.name;
  }
  if (LITERAL_SITES.has(site)) return undefined;
  let selector = (site === 'ssh.recorder' ? text : selectorOf({ text, site }))?.trim();
  if (selector === undefined) return undefined;
  if ((site === 'ssh.dst' || site === 'sshTests.dst') && endsWithPort(selector)) {
    // SSH destinations take no port; "tag:web:22" still names tag:web (the SSH rules report the port).
    const named = selector.slice(0, selector.lastIndexOf(':'));
    if (selectorKind(named.trim()) !== 'host') selector = named;
  }
  if (POSTURE_SITES.has(site)) {
    foundKind = 'posture';
    return selector;
  }
  const kind = selectorKind(selector);
  if (!REFERENCE_KINDS.has(kind)) return undefined;
  foundKind = kind as ReferenceKind;
  return selector;
}

/** `x:22` or `x:*` (as /^(.+):(\d+|\*)$/ would match, without building the match). */
function endsWithPort(text: string): boolean {
  const colon = text.lastIndexOf(':');
  // `.` matches no line terminator.
  if (colon < 1 || colon === text.length - 1 || /[\n\r\u2028\u2029]/.test(text)) return false;
  if (colon === text.length - 2 && text.charCodeAt(colon + 1) === 42) return true;
  for (let i = colon + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const cache = new WeakMap<PolicyModel, readonly Reference[]>();
const byKindCache = new WeakMap<PolicyModel, ReadonlyMap<ReferenceKind, readonly Reference[]>>();
const NONE: readonly Reference[] = [];

/** Every reference in the policy, in the order of `selectorUses()`, then SSH recorders. */
export function referencesOf(model: PolicyModel): readonly Reference[] {
  let references = cache.get(model);
  if (references) return references;
  const list: Reference[] = [];
  const uses = model.selectorUses();
  for (let i = 0; i < uses.length; i++) {
    const use = uses[i]!;
    const name = referenceName(use.text, use.site);
    if (name === undefined) continue;
    use.kind = foundKind;
    use.name = name;
    list.push(use as Use & Reference);
  }
  for (const entry of model.entries('ssh')) {
    const recorder = findMember(entry.value, 'recorder');
    if (!recorder || !Array.isArray(recorder.value)) continue;
    const texts: unknown[] = recorder.value;
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index];
      if (typeof text !== 'string') continue;
      const name = referenceName(text, 'ssh.recorder');
      if (name !== undefined) list.push({ kind: foundKind, name, text, path: [entry.path[0]!, entry.path[1]!, recorder.key, index], site: 'ssh.recorder', owner: entry.path, isKey: false });
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
    const references = referencesOf(model);
    for (let i = 0; i < references.length; i++) {
      const reference = references[i]!;
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
