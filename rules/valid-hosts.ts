import { defineRule } from '../src/engine/rule.ts';
import { isAddressOrPrefix } from '../src/policy/addresses.ts';
import { modelOf } from '../src/policy/policy-model.ts';

// A host alias names one IP address or CIDR. Its name must read as a host alias wherever it is
// used: no "@" (that reads as a user) and no ":" (that reads as a prefix or a port).
export default defineRule({
  id: 'valid-hosts',
  description: 'Host aliases must be an IP address or CIDR, under a name without "@" or ":"',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    const hosts = modelOf(policy).hosts;
    for (const host of hosts.keys()) {
      const value = hosts.valueOf(host);
      const problem = nameProblem(host);
      if (problem !== undefined) report({ path: [hosts.section, host], on: 'key', message: problem });
      if (typeof value === 'string' && !isAddressOrPrefix(value)) {
        report({
          path: [hosts.section, host],
          message: `Host ${JSON.stringify(host)} is ${JSON.stringify(value)}, which is not an IP address or CIDR; write an address such as "100.64.0.1" or a CIDR such as "10.0.0.0/24"`,
        });
      }
    }
  },
});

/** What is wrong with a host alias's name, if anything (a message is built only then). */
function nameProblem(host: string): string | undefined {
  if (host.trim() === '') return 'A host alias has an empty name; give it a name such as "db"';
  if (host.includes('@')) return `Host alias ${JSON.stringify(host)} contains "@", so it would be read as a user; rename it without "@"`;
  if (host.includes(':')) return `Host alias ${JSON.stringify(host)} contains ":", so it would be read as a prefixed name or a port; rename it without ":"`;
  return undefined;
}
