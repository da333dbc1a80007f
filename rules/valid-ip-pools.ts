import { defineRule } from '../src/engine/rule.ts';
import { ipv4PrefixesOverlap, ipv4PrefixWithin, parsePrefix, type Prefix } from '../src/policy/addresses.ts';
import { findMember } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const CGNAT = parsePrefix('100.64.0.0/10')!;
/** Ranges inside 100.64.0.0/10 that Tailscale keeps for itself (spec §1.8). */
const RESERVED: readonly [Prefix, string][] = [
  [parsePrefix('100.100.100.0/24')!, '100.100.100.0/24'],
  [parsePrefix('100.115.92.0/23')!, '100.115.92.0/23'],
];

// `nodeAttrs` `ipPool` assigns the targets' Tailscale IPv4 addresses from a CIDR, which must lie
// in Tailscale's 100.64.0.0/10 and stay clear of the ranges it reserves.
export default defineRule({
  id: 'valid-ip-pools',
  description: '"ipPool" ranges must be IPv4 CIDRs inside 100.64.0.0/10, clear of the reserved ranges',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    for (const entry of modelOf(policy).entries('nodeAttrs')) {
      const pool = findMember(entry.value, 'ipPool');
      if (!pool || !Array.isArray(pool.value)) continue;
      pool.value.forEach((text, index) => {
        if (typeof text !== 'string') return;
        const path = [...entry.path, pool.key, index];
        const quoted = JSON.stringify(text);
        const prefix = parsePrefix(text);
        if (!prefix) {
          report({ path, message: `IP pool ${quoted} is not a CIDR; write an IPv4 range such as "100.80.0.0/16"` });
        } else if (!ipv4PrefixWithin(prefix, CGNAT)) {
          report({ path, message: `IP pool ${quoted} is not within 100.64.0.0/10, the range Tailscale assigns addresses from; choose a range inside it` });
        } else {
          const reserved = RESERVED.find(([range]) => ipv4PrefixesOverlap(prefix, range));
          if (reserved) {
            report({ path, message: `IP pool ${quoted} overlaps ${reserved[1]}, which Tailscale keeps for its own use; choose a range that avoids it` });
          }
        }
      });
    }
  },
});
