import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { isAddressOrPrefix } from '../src/policy/addresses.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { parseDestination, portColon, portListProblem, WELL_KNOWN_PORTS } from '../src/policy/ports.ts';

const q = JSON.stringify;

// An ACL destination is `host:ports`, split at the last colon. Tailscale rejects the whole policy
// when a port part is missing or is not a number, a list or a range of 1-65535; IPv6 addresses
// must be bracketed so that their own colons are not read as the port separator.
export default defineRule({
  id: 'valid-acl-destinations',
  description: 'ACL destinations must be "host:ports" with numeric ports, ranges or "*"',
  severity: 'error',
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    const uses = modelOf(policy).usesAt('acl.dst');
    for (let i = 0; i < uses.length; i++) {
      const text = uses.text(i);
      // The common case, a valid destination without brackets: split in place, nothing built.
      const trimmed = text.trim();
      if (!trimmed.startsWith('[')) {
        const colon = portColon(trimmed);
        if (colon > 0 && portListProblem(trimmed.slice(colon + 1).trim()) === undefined) continue;
      }
      const parsed = parseDestination(text);
      const ports = parsed.ok && parsed.value.host !== '' ? parsed.value.ports : undefined;
      const portProblem = ports === undefined ? undefined : portListProblem(ports.trim());
      if (ports !== undefined && portProblem === undefined) continue;
      const path = uses.path(i);
      if (!parsed.ok) {
        const { rewrite } = parsed;
        report({
          path,
          message: `ACL destination ${q(text)} is invalid: ${parsed.problem}${rewrite === undefined ? '' : `; write ${q(rewrite)}`}`,
          ...(rewrite === undefined ? {} : { fix: { description: `Write ${q(rewrite)}`, ops: [{ op: 'replace-value', path, value: rewrite }] } }),
        });
        continue;
      }
      const { host } = parsed.value;
      if (host === '') {
        report({ path, message: `ACL destination ${q(text)} names no host; write "host:ports", for example "tag:web:443" or "*:*"` });
        continue;
      }
      if (ports === undefined) {
        const ipv6 = host.includes(':') && isAddressOrPrefix(host);
        const allPorts = ipv6 ? `${bracketed(host)}:*` : `${text.trim()}:*`;
        const how = ipv6 ? 'an IPv6 address goes in square brackets before the port' : 'add ":" and a port, a list, a range or "*"';
        report({
          path,
          message: `ACL destination ${q(text)} has no port; ${how}, for example ${q(allPorts)}`,
          suggestions: [{ description: `Allow every port: ${q(allPorts)}`, ops: [{ op: 'replace-value', path, value: allPorts }] }],
        });
        continue;
      }
      const named = WELL_KNOWN_PORTS[ports.trim().toLowerCase()];
      const suggestions: Suggestion[] = [];
      if (named !== undefined) {
        const value = `${text.trim().slice(0, text.trim().lastIndexOf(':'))}:${named}`;
        suggestions.push({ description: `Use port ${named}: ${q(value)}`, ops: [{ op: 'replace-value', path, value }] });
      }
      report({ path, message: `ACL destination ${q(text)} is invalid: ${portProblem}`, ...(suggestions.length > 0 ? { suggestions } : {}) });
    }
  },
});

/** `fd7a::1` → `[fd7a::1]`, `fd7a::/48` → `[fd7a::]/48`. */
function bracketed(host: string): string {
  const slash = host.indexOf('/');
  return slash < 0 ? `[${host}]` : `[${host.slice(0, slash)}]${host.slice(slash)}`;
}
