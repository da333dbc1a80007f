// Offline reachability: which rules (grants' `ip` part and ACLs) open a TCP port on a proxy,
// and whether a principal (user, group, tag, autogroup, `*`) is among their sources. Groups
// are resolved to their members; tags and autogroups are matched by name, since devices and
// their tags are not known offline.

import type { JsonPath } from '../engine/rule.ts';
import { findMember, isObject, memberKey, type JsonObject } from '../policy/members.ts';
import { ipv4PrefixWithin, parsePrefix } from '../policy/addresses.ts';
import type { Entry, PolicyModel } from '../policy/policy-model.ts';
import { IDENTITY_AUTOGROUPS } from '../policy/selectors.ts';
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

/** Whether a destination names the proxy by its tag or Service, not through `*` or an autogroup. */
export function namesTargetExplicitly(selector: string, target: Target): boolean {
  return selector === target.tag || (target.service !== undefined && selector === target.service);
}

const TAILNET_V4 = parsePrefix('100.64.0.0/10')!;

/** Whether an address selector (CIDR, or a host alias holding one) spans every tailnet IPv4
 * address, so it includes any device, the proxy among them. */
export function coversTailnet(model: PolicyModel, selector: string): boolean {
  const alias = model.hosts.valueOf(selector);
  const text = typeof alias === 'string' ? alias.trim() : selector;
  if (!text.includes('/')) return false; // a single address, or not an address at all
  const prefix = parsePrefix(text);
  return prefix !== undefined && ipv4PrefixWithin(TAILNET_V4, prefix);
}

export interface OpeningOptions {
  /** Count only rules that name the proxy's tag or Service (not `*`, autogroups or address ranges). */
  explicit?: boolean;
}

/** True when the policy has neither `grants` nor `acls`: Tailscale then allows everything. */
export function allowsAll(model: PolicyModel): boolean {
  return model.section('grants') === undefined && model.section('acls') === undefined;
}

/** Something that knows its path (an Entry builds it when first asked). */
interface Owner {
  readonly path: JsonPath;
}

/** An element of an owner's array member (`key`, or the owner itself), with its path built only when asked: rules read paths only to report. */
class Element {
  constructor(
    private readonly owner: Owner,
    private readonly key: string | undefined,
    private readonly index: number,
  ) {}

  get path(): JsonPath {
    return this.key === undefined ? [...this.owner.path, this.index] : [...this.owner.path, this.key, this.index];
  }
}

/** A string of a rule's `src` or `dst`. */
class OwnedString extends Element implements Source {
  constructor(
    readonly text: string,
    owner: Owner,
    key: string,
    index: number,
  ) {
    super(owner, key, index);
  }
}

/** A value of the Kubernetes capability. */
class CapabilityValue extends Element {
  constructor(
    readonly value: unknown,
    capability: Owner,
    index: number,
  ) {
    super(capability, undefined, index);
  }
}

function sourcesOf(rule: Record<string, unknown>, owner: Owner, names: string[]): Source[] {
  const out: Source[] = [];
  for (const name of names) {
    const member = findMember(rule, name);
    if (!member || !Array.isArray(member.value)) continue;
    const list = member.value;
    for (let i = 0; i < list.length; i++) {
      const v: unknown = list[i];
      if (typeof v === 'string') out.push(new OwnedString(v.trim(), owner, member.key, i));
    }
  }
  return out;
}

/** A grant or ACL reduced to what reachability needs: each destination with the TCP ports it opens. */
interface TcpRule {
  rule: Owner;
  destinations: { host: string; ports: readonly PortRange[] }[];
  value: Record<string, unknown>;
  sourceKeys: string[];
  /** Computed when a query first needs them. */
  sources?: Source[];
}

const tcpRuleCache = new WeakMap<PolicyModel, TcpRule[]>();

/** Every grant and ACL that opens some TCP port, parsed once per model (rules ask many times). */
function tcpRules(model: PolicyModel): TcpRule[] {
  let rules = tcpRuleCache.get(model);
  if (rules) return rules;
  rules = [];
  // Large policies repeat the same few `ip` and port texts: parse each once.
  const grantPorts = new Map<string, readonly PortRange[]>();
  const tcpPortsOf = (ip: string) => {
    let ports = grantPorts.get(ip);
    if (!ports) {
      const parsed = parseGrantIp(ip);
      ports = parsed.ok && (parsed.value.protocol === undefined || parsed.value.protocol === TCP) ? parsed.value.ports : [];
      grantPorts.set(ip, ports);
    }
    return ports;
  };
  const portLists = new Map<string, readonly PortRange[] | undefined>();
  const portListOf = (text: string) => {
    if (!portLists.has(text)) {
      const parsed = parsePortList(text);
      portLists.set(text, parsed.ok ? parsed.value : undefined);
    }
    return portLists.get(text);
  };
  for (const grant of model.entries('grants')) {
    const ips = strings(findMember(grant.value, 'ip')?.value);
    const ports = ips.length === 1 ? tcpPortsOf(ips[0]!) : ips.flatMap(tcpPortsOf);
    if (ports.length === 0) continue;
    const destinations = strings(findMember(grant.value, 'dst')?.value).map((host) => ({ host, ports }));
    rules.push({ rule: grant, destinations, value: grant.value, sourceKeys: ['src'] });
  }
  for (const acl of model.entries('acls')) {
    const proto = findMember(acl.value, 'proto')?.value;
    if (typeof proto === 'string') {
      const parsed = parseProtocol(proto);
      if (!parsed.ok || parsed.value !== TCP) continue;
    }
    const destinations = [...strings(findMember(acl.value, 'dst')?.value), ...strings(findMember(acl.value, 'ports')?.value)].flatMap((d) => {
      const hp = splitHostPort(d);
      const ports = hp.ok ? portListOf(hp.value.ports) : undefined;
      return hp.ok && ports ? [{ host: hp.value.host, ports }] : [];
    });
    if (destinations.length > 0) rules.push({ rule: acl, destinations, value: acl.value, sourceKeys: ['src', 'users'] });
  }
  tcpRuleCache.set(model, rules);
  return rules;
}

/** Every grant or ACL that lets some source open TCP `port` on the target. */
export function openingsTo(model: PolicyModel, target: Target, port: number, options: OpeningOptions = {}): Opening[] {
  const names = options.explicit ? (d: string) => namesTargetExplicitly(d, target) : (d: string) => namesTarget(d, target) || coversTailnet(model, d);
  const openings: Opening[] = [];
  for (const rule of tcpRules(model)) {
    if (rule.destinations.some((d) => portIn(d.ports, port) && names(d.host))) {
      openings.push({ rulePath: rule.rule.path, sources: (rule.sources ??= sourcesOf(rule.value, rule.rule, rule.sourceKeys)) });
    }
  }
  return openings;
}

export function groupMembers(model: PolicyModel, group: string): string[] {
  return strings(model.groups.valueOf(group));
}

const USER_AUTOGROUPS: ReadonlySet<string> = new Set(IDENTITY_AUTOGROUPS.filter((name) => name !== 'autogroup:tagged'));

/** Whether source selector `source` includes every device of `principal`. */
export function sourceIncludes(model: PolicyModel, source: string, principal: string): boolean {
  if (source === principal || source === '*' || coversTailnet(model, source)) return true;
  if (principal.startsWith('tag:')) return source === 'autogroup:tagged';
  const isUser = principal.includes('@') && !principal.startsWith('group:') && !principal.startsWith('user:');
  if (source === 'autogroup:member' || source === 'autogroup:members') {
    return isUser || principal.startsWith('group:') || principal.startsWith('user:*@') || USER_AUTOGROUPS.has(principal);
  }
  if (isUser) {
    if (source.startsWith('group:')) return groupMembers(model, source).includes(principal);
    if (source.startsWith('user:*@')) return principal.toLowerCase().endsWith(`@${source.slice('user:*@'.length).toLowerCase()}`);
  }
  return false;
}

/**
 * Whether the principal is covered by the sources taken together (a group member by member); also
 * whether a source selector stays within a list of admins (the list as the sources).
 */
export function coveredBy(model: PolicyModel, principal: string, sources: readonly string[]): boolean {
  if (sources.some((s) => sourceIncludes(model, s, principal))) return true;
  if (principal.startsWith('group:')) {
    const members = groupMembers(model, principal);
    return members.length > 0 && members.every((m) => sources.some((s) => sourceIncludes(model, s, m)));
  }
  return false;
}

/** The `tailscale.com/cap/kubernetes` grants (and the legacy https:// name) with their values. */
export interface CapabilityGrant {
  readonly grantPath: JsonPath;
  /** The capability's member in the grant's `app` (its last segment is `capKey`). */
  readonly capPath: JsonPath;
  /** The other capability names of the same `app` object. */
  readonly otherCaps: string[];
  readonly capKey: string;
  readonly legacyName: boolean;
  readonly sources: Source[];
  readonly destinations: Source[];
  readonly values: readonly { readonly value: unknown; readonly path: JsonPath }[];
}

export const KUBERNETES_CAP = 'tailscale.com/cap/kubernetes';
export const LEGACY_KUBERNETES_CAP = 'https://tailscale.com/cap/kubernetes';

const grantCache = new WeakMap<PolicyModel, CapabilityGrant[]>();

/** Every grant carrying the Kubernetes capability, once per model (several rules ask). */
export function kubernetesGrants(model: PolicyModel): CapabilityGrant[] {
  let grants = grantCache.get(model);
  if (!grants) grantCache.set(model, (grants = collectKubernetesGrants(model)));
  return grants;
}

function collectKubernetesGrants(model: PolicyModel): CapabilityGrant[] {
  const out: CapabilityGrant[] = [];
  for (const grant of model.entries('grants')) {
    const appKey = memberKey(grant.value, 'app');
    const app = appKey === undefined ? undefined : grant.value[appKey];
    if (!isObject(app)) continue;
    for (const capKey of Object.keys(app)) {
      if (capKey === KUBERNETES_CAP || capKey === LEGACY_KUBERNETES_CAP) out.push(new KubernetesGrant(grant, appKey!, app, capKey));
    }
  }
  return out;
}

/** A grant's Kubernetes capability; what rules may not read (sources, paths) is built when first read. */
class KubernetesGrant implements CapabilityGrant {
  readonly values: CapabilityValue[] = [];
  private sources_: Source[] | undefined;
  private destinations_: Source[] | undefined;

  constructor(
    private readonly grant: Entry,
    private readonly appKey: string,
    private readonly app: JsonObject,
    readonly capKey: string,
  ) {
    const list = app[capKey];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) this.values.push(new CapabilityValue(list[i], this, i));
  }

  get grantPath(): JsonPath {
    return this.grant.path;
  }

  get capPath(): JsonPath {
    return [...this.grant.path, this.appKey, this.capKey];
  }

  /** The capability's path, as the Owner of its values. */
  get path(): JsonPath {
    return this.capPath;
  }

  get otherCaps(): string[] {
    return Object.keys(this.app).filter((k) => k !== this.capKey);
  }

  get legacyName(): boolean {
    return this.capKey === LEGACY_KUBERNETES_CAP;
  }

  get sources(): Source[] {
    return (this.sources_ ??= sourcesOf(this.grant.value, this.grant, ['src']));
  }

  get destinations(): Source[] {
    return (this.destinations_ ??= sourcesOf(this.grant.value, this.grant, ['dst']));
  }
}

/** A field of a capability value, matched case-insensitively as Go's encoding/json does. */
export function capField(value: unknown, name: string): { key: string; value: unknown } | undefined {
  return isObject(value) ? findMember(value, name) : undefined;
}

export interface RecorderUse {
  /** The tag as written (trimmed). */
  tag: string;
  /** The string in the `recorder` array. */
  path: JsonPath;
  grant: CapabilityGrant;
}

/** The recorder of each Kubernetes capability value: the first string of its `recorder` list
 * (only one recorder is supported; k8s-capability-fields reports the others). */
export function recorderUses(model: PolicyModel): RecorderUse[] {
  const out: RecorderUse[] = [];
  for (const grant of kubernetesGrants(model)) {
    for (const capability of grant.values) {
      const recorder = capField(capability.value, 'recorder');
      if (!recorder || !Array.isArray(recorder.value)) continue;
      const tag: unknown = recorder.value[0];
      if (typeof tag === 'string') out.push({ tag: tag.trim(), path: [...capability.path, recorder.key, 0], grant });
    }
  }
  return out;
}
