import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';

// Teams often keep `tests` in a file of their own that a script merges into the real policy.
// Linted alone, such a file has no rules to test, and the control plane would run its tests
// against the allow-all default.
export default defineRule({
  id: 'no-test-fragments',
  description: 'A file with "tests" or "sshTests" but no "acls", "grants" or "ssh" looks like a fragment of a policy',
  severity: 'warn',
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    if (['acls', 'grants', 'ssh'].some((name) => model.section(name) !== undefined)) return;
    const tests = model.section('tests') ?? model.section('sshTests');
    if (!tests) return;
    report({
      path: [tests.key],
      on: 'key',
      message: `This file has ${JSON.stringify(tests.key)} but no "acls", "grants" or "ssh" rules for them to test, so it looks like a fragment of a larger policy; lint the assembled policy, or lint the fragment alone with --rule no-test-fragments=off --rule no-empty-rule-sections=off`,
    });
  },
});
