// IP addresses and prefixes as Tailscale writes them in policies (node:net does the parsing).

import { isIP as netIsIP } from 'node:net';

/**
 * node:net's `isIP`, without its long regular expressions for strings that cannot be addresses:
 * an address is hex digits, ":" and "." only (at least one of these two), up to an optional IPv6
 * zone ("%eth0"). Rules ask about every selector (tags, groups, host aliases), so most answers
 * come from this scan.
 */
export function isIP(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let separated = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */) break;
    if (c === 46 || c === 58) separated = true;
    // 0-9 . : A-F a-f
    else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return 0;
  }
  // Every address has a "." or a ":" ("db", "cafe" and "1234" are host aliases or nothing).
  return separated ? netIsIP(text) : 0;
}

export interface Prefix {
  address: string;
  bits: number;
  family: 4 | 6;
}

export function isAddress(text: string): boolean {
  return isIP(text) !== 0;
}

/** `10.0.0.0/8` or `fd7a::/48`; undefined when `text` is not a valid prefix. */
export function parsePrefix(text: string): Prefix | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = text.slice(0, slash);
  const bitsText = text.slice(slash + 1);
  const family = isIP(address);
  if (family === 0 || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > (family === 4 ? 32 : 128)) return undefined;
  return { address, bits, family: family as 4 | 6 };
}

export function isAddressOrPrefix(text: string): boolean {
  return isAddress(text) || parsePrefix(text) !== undefined;
}

/** IPv4 address → 32-bit number (no validation beyond isIP). */
export function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** Whether IPv4 prefix `inner` lies inside `outer`. */
export function ipv4PrefixWithin(inner: Prefix, outer: Prefix): boolean {
  if (inner.family !== 4 || outer.family !== 4 || inner.bits < outer.bits) return false;
  const size = 2 ** (32 - outer.bits);
  return Math.floor(ipv4ToNumber(inner.address) / size) === Math.floor(ipv4ToNumber(outer.address) / size);
}

/** Whether two IPv4 prefixes share any address. */
export function ipv4PrefixesOverlap(a: Prefix, b: Prefix): boolean {
  return ipv4PrefixWithin(a, b) || ipv4PrefixWithin(b, a);
}

/** Why `first-last` (two addresses joined by "-", as in ipsets) is not a valid range, or undefined. */
export function ipRangeProblem(text: string): string | undefined {
  const dash = text.indexOf('-');
  if (dash < 0) return 'it has no "-" between two addresses';
  const first = text.slice(0, dash);
  const last = text.slice(dash + 1);
  const a = isIP(first);
  const b = isIP(last);
  if (a === 0 || b === 0) return `${JSON.stringify(a === 0 ? first : last)} is not an IP address`;
  if (a !== b) return 'it mixes an IPv4 and an IPv6 address';
  if (compareAddresses(first, last) > 0) return 'the first address is above the last one; write the lower address first';
  return undefined;
}

/** Orders two addresses of the same family (IPv4 or IPv6). */
export function compareAddresses(a: string, b: string): number {
  const x = addressBytes(a);
  const y = addressBytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The 4 or 16 bytes of an address that isIP accepts (IPv6 zones are ignored). */
function addressBytes(address: string): number[] {
  if (isIP(address) === 4) return address.split('.').map(Number);
  let text = address.split('%')[0]!;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail.push(...dotted[1]!.split('.').map(Number));
    text = text.slice(0, -dotted[1]!.length) + '0:0';
  }
  const [head = '', rest] = text.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const words = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = words.flatMap((w) => [w >> 8, w & 255]);
  if (dotted) bytes.splice(12, 4, ...tail);
  return bytes;
}
