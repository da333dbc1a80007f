import { defineRule } from '../src/engine/rule.ts';
import { KUBERNETES_CAP, kubernetesGrants } from '../src/kubernetes/reach.ts';
import { isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const RECORDING_FIELDS = new Set(['recorder', 'enforcerecorder']);

// Tailscale has deprecated recording kubectl sessions through tsrecorder with the Kubernetes
// operator: it is no longer offered to new users and support for existing ones ends in August
// 2027 (spec §5.5 item 0). The entries keep working until then, so the other Kubernetes rules
// still check them; this rule only says that they need a replacement.
export default defineRule({
  id: 'k8s-session-recording',
  description: 'Kubernetes session recording through tsrecorder is deprecated by Tailscale and needs a replacement',
  severity: 'warn',
  fixable: false,
  check({ policy, report }) {
    for (const grant of kubernetesGrants(modelOf(policy))) {
      for (const capability of grant.values) {
        const value = capability.value;
        // One report per value, at its first recording field (names match without regard to case).
        if (!isObject(value)) continue;
        const key = Object.keys(value).find((k) => RECORDING_FIELDS.has(k.toLowerCase()));
        if (key === undefined) continue;
        report({
          path: [...capability.path, key],
          on: 'key',
          message: `Recording Kubernetes sessions through tsrecorder is deprecated by Tailscale (closed to new users; support ends in August 2027); plan the move to Tailscale's PAM product, then remove "recorder" and "enforceRecorder" from this ${JSON.stringify(KUBERNETES_CAP)} value`,
        });
      }
    }
  },
});
