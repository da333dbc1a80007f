import { defineRule } from '../src/engine/rule.ts';
import { modelOf, type Definitions } from '../src/policy/policy-model.ts';
import { referencesOfKind, type ReferenceKind } from '../src/policy/references.ts';

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
    const used = new Map<ReferenceKind, Set<string>>();
    for (const { kind } of KINDS) {
      const names = new Set<string>();
      for (const name of referencesOfKind(model, kind).names) names.add(name);
      used.set(kind, names);
    }
    const definitions: Record<(typeof KINDS)[number]['kind'], Definitions> = {
      group: model.groups,
      host: model.hosts,
      posture: model.postures,
      ipset: model.ipsets,
    };
    for (const { kind, noun, use, usable } of KINDS) {
      const names = used.get(kind)!;
      const table = definitions[kind];
      for (const key of table.keys()) {
        if (!usable(key) || names.has(key) || names.has(key.trim())) continue;
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
