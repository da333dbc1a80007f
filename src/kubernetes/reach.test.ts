import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import { modelOf } from '../policy/policy-model.ts';
import { allowsAll, coveredBy, coversTailnet, kubernetesGrants, openingsTo, recorderUses, sourceIncludes } from './reach.ts';

const model = (text: string) => modelOf(parseHujson(text));

const POLICY = `{
  "groups": {"group:eng": ["a@example.com", "b@example.com"], "group:a": ["a@example.com"], "group:empty": []},
  "hosts": {"tailnet": "100.64.0.0/10", "one": "100.64.0.1"},
  "grants": [
    {"src": ["group:a"], "dst": ["tag:k8s"], "ip": ["tcp:443"]},
    {"src": ["b@example.com"], "dst": ["tag:k8s"], "ip": ["80-443"]},
    {"src": ["tag:ci"], "dst": ["tag:k8s"], "ip": ["udp:443", "icmp:*"]},
    {"src": ["group:eng"], "dst": ["svc:api"], "ip": ["*"]},
    {"src": ["tag:mon"], "dst": ["tailnet"], "ip": ["tcp:443"]},
    {"src": ["tag:web"], "dst": ["one"], "ip": ["tcp:443"]},
  ],
  "acls": [
    {"action": "accept", "src": ["autogroup:member"], "dst": ["tag:k8s:80,443"]},
    {"action": "accept", "proto": "udp", "src": ["tag:udp"], "dst": ["*:*"]},
    {"action": "accept", "users": ["tag:legacy"], "ports": ["autogroup:tagged:443"]},
  ],
}`;

test('openingsTo: grants and ACLs that open a TCP port on the proxy, with their sources', () => {
  const m = model(POLICY);
  const sources = (port: number, service?: string) => openingsTo(m, { tag: 'tag:k8s', service }, port).flatMap((o) => o.sources.map((s) => s.text));
  assert.equal(sources(443), ['group:a', 'b@example.com', 'tag:mon', 'autogroup:member', 'tag:legacy']);
  assert.equal(sources(80), ['b@example.com', 'autogroup:member']);
  assert.equal(sources(443, 'svc:api'), ['group:a', 'b@example.com', 'group:eng', 'tag:mon', 'autogroup:member', 'tag:legacy']);
  const [first] = openingsTo(m, { tag: 'tag:k8s' }, 443);
  assert.equal(first!.rulePath, ['grants', 0]);
  assert.equal(first!.sources[0]!.path, ['grants', 0, 'src', 0]);
  assert.equal(openingsTo(m, { tag: 'tag:k8s' }, 443, { explicit: true }).map((o) => o.rulePath), [['grants', 0], ['grants', 1], ['acls', 0]]);
});

test('coversTailnet: CIDRs and host aliases spanning 100.64.0.0/10', () => {
  const m = model(POLICY);
  assert.ok(coversTailnet(m, 'tailnet'));
  assert.ok(coversTailnet(m, '100.0.0.0/8'));
  assert.not.ok(coversTailnet(m, 'one'));
  assert.not.ok(coversTailnet(m, '100.64.0.0/11'));
  assert.not.ok(coversTailnet(m, 'tag:k8s'));
});

test('sourceIncludes: wildcards, groups, domains and autogroups', () => {
  const m = model(POLICY);
  assert.ok(sourceIncludes(m, '*', 'tag:x'));
  assert.ok(sourceIncludes(m, 'autogroup:tagged', 'tag:x'));
  assert.not.ok(sourceIncludes(m, 'autogroup:member', 'tag:x'));
  assert.ok(sourceIncludes(m, 'autogroup:member', 'a@example.com'));
  assert.ok(sourceIncludes(m, 'autogroup:member', 'user:*@example.com'));
  assert.ok(sourceIncludes(m, 'autogroup:member', 'group:eng'));
  assert.ok(sourceIncludes(m, 'group:eng', 'b@example.com'));
  assert.ok(sourceIncludes(m, 'user:*@EXAMPLE.com', 'b@example.com'));
  assert.ok(sourceIncludes(m, 'tailnet', 'group:eng'));
  assert.not.ok(sourceIncludes(m, 'group:a', 'group:eng'));
});

test('coveredBy: a group is covered member by member; an empty group only by itself', () => {
  const m = model(POLICY);
  assert.ok(coveredBy(m, 'group:eng', ['group:a', 'b@example.com']));
  assert.not.ok(coveredBy(m, 'group:eng', ['group:a']));
  assert.not.ok(coveredBy(m, 'group:empty', ['group:a']));
  assert.ok(coveredBy(m, 'group:empty', ['group:empty']));
});

test('coveredBy: a source stays within the listed principals', () => {
  const m = model(POLICY);
  assert.ok(coveredBy(m, 'a@example.com', ['group:eng']));
  assert.ok(coveredBy(m, 'group:a', ['group:eng']));
  assert.ok(coveredBy(m, 'group:eng', ['group:a', 'b@example.com']));
  assert.not.ok(coveredBy(m, 'autogroup:member', ['group:eng']));
  assert.not.ok(coveredBy(m, 'tailnet', ['group:eng']));
  assert.ok(coveredBy(m, 'tag:ci', ['autogroup:tagged']));
});

test('allowsAll: neither grants nor acls', () => {
  assert.ok(allowsAll(model('{"tagOwners": {}}')));
  assert.not.ok(allowsAll(model('{"grants": []}')));
  assert.not.ok(allowsAll(model('{"ACLs": []}')));
});

test('kubernetesGrants and recorderUses: both names, values with paths, the first recorder only', () => {
  const m = model(`{"Grants": [
    {"src": ["group:a"], "dst": ["tag:k8s"], "app": {"tailscale.com/cap/kubernetes": [{"Recorder": [" tag:rec ", "tag:other"]}], "example.com/cap/x": [{}]}},
    {"src": ["*"], "dst": ["*"], "app": {"https://tailscale.com/cap/kubernetes": [{"impersonate": {}}]}},
  ]}`);
  const grants = kubernetesGrants(m);
  assert.is(kubernetesGrants(m), grants, 'computed once per model');
  assert.equal(grants.map((g) => [g.capPath, g.legacyName, g.otherCaps, g.values.map((v) => v.path)]), [
    [['Grants', 0, 'app', 'tailscale.com/cap/kubernetes'], false, ['example.com/cap/x'], [['Grants', 0, 'app', 'tailscale.com/cap/kubernetes', 0]]],
    [['Grants', 1, 'app', 'https://tailscale.com/cap/kubernetes'], true, [], [['Grants', 1, 'app', 'https://tailscale.com/cap/kubernetes', 0]]],
  ]);
  assert.equal(recorderUses(m).map((r) => [r.tag, r.path]), [['tag:rec', ['Grants', 0, 'app', 'tailscale.com/cap/kubernetes', 0, 'Recorder', 0]]]);
});

test.run();
