// What a Kubernetes API-server proxy setup needs in the policy, as data (spec §5): each entry
// says what it is, whether a policy has it, and the JSON-level edits that add it. Used by
// `tailpolicy init` (to write a policy), `tailpolicy add` (to add what is missing) and open to
// the Kubernetes rules (for their fixes). Independent of the CLI; pure.
//
// API
//
//   requirementsFor(setup, model?)          → Requirement[] for one setup
//   requirementsForAll(setups, model?)      → the same for several, without duplicates (by id)
//   missingOps(requirements, model)         → FixOp[] that add every missing, unconflicted
//                                             entry at once (shared sections are created once)
//   policyModelOf(value)                    → a PolicyModel of a plain JSON value
//
// A Requirement:
//   id         stable identity: `<kind>:<setup proxy tag>[:<detail>]`; equal ids mean equal needs
//   kind       'group' | 'tag-owner' | 'service-approval' | 'reach' | 'impersonation'
//              | 'recorder-tag' | 'recorder-reach' | 'recorder-capability'
//   what       one human line: `tagOwners "tag:coreweave": []`
//   why        why the setup needs it (the generator writes it as a comment)
//   docs       the page that documents it
//   required   false for the optional impersonation grant: without it the setup works, with
//              identity-only RBAC (spec §5.1 item 4, §5.2 item 3)
//   mentions   names a diagnostic about the missing entry should contain (tests use them)
//   entry      the entry to add, computed against `model`: a member of `groups`, `tagOwners`
//              or `autoApprovers.services`, or a grant (for reachability: only the principals
//              and ports still missing)
//   check(m)   whether policy `m` has it (semantically: any grant or ACL that opens the ports
//              counts, any of the accepted auto-approver forms counts, …)
//   conflict(m) a sentence when `m` has an entry in the way that only a person should change
//              (a CKS tag with owners, a proxy tag its operator does not own): `add` never
//              rewrites existing entries, it reports these
//   ops        FixOps that add `entry` to `model` alone (creating `autoApprovers`, `services`,
//              `grants`, … when missing); empty when satisfied or in conflict. Several
//              requirements are added together with missingOps(), which merges them.
//
// The model passed in decides key spellings (`TagOwners` stays `TagOwners`) and what is missing;
// without one, everything is missing (what `init` writes).

import type { FixOp, JsonPath } from '../engine/rule.ts';
import { findMember, isObject, type JsonObject } from '../policy/members.ts';
import { PolicyModel } from '../policy/policy-model.ts';
import { coveredBy, kubernetesGrants, KUBERNETES_CAP, namesTarget, openingsTo } from './reach.ts';
import { MASTERS, type Setup } from './setups.ts';

export type RequirementKind =
  | 'group'
  | 'tag-owner'
  | 'service-approval'
  | 'reach'
  | 'impersonation'
  | 'recorder-tag'
  | 'recorder-reach'
  | 'recorder-capability';

/** One entry to add: a member of an object section, or a grant. */
export type PolicyEntry =
  | { section: 'groups' | 'tagOwners' | 'autoApprovers.services'; key: string; value: string[] }
  | { section: 'grants'; value: JsonObject };

export interface Requirement {
  id: string;
  kind: RequirementKind;
  what: string;
  why: string;
  docs: string;
  required: boolean;
  mentions: string[];
  entry: PolicyEntry;
  check(model: PolicyModel): boolean;
  conflict(model: PolicyModel): string | undefined;
  ops: FixOp[];
}

export const DOCS = {
  cks: 'https://docs.coreweave.com/products/cks/auth-access/tailscale-vpn',
  proxy: 'https://tailscale.com/kb/1437/kubernetes-operator-api-server-proxy',
  tags: 'https://tailscale.com/docs/kubernetes-operator/reference/tags',
  services: 'https://tailscale.com/kb/1552/tailscale-services',
  grants: 'https://tailscale.com/kb/1538/grants-syntax',
  groups: 'https://tailscale.com/kb/1337/policy-syntax#groups',
  tagOwners: 'https://tailscale.com/kb/1337/policy-syntax#tag-owners',
  recording: 'https://tailscale.com/docs/features/kubernetes-operator/how-to/session-recording',
} as const;

const EMPTY = new PolicyModel({});

/** A PolicyModel of a plain JSON value (the root object of a policy). */
export function policyModelOf(value: unknown): PolicyModel {
  return new PolicyModel(isObject(value) ? value : {});
}

// ---------------------------------------------------------------------------------------------
// Reading the model

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()) : [];
}

function objectMember(object: JsonObject | undefined, name: string): { key: string; value: JsonObject } | undefined {
  if (!object) return undefined;
  const member = findMember(object, name);
  return member && isObject(member.value) ? { key: member.key, value: member.value } : undefined;
}

/** `autoApprovers.services` as written, or undefined. */
function serviceApprovers(model: PolicyModel): JsonObject | undefined {
  const approvers = model.section('autoApprovers');
  return objectMember(isObject(approvers?.value) ? approvers.value : undefined, 'services')?.value;
}

/** Unique, in order. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The cap values (objects) of the Kubernetes grants that target `tag`, with their sources. */
function capabilityRules(model: PolicyModel, tag: string): { sources: string[]; value: JsonObject }[] {
  const out: { sources: string[]; value: JsonObject }[] = [];
  for (const grant of kubernetesGrants(model)) {
    if (!grant.destinations.some((d) => namesTarget(d.text, { tag }))) continue;
    const sources = grant.sources.map((s) => s.text);
    for (const { value } of grant.values) if (isObject(value)) out.push({ sources, value });
  }
  return out;
}

/** `impersonate.groups` of a cap value (Go's JSON decoding matches field names ignoring case). */
export function impersonatedGroups(value: JsonObject): string[] {
  const impersonate = findMember(value, 'impersonate')?.value;
  return isObject(impersonate) ? strings(findMember(impersonate, 'groups')?.value) : [];
}

/** `recorder` tags and `enforceRecorder` of a cap value. */
export function recorderOf(value: JsonObject): { tags: string[]; enforce: boolean } {
  return { tags: strings(findMember(value, 'recorder')?.value), enforce: findMember(value, 'enforceRecorder')?.value === true };
}

// ---------------------------------------------------------------------------------------------
// Edits

/** FixOps that add `entries` to `model`, creating missing sections once with all their entries. */
export function entryOps(entries: readonly PolicyEntry[], model: PolicyModel): FixOp[] {
  const ops: FixOp[] = [];
  const root = model.root;
  const byObject = new Map<string, Map<string, string[]>>();
  const grants: JsonObject[] = [];
  const seenGrants = new Set<string>();
  for (const entry of entries) {
    if (entry.section === 'grants') {
      const key = JSON.stringify(entry.value);
      if (!seenGrants.has(key)) grants.push(entry.value);
      seenGrants.add(key);
      continue;
    }
    const members = byObject.get(entry.section) ?? new Map<string, string[]>();
    if (!members.has(entry.key)) members.set(entry.key, entry.value);
    byObject.set(entry.section, members);
  }

  for (const section of ['groups', 'tagOwners'] as const) {
    const members = byObject.get(section);
    if (members) ops.push(...objectOps(root, [], section, members));
  }
  const services = byObject.get('autoApprovers.services');
  if (services) {
    const approvers = findMember(root, 'autoApprovers');
    if (!approvers) ops.push({ op: 'insert-property', path: [], key: 'autoApprovers', value: { services: Object.fromEntries(services) } });
    else if (isObject(approvers.value)) ops.push(...objectOps(approvers.value, [approvers.key], 'services', services));
    else throw new Error(`"${approvers.key}" is not an object`);
  }
  if (grants.length > 0) {
    const section = findMember(root, 'grants');
    if (!section) ops.push({ op: 'insert-property', path: [], key: 'grants', value: grants });
    else if (Array.isArray(section.value)) for (const grant of grants) ops.push({ op: 'append', path: [section.key], value: grant });
    else throw new Error(`"${section.key}" is not an array`);
  }
  return ops;
}

/** Insert `members` into the object member `name` of `parent` (at `path`), or create it. */
function objectOps(parent: JsonObject, path: JsonPath, name: string, members: Map<string, string[]>): FixOp[] {
  const section = findMember(parent, name);
  if (!section) return [{ op: 'insert-property', path, key: name, value: Object.fromEntries(members) }];
  if (!isObject(section.value)) throw new Error(`"${section.key}" is not an object`);
  const existing = section.value;
  return [...members]
    .filter(([key]) => !Object.hasOwn(existing, key))
    .map(([key, value]): FixOp => ({ op: 'insert-property', path: [...path, section.key], key, value }));
}

/** Whether the entry's section can take it (the container exists with the right type or is missing). */
function sectionFits(model: PolicyModel, entry: PolicyEntry): string | undefined {
  const check = (parent: JsonObject, name: string, want: 'object' | 'array'): string | undefined => {
    const member = findMember(parent, name);
    if (!member) return undefined;
    const ok = want === 'object' ? isObject(member.value) : Array.isArray(member.value);
    return ok ? undefined : `"${member.key}" is not an ${want}, so nothing can be added to it`;
  };
  switch (entry.section) {
    case 'grants':
      return check(model.root, 'grants', 'array');
    case 'autoApprovers.services': {
      const approvers = findMember(model.root, 'autoApprovers');
      if (!approvers) return undefined;
      if (!isObject(approvers.value)) return `"${approvers.key}" is not an object, so nothing can be added to it`;
      return check(approvers.value, 'services', 'object');
    }
    default:
      return check(model.root, entry.section, 'object');
  }
}

/** Every missing requirement without a conflict, added at once. */
export function missingOps(requirements: readonly Requirement[], model: PolicyModel): FixOp[] {
  const entries = requirements.filter((r) => !r.check(model) && r.conflict(model) === undefined).map((r) => r.entry);
  return entryOps(entries, model);
}

// ---------------------------------------------------------------------------------------------
// The requirements

interface Draft {
  id: string;
  kind: RequirementKind;
  what: string;
  why: string;
  docs: string;
  required?: boolean;
  mentions: string[];
  entry: PolicyEntry;
  check(model: PolicyModel): boolean;
  conflict?(model: PolicyModel): string | undefined;
}

function finish(draft: Draft, model: PolicyModel): Requirement {
  const conflict = (m: PolicyModel): string | undefined => {
    if (draft.check(m)) return undefined;
    return draft.conflict?.(m) ?? sectionFits(m, draft.entry);
  };
  const ops = draft.check(model) || conflict(model) !== undefined ? [] : entryOps([draft.entry], model);
  return { required: true, ...draft, conflict, ops };
}

const PROXY_NAMES = { cks: 'the CKS proxy', operator: "the operator's API server proxy", proxygroup: 'the ProxyGroup API server proxy' } as const;
const AUTH_NAMES = { 'tailscale-managed': 'Tailscale Managed Auth', 'coreweave-managed': 'CoreWeave Managed Auth', direct: 'Direct Auth' } as const;

/** `a`, `a and b`, `a, b and c` */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `tcp:80, tcp:443` */
function portList(ports: readonly number[]): string {
  return ports.map((p) => `tcp:${p}`).join(', ');
}

/** Whether impersonation grants take effect for the setup (auth mode; CKS Tailscale Managed Auth). */
export function impersonates(setup: Setup): boolean {
  return setup.proxy === 'cks' ? setup.auth.includes('tailscale-managed') : setup.mode === 'auth';
}

/** Who must reach the proxy: the users, then the admins not among them. */
export function principalsOf(setup: Setup): string[] {
  return unique([...setup.users, ...(setup.admins ?? [])]);
}

function tagOwner(
  id: string,
  tag: string,
  owners: string[],
  why: string,
  docs: string,
  exact: 'empty' | 'includes' | 'defined',
  model: PolicyModel,
  kind: RequirementKind = 'tag-owner',
): Draft {
  const defined = (m: PolicyModel) => m.tags.get(tag);
  const satisfied = (m: PolicyModel): boolean => {
    const definition = defined(m);
    if (!definition) return false;
    const list = strings(definition.value);
    // `[]` leaves the tag to admins (and credentials); `["autogroup:admin"]` says the same.
    if (exact === 'empty') return Array.isArray(definition.value) && list.length === definition.value.length && list.every((o) => o === 'autogroup:admin');
    if (exact === 'includes') return owners.every((o) => list.includes(o));
    return true;
  };
  const section = model.section('tagOwners')?.key ?? 'tagOwners';
  return {
    id,
    kind,
    what: `${section} ${JSON.stringify(tag)}: ${JSON.stringify(owners)}`,
    why,
    docs,
    mentions: [tag],
    entry: { section: 'tagOwners', key: tag, value: owners },
    check: satisfied,
    conflict: (m) => {
      const definition = defined(m);
      if (!definition) return undefined;
      if (exact === 'empty') return `${JSON.stringify(tag)} is defined in "tagOwners" with owners; the setup wants it empty ([]), so only its credential can claim the tag`;
      return `${JSON.stringify(tag)} is defined in "tagOwners" without ${owners.map((o) => JSON.stringify(o)).join(', ')} among its owners`;
    },
  };
}

/** Requirements of one setup, computed against `model` (an empty policy when omitted). */
export function requirementsFor(setup: Setup, model: PolicyModel = EMPTY): Requirement[] {
  const drafts: Draft[] = [];
  const tag = setup.proxyTag;
  const proxyName = PROXY_NAMES[setup.proxy];
  const principals = principalsOf(setup);
  const admins = setup.admins ?? [];

  // Groups and tags the setup names must be defined for the policy to be valid.
  for (const principal of principals) {
    if (principal.startsWith('group:')) {
      const role = setup.users.includes(principal) ? 'runs kubectl against the cluster' : `may act as ${MASTERS} (cluster administrator)`;
      drafts.push({
        id: `group:${principal}`,
        kind: 'group',
        what: `groups ${JSON.stringify(principal)}: []`,
        why: `Who ${role}; add members such as "alice@example.com".`,
        docs: DOCS.groups,
        mentions: [principal],
        entry: { section: 'groups', key: principal, value: [] },
        check: (m) => m.groups.has(principal),
      });
    } else if (principal.startsWith('tag:') && principal !== tag) {
      drafts.push(tagOwner(`tag-owner:${principal}`, principal, [], `Devices tagged ${principal} reach ${proxyName}; add who may apply the tag.`, DOCS.tagOwners, 'defined', model));
    }
  }

  // Tags.
  if (setup.proxy === 'cks') {
    drafts.push(
      tagOwner(
        `tag-owner:${tag}`,
        tag,
        [],
        `The CKS proxy's tag. Deliberately empty: only the cluster's trust credential can claim it; an owner could make any device the cluster's proxy.`,
        DOCS.cks,
        'empty',
        model,
      ),
    );
  } else {
    const operator = setup.operatorTag!;
    drafts.push(tagOwner(`tag-owner:${operator}`, operator, [], `The operator's tag (its OAuth client's tag).`, DOCS.tags, 'defined', model));
    const proxyTags = setup.operatorOwned.filter((t) => t !== operator);
    for (const proxyTag of proxyTags) {
      const why = proxyTag === tag ? `The ProxyGroup's tag, owned by the operator so it can tag the proxies it creates.` : `Proxies the operator creates carry ${proxyTag}; the operator must own it.`;
      drafts.push(tagOwner(`tag-owner:${proxyTag}`, proxyTag, [operator], why, DOCS.tags, 'includes', model));
    }
  }

  // Service approval (the CKS proxy and ProxyGroups publish the API server as a Tailscale Service).
  if (setup.proxy !== 'operator') {
    const keys = setup.proxy === 'cks' ? unique([tag, ...(setup.service ? [setup.service] : [])]) : unique(['svc:*', tag, ...(setup.service ? [setup.service] : [])]);
    const accepted = (key: string) => key === tag || key === 'svc:*' || (setup.service ? key === setup.service : key.startsWith('svc:'));
    const approved = (m: PolicyModel) => {
      const services = serviceApprovers(m);
      return services !== undefined && Object.entries(services).some(([key, list]) => accepted(key.trim()) && strings(list).includes(tag));
    };
    const existing = serviceApprovers(model) ?? {};
    const key = keys.find((k) => !Object.hasOwn(existing, k)) ?? keys[0]!;
    drafts.push({
      id: `service-approval:${tag}`,
      kind: 'service-approval',
      what: `autoApprovers.services ${JSON.stringify(key)}: ${JSON.stringify([tag])}`,
      why: `Lets ${proxyName} publish the API server as a Tailscale Service without manual approval; without it the Service stays "pending approval".`,
      docs: setup.proxy === 'cks' ? DOCS.cks : DOCS.services,
      mentions: [tag],
      entry: { section: 'autoApprovers.services', key, value: [tag] },
      check: approved,
      conflict: (m) => {
        const services = serviceApprovers(m) ?? {};
        if (keys.every((k) => Object.hasOwn(services, k))) {
          return `"autoApprovers.services" already has ${keys.map((k) => JSON.stringify(k)).join(' and ')} without ${JSON.stringify(tag)} among the approvers`;
        }
        return undefined;
      },
    });
  }

  // Network access for the users (and admins) on the mode's ports.
  if (principals.length > 0) {
    const missing = (m: PolicyModel) => {
      const out: { principal: string; ports: number[] }[] = [];
      for (const principal of principals) {
        const ports = setup.ports.filter((port) => {
          const sources = openingsTo(m, { tag, service: setup.service }, port).flatMap((o) => o.sources.map((s) => s.text));
          return !coveredBy(m, principal, sources);
        });
        if (ports.length > 0) out.push({ principal, ports });
      }
      return out;
    };
    const gaps = missing(model);
    const src = gaps.length > 0 ? gaps.map((g) => g.principal) : principals;
    const ports = gaps.length > 0 ? setup.ports.filter((p) => gaps.some((g) => g.ports.includes(p))) : setup.ports;
    const how = setup.proxy === 'cks' ? ` (${andList(setup.auth.map((a) => AUTH_NAMES[a]))})` : '';
    drafts.push({
      id: `reach:${tag}:${setup.ports.join(',')}:${principals.join(',')}`,
      kind: 'reach',
      what: `grant ${src.join(', ')} → ${tag} on ${portList(ports)}`,
      why: `Lets ${andList(src)} reach ${proxyName} on ${portList(ports)}${how}; without it kubectl times out.`,
      docs: setup.proxy === 'cks' ? DOCS.cks : DOCS.proxy,
      mentions: [src[0]!, String(ports[0]!)],
      entry: { section: 'grants', value: { src, dst: [tag], ip: ports.map((p) => `tcp:${p}`) } },
      check: (m) => missing(m).length === 0,
    });
  }

  // Impersonation for the admins (optional: without it, RBAC binds identities and tags only).
  if (admins.length > 0 && impersonates(setup)) {
    const group = setup.adminGroups[0] ?? MASTERS;
    drafts.push({
      id: `impersonation:${tag}:${group}:${admins.join(',')}`,
      kind: 'impersonation',
      what: `grant ${admins.join(', ')} → ${tag} with ${KUBERNETES_CAP} impersonate ${group}`,
      why: `Lets ${andList(admins)} act as ${group} (cluster administrator) through ${proxyName}; everyone else gets only what RBAC binds to their identity${setup.proxy === 'cks' ? ' and device tags' : ''}.`,
      docs: setup.proxy === 'cks' ? DOCS.cks : DOCS.proxy,
      required: false,
      mentions: [group],
      entry: { section: 'grants', value: { src: admins, dst: [tag], app: { [KUBERNETES_CAP]: [{ impersonate: { groups: [group] } }] } } },
      check: (m) => {
        const rules = capabilityRules(m, tag).filter((r) => impersonatedGroups(r.value).includes(group));
        const sources = rules.flatMap((r) => r.sources);
        return admins.every((a) => coveredBy(m, a, sources));
      },
    });
  }

  // Session recording, only when asked for (deprecated by Tailscale, spec §5.5).
  const recorder = setup.recorder;
  if (recorder) {
    const owners = setup.proxy === 'cks' ? [] : [setup.operatorTag!];
    drafts.push(
      tagOwner(
        `recorder-tag:${recorder.tag}`,
        recorder.tag,
        owners,
        setup.proxy === 'cks'
          ? `The session recorder's tag.`
          : `The session recorder's tag; owned by the operator, which deploys the recorder (a Recorder resource). Use [] for a recorder deployed separately.`,
        DOCS.recording,
        'defined',
        model,
        'recorder-tag',
      ),
    );
    const proxyReaches = (m: PolicyModel) => coveredBy(m, tag, openingsTo(m, { tag: recorder.tag }, 80).flatMap((o) => o.sources.map((s) => s.text)));
    drafts.push({
      id: `recorder-reach:${tag}:${recorder.tag}`,
      kind: 'recorder-reach',
      what: `grant ${tag} → ${recorder.tag} on tcp:80`,
      why: `${proxyName[0]!.toUpperCase()}${proxyName.slice(1)} sends recordings to the recorder on tcp:80; without it recording fails${recorder.enforce ? ' and, enforced, every request is refused' : ''}.`,
      docs: DOCS.recording,
      mentions: [recorder.tag, '80'],
      entry: { section: 'grants', value: { src: [tag], dst: [recorder.tag], ip: ['tcp:80'] } },
      check: proxyReaches,
    });
    if (principals.length > 0) {
      const capValue: JsonObject = recorder.enforce ? { recorder: [recorder.tag], enforceRecorder: true } : { recorder: [recorder.tag] };
      drafts.push({
        id: `recorder-capability:${tag}:${recorder.tag}:${recorder.enforce}:${principals.join(',')}`,
        kind: 'recorder-capability',
        what: `grant ${principals.join(', ')} → ${tag} with ${KUBERNETES_CAP} recorder ${recorder.tag}${recorder.enforce ? ', enforceRecorder' : ''}`,
        why: `Records the kubectl sessions of ${andList(principals)} on ${recorder.tag}${recorder.enforce ? '; enforced: without a reachable recorder, requests are refused' : ''}. Tailscale has deprecated tsrecorder session recording with the operator.`,
        docs: DOCS.recording,
        mentions: [recorder.tag],
        entry: { section: 'grants', value: { src: principals, dst: [tag], app: { [KUBERNETES_CAP]: [capValue] } } },
        check: (m) => {
          const rules = capabilityRules(m, tag).filter((r) => {
            const found = recorderOf(r.value);
            return found.tags.includes(recorder.tag) && (!recorder.enforce || found.enforce);
          });
          const sources = rules.flatMap((r) => r.sources);
          return principals.every((p) => coveredBy(m, p, sources));
        },
      });
    }
  }

  return drafts.map((d) => finish(d, model));
}

/** Requirements of several setups; an id already listed (a shared tag, say) is listed once. */
export function requirementsForAll(setups: readonly Setup[], model: PolicyModel = EMPTY): Requirement[] {
  const seen = new Set<string>();
  const out: Requirement[] = [];
  for (const setup of setups) {
    for (const requirement of requirementsFor(setup, model)) {
      if (seen.has(requirement.id)) continue;
      seen.add(requirement.id);
      out.push(requirement);
    }
  }
  return out;
}
