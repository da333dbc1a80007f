// IP set entries (spec §1.10): `add <target>`, `remove <target>`, or a bare target when the set
// only adds. Targets are addresses, CIDRs, ranges, `host:<alias>`, `ipset:<name>` and
// `autogroup:internet`.

import { ipRangeProblem, isAddress, parsePrefix } from './addresses.ts';
import type { Parsed } from './ports.ts';

export interface IpsetEntry {
  /** The operation as written, or undefined when the entry is a bare target. */
  op: 'add' | 'remove' | undefined;
  target: string;
}

const WHITESPACE = /\s/;

/** Splits an entry into its operation and target (one object for a well-formed entry; no regex match). */
export function parseIpsetEntry(text: string): Parsed<IpsetEntry> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'the entry is empty' };
  const space = trimmed.search(WHITESPACE);
  if (space < 0) {
    if (trimmed === 'add' || trimmed === 'remove') return { ok: false, problem: `"${trimmed}" has no target after it` };
    return { ok: true, value: { op: undefined, target: trimmed } };
  }
  const op = space === 3 && trimmed.startsWith('add') ? 'add' : space === 6 && trimmed.startsWith('remove') ? 'remove' : undefined;
  if (op === undefined) {
    return { ok: false, problem: `${JSON.stringify(trimmed.slice(0, space))} is not an operation; write "add <target>" or "remove <target>"` };
  }
  const target = trimmed.slice(space + 1).trimStart();
  if (WHITESPACE.test(target)) return { ok: false, problem: 'an entry takes one target; write one entry per target' };
  return { ok: true, value: { op, target } };
}

export type IpsetTarget =
  | { kind: 'ip' | 'cidr' | 'range' | 'internet' }
  | { kind: 'host' | 'ipset'; name: string }
  /** `wrongKind`: the target is not one of the kinds an IP set takes (rather than a malformed one). */
  | { kind: 'invalid'; problem: string; wrongKind?: boolean };

/** What an entry's target is, or why it cannot be in an IP set. */
const IP: IpsetTarget = Object.freeze({ kind: 'ip' });
const CIDR: IpsetTarget = Object.freeze({ kind: 'cidr' });
const RANGE: IpsetTarget = Object.freeze({ kind: 'range' });
const INTERNET: IpsetTarget = Object.freeze({ kind: 'internet' });

export function classifyIpsetTarget(target: string): IpsetTarget {
  if (isAddress(target)) return IP;
  if (parsePrefix(target)) return CIDR;
  if (target === 'autogroup:internet') return INTERNET;
  if (target.startsWith('host:')) {
    const name = target.slice(5);
    return name === '' ? { kind: 'invalid', problem: 'the host alias after "host:" is empty' } : { kind: 'host', name };
  }
  if (target.startsWith('ipset:')) {
    return target.length === 6 ? { kind: 'invalid', problem: 'the name after "ipset:" is empty' } : { kind: 'ipset', name: target };
  }
  const dash = target.indexOf('-');
  if (dash > 0 && /^[0-9a-fA-F:.]+-[0-9a-fA-F:.]+$/.test(target)) {
    const problem = ipRangeProblem(target);
    return problem === undefined ? RANGE : { kind: 'invalid', problem: `in the range, ${problem}` };
  }
  if (target.includes('/') && /^[0-9a-fA-F:.]+\/\S*$/.test(target)) return { kind: 'invalid', problem: 'it is not a valid CIDR' };
  const prefix = /^(tag|group|autogroup|svc|posture):/.exec(target)?.[1];
  const what: Record<string, string> = {
    tag: 'tags',
    group: 'groups',
    autogroup: 'autogroups other than "autogroup:internet"',
    svc: 'Services',
    posture: 'postures',
  };
  if (prefix) return { kind: 'invalid', problem: `IP sets cannot contain ${what[prefix]}`, wrongKind: true };
  if (target === '*') return { kind: 'invalid', problem: 'IP sets cannot contain "*"', wrongKind: true };
  if (target.includes('@')) return { kind: 'invalid', problem: 'IP sets cannot contain users', wrongKind: true };
  return { kind: 'invalid', problem: `${JSON.stringify(target)} is neither an address, a CIDR nor a range`, wrongKind: true };
}
