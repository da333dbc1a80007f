// Port and protocol grammar shared by the rules (spec §2.3, §2.4, §1.1). Each parser returns
// either the parsed form or one human sentence saying what is wrong.

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

export function parseProtocol(text: string): Parsed<number> {
  const lower = text.trim().toLowerCase();
  if (/^\d+$/.test(lower)) {
    if (lower.length > 1 && lower.startsWith('0')) return bad(`protocol number "${text}" has a leading zero`);
    const n = Number(lower);
    if (n < 1 || n > 255) return bad(`protocol number "${text}" is out of range; use 1-255`);
    return ok(n);
  }
  const n = PROTOCOLS[lower];
  if (n === undefined) return bad(`unknown protocol "${text}"; use a protocol number 1-255 or a name such as "tcp", "udp", "icmp"`);
  return ok(n);
}

export interface PortRange {
  first: number;
  last: number;
}

function parsePort(text: string, whole: string): Parsed<number> {
  if (!/^\d+$/.test(text)) return bad(`port "${whole}" is not a number; ports are numeric (no names such as "ssh")`);
  const n = Number(text);
  if (n === 0) return bad(`port "${whole}" is 0; the first port must be above 0, or use "*" for all ports`);
  if (n > 65535) return bad(`port "${whole}" is above 65535`);
  return ok(n);
}

/** `*`, `22`, `80,443`, `1000-2000`, `22,80-90`; `*` gives 1-65535. */
export function parsePortList(text: string): Parsed<PortRange[]> {
  if (text === '*') return ok([{ first: 1, last: 65535 }]);
  if (text === '') return bad('the port is missing after ":"; write a port, a range or "*"');
  const ranges: PortRange[] = [];
  for (const part of text.split(',')) {
    const dash = part.indexOf('-');
    const first = parsePort(dash < 0 ? part : part.slice(0, dash), part);
    if (!first.ok) return first;
    const last = dash < 0 ? first : parsePort(part.slice(dash + 1), part);
    if (!last.ok) return last;
    if (last.value < first.value) return bad(`port range "${part}" is inverted; write the lower port first`);
    ranges.push({ first: first.value, last: last.value });
  }
  return ok(ranges);
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

export interface GrantIp {
  protocol: number | undefined;
  ports: PortRange[];
}

/** A grant `ip` element: `*`, `443`, `80-443`, `tcp:443`, `icmp:*`, `6:22` (spec §2.4). */
export function parseGrantIp(text: string): Parsed<GrantIp> {
  if (text === '*') return ok({ protocol: undefined, ports: [{ first: 1, last: 65535 }] });
  const parts = text.split(':');
  if (parts.length > 2) return bad(`"${text}" has more than one ":"; write "proto:ports"`);
  if (parts.length === 1) {
    if (!/^[\d,-]+$/.test(text)) {
      const proto = parseProtocol(text);
      const hint = proto.ok ? `; write "${text}:*" for the protocol, or a port` : '';
      return bad(`"${text}" is not a port${hint}`);
    }
    const ports = parsePortList(text);
    return ports.ok ? ok({ protocol: undefined, ports: ports.value }) : ports;
  }
  const protocol = parseProtocol(parts[0]!);
  if (!protocol.ok) return protocol;
  const ports = parsePortList(parts[1]!);
  if (!ports.ok) return ports;
  if (parts[1] !== '*' && !PORT_PROTOCOLS.has(protocol.value)) {
    return bad(`protocol "${parts[0]}" has no ports; write "${parts[0]}:*"`);
  }
  return ok({ protocol: protocol.value, ports: ports.value });
}
