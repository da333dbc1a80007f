import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { closest } from '../src/policy/did-you-mean.ts';
import { findMember, isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const q = JSON.stringify;

// The `tailscale.com/cap/...` capabilities a policy may grant. The control plane accepted
// kubernetes, drive, relay and webui when tried; tsidp and secrets are on headscale's copy of the
// list and tailsql and golink appear in Tailscale's docs, unconfirmed against the control plane.
const ALLOWED = ['drive', 'golink', 'kubernetes', 'relay', 'secrets', 'tailsql', 'tsidp', 'webui'];
const ALLOWED_NAMES = ALLOWED.map((name) => `tailscale.com/cap/${name}`);
const RESERVED_DOMAIN = 'tailscale.com';
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

// Grant `app` keys name capabilities as `{domain}/{path}`, without a URL scheme. Names in the
// tailscale.com domain are reserved: only a short list may be granted, and a misspelt one
// (`tailscale.com/cap/kubernetess`) is rejected rather than silently treated as a custom capability.
export default defineRule({
  id: 'valid-capability-names',
  description: 'Grant "app" capability names must be "{domain}/{path}", and tailscale.com ones must be grantable',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const grant of modelOf(policy).entries('grants')) {
      const app = findMember(grant.value, 'app');
      if (!app || !isObject(app.value)) continue;
      const capabilities = app.value;
      for (const name of Object.keys(capabilities)) {
        // Most names are fine: the path and the rest are built only to report.
        const scheme = SCHEME.exec(name);
        const problem = scheme ? undefined : problemOf(name);
        if (!scheme && problem === undefined) continue;
        const path = [...grant.path, app.key, name];
        const rename = (to: string): Suggestion[] =>
          Object.hasOwn(capabilities, to) ? [] : [{ description: `Rename to ${q(to)}`, ops: [{ op: 'rename-key', path, newKey: to }] }];
        if (scheme) {
          const bare = name.slice(scheme[0].length);
          const suggestions = problemOf(bare) === undefined ? rename(bare) : [];
          report({
            path,
            on: 'key',
            message: `Capability name ${q(name)} starts with a URL scheme; write it as {domain}/{path}, as in ${q(bare)}`,
            ...(suggestions.length > 0 ? { suggestions } : {}),
          });
          continue;
        }
        if (problem === 'form') {
          report({ path, on: 'key', message: `Capability name ${q(name)} is not of the form {domain}/{path}; write a domain you control, a slash and a path, for example "example.com/cap/my-app"` });
        } else if (problem === 'reserved') {
          const near = closest(name, ALLOWED_NAMES);
          const suggestions = near === undefined ? [] : rename(near);
          report({
            path,
            on: 'key',
            message: near
              ? `Capability ${q(name)} cannot be granted: the tailscale.com domain is reserved; did you mean ${q(near)}?`
              : `Capability ${q(name)} cannot be granted: the tailscale.com domain is reserved except for tailscale.com/cap/{${ALLOWED.join(', ')}}; use your own domain for custom capabilities`,
            ...(suggestions.length > 0 ? { suggestions } : {}),
          });
        }
      }
    }
  },
});

function problemOf(name: string): 'form' | 'reserved' | undefined {
  const slash = name.indexOf('/');
  if (slash <= 0 || slash === name.length - 1) return 'form';
  if (name.slice(0, slash).toLowerCase() === RESERVED_DOMAIN && !ALLOWED_NAMES.includes(name)) return 'reserved';
  return undefined;
}
