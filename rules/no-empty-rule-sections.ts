import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';

// Tailscale's default when a policy has no access rules at all is to allow everything; when the
// rule sections are there but empty it allows nothing. Both are easy to reach by accident (a
// fresh file, a merge that dropped the rules) and neither says so.
export default defineRule({
  id: 'no-empty-rule-sections',
  description: 'A policy with no "acls" and no "grants" allows all traffic; present but empty ones allow none',
  severity: 'warn',
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    const sections = [model.section('acls'), model.section('grants')].filter((s) => s !== undefined);
    if (sections.length === 0) {
      // The first key is a short place to show a file-wide warning; `{}` has only itself.
      const first = Object.keys(model.root)[0];
      report({
        ...(first === undefined ? { path: [] } : { path: [first], on: 'key' as const }),
        message: 'This policy has neither "acls" nor "grants", so Tailscale allows all traffic between all devices; add "grants" that allow only what is needed, or one that allows everything if that is the intent',
      });
      return;
    }
    if (!sections.every((s) => Array.isArray(s.value) && s.value.length === 0)) return;
    const names = sections.map((s) => `"${s.key}"`).join(' and ');
    for (const section of sections) {
      report({
        path: [section.key],
        message: `${names} ${sections.length > 1 ? 'are' : 'is'} empty and no other rule allows traffic, so this policy blocks all traffic between devices; add the rules that are needed, or remove ${sections.length > 1 ? 'both' : 'it'} to return to Tailscale's allow-all default`,
      });
    }
  },
});
