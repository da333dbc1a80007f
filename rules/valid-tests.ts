import { defineRule } from '../src/engine/rule.ts';
import { parsePrefix } from '../src/policy/addresses.ts';
import { findMember, memberKey } from '../src/policy/members.ts';
import { modelOf, type Definitions } from '../src/policy/policy-model.ts';
import { splitHostPort } from '../src/policy/ports.ts';
import { selectorKind } from '../src/policy/selectors.ts';

const q = JSON.stringify;
const LISTS = ['accept', 'allow', 'deny'];
const TEST_PROTOCOLS = new Set(['tcp', 'udp', 'sctp', '6', '17', '132']);

/** What is wrong with one `accept`/`deny` destination of a test, or undefined. */
function destinationProblem(raw: string, hosts: Definitions): string | undefined {
  const text = raw.trim();
  if (!text.includes(':')) return `Test destination ${q(raw)} has no port; add ":" and the one port to test, as in ${q(`${text}:22`)}`;
  const split = splitHostPort(text);
  if (!split.ok) return `Test destination ${split.problem}`;
  const { host, ports } = split.value;
  const kind = selectorKind(host.trim());
  const one = 'a test checks one host and one port';
  if (kind === 'wildcard') return `Test destination ${q(raw)} has "*" as its host; ${one}: name a user, group, tag, host, IP or service`;
  const prefix = parsePrefix(host);
  if (prefix) {
    const single = prefix.bits === (prefix.family === 4 ? 32 : 128);
    const what = single ? `a CIDR, which tests take as a range even at /${prefix.bits}` : 'a range of addresses';
    return `Test destination ${q(raw)} is ${what}; ${one}: write ${single ? `the address without "/${prefix.bits}"` : 'one address'}, or name the device`;
  }
  if (kind === 'ip-range') return `Test destination ${q(raw)} is a range of addresses; ${one}: write one address, or name the device`;
  if (host === 'autogroup:internet') return `"autogroup:internet" cannot be tested in ${q(raw)}; test a public address reached through the exit node instead, such as "203.0.113.10:443"`;
  if (kind === 'host') {
    const alias = hosts.valueOf(host);
    if (typeof alias === 'string' && alias.includes('/')) {
      return `Test destination ${q(raw)} uses host ${q(host)}, which is a range of addresses (${q(alias)}); ${one}: use a host that is a single address, or the device's IP`;
    }
  }
  if (/^\d+$/.test(ports)) {
    const port = Number(ports);
    if (port === 0) return `Test destination ${q(raw)} has port 0; write the port to test, from 1 to 65535`;
    if (port > 65535) return `Test destination ${q(raw)} has port ${ports}, above 65535; write the port to test, from 1 to 65535`;
    return undefined;
  }
  if (ports === '*') return `Test destination ${q(raw)} has "*" for every port; ${one}: write the port to test, as in ${q(`${host}:443`)}`;
  if (ports.includes(',')) return `Test destination ${q(raw)} lists several ports; ${one}: write one destination per port`;
  if (/^\d+-\d+$/.test(ports)) return `Test destination ${q(raw)} has a port range; ${one}: write one destination per port to check`;
  return `Test destination ${q(raw)} has the port ${q(ports)}, which is not a number from 1 to 65535; write the port to test as a number, as in ${q(`${host}:22`)}`;
}

// The control plane answers a broken test with nothing but "test(s) failed"; this rule names the
// entry and says why. It checks the shape only: whether the rules let each test pass is not
// evaluated for `tests` (see `no-failing-ssh-tests` for `sshTests`).
export default defineRule({
  id: 'valid-tests',
  description: 'Each test connects as one identity to single host:port destinations, over tcp, udp or sctp',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const test of model.entries('tests')) {
      const value = test.value;
      const src = findMember(value, 'src') ?? findMember(value, 'user');
      if (src && typeof src.value === 'string') {
        const text = src.value.trim();
        const kind = selectorKind(text);
        const one = 'a test connects as one identity: a user, a group, a tag, a host or an IP';
        let message: string | undefined;
        if (text === '') message = `Test ${q(src.key)} is empty; name the identity the test connects as: a user, a group, a tag, a host or an IP`;
        else if (kind === 'wildcard') message = `Test ${q(src.key)} cannot be "*"; ${one}`;
        else if (kind === 'cidr' || kind === 'ip-range') message = `Test ${q(src.key)} ${q(src.value)} is a range of addresses; ${one}`;
        if (message) report({ path: [...test.path, src.key], message });
      }

      const proto = findMember(value, 'proto');
      if (proto && typeof proto.value === 'string' && proto.value.trim() !== '' && !TEST_PROTOCOLS.has(proto.value.trim().toLowerCase())) {
        report({
          path: [...test.path, proto.key],
          message: `Test "proto" ${q(proto.value)} cannot be tested; tests check "tcp", "udp" or "sctp", or leave "proto" out to test TCP or UDP`,
        });
      }

      for (const list of LISTS) {
        const key = memberKey(value, list);
        const items = key === undefined ? undefined : value[key];
        if (!Array.isArray(items)) continue;
        for (let index = 0; index < items.length; index++) {
          const item: unknown = items[index];
          if (typeof item !== 'string') continue;
          const problem = destinationProblem(item, model.hosts);
          if (problem) report({ path: [...test.path, key!, index], message: problem });
        }
      }
    }
  },
});
