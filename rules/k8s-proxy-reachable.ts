import { defineRule, type JsonPath, type Suggestion } from '../src/engine/rule.ts';
import { accessRule, anchorAt, capitalize, forSetup, inlineJson, portList, proxyLabel } from '../src/kubernetes/advice.ts';
import {
  allowsAll,
  coveredBy,
  kubernetesGrants,
  namesTarget,
  namesTargetExplicitly,
  openingsTo,
  recorderUses,
  type Source,
  type Target,
} from '../src/kubernetes/reach.ts';
import { setupsFor } from '../src/kubernetes/resolve-setups.ts';
import { CKS_AUTH_PORTS, type Setup } from '../src/kubernetes/setups.ts';
import { modelOf, type PolicyModel } from '../src/policy/policy-model.ts';

const CKS_PORT_MODES: Record<number, string> = {
  [CKS_AUTH_PORTS['tailscale-managed']]: 'Tailscale-managed auth',
  [CKS_AUTH_PORTS['coreweave-managed']]: 'CoreWeave-managed auth',
  [CKS_AUTH_PORTS.direct]: 'direct auth',
};

/** `tcp:443`, or for CKS `tcp:9443 (CoreWeave-managed auth)`. */
function portsText(setup: Setup, ports: readonly number[]): string {
  if (setup.proxy !== 'cks') return portList(ports);
  return ports.map((p) => `${portList([p])} (${CKS_PORT_MODES[p] ?? 'auth'})`).join(' and ');
}

// Policies are deny-by-default: whoever runs kubectl needs a rule opening the proxy's port, the
// proxy needs one to its recorder, and nobody else should be let in (spec §5.1 item 3, §5.2
// item 2, §5.3 item 2, §5.5 item 2). A policy with neither "grants" nor "acls" allows everything,
// so it is not checked here (another rule reports it).
export default defineRule({
  id: 'k8s-proxy-reachable',
  description: 'Every listed user must reach each Kubernetes API-server proxy on its ports (and the proxy its recorder), and nobody else should',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    if (allowsAll(model)) return;
    const strict = settings.strict === true;
    const section = model.section('grants')?.key ?? model.section('acls')?.key ?? 'grants';
    const done = new Set<string>();
    const once = (key: string) => !done.has(key) && done.add(key) !== undefined;

    for (const setup of setupsFor(policy, settings)) {
      const target: Target = { tag: setup.proxyTag, service: setup.service };
      const label = proxyLabel(setup);
      const sourcesByPort = new Map(setup.ports.map((port) => [port, openingsTo(model, target, port).flatMap((o) => o.sources)]));

      // Nobody at all: always worth saying for a declared setup and for CKS, whose tag exists only
      // for the proxy; an inferred operator or ProxyGroup may serve other purposes (ingress, say).
      if (setup.users.length === 0 && (!setup.inferred || setup.proxy === 'cks')) {
        const closed = setup.ports.filter((p) => sourcesByPort.get(p)!.length === 0);
        if (closed.length > 0 && once(`closed ${setup.proxyTag} ${closed.join()}`)) {
          const example = inlineJson({ src: ['group:…'], dst: [setup.proxyTag], ip: closed.map((p) => `tcp:${p}`) });
          report({
            ...anchorAt(model, [section]),
            ...forSetup(setup, `Nobody can reach ${label} on ${portsText(setup, closed)}; add a rule such as ${example} to ${JSON.stringify(section)} for the people who run kubectl`),
          });
        }
      }

      for (const user of setup.users) {
        const lacking = setup.ports.filter((port) => !coveredBy(model, user, sourcesByPort.get(port)!.map((s) => s.text)));
        if (lacking.length === 0 || !once(`lacking ${setup.proxyTag} ${user} ${lacking.join()}`)) continue;
        const rule = accessRule(model, [user], setup.proxyTag, lacking);
        report({
          ...placeFor(model, user, target),
          ...forSetup(setup, `${JSON.stringify(user)} cannot reach ${label} on ${portsText(setup, lacking)}; add ${rule.text} to ${JSON.stringify(rule.section)}`),
          ...suggest(`Add ${rule.text} to "${rule.section}"`, rule.op),
        });
      }

      if (setup.usersListed && !setup.inferred) {
        const listed = [...setup.users, ...(setup.admins ?? [])];
        const extra = new Map<string, { source: Source; ports: number[] }>();
        for (const [port, sources] of sourcesByPort) {
          for (const source of sources) {
            if (coveredBy(model, source.text, listed)) continue;
            const key = JSON.stringify(source.path);
            const entry = extra.get(key) ?? { source, ports: [] };
            entry.ports.push(port);
            extra.set(key, entry);
          }
        }
        for (const { source, ports } of extra.values()) {
          if (!once(`extra ${setup.proxyTag} ${JSON.stringify(source.path)}`)) continue;
          report({
            path: source.path,
            message: `${JSON.stringify(source.text)} can reach ${label} on ${portsText(setup, ports)} but is not among its users ${inlineJson(setup.users)}; remove it from this rule, or add it to "users" in ${setup.source}`,
            severity: strict ? 'error' : 'warn',
          });
        }
      }
    }

    // The proxy uploads recordings to its recorder on tcp:80: declared recorders, and those the
    // capability names on grants that reach this proxy.
    const uses = recorderUses(model);
    for (const setup of setupsFor(policy, settings)) {
      const target: Target = { tag: setup.proxyTag, service: setup.service };
      const label = proxyLabel(setup);
      const recorders = new Map<string, JsonPath | undefined>();
      for (const use of uses) {
        if (use.tag.startsWith('tag:') && use.grant.destinations.some((d) => namesTarget(d.text, target)) && !recorders.has(use.tag)) recorders.set(use.tag, use.path);
      }
      if (setup.recorder && !recorders.has(setup.recorder.tag)) recorders.set(setup.recorder.tag, undefined);
      for (const [recorder, at] of recorders) {
        if (recorder === setup.proxyTag || !model.tags.has(recorder)) continue; // an undefined tag is reported where it is defined
        const sources = openingsTo(model, { tag: recorder }, 80).flatMap((o) => o.sources.map((s) => s.text));
        if (coveredBy(model, setup.proxyTag, sources) || !once(`recorder ${setup.proxyTag} ${recorder}`)) continue;
        const rule = accessRule(model, [setup.proxyTag], recorder, [80]);
        report({
          ...(at ? { path: at } : anchorAt(model, [section])),
          ...forSetup(
            setup,
            `${capitalize(label)} cannot reach its session recorder ${JSON.stringify(recorder)} on tcp:80, so recordings fail (and with "enforceRecorder" every request is refused); add ${rule.text} to ${JSON.stringify(rule.section)}`,
          ),
          ...suggest(`Add ${rule.text} to "${rule.section}"`, rule.op),
        });
      }
    }
  },
});

function suggest(description: string, op: Suggestion['ops'][number] | undefined): { suggestions?: Suggestion[] } {
  return op ? { suggestions: [{ description, ops: [op] }] } : {};
}

/** The user's own place in a Kubernetes capability grant to this proxy, else the rules' section. */
function placeFor(model: PolicyModel, user: string, target: Target): { path: JsonPath; on?: 'key' } {
  for (const grant of kubernetesGrants(model)) {
    if (!grant.destinations.some((d) => namesTargetExplicitly(d.text, target))) continue;
    const source = grant.sources.find((s) => s.text === user);
    if (source) return { path: source.path };
  }
  return anchorAt(model, [model.section('grants') ? 'grants' : 'acls']);
}
