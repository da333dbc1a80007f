import { defineRule } from '../src/engine/rule.ts';
import { keyCaseMismatches } from '../src/schema/validate-schema.ts';

// Tailscale reads `ACLs`, `TagOwners` or `Action` as `acls`, `tagOwners` and `action`, but its
// documentation, its API and every other tool write the schema's spelling. Only keys the schema
// defines are checked (top level, rule and test entries, autoApprovers, derpMap, attrConfig),
// never names the user chose (groups, tags, hosts, capabilities). `oneCGNATRoute`, the spelling
// of Tailscale's Go API client, is accepted as it is. Case variants of legacy keys (`Users`,
// `Ports`) are left to the rules about legacy keys, which rename them to the modern key.
export default defineRule({
  id: 'canonical-key-case',
  description: 'Policy keys should be written in their documented case ("acls", not "ACLs")',
  severity: 'warn',
  fixable: true,
  check({ root, report }) {
    for (const { path, key, canonical, conflict, legacy } of keyCaseMismatches(root)) {
      if (legacy) continue;
      if (conflict) {
        report({
          path,
          on: 'key',
          message: `"${key}" is the same key as "${canonical}" to Tailscale (keys match without regard to case); merge them into one "${canonical}"`,
        });
        continue;
      }
      report({
        path,
        on: 'key',
        message: `"${key}" should be written "${canonical}"`,
        fix: { description: `Rename "${key}" to "${canonical}"`, ops: [{ op: 'rename-key', path, newKey: canonical }] },
      });
    }
  },
});
