import { defineRule } from '../src/engine/rule.ts';
import { additionText, anchorAt, capitalize, existingPrefix, forSetup, insertMember, memberText, offerEntry, proxyLabel } from '../src/kubernetes/advice.ts';
import { sourceIncludes } from '../src/kubernetes/reach.ts';
import { setupsFor } from '../src/kubernetes/resolve-setups.ts';
import { isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

// The CKS proxy and a ProxyGroup publish the API server as a Tailscale Service; until its hosts
// are approved the Service stays "pending approval" and serves nobody (spec §5.1 item 2, §5.3
// item 3). The operator's in-process proxy is a plain device and needs no approval.
export default defineRule({
  id: 'k8s-service-approval',
  description: 'The Tailscale Service of a CKS or ProxyGroup API-server proxy must be auto-approved in "autoApprovers.services"',
  severity: 'error',
  fixable: true,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const { path: servicesPath, missing: servicesMissing } = existingPrefix(model, ['autoApprovers', 'services']);
    const services = servicesMissing.length === 0 ? serviceEntries(model.root, servicesPath) : [];
    const where = JSON.stringify(servicesPath.join('.'));
    const seen = new Set<string>();

    for (const setup of setupsFor(policy, settings)) {
      if (setup.proxy === 'operator' || seen.has(setup.proxyTag)) continue;
      seen.add(setup.proxyTag);
      const tag = setup.proxyTag;
      // Keys that cover the proxy's Service: every Service (`svc:*`), the Service tag (the proxy's
      // tag), or the Service by name — the declared one, or any when none is declared.
      const covers = (key: string) => key === 'svc:*' || key === tag || (setup.service !== undefined ? key === setup.service : key.startsWith('svc:'));
      const approves = (list: unknown) => Array.isArray(list) && list.some((a) => typeof a === 'string' && sourceIncludes(model, a.trim(), tag));
      const candidates = services.filter((e) => covers(e.key));
      if (candidates.some((e) => approves(e.value))) continue;

      // What the setup's docs show: CoreWeave the Service tag, Tailscale's ProxyGroup page `svc:*`;
      // a declared Service name is narrower still.
      const preferred = setup.proxy === 'cks' ? tag : (setup.service ?? 'svc:*');
      const why = `the Tailscale Service of ${proxyLabel(setup)} is not auto-approved, so it stays "pending approval" and serves nobody`;
      const own = candidates.find((e) => e.key === preferred) ?? candidates[0];
      if (own && !Array.isArray(own.value)) continue; // the schema rule reports the type
      if (own) {
        // The entry is there, but does not name the proxy's hosts.
        report({
          path: [...servicesPath, own.key],
          ...forSetup(setup, `${capitalize(why)}: ${JSON.stringify(own.key)} in ${where} does not list the proxy's tag; add ${JSON.stringify(tag)} to it`),
          ...offerEntry(setup, `Add ${JSON.stringify(tag)} to ${JSON.stringify(own.key)}`, { op: 'append', path: [...servicesPath, own.key], value: tag }),
        });
        continue;
      }
      const entry = memberText(preferred, [tag]);
      const alternatives = setup.proxy === 'cks' ? '' : `; ${memberText(tag, [tag])} works too`;
      report({
        ...anchorAt(model, ['autoApprovers', 'services'], model.tags.get(tag)?.path),
        ...forSetup(setup, `${capitalize(why)}; ${additionText(model, ['autoApprovers', 'services'], preferred, [tag])}${alternatives}`),
        ...offerEntry(setup, `Add ${entry} to "autoApprovers.services"`, insertMember(model, ['autoApprovers', 'services'], preferred, [tag])),
      });
    }
  },
});

function serviceEntries(root: Record<string, unknown>, path: string[]): { key: string; value: unknown }[] {
  let node: unknown = root;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? Object.entries(node).map(([key, value]) => ({ key, value })) : [];
}
