// accessReport / diffAccess: who reaches each proxy on which port, as which Kubernetes groups.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { accessReport, diffAccess, type AccessRow } from './access-report.ts';
import { policyModelOf } from './requirements.ts';
import { toSetup } from './setups.ts';

const CAP = 'tailscale.com/cap/kubernetes';

const POLICY = {
  groups: { 'group:eng': ['alice@example.com', 'bob@example.com'], 'group:admins': ['carol@example.com'], 'group:empty': [] },
  grants: [
    { src: ['group:eng', 'group:admins', 'tag:ci'], dst: ['tag:coreweave'], ip: ['tcp:443'] },
    { src: ['group:eng'], dst: ['tag:coreweave'], ip: ['tcp:9443'] },
    { src: ['group:admins'], dst: ['tag:coreweave'], app: { [CAP]: [{ impersonate: { groups: ['system:masters'] } }] } },
    { src: ['dave@example.com'], dst: ['tag:coreweave'], app: { [CAP]: [{ Impersonate: { Groups: ['viewers'] } }] } },
    { src: ['group:empty'], dst: ['tag:k8s'], ip: ['tcp:443'] },
    { src: ['tag:ci'], dst: ['tag:k8s'], ip: ['tcp:80', 'tcp:443'] },
    { src: ['*'], dst: ['tag:k8s'], app: { [CAP]: [{ recorder: ['tag:rec'], enforceRecorder: true }] } },
  ],
  acls: [{ action: 'accept', src: ['erin@example.com'], dst: ['tag:k8s-operator:443'] }],
};

const row = (fields: Partial<AccessRow> & { source: string }): AccessRow => ({
  members: null,
  ports: [],
  groups: [],
  credentialPorts: [],
  recording: 'off',
  recorders: [],
  admin: false,
  ...fields,
});

test('CKS with two auth modes: groups on 443, own credentials on 9443, tags as groups', () => {
  const report = accessReport(policyModelOf(POLICY), [toSetup({ proxy: 'cks', auth: ['tailscale-managed', 'coreweave-managed'] }, 'kubernetes[0]')]);
  const setup = report.setups[0]!;
  assert.equal({ ...setup, rows: [] }, {
    name: 'cks',
    proxy: 'cks',
    proxyTag: 'tag:coreweave',
    mode: 'auth',
    auth: ['tailscale-managed', 'coreweave-managed'],
    ports: [443, 9443],
    adminGroups: ['system:masters'],
    identity: { '443': 'tailscale', '9443': 'credentials' },
    inferred: false,
    declaredIn: 'kubernetes[0]',
    rows: [],
  });
  assert.equal(setup.rows, [
    row({ source: 'group:eng', members: ['alice@example.com', 'bob@example.com'], ports: [443, 9443], credentialPorts: [9443] }),
    row({ source: 'group:admins', members: ['carol@example.com'], ports: [443], groups: ['system:masters'], admin: true }),
    row({ source: 'tag:ci', ports: [443], groups: ['tag:ci'] }),
    // Named by a capability grant only: groups, but no network access.
    row({ source: 'dave@example.com', groups: ['viewers'] }),
  ]);
});

test('ProxyGroup: recording from a capability for everyone; a tagged caller gets its tags', () => {
  const report = accessReport(policyModelOf(POLICY), [toSetup({ proxy: 'proxygroup', name: 'prod' }, 'kubernetes[1]', 1)]);
  assert.equal(report.setups[0]!.rows, [
    row({ source: 'group:empty', members: [], ports: [443], recording: 'enforced', recorders: ['tag:rec'] }),
    row({ source: 'tag:ci', ports: [80, 443], groups: ['tag:ci'], recording: 'enforced', recorders: ['tag:rec'] }),
    row({ source: '*', recording: 'enforced', recorders: ['tag:rec'] }),
  ]);
});

test('noauth: identity from credentials, no groups; ACLs count', () => {
  const report = accessReport(policyModelOf(POLICY), [toSetup({ proxy: 'operator', mode: 'noauth' }, '--kubernetes operator:noauth')]);
  assert.equal(report.setups[0]!.identity, { '443': 'credentials' });
  assert.equal(report.setups[0]!.rows, [row({ source: 'erin@example.com', ports: [443], credentialPorts: [443] })]);
});

test('the operator falls back to a tagged caller’s tags only without granted groups', () => {
  const policy = {
    grants: [
      { src: ['tag:ci', 'tag:bot'], dst: ['tag:k8s-operator'], ip: ['443'] },
      { src: ['tag:bot'], dst: ['tag:k8s-operator'], app: { [CAP]: [{ impersonate: { groups: ['bots'] } }] } },
    ],
  };
  const report = accessReport(policyModelOf(policy), [toSetup({ proxy: 'operator' }, 'x')]);
  assert.equal(report.setups[0]!.rows.map((r) => [r.source, r.groups]), [
    ['tag:ci', ['tag:ci']],
    ['tag:bot', ['bots']],
  ]);
});

test('diffAccess: changed rows are one removal and one addition; unchanged setups are empty', () => {
  const setups = [toSetup({ proxy: 'cks' }, 'a'), toSetup({ proxy: 'proxygroup' }, 'b', 1)];
  const base = accessReport(policyModelOf({ grants: POLICY.grants.slice(0, 3) }), setups);
  const head = accessReport(policyModelOf({ grants: [...POLICY.grants.slice(0, 2), POLICY.grants[5]!] }), setups);
  const diff = diffAccess(base, head);
  assert.equal(diff, {
    version: 1,
    setups: [
      {
        name: 'cks',
        proxy: 'cks',
        proxyTag: 'tag:coreweave',
        added: [row({ source: 'group:admins', ports: [443] })],
        removed: [row({ source: 'group:admins', ports: [443], groups: ['system:masters'], admin: true })],
      },
      { name: 'proxygroup-2', proxy: 'proxygroup', proxyTag: 'tag:k8s', added: [row({ source: 'tag:ci', ports: [80, 443], groups: ['tag:ci'] })], removed: [] },
    ],
  });
});

test.run();
