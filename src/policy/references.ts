// Every reference to a named definition (tag, group, host alias, IP set, posture) and every
// Service name, with the JSON path of the string it stands in. Built once per model from
// `selectorUses()`: destinations lose their ports (selectorOf), IP set entries lose
// their `add`/`remove`, and SSH `recorder` tags are added. The reference rules and the unused
// definition rule all read this one list.

import type { FixOp, JsonPath, Suggestion } from '../engine/rule.ts';
import { parseIpsetEntry, classifyIpsetTarget } from './ipsets.ts';
import { findMember } from './members.ts';
import type { NearMissIndex } from './near-miss.ts';
import type { PolicyModel, SelectorUse, Site } from './policy-model.ts';
import { classifySelector, selectorOf } from './selectors.ts';

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
  isKey?: boolean;
}

/** Sites whose strings are not selectors: SSH login names are taken literally. */
const LITERAL_SITES: ReadonlySet<ReferenceSite> = new Set(['ssh.users', 'sshTests.user']);
const POSTURE_SITES: ReadonlySet<ReferenceSite> = new Set(['srcPosture', 'defaultSrcPosture']);

function referenceOf(use: SelectorUse | (Omit<SelectorUse, 'site'> & { site: ReferenceSite })): Reference | undefined {
  const base = { text: use.text, path: use.path, site: use.site, owner: use.owner, ...(use.isKey ? { isKey: true } : {}) };
  if (use.site === 'ipsets.entry') {
    const entry = parseIpsetEntry(use.text);
    if (!entry.ok) return undefined;
    const target = classifyIpsetTarget(entry.value.target);
    return target.kind === 'host' || target.kind === 'ipset' ? { ...base, kind: target.kind, name: target.name } : undefined;
  }
  if (LITERAL_SITES.has(use.site)) return undefined;
  let selector = (use.site === 'ssh.recorder' ? use.text : selectorOf({ text: use.text, site: use.site }))?.trim();
  if (selector === undefined) return undefined;
  if (use.site === 'ssh.dst' || use.site === 'sshTests.dst') {
    // SSH destinations take no port; "tag:web:22" still names tag:web (the SSH rules report the port).
    const named = /^(.+):(\d+|\*)$/.exec(selector)?.[1];
    if (named !== undefined && classifySelector(named).kind !== 'host') selector = named;
  }
  if (POSTURE_SITES.has(use.site)) return { ...base, kind: 'posture', name: selector };
  const { kind, text } = classifySelector(selector);
  switch (kind) {
    case 'tag':
    case 'group':
    case 'ipset':
    case 'host':
    case 'service':
    case 'posture':
      return { ...base, kind, name: text };
    default:
      return undefined;
  }
}

const cache = new WeakMap<PolicyModel, readonly Reference[]>();

/** Every reference in the policy, in the order of `selectorUses()`, then SSH recorders. */
export function referencesOf(model: PolicyModel): readonly Reference[] {
  let references = cache.get(model);
  if (references) return references;
  const list: Reference[] = [];
  for (const use of model.selectorUses()) {
    const reference = referenceOf(use);
    if (reference) list.push(reference);
  }
  for (const entry of model.entries('ssh')) {
    const recorder = findMember(entry.value, 'recorder');
    if (!recorder || !Array.isArray(recorder.value)) continue;
    recorder.value.forEach((text, index) => {
      if (typeof text !== 'string') return;
      const reference = referenceOf({ text, path: [...entry.path, recorder.key, index], site: 'ssh.recorder', owner: entry.path });
      if (reference) list.push(reference);
    });
  }
  cache.set(model, (references = list));
  return references;
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
