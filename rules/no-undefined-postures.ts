import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { replaceReference, undefinedReferences, type ReferenceSite } from '../src/policy/references.ts';

// `srcPosture` and `defaultSrcPosture` list postures by name; each must be defined in `postures`.
export default defineRule({
  id: 'no-undefined-postures',
  description: 'Every posture in "srcPosture" and "defaultSrcPosture" must be defined in "postures"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const checked = (site: ReferenceSite) => site === 'srcPosture' || site === 'defaultSrcPosture';
    for (const near of undefinedReferences(model, 'posture', model.postures, checked, (key) => key.startsWith('posture:'))) {
      const { reference } = near;
      const name = JSON.stringify(reference.name);
      const prefixed = reference.name.startsWith('posture:');
      // `latestMac` for `posture:latestMac`: the prefixed name is the obvious repair.
      const full = `posture:${reference.name}`;
      const { hint, suggestions } =
        !prefixed && model.postures.has(full)
          ? { hint: `; did you mean ${JSON.stringify(full)}?`, suggestions: [{ description: `Replace ${name} with ${JSON.stringify(full)}`, ops: [replaceReference(reference, full)] }] }
          : near;
      const message = prefixed
        ? `Posture ${name} is not defined in "postures"; add it there or fix the name${hint}`
        : `${name} is not a posture name; list postures defined in "postures" by their "posture:<name>" key${hint}`;
      report({ path: reference.path, message, ...(suggestions.length > 0 ? { suggestions } : {}) });
    }
  },
});
