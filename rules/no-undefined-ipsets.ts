import { defineRule } from '../src/engine/rule.ts';
import { NearMissIndex } from '../src/policy/near-miss.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { nearMiss, referencesOfKind } from '../src/policy/references.ts';

// `ipset:<name>` in rules and in other IP sets must name a set defined in `ipsets`.
export default defineRule({
  id: 'no-undefined-ipsets',
  description: 'Every IP set a policy uses must be defined in "ipsets"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    let candidates: NearMissIndex | undefined;
    const references = referencesOfKind(model, 'ipset');
    for (let i = 0; i < references.length; i++) {
      const reference = references[i]!;
      if (model.ipsets.has(reference.name)) continue;
      candidates ??= new NearMissIndex([...model.ipsets.keys()].filter((name) => name.startsWith('ipset:')));
      const { hint, suggestions } = nearMiss(reference, candidates);
      report({
        path: reference.path,
        message: `IP set ${JSON.stringify(reference.name)} is not defined in "ipsets"; add it there or fix the name${hint}`,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
});
