import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { parsePrefix } from '../src/policy/addresses.ts';
import { findMember, isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const q = JSON.stringify;

// Tailscale refuses `0.0.0.0/0` and `::/0` as grant destinations: "every address" is either the
// tailnet ("*") or the internet through exit nodes ("autogroup:internet"), and the author has to
// say which. Both are offered as suggestions; the internet one only when the grant has no `app`
// (app capabilities cannot go to autogroup:internet).
export default defineRule({
  id: 'no-all-addresses-dst',
  description: 'Grant destinations must not be "0.0.0.0/0" or "::/0"; use "*" or "autogroup:internet"',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const withApp = new Set<string>();
    for (const grant of model.entries('grants')) {
      const app = findMember(grant.value, 'app');
      if (app && isObject(app.value) && Object.keys(app.value).length > 0) withApp.add(String(grant.path[1]));
    }
    const uses = model.usesAt('grant.dst');
    for (let i = 0; i < uses.length; i++) {
      if (parsePrefix(uses.text(i).trim())?.bits !== 0) continue;
      const use = uses.at(i);
      const suggestions: Suggestion[] = [
        { description: 'Use "*" (every device and route in the tailnet)', ops: [{ op: 'replace-value', path: use.path, value: '*' }] },
      ];
      const hasApp = withApp.has(String(use.owner[1]));
      if (!hasApp) {
        suggestions.push({
          description: 'Use "autogroup:internet" (the internet through exit nodes)',
          ops: [{ op: 'replace-value', path: use.path, value: 'autogroup:internet' }],
        });
      }
      const todo = hasApp
        ? 'write "*" for every device and route in the tailnet ("autogroup:internet" cannot receive the "app" capabilities of this grant)'
        : 'write "*" for every device and route in the tailnet, or "autogroup:internet" for the internet through exit nodes';
      report({ path: use.path, message: `Grant destination ${q(use.text)} is refused by Tailscale; ${todo}`, suggestions });
    }
  },
});
