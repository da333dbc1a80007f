import { defineRule } from '../src/engine/rule.ts';
import { HOUR_NS, parseGoDuration } from '../src/policy/durations.ts';
import { findMember } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const MAX_HOURS = 168;

// The values of an SSH rule the control plane checks one by one: each login name in `users`,
// `checkPeriod` and each `acceptEnv` pattern. (Types, the action and a missing or empty `users`
// belong to the `schema` rule; who may connect to what belongs to `valid-ssh-selectors`.)
export default defineRule({
  id: 'valid-ssh-rules',
  description: 'SSH rules need real login names, a checkPeriod from 0 to 168h, and non-empty acceptEnv patterns',
  severity: 'error',
  fixable: true,
  check({ policy, report }) {
    for (const entry of modelOf(policy).entries('ssh')) {
      const value = entry.value;
      const users = findMember(value, 'users');
      if (users && Array.isArray(users.value)) {
        users.value.forEach((user, index) => {
          if (user === '') {
            report({ path: [...entry.path, users.key, index], message: 'SSH login name "" is empty, which the control plane rejects; write a name such as "root", or "autogroup:nonroot" for any name except root' });
          } else if (typeof user === 'string' && user.trim() === '*') {
            report({
              path: [...entry.path, users.key, index],
              message: `SSH login name ${JSON.stringify(user)} is not a wildcard, and the control plane rejects it; use "autogroup:nonroot" for any name except root, or list the names (add "root" if it is meant too)`,
            });
          }
        });
      }

      const period = findMember(value, 'checkPeriod');
      if (period && typeof period.value === 'string' && period.value !== 'always') {
        const text = period.value;
        const at = () => [...entry.path, period.key];
        const parsed = parseGoDuration(text);
        if (!parsed.ok) {
          report({ path: at(), message: `"checkPeriod" ${parsed.problem}` });
        } else if (parsed.value < 0) {
          report({ path: at(), message: `"checkPeriod" ${JSON.stringify(text)} is negative; write a positive duration such as "12h" (the default), or "always" to check every session` });
        } else if (parsed.value > MAX_HOURS * HOUR_NS) {
          report({ path: at(), message: `"checkPeriod" ${JSON.stringify(text)} is longer than the maximum of ${MAX_HOURS}h (one week); write "${MAX_HOURS}h" or less` });
        }
      }

      const env = findMember(value, 'acceptEnv');
      if (env && Array.isArray(env.value)) {
        env.value.forEach((pattern, index) => {
          if (pattern !== '') return;
          const at = [...entry.path, env.key, index];
          report({
            path: at,
            message: '"acceptEnv" has an empty pattern, which the control plane rejects; remove it, or write a variable name (with "*" and "?" as wildcards)',
            fix: { description: 'Remove the empty pattern', ops: [{ op: 'remove', path: at }] },
          });
        });
      }
    }
  },
});
