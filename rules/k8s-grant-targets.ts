import { defineRule, type JsonPath, type Suggestion } from '../src/engine/rule.ts';
import { accessRule, anchorAt, capitalize, forSetup, inlineJson, proxyLabel } from '../src/kubernetes/advice.ts';
import { allowsAll, capField, coveredBy, KUBERNETES_CAP, kubernetesGrants, namesTarget, namesTargetExplicitly, openingsTo, type CapabilityGrant } from '../src/kubernetes/reach.ts';
import { setupsFor } from '../src/kubernetes/resolve-setups.ts';
import type { Setup } from '../src/kubernetes/setups.ts';
import { modelOf } from '../src/policy/policy-model.ts';
import { classifySelector } from '../src/policy/selectors.ts';

/** Destinations that are user devices: a proxy is always a tagged device. */
const USER_DEVICES = new Set(['user', 'domain-users', 'group']);

const NO_IMPERSONATION: Record<string, string> = {
  operator: 'runs in noauth mode, where the proxy passes requests through without impersonation',
  proxygroup: 'runs in noauth mode, where the proxy passes requests through without impersonation',
  cks: 'uses CoreWeave-managed or direct auth only, where the identity comes from the Cloud Console token or the client certificate',
};

// The capability reaches a proxy only through the proxy's own packet filter, so its grant must
// name the proxy's tag; what the proxy then does with it depends on the mode (spec §4, §5.1
// item 4, §5.3 item 4, §5.4, §5.5 item 4).
export default defineRule({
  id: 'k8s-grant-targets',
  description: 'Kubernetes capability grants must target the proxy\'s tag, in a mode that reads them, with a recorder the proxy can reach when recording is enforced',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const setups = setupsFor(policy, settings);
    const grants = kubernetesGrants(model);
    const proxyTags = [...new Set(setups.map((s) => s.proxyTag))];
    const allInferred = setups.length > 0 && setups.every((s) => s.inferred);
    /** Message and severity for a report about the setups as a whole. */
    const general = (message: string) => (allInferred ? forSetup(setups[0]!, message) : { message });

    for (const grant of grants) {
      // 1. Destinations: the proxy's tag (or `*`, which includes it), never a Service or a user device.
      if (setups.length > 0) {
        for (const dst of grant.destinations) {
          const selector = classifySelector(dst.text);
          const expected = proxyTags.map((t) => JSON.stringify(t)).join(' or ');
          const replace: { suggestions?: Suggestion[] } =
            proxyTags.length === 1 ? { suggestions: [{ description: `Target ${JSON.stringify(proxyTags[0])}`, ops: [{ op: 'replace-value', path: dst.path, value: proxyTags[0] }] }] } : {};
          if (selector.kind === 'service') {
            report({
              path: dst.path,
              ...general(`The Kubernetes capability is not delivered through a Tailscale Service such as ${JSON.stringify(dst.text)}: the proxy reads it from its own device's grants; target ${expected}`),
              ...replace,
            });
          } else if (selector.kind === 'tag' && !proxyTags.includes(selector.text)) {
            report({
              path: dst.path,
              ...general(`${JSON.stringify(dst.text)} is not the tag of a Kubernetes API-server proxy, so the capability has no effect there; target ${expected}${allInferred ? '' : ', or declare the setup that runs under this tag'}`),
              ...replace,
            });
          } else if (USER_DEVICES.has(selector.kind) || (selector.kind === 'autogroup' && selector.text !== 'autogroup:tagged')) {
            report({
              path: dst.path,
              ...general(`${JSON.stringify(dst.text)} names user devices, never a Kubernetes API-server proxy, so the capability has no effect there; target ${expected}`),
              ...replace,
            });
          }
        }
      }

      // 2. Impersonation where the proxy ignores it.
      for (const setup of setups) {
        if (setup.mode !== 'noauth' || !grant.destinations.some((d) => namesTargetExplicitly(d.text, { tag: setup.proxyTag }))) continue;
        for (const capability of grant.values) {
          const impersonate = capField(capability.value, 'impersonate');
          if (!impersonate) continue;
          report({
            path: [...capability.path, impersonate.key],
            on: 'key',
            ...forSetup(setup, `${capitalize(proxyLabel(setup))} ${NO_IMPERSONATION[setup.proxy]}, so "impersonate" has no effect; remove it, or give the groups through Kubernetes RBAC instead`),
            severity: 'warn',
          });
        }
      }

      // 3. Enforced recording needs a recorder the proxy can reach, or every request is refused.
      for (const capability of grant.values) {
        const value = capability.value;
        const enforce = capField(value, 'enforceRecorder');
        if (enforce?.value !== true) continue;
        const at: JsonPath = [...capability.path, enforce.key];
        const recorders = recordersFor(value, grant, grants);
        const lockout = 'so the proxy refuses every request (HTTP 403) to everyone this grant covers';
        if (recorders.length === 0) {
          report({ path: at, on: 'key', message: `"enforceRecorder" is true but no recorder is named, ${lockout}; name the recorder's tag in "recorder", or remove "enforceRecorder"` });
          continue;
        }
        const recorder = recorders[0]!;
        if (!model.tags.has(recorder)) {
          report({ path: at, on: 'key', message: `"enforceRecorder" is true but the recorder tag ${JSON.stringify(recorder)} is not defined in "tagOwners", ${lockout}; define the tag, or remove "enforceRecorder"` });
          continue;
        }
        if (allowsAll(model)) continue;
        const sources = openingsTo(model, { tag: recorder }, 80).flatMap((o) => o.sources.map((s) => s.text));
        for (const { proxy, setup } of proxiesOf(grant, setups)) {
          if (proxy === recorder || coveredBy(model, proxy, sources)) continue;
          const rule = accessRule(model, [proxy], recorder, [80]);
          const message = `"enforceRecorder" is true but the proxy ${JSON.stringify(proxy)} cannot reach the recorder ${JSON.stringify(recorder)} on tcp:80, ${lockout}; add ${rule.text} to ${JSON.stringify(rule.section)}`;
          report({
            path: at,
            on: 'key',
            ...(setup ? forSetup(setup, message) : { message }),
            ...(rule.op ? { suggestions: [{ description: `Add ${rule.text} to "${rule.section}"`, ops: [rule.op] }] } : {}),
          });
        }
      }
    }

    // 4. A declared recorder must be named by a capability grant to the proxy, or nothing is recorded.
    for (const setup of setups) {
      if (!setup.recorder) continue;
      const { tag, enforce } = setup.recorder;
      const target = { tag: setup.proxyTag, service: setup.service };
      const values = grants.filter((g) => g.destinations.some((d) => namesTarget(d.text, target))).flatMap((g) => g.values.map((v) => v.value));
      // The proxy unites the rules that match a caller: the recorder and the switch may sit in different values.
      const naming = values.filter((v) => tagsIn(capField(v, 'recorder')?.value).includes(tag));
      if (naming.length > 0 && (!enforce || values.some((v) => capField(v, 'enforceRecorder')?.value === true))) continue;
      const value = enforce ? { recorder: [tag], enforceRecorder: true } : { recorder: [tag] };
      const grant = { src: setup.users.length > 0 ? setup.users : ['*'], dst: [setup.proxyTag], app: { [KUBERNETES_CAP]: [value] } };
      const section = model.section('grants');
      // A policy without "grants" and "acls" allows all traffic; adding "grants" would end that.
      const allowAll = allowsAll(model);
      const op = allowAll
        ? undefined
        : !section
          ? { op: 'insert-property' as const, path: [], key: 'grants', value: [grant] }
          : Array.isArray(section.value)
            ? { op: 'append' as const, path: [section.key], value: grant }
            : undefined;
      const what = naming.length > 0 ? `no grant to ${proxyLabel(setup)} sets "enforceRecorder" with its recorder ${JSON.stringify(tag)}, so sessions go unrecorded whenever the recorder is down` : `no grant to ${proxyLabel(setup)} names its recorder ${JSON.stringify(tag)}, so nothing is recorded`;
      report({
        ...anchorAt(model, ['grants']),
        ...forSetup(
          setup,
          `${capitalize(what)}; add ${inlineJson(grant)} to ${JSON.stringify(section?.key ?? 'grants')}${allowAll ? ' (with a "grants" section the policy no longer allows all traffic: add the rules your tailnet needs with it)' : ''}`,
        ),
        ...(op ? { suggestions: [{ description: `Add a recording grant for ${JSON.stringify(tag)}`, ops: [op] }] } : {}),
      });
    }
  },
});

function tagsIn(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string' && t.trim().startsWith('tag:')).map((t) => t.trim()) : [];
}

/** The recorder of an enforcing value: its own, else one named by another value for the same destinations (the proxy unites them). */
function recordersFor(value: unknown, grant: CapabilityGrant, grants: readonly CapabilityGrant[]): string[] {
  const own = tagsIn(capField(value, 'recorder')?.value);
  if (own.length > 0) return own;
  const destinations = new Set(grant.destinations.map((d) => d.text));
  return grants
    .filter((g) => g.destinations.some((d) => destinations.has(d.text) || d.text === '*'))
    .flatMap((g) => g.values.flatMap((v) => tagsIn(capField(v.value, 'recorder')?.value)));
}

/**
 * The proxies a grant reaches: the tags it names, and through `*` or `autogroup:tagged` every
 * setup's proxy; each with its setup when that setup is inferred (its reports are warnings).
 */
function proxiesOf(grant: CapabilityGrant, setups: readonly Setup[]): { proxy: string; setup: Setup | undefined }[] {
  const out = new Map<string, Setup | undefined>();
  for (const dst of grant.destinations) {
    if (dst.text.startsWith('tag:')) out.set(dst.text, setups.find((s) => s.proxyTag === dst.text));
  }
  for (const setup of setups) {
    if (!out.has(setup.proxyTag) && grant.destinations.some((d) => namesTarget(d.text, { tag: setup.proxyTag }))) out.set(setup.proxyTag, setup);
  }
  return [...out].map(([proxy, setup]) => ({ proxy, setup: setup?.inferred ? setup : undefined }));
}
