import { defineRule } from '../src/engine/rule.ts';

// jsonc-parser and Tailscale keep the last of two equal keys without a word; the first one's
// rules silently vanish.
export default defineRule({
  id: 'no-duplicate-keys',
  description: 'An object must not hold the same key twice',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const dup of policy.duplicates) {
      const first = [...dup.objectPath, dup.key];
      report({
        range: dup.range,
        related: first,
        message: `Duplicate key "${dup.key}", first defined at {related}; Tailscale keeps only the last one, so merge them or remove the extra`,
        suggestions: [{ description: `Remove the first "${dup.key}" (the one that has no effect)`, ops: [{ op: 'remove', path: first }] }],
      });
    }
  },
});
