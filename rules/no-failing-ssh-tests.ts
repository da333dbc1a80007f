import { defineRule } from '../src/engine/rule.ts';
import { findMember, memberKey } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { classifySelector, type Selector } from '../src/policy/selectors.ts';
import { NO, SshAccess, YES } from '../src/policy/ssh-access.ts';

const q = JSON.stringify;
const list = (names: string[]) => names.map((n) => q(n)).join(', ');
const KINDS = ['accept', 'check', 'deny'] as const;

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

    for (const test of tests) {
      const value = test.value;
      const src = findMember(value, 'src')?.value;
      const dstMember = findMember(value, 'dst');
      if (typeof src !== 'string' || src.trim() === '' || !dstMember || !Array.isArray(dstMember.value)) continue;
      const from = classifySelector(src);
      const dsts: Selector[] = [];
      for (const d of dstMember.value) if (typeof d === 'string' && d.trim() !== '') dsts.push(classifySelector(d));
      if (dsts.length === 0) continue;

      for (const kind of KINDS) {
        const key = memberKey(value, kind);
        const logins = key === undefined ? undefined : value[key];
        if (!Array.isArray(logins)) continue;
        for (let index = 0; index < logins.length; index++) {
          const login: unknown = logins[index];
          if (typeof login !== 'string' || login.trim() === '') continue;
          if (kind === 'deny') {
            for (const to of dsts) {
              const verdict = access.verdict(from, to, login);
              if (verdict.certainty === YES && verdict.rule) {
                report({
                  path: [...test.path, key!, index],
                  related: verdict.rule,
                  message: `SSH test expects ${q(from.text)} to be denied as ${q(login)} on ${q(to.text)}, but the SSH rule at {related} allows it; change the rule or the test`,
                });
                break;
              }
            }
            continue;
          }
          let failing: string[] | undefined;
          for (const to of dsts) if (access.verdict(from, to, login, kind === 'check').certainty === NO) (failing ??= []).push(to.text);
          if (!failing) continue;
          const how = kind === 'check' ? 'no "check" SSH rule lets' : 'no SSH rule lets';
          report({
            path: [...test.path, key!, index],
            message: `SSH test fails: ${how} ${q(from.text)} log in as ${q(login)} on ${list(failing)}; add a rule that allows it or change the test`,
          });
        }
      }
    }
  },
});
