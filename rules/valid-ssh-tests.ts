import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { isAddress } from '../src/policy/addresses.ts';
import { findMember, memberKey } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { portSuffixColon } from '../src/policy/ports.ts';
import { AUTOGROUPS, selectorKind } from '../src/policy/selectors.ts';

const q = JSON.stringify;
const LISTS = ['accept', 'check', 'deny'];
const KNOWN_AUTOGROUPS: ReadonlySet<string> = new Set(AUTOGROUPS);
const DEVICE = 'an SSH test connects to devices: name a tag, a host, an IPv4 address, or a user for "autogroup:self" rules';

/** What is wrong with one `dst` element of an SSH test (and the portless form), or undefined. */
function destinationProblem(raw: string): { message: string; without?: string } | string | undefined {
  const text = raw.trim();
  const kind = selectorKind(text);
  if (kind === 'wildcard') return `SSH test destination "*" is not one device; ${DEVICE}`;
  if (kind === 'cidr' || kind === 'ip-range') return `SSH test destination ${q(raw)} is a range of addresses; ${DEVICE}`;
  if (kind === 'ip' && text.includes(':')) return `SSH test destination ${q(raw)} is an IPv6 address, which SSH tests cannot use; write the device's IPv4 address or its tag`;
  if (text === 'autogroup:internet') return `"autogroup:internet" cannot be an SSH test destination; ${DEVICE}`;
  const colon = portSuffixColon(text);
  if (colon >= 0) {
    const base = text.slice(0, colon);
    const baseKind = selectorKind(base.trim());
    if (baseKind === 'tag' || baseKind === 'user' || baseKind === 'host' || (baseKind === 'ip' && isAddress(base)) || KNOWN_AUTOGROUPS.has(base)) {
      return { message: `SSH test destinations take no port (SSH uses port 22), so ${q(raw)} is not valid; write ${q(base)}`, without: base };
    }
  }
  return undefined;
}

// The shape of `sshTests` entries, which the control plane rejects with nothing but
// "test(s) failed": one source, devices as destinations, real login names, no name both allowed
// and denied. Whether the `ssh` rules let each test pass is `no-failing-ssh-tests`.
export default defineRule({
  id: 'valid-ssh-tests',
  description: 'Each SSH test connects as one identity to single devices, with non-empty login names',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const test of modelOf(policy).entries('sshTests')) {
      const value = test.value;
      const src = findMember(value, 'src');
      if (src && typeof src.value === 'string') {
        const text = src.value.trim();
        const kind = selectorKind(text);
        const one = 'an SSH test connects as one identity: a user, a group, a tag, a host or an IP';
        let message: string | undefined;
        if (text === '') message = `SSH test "src" is empty; name the identity the test connects as: a user, a group, a tag, a host or an IP`;
        else if (kind === 'wildcard') message = `SSH test "src" cannot be "*"; ${one}`;
        else if (kind === 'cidr' || kind === 'ip-range') message = `SSH test "src" ${q(src.value)} is a range of addresses; ${one}`;
        if (message) report({ path: [...test.path, src.key], message });
      }

      const dstKey = memberKey(value, 'dst');
      const dst = dstKey === undefined ? undefined : value[dstKey];
      if (Array.isArray(dst)) {
        for (let index = 0; index < dst.length; index++) {
          const item: unknown = dst[index];
          if (typeof item !== 'string') continue;
          const problem = destinationProblem(item);
          if (!problem) continue;
          const at: JsonPath = [...test.path, dstKey!, index];
          if (typeof problem === 'string') {
            report({ path: at, message: problem });
            continue;
          }
          const bare = problem.without;
          report({ path: at, message: problem.message, ...(bare ? { suggestions: [{ description: `Replace with ${q(bare)}`, ops: [{ op: 'replace-value', path: at, value: bare }] }] } : {}) });
        }
      }

      let seen: Map<string, string> | undefined;
      for (const list of LISTS) {
        const key = memberKey(value, list);
        const logins = key === undefined ? undefined : value[key];
        if (!Array.isArray(logins)) continue;
        for (let index = 0; index < logins.length; index++) {
          const login: unknown = logins[index];
          if (typeof login !== 'string') continue;
          if (login.trim() === '') {
            report({ path: [...test.path, key!, index], message: `SSH test login name ${q(login)} is empty; write the name to test, such as "root"` });
            continue;
          }
          seen ??= new Map();
          const earlier = seen.get(login);
          const conflict = earlier !== undefined && (list === 'deny') !== (earlier === 'deny');
          if (conflict) {
            report({
              path: [...test.path, key!, index],
              message: `SSH test login name ${q(login)} is in both ${q(earlier)} and ${q(key!)}, so the test can never pass; keep it in one of them`,
            });
          }
          if (earlier === undefined) seen.set(login, key!.toLowerCase());
        }
      }
    }
  },
});
