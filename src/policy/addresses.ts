// IP addresses and prefixes as Tailscale writes them in policies (node:net does the parsing).

import { isIP } from 'node:net';

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
