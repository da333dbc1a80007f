import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { memberKey } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { portSuffixColon } from '../src/policy/ports.ts';
import { AUTOGROUPS, selectorKind, type SelectorKind } from '../src/policy/selectors.ts';

const q = JSON.stringify;
const KNOWN_AUTOGROUPS: ReadonlySet<string> = new Set(AUTOGROUPS);
/** Destinations a tagged source may never reach: they are devices owned by users. */
const USER_OWNED = new Set(['autogroup:self', 'autogroup:member', 'autogroup:members']);
const ALLOWED_DST = '"tag:…", "autogroup:self", "autogroup:member", "autogroup:tagged" or the source\'s own login';

/** A string of an SSH rule's `src` or `dst`, trimmed, with where it stands (its path is built only to report). */
interface Item {
  text: string;
  kind: SelectorKind;
  key: string;
  index: number;
}

function items(entry: Record<string, unknown>, name: string): Item[] {
  const key = memberKey(entry, name);
  const list = key === undefined ? undefined : entry[key];
  if (!Array.isArray(list)) return [];
  const out: Item[] = [];
  for (let index = 0; index < list.length; index++) {
    const value: unknown = list[index];
    if (typeof value !== 'string') continue;
    const text = value.trim();
    out.push({ text, kind: selectorKind(text), key: key!, index });
  }
  return out;
}

/** `tag:web:22`, `alice@example.com:22`, `autogroup:self:22` → the part before the port. */
function withoutPort(text: string): string | undefined {
  const colon = portSuffixColon(text);
  if (colon < 0) return undefined;
  const base = text.slice(0, colon);
  const kind = selectorKind(base.trim());
  if (kind === 'tag' || kind === 'user' || (kind === 'autogroup' && KNOWN_AUTOGROUPS.has(base))) return base;
  return undefined;
}

// Who may open SSH sessions to what. Sources are identities (users, groups, tags, autogroups),
// destinations are devices named by tag, `autogroup:self` or the one user who is also the source;
// tagged sources never reach devices owned by users.
export default defineRule({
  id: 'valid-ssh-selectors',
  description: 'SSH rules connect identities to tagged or own devices: no "*", addresses or hosts, and no tagged source to user-owned devices',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const entry of model.entries('ssh')) {
      const src = items(entry.value, 'src');
      const dst = items(entry.value, 'dst');
      const pathOf = (item: Item): JsonPath => [...entry.path, item.key, item.index];

      // Autogroups in sources are `autogroup-placement`'s.
      for (const item of src) {
        const { text, kind } = item;
        let problem: string | undefined;
        if (kind === 'wildcard') problem = `"*" cannot be an SSH source; list the users, groups or tags that may connect, or use "autogroup:member" for every member of the tailnet`;
        else if (kind === 'ip' || kind === 'cidr' || kind === 'ip-range') problem = `SSH sources are identities, not addresses, so ${q(text)} cannot be one; name the users, groups or tags that may connect`;
        else if (kind === 'host') problem = `SSH sources are identities, not hosts, so ${q(text)} cannot be one; name the users, groups or tags that may connect`;
        else if (kind === 'ipset' || kind === 'service') problem = `${q(text)} cannot be an SSH source; name the users, groups or tags that may connect`;
        if (problem) report({ path: pathOf(item), message: problem });
      }

      const tagged = src.find((s) => s.text === 'autogroup:tagged' || s.kind === 'tag');
      for (const item of dst) {
        const { text, kind } = item;
        const bare = withoutPort(text);
        if (bare !== undefined) {
          const at = pathOf(item);
          report({
            path: at,
            message: `SSH destinations take no port (SSH always uses port 22), so ${q(text)} is not valid; write ${q(bare)}`,
            suggestions: [{ description: `Replace with ${q(bare)}`, ops: [{ op: 'replace-value', path: at, value: bare }] }],
          });
          continue;
        }
        let problem: string | undefined;
        if (kind === 'wildcard') problem = `"*" cannot be an SSH destination; name the devices' tags, or use "autogroup:self" for each user's own devices`;
        else if (kind === 'ip' || kind === 'cidr' || kind === 'ip-range') problem = `SSH destinations cannot be addresses, so ${q(text)} is not valid; tag the devices and name the tag`;
        else if (kind === 'host') {
          problem = model.hosts.has(text)
            ? `Host ${q(text)} cannot be an SSH destination (a host names an address, not a device); tag the device and name the tag`
            : `${q(text)} cannot be an SSH destination; use ${ALLOWED_DST}`;
        } else if (kind === 'group' || kind === 'domain-users') {
          problem = `${q(text)} cannot be an SSH destination (it names users, not devices); use "autogroup:self" for each user's own devices, or name the devices' tags`;
        } else if (kind === 'ipset' || kind === 'service' || kind === 'posture') problem = `${q(text)} cannot be an SSH destination; use ${ALLOWED_DST}`;
        else if (kind === 'autogroup' && KNOWN_AUTOGROUPS.has(text) && text !== 'autogroup:tagged' && !USER_OWNED.has(text)) {
          problem = `${q(text)} cannot be an SSH destination; use ${ALLOWED_DST}`;
        }
        if (problem) {
          report({ path: pathOf(item), message: problem });
          continue;
        }

        const userOwned = kind === 'user' || USER_OWNED.has(text);
        if (userOwned && tagged) {
          report({
            path: pathOf(item),
            message: `Tagged source ${q(tagged.text)} cannot reach user-owned devices over SSH, so destination ${q(text)} is not allowed in this rule; give the tagged sources a rule of their own with tagged destinations`,
          });
        } else if (kind === 'user' && src.length > 0 && !(src.length === 1 && src[0]!.text === text)) {
          report({
            path: pathOf(item),
            message: `User ${q(text)} as an SSH destination may only be reached by that same user, and "src" is not exactly [${q(text)}]; use "autogroup:self" to let each user reach their own devices, or make ${q(text)} the only source`,
          });
        }
      }
    }
  },
});
