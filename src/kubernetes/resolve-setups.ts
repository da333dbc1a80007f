// The setups a policy is checked against: the declared ones (config `kubernetes` or the
// `--kubernetes` flag), or, when nothing is declared, the ones the policy itself suggests.

import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { findMember, isObject, type JsonObject } from '../policy/members.ts';
import { modelOf, type PolicyModel } from '../policy/policy-model.ts';
import { kubernetesGrants } from './reach.ts';
import { DEFAULT_TAGS, toSetup, type ProxyKind, type Setup } from './setups.ts';

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

function inferSetups(model: PolicyModel): Setup[] {
  const grants = kubernetesGrants(model);
  const grantTargets = new Set(grants.flatMap((g) => g.destinations.map((d) => d.text)));
  const services = findMember(isObject(model.section('autoApprovers')?.value) ? (model.section('autoApprovers')!.value as JsonObject) : {}, 'services');
  const serviceKeys = isObject(services?.value) ? Object.keys(services.value) : [];
  const found: ProxyKind[] = [];
  if (model.tags.has(DEFAULT_TAGS.cks) || grantTargets.has(DEFAULT_TAGS.cks)) found.push('cks');
  const proxyGroup = grantTargets.has(DEFAULT_TAGS.proxygroup) || serviceKeys.includes('svc:*') || serviceKeys.includes(DEFAULT_TAGS.proxygroup);
  if (proxyGroup) found.push('proxygroup');
  else if (model.tags.has(DEFAULT_TAGS.operator) || grantTargets.has(DEFAULT_TAGS.operator)) found.push('operator');
  return found.map((proxy) => {
    const setup = toSetup({ proxy }, 'inferred');
    const users = new Set(grants.filter((g) => g.destinations.some((d) => d.text === setup.proxyTag)).flatMap((g) => g.sources.map((s) => s.text)));
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
    const declared = declaredSetups(settings);
    setups = declared.length > 0 ? declared.map((d, i) => toSetup(d.declaration, d.source, i)) : inferSetups(modelOf(policy));
    bySettings.set(settings, setups);
  }
  return setups;
}

/** How to declare an inferred setup, for messages. */
export function declareHint(setup: Setup): string {
  return setup.inferred ? ` (assumed ${setup.proxy} setup; declare it under "kubernetes" in .tailpolicy.json or pass --kubernetes ${setup.proxy} to check it fully)` : '';
}
