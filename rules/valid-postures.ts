import { defineRule } from '../src/engine/rule.ts';
import { closest } from '../src/policy/did-you-mean.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { NODE_ATTRIBUTES, parsePostureCondition, wellFormedAttribute } from '../src/policy/postures.ts';

// A posture is a list of conditions that must all hold. A malformed condition is rejected, and a
// misspelt `node:` attribute is worse: an attribute a device does not have never matches, so the
// posture silently shuts everyone out.
export default defineRule({
  id: 'valid-postures',
  description: 'Posture conditions must read "<attribute> <operator> <value>" with a known "node:" attribute',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const postures = modelOf(policy).postures;
    for (const postureName of postures.keys()) {
      const value = postures.valueOf(postureName);
      if (!Array.isArray(value)) continue;
      value.forEach((text, index) => {
        if (typeof text !== 'string') return;
        // The common case, a well-formed condition on a known attribute, without the full parse.
        const quick = wellFormedAttribute(text);
        if (quick !== undefined && (!quick.startsWith('node:') || NODE_ATTRIBUTES.includes(quick))) return;
        const condition = parsePostureCondition(text);
        // Built only to report: a large policy has many conditions.
        const path = () => [postures.section, postureName, index];
        const name = JSON.stringify(postureName);
        if (!condition.ok) {
          report({ path: path(), message: `Condition ${JSON.stringify(text)} of posture ${name} is not valid: ${condition.problem}` });
          return;
        }
        const { attribute } = condition.value;
        if (!attribute.startsWith('node:') || NODE_ATTRIBUTES.includes(attribute)) return;
        const match = closest(attribute, NODE_ATTRIBUTES);
        if (match === undefined) return;
        const at = text.indexOf(attribute);
        const fixed = text.slice(0, at) + match + text.slice(at + attribute.length);
        const reported = path();
        report({
          path: reported,
          message: `Posture ${name} uses the unknown attribute ${JSON.stringify(attribute)}, which no device has, so the condition never holds; did you mean ${JSON.stringify(match)}?`,
          suggestions: [{ description: `Replace ${JSON.stringify(attribute)} with ${JSON.stringify(match)}`, ops: [{ op: 'replace-value', path: reported, value: fixed }] }],
        });
      });
    }
  },
});
