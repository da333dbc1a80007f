import { defineRule } from '../src/engine/rule.ts';
import { serviceNameProblem } from '../src/policy/names.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { referencesOfKind } from '../src/policy/references.ts';

// A Tailscale Service is `svc:` and a DNS label (spec §1.6); `svc:*` (every Service) only makes
// sense as an auto-approver key. Those keys have a pattern in the schema, so the schema rule
// checks them; this rule checks Services named in rules and tests.
export default defineRule({
  id: 'valid-service-names',
  description: 'Service names must be "svc:" followed by a DNS label',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    for (const reference of referencesOfKind(modelOf(policy), 'service')) {
      if (reference.site === 'autoApprovers.service') continue;
      const problem = serviceNameProblem(reference.name);
      if (problem === undefined) continue;
      report({
        path: reference.path,
        message: `Service ${JSON.stringify(reference.name)} is not valid: ${problem}; ${reference.name === 'svc:*' ? 'name one Service' : 'fix the name'}`,
      });
    }
  },
});
