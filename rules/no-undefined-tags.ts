import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { isObject } from '../src/policy/members.ts';
import { tagNameProblem } from '../src/policy/names.ts';
import { NearMissIndex } from '../src/policy/near-miss.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { nearMiss, referencesOfKind, type ReferenceSite } from '../src/policy/references.ts';

/** Where a `tag:` string is not checked: groups list users, and valid-groups speaks for their members. */
const NOT_TAG_SITES: ReadonlySet<ReferenceSite> = new Set(['groups.member']);

// Tailscale rejects a policy that uses a tag `tagOwners` does not define, wherever it is used.
export default defineRule({
  id: 'no-undefined-tags',
  description: 'Every tag a policy uses must be defined in "tagOwners"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const owners = model.section('tagOwners');
    // Only well-formed names are worth suggesting; a malformed key is the schema rule's.
    let candidates: NearMissIndex | undefined;
    const references = referencesOfKind(model, 'tag');
    for (let i = 0; i < references.length; i++) {
      const reference = references[i]!;
      if (NOT_TAG_SITES.has(reference.site) || model.tags.has(reference.name)) continue;
      const name = JSON.stringify(reference.name);
      candidates ??= new NearMissIndex([...model.tags.keys()].filter((name) => tagNameProblem(name) === undefined));
      const { hint, suggestions } = nearMiss(reference, candidates);
      const define: Suggestion[] = [];
      if (tagNameProblem(reference.name) === undefined && (!owners || isObject(owners.value))) {
        define.push({
          description: `Define ${name} in "tagOwners" with no owners (only admins can apply it)`,
          ops: [
            owners
              ? { op: 'insert-property', path: [owners.key], key: reference.name, value: [] }
              : { op: 'insert-property', path: [], key: 'tagOwners', value: { [reference.name]: [] } },
          ],
        });
      }
      const owned = reference.site === 'tagOwners.owner' ? ` (an owner of ${JSON.stringify(reference.owner.at(-1))})` : '';
      report({
        path: reference.path,
        ...(reference.isKey ? { on: 'key' as const } : {}),
        message: `Tag ${name}${owned} is not defined in "tagOwners"; add it there or fix the name${hint}`,
        ...(suggestions.length + define.length > 0 ? { suggestions: [...suggestions, ...define] } : {}),
      });
    }
  },
});
