import { defineRule, type Suggestion } from '../src/engine/rule.ts';
import { parsePrefix } from '../src/policy/addresses.ts';
import { findMember, isObject } from '../src/policy/members.ts';
import { modelOf, type PolicyModel } from '../src/policy/policy-model.ts';

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
    const uses = model.usesAt('grant.dst');
    // The grants (by index) with app capabilities, found once one is needed.
    let withApp: Set<number> | undefined;
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) !== 'cidr' || parsePrefix(uses.selector(i)!)?.bits !== 0) continue;
      withApp ??= grantsWithApp(model);
      const use = uses.at(i);
      const suggestions: Suggestion[] = [
        { description: 'Use "*" (every device and route in the tailnet)', ops: [{ op: 'replace-value', path: use.path, value: '*' }] },
      ];
      const hasApp = withApp.has(use.owner[1] as number);
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

function grantsWithApp(model: PolicyModel): Set<number> {
  const out = new Set<number>();
  for (const grant of model.entries('grants')) {
    const app = findMember(grant.value, 'app');
    if (app && isObject(app.value) && Object.keys(app.value).length > 0) out.add(grant.index);
  }
  return out;
}
