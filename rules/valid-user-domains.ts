import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { findMember, isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { splitHostPort } from '../src/policy/ports.ts';

const q = JSON.stringify;
const USER_PREFIX = 'user:*@';
const LOCALPART_PREFIX = 'localpart:*@';

/** `settings.tailnet.domains` from the config, or undefined when not configured. */
function configuredDomains(settings: Readonly<Record<string, unknown>>): string[] | undefined {
  const tailnet = settings.tailnet;
  if (!isObject(tailnet) || !Array.isArray(tailnet.domains)) return undefined;
  return tailnet.domains.filter((d): d is string => typeof d === 'string');
}

// `user:*@<domain>` (all users of a domain) and, in SSH `users`, `localpart:*@<domain>` only work
// for domains that belong to the tailnet; the control plane rejects any other domain, comparing
// it exactly. Offline, the tailnet's domains come from the config (`tailnet.domains`); without it
// only what is never a domain (empty, `*`) is reported.
export default defineRule({
  id: 'valid-user-domains',
  description: '"user:*@<domain>" and "localpart:*@<domain>" must name a domain of the tailnet',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const domains = configuredDomains(settings);
    const model = modelOf(policy);

    const checkDomain = (text: string, prefix: string, path: JsonPath, replace: (domain: string) => string) => {
      const domain = text.slice(prefix.length);
      // The control plane takes "localpart:*@" (no domain) as a literal login name.
      if (domain === '' && prefix === LOCALPART_PREFIX) return;
      if (domain === '' || domain.includes('*')) {
        const what = domain === '' ? 'has no domain after "@"' : `has ${q(domain)} where a domain belongs (domains take no wildcards)`;
        report({ path, message: `${q(text)} ${what}; write the tailnet's domain, as in "${prefix}example.com"` });
        return;
      }
      if (!domains || domains.includes(domain)) return;
      const sameIgnoringCase = domains.find((d) => d.toLowerCase() === domain.toLowerCase());
      if (sameIgnoringCase !== undefined) {
        const fixed = replace(sameIgnoringCase);
        report({
          path,
          message: `Domain ${q(domain)} in ${q(text)} is compared exactly, and the tailnet's domain is spelled ${q(sameIgnoringCase)}; write ${q(fixed)}`,
          suggestions: [{ description: `Replace with ${q(fixed)}`, ops: [{ op: 'replace-value', path, value: fixed }] }],
        });
        return;
      }
      const list = domains.length > 0 ? domains.map((d) => q(d)).join(', ') : 'none configured';
      report({
        path,
        message: `Domain ${q(domain)} in ${q(text)} is not one of the tailnet's domains (${list}), and the control plane rejects it; use a domain of the tailnet, or add it to "tailnet.domains" in the config if the tailnet owns it`,
      });
    };

    const uses = model.selectorUses();
    for (let i = 0; i < uses.length; i++) {
      // Only a "user:*@" selector can hold a domain, port or not: the store knows each string's kind.
      if (uses.kind(i) !== 'domain-users' || uses.isKey(i)) continue;
      const use = uses.at(i);
      let text = use.text.trim();
      let port = '';
      if (use.site === 'acl.dst' || use.site === 'tests.dst') {
        const split = splitHostPort(text);
        if (!split.ok) continue;
        text = split.value.host;
        port = `:${split.value.ports}`;
      }
      if (!text.startsWith(USER_PREFIX)) continue;
      // The replacement keeps the file's own string, whitespace and port included.
      const raw = use.text;
      checkDomain(text, USER_PREFIX, use.path, (d) => raw.replace(text + port, `${USER_PREFIX}${d}${port}`));
    }

    for (const entry of model.entries('ssh')) {
      const users = findMember(entry.value, 'users');
      if (!users || !Array.isArray(users.value)) continue;
      users.value.forEach((user, index) => {
        if (typeof user === 'string' && user.startsWith(LOCALPART_PREFIX)) {
          checkDomain(user, LOCALPART_PREFIX, [...entry.path, users.key, index], (d) => `${LOCALPART_PREFIX}${d}`);
        }
      });
    }
  },
});
