// A read-only view of a policy for the rules: the definitions (tags, groups, hosts, postures,
// ipsets) and every place a selector is used, each with its JSON path in the file's own key
// spelling. Built once per parsed policy and shared by every rule of the run.

import type { JsonPath } from '../engine/rule.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { findMember, isObject, type JsonObject } from './members.ts';

/** Where a selector string stands; rules decide what is allowed where. */
export type Site =
  | 'acl.src'
  | 'acl.dst'
  | 'grant.src'
  | 'grant.dst'
  | 'grant.via'
  | 'ssh.src'
  | 'ssh.dst'
  | 'ssh.users'
  | 'srcPosture'
  | 'defaultSrcPosture'
  | 'tagOwners.owner'
  | 'groups.member'
  | 'autoApprovers.route'
  | 'autoApprovers.exitNode'
  | 'autoApprovers.service'
  | 'autoApprovers.serviceHost'
  | 'nodeAttrs.target'
  | 'tests.src'
  | 'tests.dst'
  | 'sshTests.src'
  | 'sshTests.dst'
  | 'sshTests.user'
  | 'ipsets.entry';

export interface SelectorUse {
  /** The string as written. */
  text: string;
  path: JsonPath;
  site: Site;
  /** The rule or entry it belongs to (`['grants', 3]`), or the definition (`['tagOwners', 'tag:x']`). */
  owner: JsonPath;
  /** True when the path points at an object key (autoApprovers.services keys), not a value. */
  isKey?: boolean;
}

export interface Definition {
  /** The name as written (the object key). */
  name: string;
  path: JsonPath;
  value: unknown;
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
  private uses: SelectorUse[] | undefined;

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

  /** The object entries of an array section (`acls`, `grants`, `ssh`, …), with paths. */
  entries(name: string): Entry[] {
    const member = this.section(name);
    if (!member || !Array.isArray(member.value)) return [];
    const out: Entry[] = [];
    member.value.forEach((value, index) => {
      if (isObject(value)) out.push({ path: [member.key, index], value });
    });
    return out;
  }

  private definitions(name: string): Map<string, Definition> {
    const map = new Map<string, Definition>();
    const member = this.section(name);
    if (!member || !isObject(member.value)) return map;
    for (const [key, value] of Object.entries(member.value)) map.set(key, { name: key, path: [member.key, key], value });
    return map;
  }

  /** Every selector string in the policy, in file order of sections. */
  selectorUses(): readonly SelectorUse[] {
    return (this.uses ??= this.collectUses());
  }

  private collectUses(): SelectorUse[] {
    const uses: SelectorUse[] = [];
    const strings = (value: unknown, path: JsonPath, site: Site, owner: JsonPath) => {
      if (typeof value === 'string') uses.push({ text: value, path, site, owner });
      else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (typeof item === 'string') uses.push({ text: item, path: [...path, i], site, owner });
        });
      }
    };
    // `names`: the field and its legacy spellings (ACL `users`/`ports`, test `user`/`allow`).
    const field = (entry: Entry, names: string | string[], site: Site) => {
      for (const alias of typeof names === 'string' ? [names] : names) {
        const member = findMember(entry.value, alias);
        if (member) strings(member.value, [...entry.path, member.key], site, entry.path);
      }
    };

    for (const e of this.entries('acls')) {
      field(e, ['src', 'users'], 'acl.src');
      field(e, ['dst', 'ports'], 'acl.dst');
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
      field(e, ['src', 'user'], 'tests.src');
      field(e, ['accept', 'allow'], 'tests.dst');
      field(e, 'deny', 'tests.dst');
    }
    for (const e of this.entries('sshTests')) {
      field(e, 'src', 'sshTests.src');
      field(e, 'dst', 'sshTests.dst');
      for (const list of ['accept', 'check', 'deny']) field(e, list, 'sshTests.user');
    }
    for (const tag of this.tags.values()) strings(tag.value, tag.path, 'tagOwners.owner', tag.path);
    for (const group of this.groups.values()) strings(group.value, group.path, 'groups.member', group.path);
    for (const ipset of this.ipsets.values()) strings(ipset.value, ipset.path, 'ipsets.entry', ipset.path);
    const posture = this.section('defaultSrcPosture');
    if (posture) strings(posture.value, [posture.key], 'defaultSrcPosture', [posture.key]);

    const approvers = this.section('autoApprovers');
    if (approvers && isObject(approvers.value)) {
      const base = [approvers.key];
      const routes = findMember(approvers.value, 'routes');
      if (routes && isObject(routes.value)) {
        for (const [cidr, list] of Object.entries(routes.value)) strings(list, [...base, routes.key, cidr], 'autoApprovers.route', [...base, routes.key, cidr]);
      }
      const exitNode = findMember(approvers.value, 'exitNode');
      if (exitNode) strings(exitNode.value, [...base, exitNode.key], 'autoApprovers.exitNode', [...base, exitNode.key]);
      const services = findMember(approvers.value, 'services');
      if (services && isObject(services.value)) {
        for (const [name, list] of Object.entries(services.value)) {
          const path = [...base, services.key, name];
          uses.push({ text: name, path, site: 'autoApprovers.service', owner: path, isKey: true });
          strings(list, path, 'autoApprovers.serviceHost', path);
        }
      }
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
