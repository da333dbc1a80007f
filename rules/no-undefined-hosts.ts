import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { undefinedReferences, type ReferenceSite } from '../src/policy/references.ts';

/**
 * Where a bare word must be a host alias. SSH rules take no host aliases at all, `via` only tags,
 * and owners/approvers/members are identities: other rules speak for those sites.
 */
const HOST_SITES: ReadonlySet<ReferenceSite> = new Set([
  'acl.src',
  'acl.dst',
  'grant.src',
  'grant.dst',
  'nodeAttrs.target',
  'tests.src',
  'tests.dst',
  'sshTests.src',
  'sshTests.dst',
  'ipsets.entry',
]);

/** `db.example.com`, `example.com.`: letters somewhere, dot-separated labels (addresses were ruled out before). */
const DNS_NAME = /^(?=[^]*[A-Za-z])[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+\.?$/;

// A word that is not an address, a CIDR or a prefixed name is read as a host alias; if `hosts` has
// no such alias the control plane rejects it, except DNS names, which it accepts while the rule
// silently matches nothing (tailscale/tailscale#5532).
export default defineRule({
  id: 'no-undefined-hosts',
  description: 'Every host alias a policy uses must be defined in "hosts"; DNS names are not resolved',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const usable = (name: string) => name !== '' && !/[@:]/.test(name);
    for (const { reference, hint, suggestions } of undefinedReferences(model, 'host', model.hosts, (site) => HOST_SITES.has(site), usable)) {
      const name = JSON.stringify(reference.name);
      const message = DNS_NAME.test(reference.name)
        ? `${name} looks like a DNS name, which policies never resolve (Tailscale may accept it, and the rule then matches nothing); add it to "hosts" with its IP address or write the address${hint}`
        : `${name} is neither an IP address, a CIDR nor a host defined in "hosts"; add it to "hosts" or fix the name${hint}`;
      report({ path: reference.path, message, ...(suggestions.length > 0 ? { suggestions } : {}) });
    }
  },
});
