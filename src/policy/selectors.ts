// What a selector string names, in the order the control plane tries (spec §2.1): addresses
// first, then `*`, then prefixes, then users (anything with "@"), else a host alias.

import { isAddress, parsePrefix } from './addresses.ts';
import type { StringSite } from './policy-model.ts';
import { parseDestination, portColon } from './ports.ts';

export type SelectorKind =
  | 'wildcard'
  | 'ip'
  | 'cidr'
  | 'ip-range'
  | 'domain-users'
  | 'group'
  | 'tag'
  | 'autogroup'
  | 'ipset'
  | 'service'
  | 'posture'
  | 'user'
  | 'host';

/** Every selector kind, so that a kind can be kept as a small number (its index). */
export const SELECTOR_KINDS: readonly SelectorKind[] = [
  'wildcard',
  'ip',
  'cidr',
  'ip-range',
  'domain-users',
  'group',
  'tag',
  'autogroup',
  'ipset',
  'service',
  'posture',
  'user',
  'host',
];
export const SELECTOR_KIND_CODE = Object.fromEntries(SELECTOR_KINDS.map((kind, i) => [kind, i])) as Readonly<Record<SelectorKind, number>>;

export interface Selector {
  kind: SelectorKind;
  /** The selector without surrounding whitespace (the control plane trims it). */
  text: string;
}

/** Prefixed selectors by their first character (one startsWith per selector; rules ask often). */
const PREFIXES: Readonly<Record<string, readonly [string, SelectorKind]>> = {
  u: ['user:*@', 'domain-users'],
  g: ['group:', 'group'],
  t: ['tag:', 'tag'],
  a: ['autogroup:', 'autogroup'],
  i: ['ipset:', 'ipset'],
  s: ['svc:', 'service'],
  p: ['posture:', 'posture'],
};

export function classifySelector(raw: string): Selector {
  const text = raw.trim();
  return { kind: selectorKind(text), text };
}

/** The kind of a selector already trimmed (classifySelector without the allocation). */
export function selectorKind(text: string): SelectorKind {
  if (text === '*') return 'wildcard';
  // No address starts with one of these prefixes (each has a non-hex letter before its colon),
  // so testing them first keeps the order of spec §2.1 and skips node:net's long regexes.
  const prefixed = PREFIXES[text.charAt(0)];
  if (prefixed !== undefined && text.startsWith(prefixed[0])) return prefixed[1];
  if (isAddress(text)) return 'ip';
  if (parsePrefix(text)) return 'cidr';
  const dash = text.indexOf('-');
  if (dash > 0 && isAddress(text.slice(0, dash)) && isAddress(text.slice(dash + 1))) return 'ip-range';
  if (text.includes('@')) return 'user';
  return 'host';
}

/** Autogroups that name people or devices (spec §2.2), with the legacy `members`. */
export const IDENTITY_AUTOGROUPS = [
  'autogroup:member',
  'autogroup:members',
  'autogroup:tagged',
  'autogroup:owner',
  'autogroup:admin',
  'autogroup:it-admin',
  'autogroup:network-admin',
  'autogroup:billing-admin',
  'autogroup:auditor',
] as const;

/** Autogroups Tailscale knows (spec §2.2), plus the legacy `members`. */
export const AUTOGROUPS = [
  ...IDENTITY_AUTOGROUPS,
  'autogroup:self',
  'autogroup:internet',
  'autogroup:shared',
  'autogroup:danger-all',
  'autogroup:nonroot',
] as const;

/**
 * The selector a use names: for ACL and test destinations (`host:ports`) the host part, for every
 * other site the text itself. Undefined when a destination cannot be split (bad square brackets).
 */
export function selectorOf(raw: string, site: StringSite): string | undefined {
  if (site !== 'acl.dst' && site !== 'tests.dst') return raw;
  const text = raw.trim();
  if (!text.startsWith('[')) {
    const colon = portColon(text);
    return colon < 0 ? text : text.slice(0, colon);
  }
  const parsed = parseDestination(text);
  return parsed.ok ? parsed.value.host : undefined;
}
