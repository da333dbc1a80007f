import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { isObject } from '../src/policy/members.ts';
import { tagNameProblem } from '../src/policy/names.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { undefinedReferences, type ReferenceSite } from '../src/policy/references.ts';

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
    const checked = (site: ReferenceSite) => !NOT_TAG_SITES.has(site);
    for (const { reference, hint, suggestions } of undefinedReferences(model, 'tag', model.tags, checked, (name) => tagNameProblem(name) === undefined)) {
      const name = JSON.stringify(reference.name);
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
