import { defineRule } from '../src/engine/rule.ts';
import { NearMissIndex } from '../src/policy/near-miss.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { nearMiss, referencesOfKind } from '../src/policy/references.ts';

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
    let candidates: NearMissIndex | undefined;
    const references = referencesOfKind(model, 'group');
    for (let i = 0; i < references.length; i++) {
      const reference = references[i]!;
      if (reference.site === 'groups.member' || model.groups.has(reference.name)) continue;
      // Synced (SCIM) groups, `group:<name>@<domain>`, are used without being defined.
      if (reference.name.includes('@')) continue;
      candidates ??= new NearMissIndex([...model.groups.keys()].filter((name) => name.startsWith('group:')));
      const { hint, suggestions } = nearMiss(reference, candidates);
      report({
        path: reference.path,
        message: `Group ${JSON.stringify(reference.name)} is not defined in "groups"; add it there or fix the name${hint}`,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
});
