import { defineRule } from '../src/engine/rule.ts';
import { memberKey } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const q = JSON.stringify;
const KINDS: [section: string, label: string, fields: [string, ...string[]][]][] = [
  ['acls', 'ACL rule', [['src', 'users'], ['dst', 'ports']]],
  ['grants', 'grant', [['src'], ['dst']]],
  ['ssh', 'SSH rule', [['src'], ['dst']]],
];

// An empty `src` or `dst` is accepted by the control plane and makes the rule match nothing:
// usually a rule that lost its selectors in an edit, or a template never filled in.
export default defineRule({
  id: 'no-empty-selectors',
  description: 'A rule with an empty (or, for SSH, missing) "src" or "dst" applies to nothing',
  severity: 'warn',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const [section, label, fields] of KINDS) {
      for (const entry of model.entries(section)) {
        const value = entry.value;
        // Paths are built only to report: a large policy has many rules.
        const remove = () => ({ description: `Remove this ${label}`, ops: [{ op: 'remove' as const, path: entry.path }] });
        for (const names of fields) {
          const name = names[0];
          let key: string | undefined;
          for (let i = 0; i < names.length && key === undefined; i++) key = memberKey(value, names[i]!);
          const member = key === undefined ? undefined : value[key];
          const what = name === 'src' ? 'applies to no one' : 'reaches nothing';
          if (Array.isArray(member) && member.length === 0) {
            report({ path: [...entry.path, key!], message: `${q(key)} is empty, so this ${label} ${what}; add the ${name === 'src' ? 'sources' : 'destinations'} or remove the rule`, suggestions: [remove()] });
          } else if (key === undefined && section === 'ssh') {
            // The schema requires src/dst in ACLs and grants; SSH rules may omit them, to no effect.
            report({ path: entry.path, message: `This SSH rule has no "${name}", so it ${what}; add "${name}" or remove the rule`, suggestions: [remove()] });
          }
        }
      }
    }
  },
});
