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

/**
 * A cheap summary that equal canonical forms always share (it ignores order and key case), so
 * the costly canonical form is built only for rules that collide on it.
 */
function fingerprint(value: unknown, aliases: Readonly<Record<string, string>> = {}, acc = { count: 0, length: 0, codes: 0 }) {
  if (typeof value === 'string') {
    acc.count++;
    acc.length += value.length;
    for (let i = 0; i < value.length; i += 7) acc.codes += value.charCodeAt(i);
  } else if (Array.isArray(value)) {
    acc.count += 1000;
    for (const item of value) fingerprint(item, {}, acc);
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const name = aliases[key.toLowerCase()] ?? key.toLowerCase();
      acc.length += name.length * 31;
      fingerprint(value[key], {}, acc);
    }
  } else {
    acc.count += 7;
    acc.codes += String(value).length;
  }
  return acc;
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
      const aliases = section === 'acls' ? ACL_ALIASES : {};
      const entries = model.entries(section);
      const buckets = new Map<string, number>();
      const prints = entries.map(({ value }) => {
        const { count, length, codes } = fingerprint(value, aliases);
        const print = `${count}:${length}:${codes}`;
        buckets.set(print, (buckets.get(print) ?? 0) + 1);
        return print;
      });
      const seen = new Map<string, JsonPath>();
      for (const [i, { path, value }] of entries.entries()) {
        if (buckets.get(prints[i]!)! < 2) continue;
        const key = canonicalForm(value, aliases);
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
