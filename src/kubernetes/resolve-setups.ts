// The setups a policy is checked against: the declared ones (config `kubernetes` or the
// `--kubernetes` flag), or, when nothing is declared, the ones the policy itself suggests.

import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { findMember, isObject, type JsonObject } from '../policy/members.ts';
import { modelOf, type PolicyModel } from '../policy/policy-model.ts';
import { kubernetesGrants, openingsTo } from './reach.ts';
import { checkDeclaration, CKS_AUTH_PORTS, DEFAULT_TAGS, toSetup, type CksAuth, type Setup } from './setups.ts';

/** Settings key holding the declarations: `[{ declaration, source }]` or raw config entries. */
export interface DeclaredSetup {
  declaration: JsonObject;
  /** `kubernetes[0]` (config) or `--kubernetes cks` (flag). */
  source: string;
}

export function declaredSetups(settings: Readonly<Record<string, unknown>>): DeclaredSetup[] {
  const raw = settings.kubernetes;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry, i): DeclaredSetup[] => {
    if (isObject(entry) && isObject(entry.declaration) && typeof entry.source === 'string') return [entry as unknown as DeclaredSetup];
    return isObject(entry) ? [{ declaration: entry, source: `kubernetes[${i}]` }] : [];
  });
}

/** Sources that stand for everyone: never taken as the intended users of an inferred setup. */
const EVERYONE = new Set(['*', 'autogroup:danger-all']);

function inferSetups(model: PolicyModel): Setup[] {
  const grants = kubernetesGrants(model);
  const grantTargets = new Set<string>();
  for (const grant of grants) for (const destination of grant.destinations) grantTargets.add(destination.text);
  const approvers = model.section('autoApprovers');
  const services = isObject(approvers?.value) ? findMember(approvers.value, 'services') : undefined;
  const approved = (key: string, tag: string) => {
    const list = isObject(services?.value) ? findMember(services.value, key)?.value : undefined;
    return Array.isArray(list) && list.includes(tag);
  };
  const found: JsonObject[] = [];
  if (model.tags.has(DEFAULT_TAGS.cks) || grantTargets.has(DEFAULT_TAGS.cks)) {
    // The auth modes in use show in the ports opened to the proxy; Tailscale-managed is the default.
    const target = { tag: DEFAULT_TAGS.cks };
    const auth = (Object.keys(CKS_AUTH_PORTS) as CksAuth[]).filter((a) => openingsTo(model, target, CKS_AUTH_PORTS[a], { explicit: true }).length > 0);
    found.push({ proxy: 'cks', ...(auth.length > 0 && !(auth.length === 1 && auth[0] === 'tailscale-managed') ? { auth } : {}) });
  }
  // A ProxyGroup shows in its tag being a capability target, or in the operator's tag next to
  // the Service approval the ProxyGroup page prescribes (that approval alone names no operator).
  const approvesProxyGroup = approved('svc:*', DEFAULT_TAGS.proxygroup) || approved(DEFAULT_TAGS.proxygroup, DEFAULT_TAGS.proxygroup);
  const proxyGroup = grantTargets.has(DEFAULT_TAGS.proxygroup) || (approvesProxyGroup && model.tags.has(DEFAULT_TAGS.operator));
  if (proxyGroup) found.push({ proxy: 'proxygroup' });
  // The operator's own proxy: its tag is a capability target, or it is defined and no ProxyGroup is seen.
  if (grantTargets.has(DEFAULT_TAGS.operator) || (!proxyGroup && model.tags.has(DEFAULT_TAGS.operator))) {
    // The proxies it creates carry tag:k8s unless the policy shows another tag the operator owns.
    let owned: string | undefined;
    for (const name of model.tags.keys()) {
      const value = model.tags.valueOf(name);
      if (name !== DEFAULT_TAGS.operator && Array.isArray(value) && value.some((o) => typeof o === 'string' && o.trim() === DEFAULT_TAGS.operator)) {
        owned = name;
        break;
      }
    }
    const custom = !model.tags.has(DEFAULT_TAGS.proxygroup) && owned !== undefined ? { proxyTag: owned } : {};
    found.push({ proxy: 'operator', ...custom });
  }
  return found.map((declaration) => {
    const setup = toSetup(declaration, 'inferred');
    const users = new Set(
      grants
        .filter((g) => g.destinations.some((d) => d.text === setup.proxyTag))
        .flatMap((g) => g.sources.map((s) => s.text))
        .filter((s) => !EVERYONE.has(s)),
    );
    return { ...setup, users: [...users], inferred: true, source: 'inferred' };
  });
}

const cache = new WeakMap<ParsedPolicy, WeakMap<object, Setup[]>>();

/** The setups to check `policy` against, computed once per policy and settings object. */
export function setupsFor(policy: ParsedPolicy, settings: Readonly<Record<string, unknown>>): Setup[] {
  let bySettings = cache.get(policy);
  if (!bySettings) cache.set(policy, (bySettings = new WeakMap()));
  let setups = bySettings.get(settings);
  if (!setups) {
    // A declared list, even an empty one (`"kubernetes": []` turns inference off), is the whole truth.
    setups = Array.isArray(settings.kubernetes)
      ? declaredSetups(settings)
          // The config loader and the flag parser refuse bad declarations; settings built in code
          // skip that, so a declaration that would not pass is left out rather than misread.
          .flatMap((d, i) => (checkDeclaration(d.declaration, i).length === 0 ? [toSetup(d.declaration, d.source, i)] : []))
      : inferSetups(modelOf(policy));
    bySettings.set(settings, setups);
  }
  return setups;
}

/** How to declare an inferred setup, for messages. */
export function declareHint(setup: Setup): string {
  return setup.inferred ? ` (assumed ${setup.proxy} setup; declare it under "kubernetes" in .tailpolicy.json or pass --kubernetes ${setup.proxy} to check it fully)` : '';
}
