import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { findMember, isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

// A grant gives network access (`ip`), application capabilities (`app`), or both. With neither
// it would allow nothing, and Tailscale rejects the whole policy. A wrongly typed `ip`/`app` is the
// schema rule's to report, so it is not reported here as well.
export default defineRule({
  id: 'grant-needs-ip-or-app',
  description: 'Every grant must have a non-empty "ip" or "app"',
  severity: 'error',
  fixable: false,
  check({ policy, report }) {
    for (const grant of modelOf(policy).entries('grants')) {
      const ip = findMember(grant.value, 'ip');
      const app = findMember(grant.value, 'app');
      const ipOk = !ip || ip.value === null || Array.isArray(ip.value);
      const appOk = !app || app.value === null || isObject(app.value);
      if (!ipOk || !appOk) continue;
      const ipEmpty = !Array.isArray(ip?.value) || ip.value.length === 0;
      const appEmpty = !isObject(app?.value) || Object.keys(app.value).length === 0;
      if (!ipEmpty || !appEmpty) continue;

      const todo = 'list the ports it opens in "ip" (for example "tcp:443") or the capabilities it grants in "app"';
      let path: JsonPath = grant.path;
      let message = `Grant has neither "ip" nor "app", so Tailscale rejects it; ${todo}`;
      if (ip && app) {
        path = [...grant.path, ip.key];
        message = `Grant "ip" and "app" are both empty, so Tailscale rejects it; ${todo}`;
      } else if (ip) {
        path = [...grant.path, ip.key];
        message = `Grant "ip" is empty and there is no "app", so Tailscale rejects it; ${todo}`;
      } else if (app) {
        path = [...grant.path, app.key];
        message = `Grant "app" is empty and there is no "ip", so Tailscale rejects it; ${todo}`;
      }
      report({ path, message, ...(path === grant.path ? {} : { on: 'key' as const }) });
    }
  },
});
