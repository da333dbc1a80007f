import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { classifySelector } from '../src/policy/selectors.ts';

// Groups hold users; Tailscale rejects a group that lists another group (or itself), even when
// the inner group is defined. Key prefixes and value types are the schema rule's.
export default defineRule({
  id: 'valid-groups',
  description: 'Groups may not contain other groups',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    const groups = modelOf(policy).groups;
    for (const name of groups.keys()) {
      const value = groups.valueOf(name);
      if (!Array.isArray(value)) continue;
      for (let index = 0; index < value.length; index++) {
        const member: unknown = value[index];
        if (typeof member !== 'string' || classifySelector(member).kind !== 'group') continue;
        const outer = JSON.stringify(name);
        const inner = JSON.stringify(member.trim());
        report({
          path: [groups.section, name, index],
          message:
            member.trim() === name
              ? `Group ${outer} contains itself; groups cannot contain groups, so remove this member`
              : `Group ${outer} contains the group ${inner}; groups cannot contain groups, so list the users of ${inner} here instead`,
        });
      }
    }
  },
});
