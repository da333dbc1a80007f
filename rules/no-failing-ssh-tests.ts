import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { findMember } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { NO, SshAccess, YES } from '../src/policy/ssh-access.ts';

const q = JSON.stringify;
const list = (names: string[]) => names.map((n) => q(n)).join(', ');

// Runs `sshTests` against the `ssh` rules, as the control plane does on every save, and reports
// the assertions that certainly fail. What depends on devices the file cannot see (the tags of
// an IP or a host, which member a group stands for, posture) is given the benefit of the doubt.
export default defineRule({
  id: 'no-failing-ssh-tests',
  description: 'Every sshTests assertion must hold for the ssh rules, or the control plane rejects the policy',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    const tests = model.entries('sshTests');
    if (tests.length === 0) return;
    // A file of tests alone is a fragment (`no-test-fragments`): its rules live elsewhere.
    if (!['acls', 'grants', 'ssh'].some((name) => model.section(name) !== undefined)) return;
    const access = new SshAccess(model);

    for (const { path, value } of tests) {
      const src = findMember(value, 'src')?.value;
      const dstMember = findMember(value, 'dst');
      if (typeof src !== 'string' || src.trim() === '' || !dstMember || !Array.isArray(dstMember.value)) continue;
      const from = src.trim();
      const dsts = dstMember.value.filter((d): d is string => typeof d === 'string' && d.trim() !== '').map((d) => d.trim());
      if (dsts.length === 0) continue;

      for (const kind of ['accept', 'check', 'deny'] as const) {
        const member = findMember(value, kind);
        if (!member || !Array.isArray(member.value)) continue;
        member.value.forEach((login, index) => {
          if (typeof login !== 'string' || login.trim() === '') return;
          const at = (): JsonPath => [...path, member.key, index];
          if (kind === 'deny') {
            for (const dst of dsts) {
              const verdict = access.allows(from, dst, login);
              if (verdict.certainty === YES && verdict.rule) {
                report({
                  path: at(),
                  related: verdict.rule,
                  message: `SSH test expects ${q(from)} to be denied as ${q(login)} on ${q(dst)}, but the SSH rule at {related} allows it; change the rule or the test`,
                });
                return;
              }
            }
            return;
          }
          const failing = dsts.filter((dst) => access.allows(from, dst, login, kind === 'check').certainty === NO);
          if (failing.length === 0) return;
          const how = kind === 'check' ? 'no "check" SSH rule lets' : 'no SSH rule lets';
          report({
            path: at(),
            message: `SSH test fails: ${how} ${q(from)} log in as ${q(login)} on ${list(failing)}; add a rule that allows it or change the test`,
          });
        });
      }
    }
  },
});
