import { defineRule } from '../src/engine/rule.ts';
import { modelOf, type Definitions } from '../src/policy/policy-model.ts';
import { referencesOfKind } from '../src/policy/references.ts';

/** `usable`: names that could be referred to at all; the others are reported by schema or valid-hosts. */
const KINDS = [
  { kind: 'group', noun: 'Group', use: 'use it in a rule or remove it', usable: (name: string) => name.startsWith('group:') },
  { kind: 'host', noun: 'Host', use: 'use it in a rule or remove it', usable: (name: string) => name.trim() !== '' && !/[@:]/.test(name) },
  {
    kind: 'posture',
    noun: 'Posture',
    use: 'list it in a "srcPosture" or "defaultSrcPosture", or remove it',
    usable: (name: string) => name.startsWith('posture:'),
  },
  { kind: 'ipset', noun: 'IP set', use: 'use it in a rule or remove it', usable: (name: string) => name.startsWith('ipset:') },
] as const;

// Definitions nothing refers to are dead weight, and often the trace of a typo in the one place
// that meant to use them. Tags are left alone: a tag is used by the devices that carry it, which
// the policy cannot see.
export default defineRule({
  id: 'no-unused-definitions',
  description: 'Groups, hosts, postures and IP sets should be used somewhere in the policy',
  severity: 'warn',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const definitions: Record<(typeof KINDS)[number]['kind'], Definitions> = {
      group: model.groups,
      host: model.hosts,
      posture: model.postures,
      ipset: model.ipsets,
    };
    for (const { kind, noun, use, usable } of KINDS) {
      const table = definitions[kind];
      const keys = table.keys();
      if (keys.length === 0) continue;
      // What the references resolve to (the no-undefined-* rules ask the same).
      const references = referencesOfKind(model, kind);
      const targets = references.targets(table);
      const used = new Uint8Array(keys.length);
      for (let i = 0; i < targets.length; i++) if (targets[i]! >= 0) used[targets[i]!] = 1;
      // A name written with spaces around it is used by a reference to the trimmed name.
      let names: Set<string> | undefined;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        if (used[k] || !usable(key)) continue;
        const trimmed = key.trim();
        if (trimmed !== key && (names ??= new Set(references.names)).has(trimmed)) continue;
        const definition = table.get(key)!;
        const name = JSON.stringify(key);
        report({
          path: definition.path,
          on: 'key',
          message: `${noun} ${name} is defined but never used; ${use}`,
          suggestions: [{ description: `Remove ${name}`, ops: [{ op: 'remove', path: definition.path }] }],
        });
      }
    }
  },
});
