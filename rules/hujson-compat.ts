import { defineRule } from '../src/engine/rule.ts';

// jsonc-parser accepts both of these; Tailscale's HuJSON parser does not (spec §7.1).
export default defineRule({
  id: 'hujson-compat',
  description: "Text that jsonc-parser accepts but Tailscale's HuJSON parser rejects: a byte order mark, a final // comment without a newline",
  severity: 'error',
  fixable: true,
  check({ policy, report }) {
    if (policy.hasBom) {
      report({
        range: { offset: 0, length: 0 },
        message: "The file starts with a UTF-8 byte order mark, which Tailscale's parser rejects; remove it",
        fix: { description: 'Remove the byte order mark', ops: [{ op: 'remove-bom' }] },
      });
    }
    const last = policy.comments[policy.comments.length - 1];
    if (last && last.text.startsWith('//') && last.offset + last.length === policy.text.length) {
      report({
        range: last,
        message: "The file ends in a // comment without a final newline, which Tailscale's parser rejects; add a newline at the end",
        fix: { description: 'Add the final newline', ops: [{ op: 'add-final-newline' }] },
      });
    }
  },
});
