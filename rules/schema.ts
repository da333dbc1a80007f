import { defineRule } from '../src/engine/rule.ts';
import { checkSchema } from '../src/schema/validate-schema.ts';

// The shape of the whole file, from schema/policy.schema.json (the same schema editors use):
// known keys, required fields, value types and allowed values. What the values mean (ports,
// selectors, references) is for the other rules. Keys are matched without regard to case, as
// Tailscale does; canonical-key-case asks for the documented spelling.
export default defineRule({
  id: 'schema',
  description: 'The policy file must have the shape Tailscale expects: known keys, required fields and the right value types',
  severity: 'error',
  fixable: false,
  check({ root, report }) {
    for (const problem of checkSchema(root)) report({ path: problem.path, on: problem.on, message: problem.message });
  },
});
