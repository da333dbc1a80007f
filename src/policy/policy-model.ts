// A read-only view of a policy for the rules: the definitions (tags, groups, hosts, postures,
// ipsets) and every place a selector is used, each with its JSON path in the file's own key
// spelling. Built once per parsed policy and shared by every rule of the run.

import type { JsonPath } from '../engine/rule.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { ownKeys } from '../own-keys.ts';
import { lastAtOrBefore } from '../sorted.ts';
import { findMember, isObject, memberKey, type JsonObject } from './members.ts';
import { SELECTOR_KIND_CODE, SELECTOR_KINDS, selectorKind, selectorOf, type SelectorKind } from './selectors.ts';

/** The kind code of a string that names no selector (a destination with bad square brackets). */
export const NO_KIND = 255;

/** Where a selector string stands; rules decide what is allowed where. */
const SITES = [
  'acl.src',
  'acl.dst',
  'grant.src',
  'grant.dst',
  'grant.via',
  'ssh.src',
  'ssh.dst',
  'ssh.users',
  'srcPosture',
  'defaultSrcPosture',
  'tagOwners.owner',
  'groups.member',
  'autoApprovers.route',
  'autoApprovers.exitNode',
  'autoApprovers.service',
  'autoApprovers.serviceHost',
  'nodeAttrs.target',
  'tests.src',
  'tests.dst',
  'sshTests.src',
  'sshTests.dst',
  'sshTests.user',
  'ipsets.entry',
  // Not a selector site: SSH session recorders, kept after the selector uses for policy/references.
  'ssh.recorder',
] as const;
export type Site = Exclude<(typeof SITES)[number], 'ssh.recorder'>;
/** A selector site, or where an SSH rule names its session recorders. */
export type StringSite = (typeof SITES)[number];
/** Each site's number (the store keeps numbers, not names). */
export const SITE_NUMBER: Readonly<Record<StringSite, number>> = Object.fromEntries(SITES.map((site, i) => [site, i])) as Record<StringSite, number>;
/** By site number: whether strings there are `host:ports` destinations, whose selector is the host. */
const DESTINATION_SITES: readonly boolean[] = SITES.map((site) => site === 'acl.dst' || site === 'tests.dst');

export interface SelectorUse {
  /** The string as written. */
  text: string;
  path: JsonPath;
  site: Site;
  /** The rule or entry it belongs to (`['grants', 3]`), or the definition (`['tagOwners', 'tag:x']`). */
  owner: JsonPath;
  /** True when the path points at an object key (autoApprovers.services keys), not a value. */
  isKey: boolean;
}

/**
 * The selector fields of each array section's entries. Legacy spellings (ACL `users`/`ports`, test
 * `user`/`allow`) are fields of their own with the same site.
 */
const ENTRY_FIELDS: readonly (readonly [section: string, fields: readonly (readonly [name: string, site: Site])[]])[] = [
  ['acls', [['src', 'acl.src'], ['users', 'acl.src'], ['dst', 'acl.dst'], ['ports', 'acl.dst'], ['srcPosture', 'srcPosture']]],
  ['grants', [['src', 'grant.src'], ['dst', 'grant.dst'], ['via', 'grant.via'], ['srcPosture', 'srcPosture']]],
  ['ssh', [['src', 'ssh.src'], ['dst', 'ssh.dst'], ['users', 'ssh.users'], ['srcPosture', 'srcPosture']]],
  ['nodeAttrs', [['target', 'nodeAttrs.target']]],
  ['tests', [['src', 'tests.src'], ['user', 'tests.src'], ['accept', 'tests.dst'], ['allow', 'tests.dst'], ['deny', 'tests.dst']]],
  ['sshTests', [['src', 'sshTests.src'], ['dst', 'sshTests.dst'], ['accept', 'sshTests.user'], ['check', 'sshTests.user'], ['deny', 'sshTests.user']]],
];

/**
 * What a string belongs to: an entry (which builds its path when asked), a path, or the name of
 * a definition (its section's key is the store's for the string's site).
 */
type Owner = JsonPath | Entry | string;

/** A typed array with room for `needed` elements, copied into a larger one when full. */
function room<T extends Float64Array | Int32Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const larger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * Every selector string of a policy (then the SSH recorders), by position: a large policy has
 * hundreds of thousands, and an object per string cost more time and memory than the rules that
 * read them. Besides the texts, the selector each names (the same string unless trimmed or cut
 * at a port) and numbers per string in typed arrays, which the collector never traces: the
 * string's site, index, member key and selector kind. Owners are kept once per run of strings,
 * since strings are added owner by owner. Paths are built only when asked: rules read them only
 * to report.
 */
export class StringStore {
  /** The number of selector uses; the SSH recorders' strings follow them. */
  selectors = 0;
  readonly texts: string[] = [];
  /** (the element's index + 1) * 32 + the site's number: 0 as index + 1 when not in an array. */
  private codes = new Float64Array(256);
  /** The id of the member of the owner that holds the string, 0 when the owner's path is the string's own. */
  private keyIds = new Int32Array(256);
  private readonly keyNames: (string | undefined)[] = [undefined];
  private readonly keyIdOf = new Map<string, number>();
  /** Each run's owner and the position of its first string. */
  private readonly owners: Owner[] = [];
  private ownerStarts = new Int32Array(64);
  /** The section key (as written) of each definition site's owners, by site number. */
  readonly sections: string[] = [];
  /**
   * The selector each string names at its site (selectorOf, trimmed), and its kind as a
   * SELECTOR_KIND_CODE (NO_KIND where there is none): the rules that look for one kind
   * (autogroups, user domains) and the references test these instead of reading every string.
   */
  private readonly selectorTexts: (string | undefined)[] = [];
  private kindCodes = new Uint8Array(256);

  add(text: string, owner: Owner, key: string | undefined, index: number, site: StringSite): void {
    this.addAll(text, owner, key, SITE_NUMBER[site], index);
  }

  /**
   * The strings of `value` (a string, or an array whose string elements count), which is `owner`
   * itself or, with `key`, its member `key`. `index` is given for a lone string inside an array.
   */
  addAll(value: unknown, owner: Owner, key: string | undefined, site: number, index = -1): void {
    let keyId = 0;
    if (key !== undefined) {
      keyId = this.keyIdOf.get(key) ?? 0;
      if (keyId === 0) {
        keyId = this.keyNames.push(key) - 1;
        this.keyIdOf.set(key, keyId);
      }
    }
    const start = this.texts.length;
    if (typeof value === 'string') this.push(value, (index + 1) * 32 + site, keyId, site);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        // Arithmetic, not bit operations: an index past 2^26 (a huge array) stays exact.
        if (typeof item === 'string') this.push(item, (i + 1) * 32 + site, keyId, site);
      }
    }
    if (this.texts.length === start) return;
    const runs = this.owners.length;
    if (runs === 0 || this.owners[runs - 1] !== owner) {
      this.ownerStarts = room(this.ownerStarts, runs + 1);
      this.ownerStarts[runs] = start;
      this.owners.push(owner);
    }
  }

  /**
   * Adds one string with its numbers, and the selector it names with that selector's kind: read
   * now, while the string is at hand, since a large policy's strings do not stay in the cache
   * until a later pass.
   */
  private push(text: string, code: number, keyId: number, site: number): void {
    const at = this.texts.push(text) - 1;
    if (at >= this.codes.length) {
      this.codes = room(this.codes, at + 1);
      this.keyIds = room(this.keyIds, at + 1);
      this.kindCodes = room(this.kindCodes, at + 1);
    }
    this.codes[at] = code;
    this.keyIds[at] = keyId;
    const selector = DESTINATION_SITES[site] ? selectorOf(text, 'acl.dst')?.trim() : text.trim();
    this.selectorTexts.push(selector);
    this.kindCodes[at] = selector === undefined ? NO_KIND : SELECTOR_KIND_CODE[selectorKind(selector)];
  }

  get length(): number {
    return this.texts.length;
  }

  site(i: number): StringSite {
    return SITES[this.siteNumber(i)]!;
  }

  siteNumber(i: number): number {
    return this.codes[i]! % 32;
  }

  /** The code (SELECTOR_KIND_CODE) of the kind of selector string `i` names at its site, or NO_KIND. */
  kindCode(i: number): number {
    return this.kindCodes[i]!;
  }

  /** The selector string `i` names at its site (selectorOf, trimmed: a destination's host), or undefined. */
  selector(i: number): string | undefined {
    return this.selectorTexts[i];
  }

  owner(i: number): JsonPath {
    const of = this.owners[lastAtOrBefore(this.ownerStarts, this.owners.length, i)]!;
    if (typeof of === 'string') return [this.sections[this.siteNumber(i)]!, of];
    return Array.isArray(of) ? of : (of as Entry).path;
  }

  path(i: number): JsonPath {
    const owner = this.owner(i);
    const key = this.keyNames[this.keyIds[i]!];
    const index = Math.floor(this.codes[i]! / 32) - 1;
    if (key === undefined) return index < 0 ? owner : [...owner, index];
    return index < 0 ? [...owner, key] : [...owner, key, index];
  }
}

/**
 * Some of a policy's selector uses (all of them, or those at one site), read by position:
 * `text(i)`, `site(i)`, and `path(i)` / `owner(i)` / `at(i)` for reports.
 */
export class UseList {
  constructor(
    private readonly store: StringStore,
    /** Positions in the store (this list's run starts at `start`), or undefined for the store's first `length` strings. */
    private readonly positions: Int32Array | undefined,
    readonly length: number,
    private readonly start = 0,
  ) {}

  private position(i: number): number {
    return this.positions === undefined ? i : this.positions[this.start + i]!;
  }

  /** The kind of selector use `i` names (selectorOf, trimmed): undefined where it names none. */
  kind(i: number): SelectorKind | undefined {
    return SELECTOR_KINDS[this.store.kindCode(this.position(i))];
  }

  /** The selector use `i` names (selectorOf, trimmed: a destination's host), or undefined. */
  selector(i: number): string | undefined {
    return this.store.selector(this.position(i));
  }

  text(i: number): string {
    return this.store.texts[this.position(i)]!;
  }

  site(i: number): Site {
    return this.store.site(this.position(i)) as Site;
  }

  /** Only autoApprovers.services names are keys: each names a Service. */
  isKey(i: number): boolean {
    return this.site(i) === 'autoApprovers.service';
  }

  path(i: number): JsonPath {
    return this.store.path(this.position(i));
  }

  owner(i: number): JsonPath {
    return this.store.owner(this.position(i));
  }

  /** The use as an object (for a report or a test; loops read the fields by position). */
  at(i: number): SelectorUse {
    return { text: this.text(i), path: this.path(i), site: this.site(i), owner: this.owner(i), isKey: this.isKey(i) };
  }

  *[Symbol.iterator](): IterableIterator<SelectorUse> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

export interface Definition {
  /** The name as written (the object key). */
  name: string;
  path: JsonPath;
  value: unknown;
}

const NO_NAMES: readonly string[] = [];

/** A Definition whose path is built when first asked for. */
class Defined implements Definition {
  private where: JsonPath | undefined;

  constructor(
    readonly name: string,
    private readonly section: string,
    readonly value: unknown,
  ) {}

  get path(): JsonPath {
    return (this.where ??= [this.section, this.name]);
  }
}

/**
 * The definitions of one section (`tagOwners`, `groups`, …): the Map-like subset the rules use,
 * over a name → index Map built on first use (the section object itself answers lookups of
 * trimmed or sliced names slowly when it is large); a Definition object (with its path) only for
 * `get`, which rules call to report. Iteration is in the object's key order.
 */
export class Definitions {
  /** Each name's index in `keys()`, and the values in that order, built on first use. */
  private indexes: Map<string, number> | undefined;
  private values: unknown[] | undefined;

  constructor(
    private readonly object: JsonObject | undefined,
    /** The section's key as written. */
    readonly section: string,
  ) {}

  private index(): Map<string, number> {
    if (!this.indexes) {
      const indexes = (this.indexes = new Map<string, number>());
      const values: unknown[] = (this.values = []);
      const keys = this.keys();
      for (let i = 0; i < keys.length; i++) {
        indexes.set(keys[i]!, i);
        values.push(this.object![keys[i]!]);
      }
    }
    return this.indexes;
  }

  has(name: string): boolean {
    return this.index().has(name);
  }

  /** The index of definition `name` in `keys()`, or -1. */
  indexOf(name: string): number {
    return this.index().get(name) ?? -1;
  }

  /** The value of definition `name` (undefined when there is none): no Definition object. */
  valueOf(name: string): unknown {
    const i = this.index().get(name);
    return i === undefined ? undefined : this.values![i];
  }

  get(name: string): Definition | undefined {
    return this.has(name) ? new Defined(name, this.section, this.valueOf(name)) : undefined;
  }

  /** The names, in order (the section's own keys: do not modify). Values through `valueOf`. */
  keys(): readonly string[] {
    return this.object === undefined ? NO_NAMES : ownKeys(this.object);
  }
}

/** An object entry of an array section, with its path built when first asked for. */
export class Entry {
  private where: JsonPath | undefined;

  constructor(
    /** The section's key as written. */
    private readonly section: string,
    /** The entry's index in its section's array. */
    readonly index: number,
    readonly value: JsonObject,
  ) {}

  get path(): JsonPath {
    return (this.where ??= [this.section, this.index]);
  }
}

export class PolicyModel {
  readonly tags: Definitions;
  readonly groups: Definitions;
  readonly hosts: Definitions;
  readonly postures: Definitions;
  readonly ipsets: Definitions;
  private store: StringStore | undefined;
  private usesBySite: UseList[] | undefined;
  private readonly entryCache = new Map<string, Entry[]>();

  constructor(readonly root: JsonObject) {
    this.tags = this.definitions('tagOwners');
    this.groups = this.definitions('groups');
    this.hosts = this.definitions('hosts');
    this.postures = this.definitions('postures');
    this.ipsets = this.definitions('ipsets');
  }

  /** A top-level section under any key spelling: `{ key, value }` or undefined. */
  section(name: string) {
    return findMember(this.root, name);
  }

  /** The object entries of an array section (`acls`, `grants`, `ssh`, …), with paths. Cached: do not modify. */
  entries(name: string): Entry[] {
    let out = this.entryCache.get(name);
    if (out) return out;
    out = [];
    const member = this.section(name);
    if (member && Array.isArray(member.value)) {
      const { key, value: list } = member;
      for (let index = 0; index < list.length; index++) {
        const value: unknown = list[index];
        if (isObject(value)) out.push(new Entry(key, index, value));
      }
    }
    this.entryCache.set(name, out);
    return out;
  }

  private definitions(name: string): Definitions {
    const member = this.section(name);
    return member && isObject(member.value) ? new Definitions(member.value, member.key) : new Definitions(undefined, name);
  }

  /** Every selector string in the policy, in file order of sections. */
  selectorUses(): UseList {
    const store = this.strings();
    return new UseList(store, undefined, store.selectors);
  }

  /** The selector strings, then the SSH recorders' (for policy/references). */
  strings(): StringStore {
    return (this.store ??= this.collectStrings());
  }

  /** The selector uses at one site, in the order of `selectorUses()`. */
  usesAt(site: Site): UseList {
    const store = this.strings();
    if (!this.usesBySite) {
      // Positions grouped by site number in one typed array (which the collector never copies):
      // counted, then filled; each site's list is a run of it.
      const starts = new Int32Array(SITES.length + 1);
      for (let i = 0; i < store.selectors; i++) starts[store.siteNumber(i) + 1]!++;
      for (let site = 0; site < SITES.length; site++) starts[site + 1]! += starts[site]!;
      const positions = new Int32Array(store.selectors);
      const next = starts.slice(0, SITES.length);
      for (let i = 0; i < store.selectors; i++) positions[next[store.siteNumber(i)]!++] = i;
      this.usesBySite = SITES.map((_, site) => new UseList(store, positions, starts[site + 1]! - starts[site]!, starts[site]!));
    }
    return this.usesBySite[SITE_NUMBER[site]]!;
  }

  private collectStrings(): StringStore {
    const uses = new StringStore();
    // The strings of `value`, which is `owner` itself or, with `key`, its member `key`.
    const strings = (value: unknown, owner: Owner, key: string | undefined, site: StringSite) => uses.addAll(value, owner, key, SITE_NUMBER[site]);

    for (let s = 0; s < ENTRY_FIELDS.length; s++) {
      const [section, fields] = ENTRY_FIELDS[s]!;
      const entries = this.entries(section);
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        for (let f = 0; f < fields.length; f++) {
          const key = memberKey(entry.value, fields[f]![0]);
          if (key !== undefined) strings(entry.value[key], entry, key, fields[f]![1]);
        }
      }
    }
    // A definition's strings are owned by its name: no object per definition.
    for (const [definitions, site] of [
      [this.tags, 'tagOwners.owner'],
      [this.groups, 'groups.member'],
      [this.ipsets, 'ipsets.entry'],
    ] as const) {
      uses.sections[SITE_NUMBER[site]] = definitions.section;
      const names = definitions.keys();
      for (let i = 0; i < names.length; i++) strings(definitions.valueOf(names[i]!), names[i]!, undefined, site);
    }
    const posture = this.section('defaultSrcPosture');
    if (posture) strings(posture.value, [posture.key], undefined, 'defaultSrcPosture');

    const approvers = this.section('autoApprovers');
    if (approvers && isObject(approvers.value)) {
      const base = [approvers.key];
      const routes = findMember(approvers.value, 'routes');
      if (routes && isObject(routes.value)) {
        const object = routes.value;
        for (const cidr of ownKeys(object)) strings(object[cidr], [...base, routes.key, cidr], undefined, 'autoApprovers.route');
      }
      const exitNode = findMember(approvers.value, 'exitNode');
      if (exitNode) strings(exitNode.value, [...base, exitNode.key], undefined, 'autoApprovers.exitNode');
      const services = findMember(approvers.value, 'services');
      if (services && isObject(services.value)) {
        const object = services.value;
        for (const name of ownKeys(object)) {
          const path = [...base, services.key, name];
          uses.add(name, path, undefined, -1, 'autoApprovers.service');
          strings(object[name], path, undefined, 'autoApprovers.serviceHost');
        }
      }
    }
    uses.selectors = uses.length;
    for (const e of this.entries('ssh')) {
      const key = memberKey(e.value, 'recorder');
      if (key !== undefined && Array.isArray(e.value[key])) strings(e.value[key], e, key, 'ssh.recorder');
    }
    return uses;
  }
}

const models = new WeakMap<ParsedPolicy, PolicyModel>();

/** The shared model of a parsed policy (its value must be an object: the parser guarantees it). */
export function modelOf(policy: ParsedPolicy): PolicyModel {
  let model = models.get(policy);
  if (!model) models.set(policy, (model = new PolicyModel(policy.value as JsonObject)));
  return model;
}
