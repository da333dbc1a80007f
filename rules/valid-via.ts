import { defineRule } from '../src/engine/rule.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const q = JSON.stringify;

// `via` routes a grant through particular exit nodes, subnet routers or app connectors, named by
// their tags. Anything else (an autogroup, a user, a host, an address) is refused by Tailscale.
// Whether the tag is defined is checked by the reference rules.
export default defineRule({
  id: 'valid-via',
  description: 'Grant "via" entries must be tags',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    const uses = modelOf(policy).usesAt('grant.via');
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) === 'tag') continue;
      const use = uses.at(i);
      report({
        path: use.path,
        message: `"via" takes only tags, not ${q(use.text)}; name the tag of the exit nodes, subnet routers or app connectors to route through`,
      });
    }
  },
});
