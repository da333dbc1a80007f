import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { undefinedReferences } from '../src/policy/references.ts';

// `ipset:<name>` in rules and in other IP sets must name a set defined in `ipsets`.
export default defineRule({
  id: 'no-undefined-ipsets',
  description: 'Every IP set a policy uses must be defined in "ipsets"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const { reference, hint, suggestions } of undefinedReferences(model, 'ipset', model.ipsets, () => true, (name) => name.startsWith('ipset:'))) {
      report({
        path: reference.path,
        message: `IP set ${JSON.stringify(reference.name)} is not defined in "ipsets"; add it there or fix the name${hint}`,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
});
