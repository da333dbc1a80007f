import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const SECTIONS: [section: string, label: string][] = [
  ['acls', 'ACL rule'],
  ['grants', 'grant'],
  ['ssh', 'SSH rule'],
];

/**
 * A string equal for values Tailscale treats alike: the order of array elements and of object
 * members does not matter, and keys match without regard to case.
 */
export function canonicalForm(value: unknown, aliases: Readonly<Record<string, string>> = {}): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalForm(v)).sort().join(',')}]`;
  if (isObject(value)) {
    const members = Object.keys(value).map((key) => {
      const name = key.toLowerCase();
      return `${JSON.stringify(aliases[name] ?? name)}:${canonicalForm(value[key])}`;
    });
    return `{${members.sort().join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** ACL rules may still spell `src`/`dst` the legacy way. */
const ACL_ALIASES = { users: 'src', ports: 'dst' };

// Rules only ever allow, so a second copy of a rule changes nothing; it is left over from a merge
// or a copy-paste, and the next edit to one copy silently leaves the other in force.
export default defineRule({
  id: 'no-duplicate-rules',
  description: 'An ACL rule, grant or SSH rule must not repeat an earlier one',
  severity: 'warn',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const [section, label] of SECTIONS) {
      const seen = new Map<string, JsonPath>();
      for (const { path, value } of model.entries(section)) {
        const key = canonicalForm(value, section === 'acls' ? ACL_ALIASES : {});
        const first = seen.get(key);
        if (!first) {
          seen.set(key, path);
          continue;
        }
        report({
          path,
          related: first,
          message: `This ${label} repeats the one at {related}, so it adds nothing; remove it`,
          suggestions: [{ description: `Remove the repeated ${label}`, ops: [{ op: 'remove', path }] }],
        });
      }
    }
  },
});
