// Port and protocol grammar shared by the rules (spec §2.3, §2.4, §1.1). Each parser returns
// either the parsed form or one human sentence saying what is wrong.

import { isAddressOrPrefix, isIP, parsePrefix } from './addresses.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (problem: string): Parsed<never> => ({ ok: false, problem });

/** IANA protocol names Tailscale accepts in `proto` and grant `ip` (spec §1.1). */
export const PROTOCOLS: Record<string, number> = {
  icmp: 1,
  igmp: 2,
  ipv4: 4,
  'ip-in-ip': 4,
  tcp: 6,
  egp: 8,
  igp: 9,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  'ipv6-icmp': 58,
  sctp: 132,
};

/** Only these carry ports; every other protocol takes `*` (spec §1.1). */
export const PORT_PROTOCOLS = new Set([6, 17, 132]);

// Numbers are read as Tailscale's Go code reads them (`strconv.ParseUint(s, 10, 8)`): 0-255, and
// leading zeros are fine. headscale refuses "0" and leading zeros; that is headscale's own rule.
export function parseProtocol(text: string): Parsed<number> {
  const n = protocolNumber(text);
  return n < 0 ? bad(protocolProblem(text, n)) : ok(n);
}

function protocolProblem(text: string, n: number): string {
  if (n === OUT_OF_RANGE) return `protocol number ${JSON.stringify(text)} is out of range; use 0-255`;
  return `unknown protocol ${JSON.stringify(text)}; use a protocol number 0-255 or a name such as "tcp", "udp", "icmp"`;
}

const UNKNOWN = -1;
const OUT_OF_RANGE = -2;

/** parseProtocol's number, or UNKNOWN / OUT_OF_RANGE (no object: grants list protocols often). */
function protocolNumber(text: string): number {
  const lower = text.trim().toLowerCase();
  if (/^\d+$/.test(lower)) {
    const n = Number(lower);
    return n > 255 ? OUT_OF_RANGE : n;
  }
  return PROTOCOLS[lower] ?? UNKNOWN;
}

/** Service names people write instead of port numbers, for suggestions only (Tailscale takes numbers). */
export const WELL_KNOWN_PORTS: Readonly<Record<string, number>> = {
  ssh: 22,
  smtp: 25,
  dns: 53,
  domain: 53,
  http: 80,
  https: 443,
  mysql: 3306,
  rdp: 3389,
  postgres: 5432,
  postgresql: 5432,
  vnc: 5900,
};

export interface PortRange {
  first: number;
  last: number;
}

/** `*`, `22`, `80,443`, `1000-2000`, `22,80-90`; `*` gives 1-65535. */
export function parsePortList(text: string): Parsed<PortRange[]> {
  const ranges: PortRange[] = [];
  const problem = portListProblem(text, ranges);
  return problem === undefined ? ok(ranges) : bad(problem);
}

/**
 * What is wrong with a port list, or undefined when it is valid; its ranges go to `ranges` when
 * given. Reads the text in place: rules check every destination and most are valid.
 */
export function portListProblem(text: string, ranges?: PortRange[]): string | undefined {
  if (text === '*') {
    ranges?.push({ first: 1, last: 65535 });
    return undefined;
  }
  if (text === '') return 'the port is missing after ":"; write a port, a range or "*"';
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    const dash = text.indexOf('-', start);
    const split = dash >= 0 && dash < end ? dash : end;
    const first = portNumber(text, start, split);
    const part = () => text.slice(start, end);
    if (first < 0 || first === 0 || first > 65535) return portProblem(first, part());
    const last = split === end ? first : portNumber(text, split + 1, end);
    if (last < 0 || last === 0 || last > 65535) return portProblem(last, part());
    if (last < first) return `port range ${JSON.stringify(part())} is inverted; write the lower port first`;
    ranges?.push({ first, last });
    start = end + 1;
  }
  return undefined;
}

/** The decimal number in `text` from `start` to `end` (65536 for anything larger), or -1 if that is not digits only. */
function portNumber(text: string, start: number, end: number): number {
  if (start >= end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = Math.min(n * 10 + digit, 65536);
  }
  return n;
}

function portProblem(port: number, part: string): string {
  if (port < 0) return `port ${JSON.stringify(part)} is not a number; write port numbers (22, not "ssh"), a range or "*"`;
  if (port === 0) return `port ${JSON.stringify(part)} is 0; the first port must be above 0, or use "*" for all ports`;
  return `port ${JSON.stringify(part)} is above 65535`;
}

export interface HostPort {
  host: string;
  ports: string;
}

/** Splits an ACL or test destination at its last colon; IPv6 must be bracketed (`[::1]:80`). */
export function splitHostPort(text: string): Parsed<HostPort> {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return bad(`"${text}" opens "[" without closing it`);
    const inside = text.slice(1, close);
    if (!inside.includes(':')) return bad(`"${text}": square brackets are only valid around IPv6 addresses`);
    if (inside.includes('/')) return bad(`"${text}": write the prefix length outside the brackets ("[addr]/len:port")`);
    const rest = text.slice(close + 1);
    const colon = rest.lastIndexOf(':');
    if (colon < 0) return bad(`"${text}" has no port; add ":" and a port, a range or "*"`);
    return ok({ host: inside + rest.slice(0, colon), ports: rest.slice(colon + 1) });
  }
  const colon = text.lastIndexOf(':');
  if (colon < 0) return bad(`"${text}" has no port; add ":" and a port, a range or "*" (for example "${text}:*")`);
  const host = text.slice(0, colon);
  if (host.includes(':') && !host.startsWith('autogroup:') && /^[0-9a-fA-F:]+(\/\d+)?$/.test(host)) {
    return bad(`"${text}": an IPv6 address needs square brackets before the port ("[${host}]:${text.slice(colon + 1)}")`);
  }
  return ok({ host, ports: text.slice(colon + 1) });
}

export interface Destination {
  /** The selector part, without square brackets: `tag:web`, `*`, `10.0.0.0/8`, `fd7a::1`, `fd7a::/48`. */
  host: string;
  /** The text after the last colon, or undefined when the destination names a host and no port. */
  ports: string | undefined;
}

export type ParsedDestination =
  | { ok: true; value: Destination }
  /** `rewrite`: the same destination written correctly, when there is only one way to read it. */
  | { ok: false; problem: string; rewrite?: string };

// Selector prefixes whose own colon is not a port separator: "tag:web" is a tag without a port.
const NAMED_PREFIXES = ['tag', 'group', 'autogroup', 'ipset', 'svc', 'user', 'posture'];

/** Whether `text` up to `colon` is one of NAMED_PREFIXES (compared in place: every destination asks). */
function isNamedPrefix(text: string, colon: number): boolean {
  for (const prefix of NAMED_PREFIXES) if (prefix.length === colon && text.startsWith(prefix)) return true;
  return false;
}

/**
 * An ACL or test destination `host:ports`, split at the last colon as Tailscale does; IPv6 goes in
 * square brackets (`[fd7a::1]:22`, `[fd7a::]/48:443`). A destination that names a host but no port
 * (`tag:web`, `autogroup:self`, `100.64.0.1`, `fd7a:115c::1`) parses with `ports: undefined`; the
 * ports themselves are not checked here (see parsePortList).
 */
export function parseDestination(raw: string): ParsedDestination {
  const text = raw.trim();
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return bad('it opens "[" without closing it');
    const inside = text.slice(1, close);
    const bits = /^\/\d+/.exec(text.slice(close + 1))?.[0] ?? '';
    const after = text.slice(close + 1 + bits.length);
    if (after !== '' && !after.startsWith(':')) return bad(`a ":" and a port must follow ${JSON.stringify(text.slice(0, close + 1 + bits.length))}`);
    const slash = inside.indexOf('/');
    if (slash >= 0) {
      const address = inside.slice(0, slash);
      if (isIP(address) === 6 && bits === '' && parsePrefix(inside)) {
        return { ok: false, problem: 'the prefix length goes after the closing square bracket', rewrite: `[${address}]${inside.slice(slash)}${after}` };
      }
      return bad('square brackets may only hold an IPv6 address');
    }
    if (isIP(inside) === 4 && (bits === '' || parsePrefix(inside + bits))) {
      return { ok: false, problem: 'square brackets are only for IPv6 addresses', rewrite: `${inside}${bits}${after}` };
    }
    if (isIP(inside) !== 6 || (bits !== '' && !parsePrefix(inside + bits))) return bad('square brackets may only hold an IPv6 address');
    return ok({ host: inside + bits, ports: after === '' ? undefined : after.slice(1) });
  }
  const colon = portColon(text);
  return ok(colon < 0 ? { host: text, ports: undefined } : { host: text.slice(0, colon), ports: text.slice(colon + 1) });
}

/**
 * The offset of the colon in `x:22` or `x:*` (where /^(.+):(\d+|\*)$/ would split), or -1: a
 * selector written with a port where none belongs (SSH destinations and tests). No match object.
 */
export function portSuffixColon(text: string): number {
  const colon = text.lastIndexOf(':');
  if (colon < 1 || colon === text.length - 1) return -1;
  if (colon === text.length - 2 && text.charCodeAt(colon + 1) === 42) return lineTerminatorFree(text) ? colon : -1;
  for (let i = colon + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
  }
  return lineTerminatorFree(text) ? colon : -1;
}

/** The regular expression's `.` matches no line terminator. */
function lineTerminatorFree(text: string): boolean {
  return !/[\n\r\u2028\u2029]/.test(text);
}

/**
 * Where the port of a trimmed destination without square brackets starts: the offset of its
 * colon, or -1 when it names a host and no port (parseDestination's split, without objects:
 * every ACL and test destination is split for its host).
 */
export function portColon(text: string): number {
  const colon = text.lastIndexOf(':');
  if (colon < 0 || isNamedPrefix(text, colon)) return -1;
  // Without brackets the last colon still separates the port when what precedes it is an address
  // (`fd7a::1:22`, `fd7a::/48:443`: Tailscale reads them so); otherwise a whole IPv6 address or
  // prefix (`fd7a:115c::1`, `fd7a::/48`) has no port.
  // (The whole text is tested first: most texts are no address, and then no slice is needed.)
  if (colon > 0 && text.lastIndexOf(':', colon - 1) >= 0 && isAddressOrPrefix(text) && !isAddressOrPrefix(text.slice(0, colon))) return -1;
  return colon;
}

export interface GrantIp {
  protocol: number | undefined;
  ports: PortRange[];
}

/** A grant `ip` element: `*`, `443`, `80-443`, `tcp:443`, `icmp:*`, `6:22` (spec §2.4). */
export function parseGrantIp(text: string): Parsed<GrantIp> {
  const value: GrantIp = { protocol: undefined, ports: [] };
  const problem = grantIpProblem(text, value);
  return problem === undefined ? ok(value) : bad(problem);
}

/** What is wrong with a grant `ip` element, or undefined; its protocol and ports go to `into` when given. */
export function grantIpProblem(text: string, into?: GrantIp): string | undefined {
  if (text === '*') return portListProblem(text, into?.ports);
  const colon = text.indexOf(':');
  if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) return `${JSON.stringify(text)} has more than one ":"; write "proto:ports"`;
  if (colon < 0) {
    if (!/^[\d,-]+$/.test(text)) {
      const hint = protocolNumber(text) >= 0 ? `; write ${JSON.stringify(`${text}:*`)} for the protocol, or a port` : '; write a port number, a range or "*"';
      return `${JSON.stringify(text)} is not a port${hint}`;
    }
    return portListProblem(text, into?.ports);
  }
  const name = text.slice(0, colon);
  const ports = text.slice(colon + 1);
  // "*:443" is the form Tailscale itself normalises a bare port to: any protocol, these ports.
  if (name.trim() === '*') return portListProblem(ports, into?.ports);
  const protocol = protocolNumber(name);
  if (protocol < 0) return protocolProblem(name, protocol);
  const problem = portListProblem(ports, into?.ports);
  if (problem !== undefined) return problem;
  if (ports !== '*' && !PORT_PROTOCOLS.has(protocol)) {
    return `protocol ${JSON.stringify(name)} has no ports; write ${JSON.stringify(`${name}:*`)}`;
  }
  if (into) into.protocol = protocol;
  return undefined;
}
