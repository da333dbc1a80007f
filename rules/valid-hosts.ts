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
    for (const host of modelOf(policy).hosts.values()) {
      const name = JSON.stringify(host.name);
      if (host.name.trim() === '') {
        report({ path: host.path, on: 'key', message: 'A host alias has an empty name; give it a name such as "db"' });
      } else if (host.name.includes('@')) {
        report({ path: host.path, on: 'key', message: `Host alias ${name} contains "@", so it would be read as a user; rename it without "@"` });
      } else if (host.name.includes(':')) {
        report({
          path: host.path,
          on: 'key',
          message: `Host alias ${name} contains ":", so it would be read as a prefixed name or a port; rename it without ":"`,
        });
      }
      if (typeof host.value === 'string' && !isAddressOrPrefix(host.value)) {
        report({
          path: host.path,
          message: `Host ${name} is ${JSON.stringify(host.value)}, which is not an IP address or CIDR; write an address such as "100.64.0.1" or a CIDR such as "10.0.0.0/24"`,
        });
      }
    }
  },
});
