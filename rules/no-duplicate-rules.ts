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

const NO_ALIASES: Readonly<Record<string, string>> = {};

/** A 32-bit hash of a string's characters, seeded. */
function hashString(text: string, seed: number): number {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
  return (h ^ (h >>> 15)) | 0;
}

const mix = (a: number, b: number) => {
  const h = Math.imul(a ^ (b + 0x9e3779b9), 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
};

/**
 * A cheap hash that equal canonical forms always share: it sums the hashes of array elements and
 * of object members (order does not matter) and reads keys as canonicalForm does, so the costly
 * canonical form is built only for rules that collide on it.
 */
class Fingerprints {
  /** Key hashes by key as written: the few keys of a section repeat in every rule. */
  private readonly topKeys = new Map<string, number>();
  private readonly nestedKeys = new Map<string, number>();

  /** `aliases` apply to the rule's own keys, as canonicalForm's do. */
  constructor(private readonly aliases: Readonly<Record<string, string>>) {}

  of(value: unknown, top = true): number {
    if (typeof value === 'string') return hashString(value, 0x1b873593);
    if (Array.isArray(value)) {
      let sum = 0;
      for (let i = 0; i < value.length; i++) sum = (sum + this.of(value[i], false)) | 0;
      return mix(sum, 0x2000 + value.length);
    }
    if (isObject(value)) {
      let sum = 0;
      let count = 0;
      for (const key in value) {
        sum = (sum + mix(this.keyHash(key, top), this.of(value[key], false))) | 0;
        count++;
      }
      return mix(sum, 0x4000 + count);
    }
    return hashString(JSON.stringify(value) ?? 'null', 0x6a09e667);
  }

  private keyHash(key: string, top: boolean): number {
    const cache = top ? this.topKeys : this.nestedKeys;
    let hash = cache.get(key);
    if (hash === undefined) {
      const name = key.toLowerCase();
      // As canonicalForm: an alias that is not a string (an Object.prototype member) prints alike.
      const alias: unknown = (top ? this.aliases : NO_ALIASES)[name] ?? name;
      hash = typeof alias === 'string' ? hashString(alias, 0x3c6ef372) : 0x7f4a7c15;
      cache.set(key, hash);
    }
    return hash;
  }
}

/** The fingerprints that occur more than once (usually none). */
function repeated(prints: Int32Array): Set<number> {
  const sorted = prints.slice().sort();
  const out = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i]!);
  return out;
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
      const aliases = section === 'acls' ? ACL_ALIASES : NO_ALIASES;
      const entries = model.entries(section);
      const fingerprints = new Fingerprints(aliases);
      const prints = new Int32Array(entries.length);
      for (let i = 0; i < entries.length; i++) prints[i] = fingerprints.of(entries[i]!.value);
      const candidates = repeated(prints);
      if (candidates.size === 0) continue;
      const seen = new Map<string, JsonPath>();
      for (let i = 0; i < entries.length; i++) {
        if (!candidates.has(prints[i]!)) continue;
        const { path, value } = entries[i]!;
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
