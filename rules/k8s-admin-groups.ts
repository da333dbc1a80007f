import { defineRule } from '../src/engine/rule.ts';
import { inlineJson } from '../src/kubernetes/advice.ts';
import { capField, coveredBy, kubernetesGrants, namesTarget } from '../src/kubernetes/reach.ts';
import { declareHint, setupsFor } from '../src/kubernetes/resolve-setups.ts';
import { MASTERS, type Setup } from '../src/kubernetes/setups.ts';
import { modelOf } from '../src/policy/policy-model.ts';

/** Sources that stand for whole populations rather than chosen people. */
const EVERYONE: Record<string, string> = {
  '*': 'every device in the tailnet (and approved subnets)',
  'autogroup:danger-all': 'every address, even outside the tailnet',
  'autogroup:member': 'every member of the tailnet',
  'autogroup:members': 'every member of the tailnet',
  'autogroup:tagged': 'every tagged device',
  'autogroup:shared': 'every user the tailnet shares devices with',
};

const NONE: readonly Setup[] = [];
/** The admin groups of a grant that reaches no declared setup. */
const MASTERS_ONLY: ReadonlySet<string> = new Set([MASTERS]);

function population(source: string): string | undefined {
  if (source.startsWith('user:*@')) return `every user of ${JSON.stringify(source.slice('user:*@'.length))}`;
  return EVERYONE[source];
}

// Impersonating `system:masters` makes the caller cluster-admin, past every RBAC rule. Granting it
// to everyone, or to anyone outside a setup's declared admins, deserves a second look (spec §4).
export default defineRule({
  id: 'k8s-admin-groups',
  description: 'Kubernetes admin groups such as "system:masters" should be impersonated only by the declared admins, never by everyone',
  severity: 'warn',
  fixable: false,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const setups = setupsFor(policy, settings);
    for (const grant of kubernetesGrants(model)) {
      // The setups this grant reaches; those in noauth mode ignore impersonation.
      const reached = setups.length === 0 ? NONE : setups.filter((s) => grant.destinations.some((d) => namesTarget(d.text, { tag: s.proxyTag, service: s.service })));
      const active = reached.length === 0 ? NONE : reached.filter((s) => s.mode === 'auth');
      if (reached.length > 0 && active.length === 0) continue;
      const adminGroups = active.length > 0 ? new Set(active.flatMap((s) => s.adminGroups)) : MASTERS_ONLY;

      let granted: Set<string> | undefined;
      for (const { value } of grant.values) {
        const groups = capField(capField(value, 'impersonate')?.value, 'groups')?.value;
        if (!Array.isArray(groups)) continue;
        for (const g of groups) if (typeof g === 'string' && adminGroups.has(g)) (granted ??= new Set()).add(g);
      }
      if (!granted) continue;
      const guarded = active.filter((s): s is Setup & { admins: string[] } => s.admins !== undefined);
      const hint = active.length > 0 && active.every((s) => s.inferred) ? declareHint(active[0]!) : '';
      const names = `${granted.size > 1 ? 'groups' : 'group'} ${[...granted].map((g) => JSON.stringify(g)).join(' and ')}`;

      for (const source of grant.sources) {
        const who = population(source.text);
        if (who !== undefined) {
          report({ path: source.path, message: `${JSON.stringify(source.text)} gives ${who} the Kubernetes ${names}, which bypasses RBAC; grant it to a short list of admins instead${hint}` });
          continue;
        }
        for (const setup of guarded) {
          if (coveredBy(model, source.text, setup.admins)) continue;
          report({
            path: source.path,
            message: `${JSON.stringify(source.text)} gets the Kubernetes ${names} on ${JSON.stringify(setup.proxyTag)} but is not among the admins ${inlineJson(setup.admins)} of setup ${JSON.stringify(setup.name)}; remove it from this grant, or add it to "admins" in ${setup.source}`,
          });
          break;
        }
      }
    }
  },
});
