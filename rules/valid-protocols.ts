import { defineRule } from '../src/engine/rule.ts';
import { closest } from '../src/policy/did-you-mean.ts';
import { findMember } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { parseDestination, parseProtocol, portListProblem, PORT_PROTOCOLS, PROTOCOLS } from '../src/policy/ports.ts';

const q = JSON.stringify;
// The names, most used first, for messages and did-you-mean.
const NAMES = ['tcp', 'udp', 'sctp', 'icmp', 'ipv6-icmp', 'igmp', 'gre', 'esp', 'ah', 'ipv4', 'ip-in-ip', 'egp', 'igp'].filter((n) => n in PROTOCOLS);

// `proto` restricts an ACL rule to one IP protocol, by IANA number or name. Only TCP, UDP and SCTP
// have ports; a rule for any other protocol must allow "*" on every destination, or Tailscale
// rejects it. Protocol 0 and leading zeros are accepted as Tailscale's number parser accepts them.
export default defineRule({
  id: 'valid-protocols',
  description: 'ACL "proto" must be a known protocol, and only TCP, UDP and SCTP rules may name ports',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const acl of modelOf(policy).entries('acls')) {
      const member = findMember(acl.value, 'proto');
      if (!member || typeof member.value !== 'string' || member.value.trim() === '') continue;
      const proto = member.value;
      const parsed = parseProtocol(proto);
      if (!parsed.ok) {
        const path = [...acl.path, member.key];
        if (/^\s*\d+\s*$/.test(proto)) {
          report({ path, message: `Protocol number ${q(proto)} is above 255; use an IANA protocol number 0-255 or a name such as "tcp"` });
          continue;
        }
        const near = closest(proto.trim(), NAMES);
        report({
          path,
          message: near
            ? `Protocol ${q(proto)} is not known; did you mean ${q(near)}?`
            : `Protocol ${q(proto)} is not known; use an IANA protocol number 0-255 or one of ${NAMES.map((n) => q(n)).join(', ')}`,
          ...(near ? { suggestions: [{ description: `Use ${q(near)}`, ops: [{ op: 'replace-value', path, value: near }] }] } : {}),
        });
        continue;
      }
      if (parsed.value === 0 || PORT_PROTOCOLS.has(parsed.value)) continue;
      for (const name of ['dst', 'ports']) {
        const dst = findMember(acl.value, name);
        if (!dst || !Array.isArray(dst.value)) continue;
        dst.value.forEach((item, index) => {
          if (typeof item !== 'string') return;
          const destination = parseDestination(item);
          const ports = destination.ok ? destination.value.ports?.trim() : undefined;
          // Missing or malformed ports are valid-acl-destinations' to report.
          if (ports === undefined || ports === '*' || portListProblem(ports) !== undefined) return;
          const text = item.trim();
          const allPorts = `${text.slice(0, text.lastIndexOf(':'))}:*`;
          const path = [...acl.path, dst.key, index];
          report({
            path,
            message: `ACL destination ${q(item)} names ports, but "proto" is ${q(proto)}, which has none (only TCP, UDP and SCTP do); write ${q(allPorts)} or change "proto"`,
            suggestions: [{ description: `Allow the protocol on every port: ${q(allPorts)}`, ops: [{ op: 'replace-value', path, value: allPorts }] }],
          });
        });
      }
    }
  },
});
