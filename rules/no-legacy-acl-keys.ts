import { defineRule } from '../src/engine/rule.ts';
import { memberKey } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const RENAMES: Record<string, string> = { users: 'src', ports: 'dst' };

// `users` and `ports` are the pre-2021 names of `src` and `dst`; Tailscale still reads them,
// but the docs and every newer tool speak `src`/`dst`.
export default defineRule({
  id: 'no-legacy-acl-keys',
  description: 'ACL rules should use "src" and "dst", not the legacy "users" and "ports"',
  severity: 'warn',
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const acl of modelOf(policy).entries('acls')) {
      for (const key in acl.value) {
        // Only a key of five characters lower-cases to "users" or "ports"; own keys only (for-in
        // also walks a polluted prototype).
        if (key.length !== 5 || !Object.hasOwn(acl.value, key)) continue;
        const lower = key.toLowerCase();
        const modern = Object.hasOwn(RENAMES, lower) ? RENAMES[lower]! : undefined;
        if (!modern) continue;
        const path = [...acl.path, key];
        if (memberKey(acl.value, modern) !== undefined) {
          report({
            path,
            on: 'key',
            message: `ACL rule has both "${key}" and its modern name "${modern}"; keep only "${modern}"`,
            suggestions: [{ description: `Remove "${key}" and keep "${modern}"`, ops: [{ op: 'remove', path }] }],
          });
          continue;
        }
        report({
          path,
          on: 'key',
          message: `"${key}" is the legacy name of "${modern}" in ACL rules; rename it to "${modern}"`,
          fix: { description: `Rename "${key}" to "${modern}"`, ops: [{ op: 'rename-key', path, newKey: modern }] },
        });
      }
    }
  },
});
