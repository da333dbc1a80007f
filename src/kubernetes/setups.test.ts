import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import { declareHint, setupsFor } from './resolve-setups.ts';
import { checkDeclaration, parseKubernetesFlag, toSetup } from './setups.ts';

test('defaults: CKS, operator and ProxyGroup', () => {
  const cks = toSetup({ proxy: 'cks' }, 'kubernetes[0]');
  assert.equal([cks.proxyTag, cks.auth, cks.mode, cks.ports, cks.operatorTag, cks.operatorOwned], ['tag:coreweave', ['tailscale-managed'], 'auth', [443], undefined, []]);
  const operator = toSetup({ proxy: 'operator' }, 'kubernetes[0]');
  assert.equal([operator.proxyTag, operator.operatorTag, operator.operatorOwned, operator.mode, operator.ports], ['tag:k8s-operator', 'tag:k8s-operator', ['tag:k8s'], 'auth', [443]]);
  const group = toSetup({ proxy: 'proxygroup', mode: 'noauth' }, 'kubernetes[1]', 1);
  assert.equal([group.name, group.proxyTag, group.operatorTag, group.operatorOwned, group.mode, group.ports], ['proxygroup-2', 'tag:k8s', 'tag:k8s-operator', ['tag:k8s'], 'noauth', [80, 443]]);
  assert.equal(group.adminGroups, ['system:masters']);
  assert.is(group.usersListed, false);
});

test('CKS auth modes give ports; without Tailscale-managed auth nothing impersonates', () => {
  const setup = toSetup({ proxy: 'cks', auth: ['coreweave-managed', 'direct', 'direct'] }, 'x');
  assert.equal(setup.ports, [9443, 6443]);
  assert.is(setup.mode, 'noauth');
  assert.is(toSetup({ proxy: 'cks', auth: ['direct', 'tailscale-managed'] }, 'x').mode, 'auth');
});

test('operator tags: "tag" names the operator itself; "proxyTag" the proxies it creates', () => {
  const setup = toSetup({ proxy: 'operator', tag: 'tag:op', proxyTag: 'tag:proxies', users: [], adminGroups: ['cluster-admins'] }, 'x');
  assert.equal([setup.proxyTag, setup.operatorTag, setup.operatorOwned], ['tag:op', 'tag:op', ['tag:proxies']]);
  assert.equal(setup.adminGroups, ['system:masters', 'cluster-admins']);
  assert.is(setup.usersListed, true);
});

test('checkDeclaration: the issue example is valid', () => {
  const examples = [
    { name: 'gpu-east', proxy: 'cks', auth: ['tailscale-managed'], tag: 'tag:coreweave', users: ['group:ml-eng'] },
    { name: 'train', proxy: 'operator', mode: 'auth', operatorTag: 'tag:k8s-operator', users: ['group:ml-eng'], recorder: { tag: 'tag:tsrecorder', enforce: true } },
    { name: 'prod', proxy: 'proxygroup', mode: 'noauth', proxyTag: 'tag:k8s', operatorTag: 'tag:k8s-operator', users: ['group:sre'] },
  ];
  examples.forEach((e, i) => assert.equal(checkDeclaration(e, i), []));
});

test('checkDeclaration: problems with paths', () => {
  const messages = (raw: unknown) => checkDeclaration(raw, 2).map((p) => `${JSON.stringify(p.path)} ${p.message}`);
  assert.match(messages({ proxy: 'ckss' })[0]!, /^\[2,"proxy"\] .*did you mean "cks"\?/);
  assert.match(messages({ proxy: 'cks', auth: ['tailscale'] })[0]!, /^\[2,"auth",0\] Unknown CKS auth mode "tailscale"/);
  assert.match(messages({ proxy: 'operator', tag: 'k8s' })[0]!, /"tag" must be a tag/);
  assert.match(messages({ proxy: 'cks', proxyTag: 'tag:x' })[0]!, /does not apply to "proxy": "cks"/);
  assert.match(messages({ proxy: 'operator', tag: 'tag:a', operatorTag: 'tag:b' })[0]!, /"tag" and "operatorTag" differ/);
  assert.match(messages({ proxy: 'proxygroup', recorder: { tag: 'tag:r', enforced: true } })[0]!, /^\[2,"recorder","enforced"\] Unknown key "enforced" in "recorder".*did you mean "enforce"\?/);
  assert.match(messages({ proxy: 'operator', mode: 'none' })[0]!, /"mode" must be "auth" or "noauth"/);
});

test('parseKubernetesFlag', () => {
  assert.equal(parseKubernetesFlag('cks'), { declaration: { proxy: 'cks' } });
  assert.equal(parseKubernetesFlag('cks:coreweave-managed+direct'), { declaration: { proxy: 'cks', auth: ['coreweave-managed', 'direct'] } });
  assert.equal(parseKubernetesFlag('operator:noauth'), { declaration: { proxy: 'operator', mode: 'noauth' } });
  assert.match(parseKubernetesFlag('operator:noauth:extra').problem!, /unknown mode "noauth:extra"/);
  assert.match(parseKubernetesFlag('proxygrup').problem!, /did you mean "proxygroup"/);
});

const policy = (text: string) => parseHujson(text);

test('inference: CKS from its tag, with the auth modes its open ports show', () => {
  const p = policy(`{"tagOwners": {"tag:coreweave": []}, "grants": [{"src": ["*"], "dst": ["*"], "ip": ["*"]}, {"src": ["group:a"], "dst": ["tag:coreweave"], "ip": ["tcp:9443", "6443"]}]}`);
  const [setup, ...rest] = setupsFor(p, {});
  assert.is(rest.length, 0);
  assert.equal([setup!.proxy, setup!.auth, setup!.inferred, setup!.source], ['cks', ['coreweave-managed', 'direct'], true, 'inferred']);
  assert.match(declareHint(setup!), /assumed cks setup.*--kubernetes cks/);
});

test('inference: users are the sources of capability grants to the proxy, never "*"', () => {
  const p = policy(`{"tagOwners": {"tag:k8s-operator": []}, "grants": [
    {"src": ["group:a", "*"], "dst": ["tag:k8s-operator"], "app": {"tailscale.com/cap/kubernetes": [{}]}},
    {"src": ["group:b"], "dst": ["*"], "app": {"tailscale.com/cap/kubernetes": [{}]}}]}`);
  const setups = setupsFor(p, {});
  assert.equal(setups.map((s) => [s.proxy, s.users, s.usersListed]), [['operator', ['group:a'], false]]);
});

test('inference: a ProxyGroup from a capability grant, or from its Service approval next to the operator tag', () => {
  const approval = `"autoApprovers": {"services": {"svc:*": ["tag:k8s"]}}`;
  assert.equal(setupsFor(policy(`{"tagOwners": {"tag:k8s": []}, ${approval}}`), {}), []);
  assert.equal(setupsFor(policy(`{"tagOwners": {"tag:k8s": [], "tag:k8s-operator": []}, ${approval}}`), {}).map((s) => s.proxy), ['proxygroup']);
  const both = policy(`{"grants": [{"src": ["group:a"], "dst": ["tag:k8s", "tag:k8s-operator"], "app": {"tailscale.com/cap/kubernetes": [{}]}}]}`);
  assert.equal(setupsFor(both, {}).map((s) => s.proxy), ['proxygroup', 'operator']);
});

test('inference: the operator\'s proxies carry tag:k8s, or the tag the operator owns when tag:k8s is not defined', () => {
  const custom = setupsFor(policy(`{"tagOwners": {"tag:k8s-operator": [], "tag:web": [], "tag:k8s-connector": ["tag:k8s-operator"]}}`), {});
  assert.equal(custom.map((s) => [s.proxy, s.operatorOwned]), [['operator', ['tag:k8s-connector']]]);
  const plain = setupsFor(policy(`{"tagOwners": {"tag:k8s-operator": []}}`), {});
  assert.equal(plain.map((s) => [s.proxy, s.operatorOwned]), [['operator', ['tag:k8s']]]);
});

test('declared setups replace inference; an empty list turns it off; flag entries keep their source', () => {
  const p = policy(`{"tagOwners": {"tag:coreweave": []}}`);
  assert.equal(setupsFor(p, { kubernetes: [] }), []);
  const [flag] = setupsFor(p, { kubernetes: [{ declaration: { proxy: 'operator', mode: 'noauth' }, source: '--kubernetes operator:noauth' }] });
  assert.equal([flag!.proxy, flag!.mode, flag!.source, flag!.inferred], ['operator', 'noauth', '--kubernetes operator:noauth', false]);
  const settings = { kubernetes: [{ proxy: 'cks' }, { proxy: 'proxygroup' }] };
  const declared = setupsFor(p, settings);
  assert.equal(declared.map((s) => [s.name, s.source]), [['cks', 'kubernetes[0]'], ['proxygroup-2', 'kubernetes[1]']]);
  assert.is(setupsFor(p, settings), declared, 'computed once per policy and settings');
  assert.is(declareHint(declared[0]!), '');
  assert.equal(setupsFor(p, { kubernetes: [{ proxy: 'eks' }, { proxy: 'cks', tag: 'coreweave' }] }), [], 'declarations that would not pass the config check are left out');
});

test.run();
