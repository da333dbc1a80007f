import { defineRule } from '../src/engine/rule.ts';

// jsonc-parser and Tailscale keep the last of two equal keys without a word; the first one's
// rules silently vanish. No fix: only the author knows which one was meant.
export default defineRule({
  id: 'no-duplicate-keys',
  description: 'An object must not hold the same key twice',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    for (const dup of policy.duplicates) {
      report({
        range: dup.range,
        related: { range: dup.first },
        message: `Duplicate key ${JSON.stringify(dup.key)}, first defined at {related}; Tailscale keeps only the last one, so merge them or remove the extra`,
      });
    }
  },
});
