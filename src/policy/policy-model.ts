// A read-only view of a policy for the rules: the definitions (tags, groups, hosts, postures,
// ipsets) and every place a selector is used, each with its JSON path in the file's own key
// spelling. Built once per parsed policy and shared by every rule of the run.

import type { JsonPath } from '../engine/rule.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { findMember, isObject, memberKey, type JsonObject } from './members.ts';
import type { ReferenceKind } from './references.ts';

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
] as const;
export type Site = (typeof SITES)[number];
const SITE_NUMBER = Object.fromEntries(SITES.map((site, i) => [site, i])) as Record<Site, number>;

const KINDS = [undefined, 'tag', 'group', 'host', 'ipset', 'posture', 'service'] as const satisfies readonly (ReferenceKind | undefined)[];

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
 * A SelectorUse that builds its path when asked: rules read paths only to report, and a policy
 * has hundreds of thousands of uses, so the elements share their array's path (memory). Every
 * field is always set, so that all uses share one shape (V8 keeps property reads monomorphic).
 */
export class Use implements SelectorUse {
  /** The name referred to (see Reference.name); '' until `kind` is set by policy/references. */
  name = '';
  /** The element's index + 1 (0: not in an array), the reference kind and the site, in one number (memory). */
  private code: number;

  constructor(
    readonly text: string,
    /** The owner's path, or the definition whose path it is (built only when asked: memory). */
    private readonly of: JsonPath | Definition,
    /** The member of `owner` that holds the string, or undefined when `owner` is the string's own path. */
    private readonly key: string | undefined,
    /** The element's index, or -1 when the string is not in an array. */
    index: number,
    site: Site,
  ) {
    // Arithmetic, not bit operations: an index past 2^22 (a 100 MB array) stays exact.
    this.code = (index + 1) * 256 + SITE_NUMBER[site];
  }

  get site(): Site {
    return SITES[this.code % 32]!;
  }

  /**
   * What the string refers to, set by policy/references: a use that names a definition doubles
   * as its Reference, so a large policy does not hold a second object per string.
   */
  get kind(): ReferenceKind | undefined {
    return KINDS[Math.floor(this.code / 32) % 8];
  }

  set kind(kind: ReferenceKind | undefined) {
    this.code += (KINDS.indexOf(kind) - (Math.floor(this.code / 32) % 8)) * 32;
  }

  private get index(): number {
    return Math.floor(this.code / 256) - 1;
  }

  /** Only autoApprovers.services names are keys: each names a Service. */
  get isKey(): boolean {
    return this.site === 'autoApprovers.service';
  }

  get owner(): JsonPath {
    const of = this.of;
    return Array.isArray(of) ? of : (of as Definition).path;
  }

  get path(): JsonPath {
    const { owner, key, index } = this;
    if (key === undefined) return index < 0 ? owner : [...owner, index];
    return index < 0 ? [...owner, key] : [...owner, key, index];
  }
}

export interface Definition {
  /** The name as written (the object key). */
  name: string;
  path: JsonPath;
  value: unknown;
}

/** A Definition whose path is built when first asked for (a policy has thousands; few are reported). */
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

export interface Entry {
  path: JsonPath;
  value: JsonObject;
}

export class PolicyModel {
  readonly tags: ReadonlyMap<string, Definition>;
  readonly groups: ReadonlyMap<string, Definition>;
  readonly hosts: ReadonlyMap<string, Definition>;
  readonly postures: ReadonlyMap<string, Definition>;
  readonly ipsets: ReadonlyMap<string, Definition>;
  private uses: Use[] | undefined;
  private usesBySite: Map<Site, SelectorUse[]> | undefined;
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
        if (isObject(value)) out.push({ path: [key, index], value });
      }
    }
    this.entryCache.set(name, out);
    return out;
  }

  private definitions(name: string): Map<string, Definition> {
    const map = new Map<string, Definition>();
    const member = this.section(name);
    if (!member || !isObject(member.value)) return map;
    const object = member.value;
    for (const key in object) map.set(key, new Defined(key, member.key, object[key]));
    return map;
  }

  /** Every selector string in the policy, in file order of sections. */
  selectorUses(): readonly Use[] {
    return (this.uses ??= this.collectUses());
  }

  /** The selector uses at one site, in the order of `selectorUses()`. */
  usesAt(site: Site): readonly SelectorUse[] {
    if (!this.usesBySite) {
      const bySite = new Map<Site, SelectorUse[]>();
      const uses = this.selectorUses();
      for (let i = 0; i < uses.length; i++) {
        const use = uses[i]!;
        const list = bySite.get(use.site);
        if (list) list.push(use);
        else bySite.set(use.site, [use]);
      }
      this.usesBySite = bySite;
    }
    return this.usesBySite.get(site) ?? NO_USES;
  }

  private collectUses(): Use[] {
    const uses: Use[] = [];
    // The strings of `value`, which is `owner` itself or, with `key`, its member `key`.
    const strings = (value: unknown, owner: JsonPath | Definition, key: string | undefined, site: Site) => {
      if (typeof value === 'string') uses.push(new Use(value, owner, key, -1, site));
      else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item === 'string') uses.push(new Use(item, owner, key, i, site));
        }
      }
    };
    // The strings of the entry's member `name`; legacy spellings (ACL `users`/`ports`, test
    // `user`/`allow`) are fields of their own with the same site.
    const field = (entry: Entry, name: string, site: Site) => {
      const key = memberKey(entry.value, name);
      if (key !== undefined) strings(entry.value[key], entry.path, key, site);
    };

    for (const e of this.entries('acls')) {
      field(e, 'src', 'acl.src');
      field(e, 'users', 'acl.src');
      field(e, 'dst', 'acl.dst');
      field(e, 'ports', 'acl.dst');
      field(e, 'srcPosture', 'srcPosture');
    }
    for (const e of this.entries('grants')) {
      field(e, 'src', 'grant.src');
      field(e, 'dst', 'grant.dst');
      field(e, 'via', 'grant.via');
      field(e, 'srcPosture', 'srcPosture');
    }
    for (const e of this.entries('ssh')) {
      field(e, 'src', 'ssh.src');
      field(e, 'dst', 'ssh.dst');
      field(e, 'users', 'ssh.users');
      field(e, 'srcPosture', 'srcPosture');
    }
    for (const e of this.entries('nodeAttrs')) field(e, 'target', 'nodeAttrs.target');
    for (const e of this.entries('tests')) {
      field(e, 'src', 'tests.src');
      field(e, 'user', 'tests.src');
      field(e, 'accept', 'tests.dst');
      field(e, 'allow', 'tests.dst');
      field(e, 'deny', 'tests.dst');
    }
    for (const e of this.entries('sshTests')) {
      field(e, 'src', 'sshTests.src');
      field(e, 'dst', 'sshTests.dst');
      for (const list of ['accept', 'check', 'deny']) field(e, list, 'sshTests.user');
    }
    for (const tag of this.tags.values()) strings(tag.value, tag, undefined, 'tagOwners.owner');
    for (const group of this.groups.values()) strings(group.value, group, undefined, 'groups.member');
    for (const ipset of this.ipsets.values()) strings(ipset.value, ipset, undefined, 'ipsets.entry');
    const posture = this.section('defaultSrcPosture');
    if (posture) strings(posture.value, [posture.key], undefined, 'defaultSrcPosture');

    const approvers = this.section('autoApprovers');
    if (approvers && isObject(approvers.value)) {
      const base = [approvers.key];
      const routes = findMember(approvers.value, 'routes');
      if (routes && isObject(routes.value)) {
        for (const [cidr, list] of Object.entries(routes.value)) strings(list, [...base, routes.key, cidr], undefined, 'autoApprovers.route');
      }
      const exitNode = findMember(approvers.value, 'exitNode');
      if (exitNode) strings(exitNode.value, [...base, exitNode.key], undefined, 'autoApprovers.exitNode');
      const services = findMember(approvers.value, 'services');
      if (services && isObject(services.value)) {
        for (const [name, list] of Object.entries(services.value)) {
          const path = [...base, services.key, name];
          uses.push(new Use(name, path, undefined, -1, 'autoApprovers.service'));
          strings(list, path, undefined, 'autoApprovers.serviceHost');
        }
      }
    }
    return uses;
  }
}

const NO_USES: readonly SelectorUse[] = [];

const models = new WeakMap<ParsedPolicy, PolicyModel>();

/** The shared model of a parsed policy (its value must be an object: the parser guarantees it). */
export function modelOf(policy: ParsedPolicy): PolicyModel {
  let model = models.get(policy);
  if (!model) models.set(policy, (model = new PolicyModel(policy.value as JsonObject)));
  return model;
}
