// The access report: for each Kubernetes proxy setup, who can reach the proxy on which of its
// ports, as which Kubernetes groups, and whether their sessions are recorded. Pure: a policy
// model and setups in, plain data out (the `json` format prints it as is); renderers are in
// src/format/access-*.ts.
//
// Identity (spec §4, §5.1): in auth mode the proxy impersonates the caller with the groups of
// the `tailscale.com/cap/kubernetes` grants that reach it (a tagged caller without such groups
// gets its tags); CKS Tailscale Managed Auth adds the caller's device tags to the grants' groups;
// in noauth mode, and with CKS CoreWeave Managed or Direct Auth, identity comes from the
// client's own credentials.

import { isObject } from '../policy/members.ts';
import type { PolicyModel } from '../policy/policy-model.ts';
import type { JsonPath } from '../engine/rule.ts';
import { coveredBy, groupMembers, kubernetesGrants, namesTarget, openingsTo, type Source } from './reach.ts';
import { impersonatedGroups, recorderOf } from './requirements.ts';
import { CKS_AUTH_PORTS, type Setup } from './setups.ts';

export const ACCESS_REPORT_VERSION = 1;

export type Identity = 'tailscale' | 'credentials';
export type Recording = 'off' | 'on' | 'enforced';

export interface AccessRow {
  /** A source selector as written in a grant or ACL that reaches the proxy. */
  source: string;
  /** The group's members when `source` is a group defined in the policy, else null. */
  members: string[] | null;
  /** Of the setup's ports, those `source` can reach (TCP). */
  ports: number[];
  /** Kubernetes groups when it connects with its Tailscale identity (on a `tailscale` port). */
  groups: string[];
  /** Of `ports`, those where identity comes from the client's own credentials. */
  credentialPorts: number[];
  recording: Recording;
  /** Recorder tags its sessions go to. */
  recorders: string[];
  /** Whether `groups` holds an admin group (`system:masters` or the setup's `adminGroups`). */
  admin: boolean;
}

export interface SetupAccess {
  name: string;
  proxy: Setup['proxy'];
  proxyTag: string;
  /** auth / noauth (CKS: auth when Tailscale Managed Auth is among its modes). */
  mode: Setup['mode'];
  /** CKS authentication modes; empty for the operator and ProxyGroups. */
  auth: Setup['auth'];
  ports: number[];
  /** Kubernetes groups that make their holders cluster administrators. */
  adminGroups: string[];
  /** How the proxy identifies callers on each port. */
  identity: Record<string, Identity>;
  /** True when the setup was inferred from the policy rather than declared. */
  inferred: boolean;
  /** Where it was declared: `kubernetes[0]`, `--kubernetes cks`, or `inferred`. */
  declaredIn: string;
  rows: AccessRow[];
}

export interface AccessReport {
  version: typeof ACCESS_REPORT_VERSION;
  setups: SetupAccess[];
}

function portIdentity(setup: Setup): Record<string, Identity> {
  const out: Record<string, Identity> = {};
  if (setup.proxy === 'cks') {
    for (const auth of setup.auth) out[String(CKS_AUTH_PORTS[auth])] = auth === 'tailscale-managed' ? 'tailscale' : 'credentials';
  } else {
    for (const port of setup.ports) out[String(port)] = setup.mode === 'auth' ? 'tailscale' : 'credentials';
  }
  return out;
}

/** Grants before ACLs, then by position. */
function comparePaths(a: JsonPath, b: JsonPath, model: PolicyModel): number {
  const rank = (path: JsonPath) => (path[0] === model.section('grants')?.key ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  for (let i = 1; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export function setupAccess(model: PolicyModel, setup: Setup): SetupAccess {
  const target = { tag: setup.proxyTag, service: setup.service };
  const identity = portIdentity(setup);
  const found: Source[] = [];
  const openings = setup.ports.map((port) => {
    const sources = openingsTo(model, target, port).flatMap((o) => o.sources);
    found.push(...sources);
    return { port, sources: sources.map((s) => s.text) };
  });
  const capGrants = kubernetesGrants(model).filter((g) => g.destinations.some((d) => namesTarget(d.text, target)));
  for (const g of capGrants) found.push(...g.sources);
  const capRules = capGrants.flatMap((g) =>
    g.values.filter((v) => isObject(v.value)).map((v) => ({ sources: g.sources.map((s) => s.text), value: v.value as Record<string, unknown> })),
  );

  // Every selector that reaches the proxy, or that a capability grant names: grants in file
  // order, then ACLs.
  const sources = unique([...found].sort((a, b) => comparePaths(a.path, b.path, model)).map((s) => s.text));
  const adminGroups = new Set(setup.adminGroups);
  const rows = sources.map((source): AccessRow => {
    const ports = openings.filter((o) => coveredBy(model, source, o.sources)).map((o) => o.port);
    const rules = capRules.filter((r) => coveredBy(model, source, r.sources));
    const granted = unique(rules.flatMap((r) => impersonatedGroups(r.value)));
    const tag = source.startsWith('tag:') ? [source] : [];
    // CKS adds the device's tags; the operator falls back to them when no grant gives groups.
    const groups = setup.proxy === 'cks' ? unique([...granted, ...tag]) : granted.length > 0 ? granted : tag;
    const recorders = unique(rules.flatMap((r) => recorderOf(r.value).tags));
    const enforced = rules.some((r) => recorderOf(r.value).enforce);
    const hasTailscalePort = Object.values(identity).includes('tailscale');
    return {
      source,
      members: model.groups.has(source) ? groupMembers(model, source) : null,
      ports,
      groups: hasTailscalePort ? groups : [],
      credentialPorts: ports.filter((p) => identity[String(p)] === 'credentials'),
      recording: enforced ? 'enforced' : recorders.length > 0 ? 'on' : 'off',
      recorders,
      admin: hasTailscalePort && groups.some((g) => adminGroups.has(g)),
    };
  });
  return {
    name: setup.name,
    proxy: setup.proxy,
    proxyTag: setup.proxyTag,
    mode: setup.mode,
    auth: setup.auth,
    ports: setup.ports,
    adminGroups: setup.adminGroups,
    identity,
    inferred: setup.inferred,
    declaredIn: setup.source,
    rows,
  };
}

export function accessReport(model: PolicyModel, setups: readonly Setup[]): AccessReport {
  return { version: ACCESS_REPORT_VERSION, setups: setups.map((s) => setupAccess(model, s)) };
}

// ---------------------------------------------------------------------------------------------
// Differences between two reports (a base and a changed policy).

export interface SetupAccessDiff {
  name: string;
  proxy: Setup['proxy'];
  proxyTag: string;
  /** Rows only in the changed policy (new sources, or a source whose access changed). */
  added: AccessRow[];
  /** Rows only in the base. */
  removed: AccessRow[];
}

export interface AccessDiff {
  version: typeof ACCESS_REPORT_VERSION;
  setups: SetupAccessDiff[];
}

function rowKey(row: AccessRow): string {
  return JSON.stringify(row);
}

/** Rows added and removed per setup (matched by name); a changed row is one of each. */
export function diffAccess(base: AccessReport, head: AccessReport): AccessDiff {
  const names = unique([...head.setups.map((s) => s.name), ...base.setups.map((s) => s.name)]);
  const setups: SetupAccessDiff[] = [];
  for (const name of names) {
    const before = base.setups.find((s) => s.name === name);
    const after = head.setups.find((s) => s.name === name);
    const beforeKeys = new Set((before?.rows ?? []).map(rowKey));
    const afterKeys = new Set((after?.rows ?? []).map(rowKey));
    const added = (after?.rows ?? []).filter((r) => !beforeKeys.has(rowKey(r)));
    const removed = (before?.rows ?? []).filter((r) => !afterKeys.has(rowKey(r)));
    const setup = (after ?? before)!;
    setups.push({ name, proxy: setup.proxy, proxyTag: setup.proxyTag, added, removed });
  }
  return { version: ACCESS_REPORT_VERSION, setups };
}
