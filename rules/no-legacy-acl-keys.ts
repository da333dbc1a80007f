import { defineRule } from '../src/engine/rule.ts';
import { arrayMember, isObject } from '../src/policy/members.ts';

const RENAMES: Record<string, string> = { users: 'src', ports: 'dst' };

// `users` and `ports` are the pre-2021 names of `src` and `dst`; Tailscale still reads them,
// but the docs and every newer tool speak `src`/`dst`.
export default defineRule({
  id: 'no-legacy-acl-keys',
  description: 'ACL rules should use "src" and "dst", not the legacy "users" and "ports"',
  severity: 'warn',
  fixable: true,
  hasSuggestions: true,
  check({ root, report }) {
    for (const acl of arrayMember(root, 'acls')) {
      if (!isObject(acl.value)) continue;
      const keys = Object.keys(acl.value).map((k) => k.toLowerCase());
      for (const key of Object.keys(acl.value)) {
        const modern = RENAMES[key.toLowerCase()];
        if (!modern) continue;
        const path = [acl.key, acl.index, key];
        if (keys.includes(modern)) {
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
