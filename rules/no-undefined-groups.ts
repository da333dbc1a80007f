import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { undefinedReferences, type ReferenceSite } from '../src/policy/references.ts';

// A group that `groups` does not define is an error; synced groups (`group:x@domain`) are exempt.
// Groups named inside other groups are valid-groups' business (groups cannot nest).
export default defineRule({
  id: 'no-undefined-groups',
  description: 'Every group a policy uses must be defined in "groups"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    // Synced (SCIM) groups, `group:<name>@<domain>`, are used without being defined.
    const checked = (site: ReferenceSite, name: string) => site !== 'groups.member' && !name.includes('@');
    for (const { reference, hint, suggestions } of undefinedReferences(model, 'group', model.groups, checked, (name) => name.startsWith('group:'))) {
      report({
        path: reference.path,
        message: `Group ${JSON.stringify(reference.name)} is not defined in "groups"; add it there or fix the name${hint}`,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
});
