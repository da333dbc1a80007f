import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { findMember } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { grantIpProblem, parseProtocol, PORT_PROTOCOLS, WELL_KNOWN_PORTS } from '../src/policy/ports.ts';

const q = JSON.stringify;

// A grant's `ip` lists what the grant opens: "*", a port or range ("443", "80-443"), or a protocol
// with ports ("tcp:443", "icmp:*"). A bare number is always a port; a bare protocol name is not
// accepted, and only TCP, UDP and SCTP take specific ports.
export default defineRule({
  id: 'valid-grant-ip',
  description: 'Grant "ip" entries must be "*", ports, or "protocol:ports"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const grant of modelOf(policy).entries('grants')) {
      const member = findMember(grant.value, 'ip');
      if (!member || !Array.isArray(member.value)) continue;
      member.value.forEach((item, index) => {
        if (typeof item !== 'string') return;
        const problem = grantIpProblem(item);
        if (problem === undefined) return;
        const path = [...grant.path, member.key, index];
        const better = correction(item);
        const suggestions: Suggestion[] = better === undefined ? [] : [{ description: `Write ${q(better)}`, ops: [{ op: 'replace-value', path, value: better }] }];
        // The grammar's sentence may start with the entry itself: "\"icmp\" is not a port; …".
        const sentence = problem.startsWith(q(item)) ? problem.slice(q(item).length) : ` is invalid: ${problem}`;
        report({ path, message: `Grant "ip" entry ${q(item)}${sentence}`, ...(suggestions.length > 0 ? { suggestions } : {}) });
      });
    }
  },
});

/** The likely intended entry: "icmp" → "icmp:*", "icmp:8" → "icmp:*", "ssh" → "tcp:22". */
function correction(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) {
    const named = WELL_KNOWN_PORTS[text.trim().toLowerCase()];
    if (named !== undefined) return `tcp:${named}`;
    // A bare number is a port, never a protocol.
    return !/^[\s\d,-]*$/.test(text) && parseProtocol(text).ok ? `${text.trim()}:*` : undefined;
  }
  if (text.indexOf(':', colon + 1) >= 0) return undefined;
  const protocol = parseProtocol(text.slice(0, colon));
  if (!protocol.ok) return undefined;
  if (!PORT_PROTOCOLS.has(protocol.value)) return `${text.slice(0, colon)}:*`;
  const named = WELL_KNOWN_PORTS[text.slice(colon + 1).trim().toLowerCase()];
  return named === undefined ? undefined : `${text.slice(0, colon)}:${named}`;
}
