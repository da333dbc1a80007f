// Offline reachability: which rules (grants' `ip` part and ACLs) open a TCP port on a proxy,
// and whether a principal (user, group, tag, autogroup, `*`) is among their sources. Groups
// are resolved to their members; tags and autogroups are matched by name, since devices and
// their tags are not known offline.

import type { JsonPath } from '../engine/rule.ts';
import { findMember, isObject } from '../policy/members.ts';
import type { PolicyModel } from '../policy/policy-model.ts';
import { parseGrantIp, parsePortList, parseProtocol, splitHostPort, type PortRange } from '../policy/ports.ts';

export interface Target {
  /** The proxy's tag. */
  tag: string;
  /** The proxy's Tailscale Service, if known. */
  service?: string | undefined;
}

export interface Source {
  text: string;
  path: JsonPath;
}

export interface Opening {
  /** The grant or ACL rule. */
  rulePath: JsonPath;
  sources: Source[];
}

const TCP = 6;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()) : [];
}

function portIn(ranges: readonly PortRange[], port: number): boolean {
  return ranges.some((r) => r.first <= port && port <= r.last);
}

/** Whether a destination selector (no port) names the proxy. */
export function namesTarget(selector: string, target: Target): boolean {
  return selector === '*' || selector === target.tag || selector === 'autogroup:tagged' || (target.service !== undefined && selector === target.service);
}

function sourcesOf(rule: Record<string, unknown>, rulePath: JsonPath, names: string[]): Source[] {
  const out: Source[] = [];
  for (const name of names) {
    const member = findMember(rule, name);
    if (!member || !Array.isArray(member.value)) continue;
    member.value.forEach((v, i) => {
      if (typeof v === 'string') out.push({ text: v.trim(), path: [...rulePath, member.key, i] });
    });
  }
  return out;
}

/** Every grant or ACL that lets some source open TCP `port` on the target. */
export function openingsTo(model: PolicyModel, target: Target, port: number): Opening[] {
  const openings: Opening[] = [];
  for (const grant of model.entries('grants')) {
    if (!strings(findMember(grant.value, 'dst')?.value).some((d) => namesTarget(d, target))) continue;
    const ips = strings(findMember(grant.value, 'ip')?.value);
    const opens = ips.some((ip) => {
      const parsed = parseGrantIp(ip);
      return parsed.ok && (parsed.value.protocol === undefined || parsed.value.protocol === TCP) && portIn(parsed.value.ports, port);
    });
    if (opens) openings.push({ rulePath: grant.path, sources: sourcesOf(grant.value, grant.path, ['src']) });
  }
  for (const acl of model.entries('acls')) {
    const proto = findMember(acl.value, 'proto')?.value;
    if (typeof proto === 'string') {
      const parsed = parseProtocol(proto);
      if (!parsed.ok || parsed.value !== TCP) continue;
    }
    const dsts = [...strings(findMember(acl.value, 'dst')?.value), ...strings(findMember(acl.value, 'ports')?.value)];
    const opens = dsts.some((d) => {
      const hp = splitHostPort(d);
      if (!hp.ok || !namesTarget(hp.value.host, target)) return false;
      const ports = parsePortList(hp.value.ports);
      return ports.ok && portIn(ports.value, port);
    });
    if (opens) openings.push({ rulePath: acl.path, sources: sourcesOf(acl.value, acl.path, ['src', 'users']) });
  }
  return openings;
}

export function groupMembers(model: PolicyModel, group: string): string[] {
  return strings(model.groups.get(group)?.value);
}

const USER_AUTOGROUPS = new Set(['autogroup:member', 'autogroup:members', 'autogroup:owner', 'autogroup:admin', 'autogroup:it-admin', 'autogroup:network-admin', 'autogroup:billing-admin', 'autogroup:auditor']);

/** Whether source selector `source` includes every device of `principal`. */
export function sourceIncludes(model: PolicyModel, source: string, principal: string): boolean {
  if (source === principal || source === '*') return true;
  if (principal.startsWith('tag:')) return source === 'autogroup:tagged';
  const isUser = principal.includes('@') && !principal.startsWith('group:') && !principal.startsWith('user:');
  if (source === 'autogroup:member' || source === 'autogroup:members') return isUser || principal.startsWith('group:') || USER_AUTOGROUPS.has(principal);
  if (isUser) {
    if (source.startsWith('group:')) return groupMembers(model, source).includes(principal);
    if (source.startsWith('user:*@')) return principal.toLowerCase().endsWith(`@${source.slice('user:*@'.length).toLowerCase()}`);
  }
  return false;
}

/** Whether the principal is covered by the sources taken together (a group member by member). */
export function coveredBy(model: PolicyModel, principal: string, sources: readonly string[]): boolean {
  if (sources.some((s) => sourceIncludes(model, s, principal))) return true;
  if (principal.startsWith('group:')) {
    const members = groupMembers(model, principal);
    return members.length > 0 && members.every((m) => sources.some((s) => sourceIncludes(model, s, m)));
  }
  return false;
}

/** Whether a source selector stays within the listed principals. */
export function withinListed(model: PolicyModel, source: string, listed: readonly string[]): boolean {
  if (listed.some((p) => sourceIncludes(model, p, source))) return true;
  if (source.startsWith('group:')) {
    const members = groupMembers(model, source);
    return members.length > 0 && members.every((m) => listed.some((p) => sourceIncludes(model, p, m)));
  }
  return false;
}

/** The `tailscale.com/cap/kubernetes` grants (and the legacy https:// name) with their values. */
export interface CapabilityGrant {
  grantPath: JsonPath;
  capKey: string;
  legacyName: boolean;
  sources: Source[];
  destinations: Source[];
  values: { value: unknown; path: JsonPath }[];
}

export const KUBERNETES_CAP = 'tailscale.com/cap/kubernetes';
export const LEGACY_KUBERNETES_CAP = 'https://tailscale.com/cap/kubernetes';

export function kubernetesGrants(model: PolicyModel): CapabilityGrant[] {
  const out: CapabilityGrant[] = [];
  for (const grant of model.entries('grants')) {
    const app = findMember(grant.value, 'app');
    if (!app || !isObject(app.value)) continue;
    for (const [capKey, list] of Object.entries(app.value)) {
      if (capKey !== KUBERNETES_CAP && capKey !== LEGACY_KUBERNETES_CAP) continue;
      const base = [...grant.path, app.key, capKey];
      out.push({
        grantPath: grant.path,
        capKey,
        legacyName: capKey === LEGACY_KUBERNETES_CAP,
        sources: sourcesOf(grant.value, grant.path, ['src']),
        destinations: sourcesOf(grant.value, grant.path, ['dst']),
        values: Array.isArray(list) ? list.map((value, i) => ({ value, path: [...base, i] })) : [],
      });
    }
  }
  return out;
}
