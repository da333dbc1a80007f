import { defineRule } from '../src/engine/rule.ts';
import { additionText, anchorAt, forSetup, insertMember, kindLabel, memberText, offerEntry, setupNote } from '../src/kubernetes/advice.ts';
import { setupsFor } from '../src/kubernetes/resolve-setups.ts';
import type { Setup } from '../src/kubernetes/setups.ts';
import { modelOf } from '../src/policy/policy-model.ts';

/** Owners that leave a CKS proxy tag to admins only: `[]` is shorthand for `["autogroup:admin"]`. */
const ADMINS_ONLY = new Set(['autogroup:admin']);

// The tags a Kubernetes proxy setup runs under must exist in tagOwners, and be owned so that
// only the right party can mint them (spec §5.1 item 1, §5.2 item 1, §5.3 item 1, §5.5 item 1).
export default defineRule({
  id: 'k8s-proxy-tags',
  description: 'The tags of each Kubernetes API-server proxy setup must be defined in "tagOwners" with the owners the setup needs',
  severity: 'error',
  fixable: true,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);

    // Setups may share a tag (an operator and its ProxyGroup): each problem is reported once.
    const seen = new Set<string>();
    const first = (key: string) => !seen.has(key) && seen.add(key) !== undefined;

    const missing = (setup: Setup, tag: string, owners: string[], why: string, note = '') => {
      if (!first(`missing ${tag}`)) return;
      const entry = memberText(tag, owners);
      report({
        ...anchorAt(model, ['tagOwners']),
        ...forSetup(setup, `Tag ${JSON.stringify(tag)} ${why} is not defined; ${additionText(model, ['tagOwners'], tag, owners)}${note}`),
        ...offerEntry(setup, `Add ${entry} to "tagOwners"`, insertMember(model, ['tagOwners'], tag, owners)),
      });
    };

    for (const setup of setupsFor(policy, settings)) {
      if (setup.proxy === 'cks') {
        const definition = model.tags.get(setup.proxyTag);
        if (!definition) {
          missing(setup, setup.proxyTag, [], `of ${kindLabel(setup)}${setupNote(setup)}`, " (empty, so that only the cluster's trust credential can claim it)");
          continue;
        }
        if (!Array.isArray(definition.value)) continue; // the schema rule reports the type
        definition.value.forEach((owner, index) => {
          if (typeof owner !== 'string' || ADMINS_ONLY.has(owner.trim()) || !first(`cks owner ${definition.name} ${index}`)) return;
          const path = [...definition.path, index];
          report({
            path,
            ...forSetup(
              setup,
              `${JSON.stringify(owner)} owns ${JSON.stringify(setup.proxyTag)}, so it can make any device ${kindLabel(setup)}${setupNote(setup)} and receive the cluster's API traffic; CoreWeave requires ${memberText(setup.proxyTag, [])} so that only the cluster's trust credential claims it`,
            ),
            suggestions: [{ description: `Remove ${JSON.stringify(owner)} from the owners of ${JSON.stringify(setup.proxyTag)}`, ops: [{ op: 'remove', path }] }],
          });
        });
        continue;
      }

      const operator = setup.operatorTag!;
      if (!model.tags.has(operator)) {
        missing(setup, operator, [], `of the Kubernetes operator${setup.proxy === 'operator' ? ' and its API-server proxy' : ''}${setupNote(setup)}`);
      }
      for (const tag of setup.operatorOwned) {
        const definition = model.tags.get(tag);
        const why = setup.proxy === 'proxygroup' ? `of ${kindLabel(setup)}${setupNote(setup)}` : `of the proxies the Kubernetes operator creates${setupNote(setup)}`;
        if (!definition) {
          missing(setup, tag, [operator], why);
          continue;
        }
        if (!Array.isArray(definition.value)) continue;
        if (definition.value.some((o) => typeof o === 'string' && o.trim() === operator) || !first(`owner ${tag}`)) continue;
        report({
          path: definition.path,
          ...forSetup(setup, `Tag ${JSON.stringify(tag)} ${why} is not owned by the operator's tag ${JSON.stringify(operator)}, so the operator cannot create those devices; add ${JSON.stringify(operator)} to its owners`),
          ...offerEntry(setup, `Add ${JSON.stringify(operator)} to the owners of ${JSON.stringify(tag)}`, { op: 'append', path: definition.path, value: operator }),
        });
      }
    }

    // A declared recorder's tag; how it is owned depends on who deploys the recorder, so both forms are offered.
    for (const setup of setupsFor(policy, settings)) {
      const recorder = setup.recorder?.tag;
      if (!recorder || model.tags.has(recorder) || !first(`missing ${recorder}`)) continue;
      const byOperator = setup.operatorTag ? [setup.operatorTag] : undefined;
      const where = additionText(model, ['tagOwners'], recorder, byOperator ?? []);
      const forms = byOperator ? `${where} (a Recorder the operator deploys; ${memberText(recorder, [])} for one deployed separately)` : where;
      const suggestions = [byOperator, []].flatMap((owners) => {
        const op = owners && insertMember(model, ['tagOwners'], recorder, owners);
        return op ? [{ description: `Add ${memberText(recorder, owners)} to "tagOwners"`, ops: [op] }] : [];
      });
      report({
        ...anchorAt(model, ['tagOwners']),
        ...forSetup(setup, `Tag ${JSON.stringify(recorder)} of the session recorder of ${kindLabel(setup)}${setupNote(setup)} is not defined, so no recording can be made; ${forms}`),
        suggestions,
      });
    }
  },
});
