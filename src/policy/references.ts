// Every reference to a named definition (tag, group, host alias, IP set, posture) and every
// Service name, found among the model's strings: destinations lose their ports (selectorOf), IP
// set entries lose their `add`/`remove`, and SSH `recorder` tags count too. The reference rules
// and the unused-definition rule read these lists, built once per model: positions in the model's
// string store plus the names, no object per reference until one is reported.

import type { FixOp, JsonPath, Suggestion } from '../engine/rule.ts';
import { parseIpsetEntry, classifyIpsetTarget } from './ipsets.ts';
import { NearMissIndex } from './near-miss.ts';
import { portSuffixColon } from './ports.ts';
import { SITE_NUMBER, type Definitions, type PolicyModel, type StringSite, type StringStore } from './policy-model.ts';
import { SELECTOR_KIND_CODE, selectorKind } from './selectors.ts';

export type ReferenceKind = 'tag' | 'group' | 'host' | 'ipset' | 'posture' | 'service';
export type ReferenceSite = StringSite;

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

/**
 * References read by position (`name(i)`, `site(i)`, …; `at(i)` builds the object for a report):
 * positions in the model's string store and the names, no object per reference.
 */
export class ReferenceList {
  readonly positions: number[] = [];
  readonly names: string[] = [];
  /** Each reference's kind, in a list of every kind; a list of one kind has none. */
  readonly kinds: ReferenceKind[] | undefined;

  constructor(
    private readonly store: StringStore,
    /** The kind of every reference in a list of one kind. */
    private readonly only?: ReferenceKind,
  ) {
    this.kinds = only === undefined ? [] : undefined;
  }

  /** Each reference's index among the keys of the definitions last asked about (see `targets`). */
  private resolved: { defined: Definitions; indexes: Int32Array } | undefined;

  get length(): number {
    return this.positions.length;
  }

  /**
   * The index of each reference's definition in `defined.keys()`, or -1 when it has none: one
   * lookup per reference, shared by the rules that ask (undefined names, unused definitions).
   */
  targets(defined: Definitions): Int32Array {
    if (this.resolved?.defined !== defined) {
      const indexes = new Int32Array(this.names.length);
      for (let i = 0; i < indexes.length; i++) indexes[i] = defined.indexOf(this.names[i]!);
      this.resolved = { defined, indexes };
    }
    return this.resolved.indexes;
  }

  name(i: number): string {
    return this.names[i]!;
  }

  kind(i: number): ReferenceKind {
    return this.only ?? this.kinds![i]!;
  }

  site(i: number): ReferenceSite {
    return this.store.site(this.positions[i]!);
  }

  at(i: number): Reference {
    const position = this.positions[i]!;
    const site = this.store.site(position);
    return {
      kind: this.kind(i),
      name: this.names[i]!,
      text: this.store.texts[position]!,
      path: this.store.path(position),
      site,
      owner: this.store.owner(position),
      isKey: site === 'autoApprovers.service',
    };
  }

  *[Symbol.iterator](): IterableIterator<Reference> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

// How the strings of each site name definitions.
/** A selector, as the store reads it (for a `host:ports` destination, the host). */
const SELECTOR = 0;
/** A selector that takes no port: "tag:web:22" still names tag:web (the SSH rules report the port). */
const SSH_DESTINATION = 1;
/** `add host:db`, `ipset:x`: hosts and IP sets. */
const IPSET_ENTRY = 2;
/** A posture name. */
const POSTURE = 3;
/** SSH login names: taken literally, never references. */
const LITERAL = 4;

const MODE_OF: Partial<Record<ReferenceSite, number>> = {
  'ssh.dst': SSH_DESTINATION,
  'sshTests.dst': SSH_DESTINATION,
  'ipsets.entry': IPSET_ENTRY,
  srcPosture: POSTURE,
  defaultSrcPosture: POSTURE,
  'ssh.users': LITERAL,
  'sshTests.user': LITERAL,
};
/** Each site's mode, by site number (one array read per string). */
const MODES: readonly number[] = (() => {
  const modes: number[] = [];
  for (const [site, number] of Object.entries(SITE_NUMBER) as [ReferenceSite, number][]) modes[number] = MODE_OF[site] ?? SELECTOR;
  return modes;
})();

/** Reference kinds by number: lists are kept in an array, not a Map. */
const KINDS: readonly ReferenceKind[] = ['tag', 'group', 'host', 'ipset', 'posture', 'service'];
const KIND_NUMBER = Object.fromEntries(KINDS.map((kind, i) => [kind, i])) as Record<ReferenceKind, number>;
const NOT_A_REFERENCE = -1;
/** The reference kind number of each selector kind code (NOT_A_REFERENCE for addresses, users, autogroups, `*` and NO_KIND). */
const REFERENCE_OF_CODE = new Int8Array(256).fill(NOT_A_REFERENCE);
for (const kind of KINDS) REFERENCE_OF_CODE[SELECTOR_KIND_CODE[kind]] = KIND_NUMBER[kind];

/** The kind found by the last `referenceName` that returned a name (one result, no object per string). */
let foundKind = 0;

/**
 * Where string `i` of the store refers to a definition: the name (its kind number in `foundKind`).
 * Most strings are told apart by the store's selector kind, without reading them again.
 */
function referenceName(store: StringStore, i: number): string | undefined {
  const text = store.texts[i]!;
  switch (MODES[store.siteNumber(i)]) {
    case LITERAL:
      return undefined;
    case IPSET_ENTRY: {
      const entry = parseIpsetEntry(text);
      if (!entry.ok) return undefined;
      const target = classifyIpsetTarget(entry.value.target);
      if (target.kind !== 'host' && target.kind !== 'ipset') return undefined;
      foundKind = KIND_NUMBER[target.kind];
      return target.name;
    }
    case POSTURE:
      foundKind = KIND_NUMBER.posture;
      return store.selector(i);
    case SSH_DESTINATION: {
      let selector = text.trim();
      const colon = portSuffixColon(selector);
      if (colon >= 0) {
        const named = selector.slice(0, colon);
        if (selectorKind(named.trim()) !== 'host') selector = named;
      }
      const kind = REFERENCE_OF_CODE[SELECTOR_KIND_CODE[selectorKind(selector)]]!;
      if (kind === NOT_A_REFERENCE) return undefined;
      foundKind = kind;
      return selector;
    }
    default: {
      const kind = REFERENCE_OF_CODE[store.kindCode(i)]!;
      if (kind === NOT_A_REFERENCE) return undefined;
      foundKind = kind;
      return store.selector(i);
    }
  }
}

const allCache = new WeakMap<PolicyModel, ReferenceList>();
const byKindCache = new WeakMap<PolicyModel, ReferenceList[]>();

/** Classifies every string of the store: `add` is called for each that names a definition. */
function classify(store: StringStore, add: (position: number, name: string, kind: number) => void): void {
  for (let i = 0; i < store.length; i++) {
    const name = referenceName(store, i);
    if (name !== undefined) add(i, name, foundKind);
  }
}

function push(list: ReferenceList, position: number, name: string, kind: ReferenceKind): void {
  list.positions.push(position);
  list.names.push(name);
  list.kinds?.push(kind);
}

/** Every reference in the policy, in the order of `selectorUses()`, then SSH recorders. */
export function referencesOf(model: PolicyModel): ReferenceList {
  let all = allCache.get(model);
  if (!all) {
    const list = (all = new ReferenceList(model.strings()));
    classify(model.strings(), (position, name, kind) => push(list, position, name, KINDS[kind]!));
    allCache.set(model, all);
  }
  return all;
}

/** The references of one kind, in the order of `referencesOf()`. */
export function referencesOfKind(model: PolicyModel, kind: ReferenceKind): ReferenceList {
  let byKind = byKindCache.get(model);
  if (!byKind) {
    const store = model.strings();
    const lists = (byKind = KINDS.map((k) => new ReferenceList(store, k)));
    classify(store, (position, name, found) => push(lists[found]!, position, name, KINDS[found]!));
    byKindCache.set(model, byKind);
  }
  return byKind[KIND_NUMBER[kind]]!;
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

export interface UndefinedReference {
  reference: Reference;
  /** `; did you mean "x"?` for a close candidate, or ''. */
  hint: string;
  /** Replacing the name with the close candidate, if any. */
  suggestions: Suggestion[];
}

/**
 * The references of `kind` that `defined` does not define, at the sites `checked` accepts, each
 * with its near miss among the definitions `candidate` accepts (indexed only once one is needed).
 * The five `no-undefined-*` rules differ only in what they skip and how they say it.
 */
export function undefinedReferences(
  model: PolicyModel,
  kind: ReferenceKind,
  defined: Definitions,
  checked: (site: ReferenceSite, name: string) => boolean,
  candidate: (name: string) => boolean,
): UndefinedReference[] {
  const out: UndefinedReference[] = [];
  let candidates: NearMissIndex | undefined;
  const references = referencesOfKind(model, kind);
  const targets = references.targets(defined);
  for (let i = 0; i < references.length; i++) {
    const name = references.name(i);
    if (targets[i]! >= 0 || !checked(references.site(i), name)) continue;
    const reference = references.at(i);
    candidates ??= new NearMissIndex([...defined.keys()].filter(candidate));
    out.push({ reference, ...nearMiss(reference, candidates) });
  }
  return out;
}
