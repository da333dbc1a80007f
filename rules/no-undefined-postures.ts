import { defineRule } from '../src/engine/rule.ts';
import { NearMissIndex } from '../src/policy/near-miss.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { nearMiss, referencesOfKind, replaceReference } from '../src/policy/references.ts';

// `srcPosture` and `defaultSrcPosture` list postures by name; each must be defined in `postures`.
export default defineRule({
  id: 'no-undefined-postures',
  description: 'Every posture in "srcPosture" and "defaultSrcPosture" must be defined in "postures"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    let candidates: NearMissIndex | undefined;
    const references = referencesOfKind(model, 'posture');
    for (let i = 0; i < references.length; i++) {
      const reference = references[i]!;
      if (reference.site !== 'srcPosture' && reference.site !== 'defaultSrcPosture') continue;
      if (model.postures.has(reference.name)) continue;
      candidates ??= new NearMissIndex([...model.postures.keys()].filter((key) => key.startsWith('posture:')));
      const name = JSON.stringify(reference.name);
      const prefixed = reference.name.startsWith('posture:');
      // `latestMac` for `posture:latestMac`: the prefixed name is the obvious repair.
      const full = `posture:${reference.name}`;
      const { hint, suggestions } =
        !prefixed && model.postures.has(full)
          ? { hint: `; did you mean ${JSON.stringify(full)}?`, suggestions: [{ description: `Replace ${name} with ${JSON.stringify(full)}`, ops: [replaceReference(reference, full)] }] }
          : nearMiss(reference, candidates);
      const message = prefixed
        ? `Posture ${name} is not defined in "postures"; add it there or fix the name${hint}`
        : `${name} is not a posture name; list postures defined in "postures" by their "posture:<name>" key${hint}`;
      report({ path: reference.path, message, ...(suggestions.length > 0 ? { suggestions } : {}) });
    }
  },
});
