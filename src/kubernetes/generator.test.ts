// The generator's parts: requirements (what each setup needs, as data and as edits),
// generatePolicy (init's text) and addSetups / addDeclarations (add's edits). Exact outputs.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import { addDeclarations, addSetups } from './add-setups.ts';
import { generatePolicy } from './generate-policy.ts';
import { missingOps, policyModelOf, requirementsFor, requirementsForAll } from './requirements.ts';
import { parseKubernetesFlag, toSetup, type Setup } from './setups.ts';

function setup(flag: string, extra: Record<string, unknown> = {}, index = 0): Setup {
  return toSetup({ ...parseKubernetesFlag(flag).declaration!, ...extra }, `--kubernetes ${flag}`, index);
}

const model = (value: unknown) => policyModelOf(value);

// ---------------------------------------------------------------------------------------------
// requirements

test('requirements: a CKS setup with users and admins', () => {
  const list = requirementsFor(setup('cks', { users: ['group:ml-eng'], admins: ['group:ml-admins'] }));
  assert.equal(
    list.map((r) => [r.kind, r.what, r.required, r.mentions]),
    [
      ['group', 'groups "group:ml-eng": []', true, ['group:ml-eng']],
      ['group', 'groups "group:ml-admins": []', true, ['group:ml-admins']],
      ['tag-owner', 'tagOwners "tag:coreweave": []', true, ['tag:coreweave']],
      ['service-approval', 'autoApprovers.services "tag:coreweave": ["tag:coreweave"]', true, ['tag:coreweave']],
      ['reach', 'grant group:ml-eng, group:ml-admins → tag:coreweave on tcp:443', true, ['group:ml-eng', '443']],
      ['impersonation', 'grant group:ml-admins → tag:coreweave with tailscale.com/cap/kubernetes impersonate system:masters', false, ['system:masters']],
    ],
  );
});

test('requirements: CKS ports follow the auth modes; impersonation only with Tailscale Managed Auth', () => {
  const both = requirementsFor(setup('cks:coreweave-managed+direct', { users: ['a@example.com'], admins: ['b@example.com'] }));
  const reach = both.find((r) => r.kind === 'reach')!;
  assert.equal(reach.entry, { section: 'grants', value: { src: ['a@example.com', 'b@example.com'], dst: ['tag:coreweave'], ip: ['tcp:9443', 'tcp:6443'] } });
  assert.not.ok(both.some((r) => r.kind === 'impersonation'));
});

test('requirements: operator and ProxyGroup tags, service approval, noauth without impersonation', () => {
  const operator = requirementsFor(setup('operator:noauth', { users: ['group:sre'], admins: ['group:sre'] }));
  assert.equal(
    operator.map((r) => r.what),
    ['groups "group:sre": []', 'tagOwners "tag:k8s-operator": []', 'tagOwners "tag:k8s": ["tag:k8s-operator"]', 'grant group:sre → tag:k8s-operator on tcp:443'],
  );
  const pg = requirementsFor(setup('proxygroup', { users: ['tag:ci'] }));
  assert.equal(
    pg.map((r) => r.what),
    [
      'tagOwners "tag:ci": []',
      'tagOwners "tag:k8s-operator": []',
      'tagOwners "tag:k8s": ["tag:k8s-operator"]',
      'autoApprovers.services "svc:*": ["tag:k8s"]',
      'grant tag:ci → tag:k8s on tcp:80, tcp:443',
    ],
  );
});

test('requirements: a recorder only when asked, owned by the operator (CKS: empty)', () => {
  assert.not.ok(requirementsFor(setup('operator', { users: ['group:sre'] })).some((r) => r.kind.startsWith('recorder')));
  const withRecorder = requirementsFor(setup('proxygroup:noauth', { users: ['group:sre'], recorder: { tag: 'tag:rec', enforce: true } }));
  assert.equal(
    withRecorder.filter((r) => r.kind.startsWith('recorder')).map((r) => r.entry),
    [
      { section: 'tagOwners', key: 'tag:rec', value: ['tag:k8s-operator'] },
      { section: 'grants', value: { src: ['tag:k8s'], dst: ['tag:rec'], ip: ['tcp:80'] } },
      { section: 'grants', value: { src: ['group:sre'], dst: ['tag:k8s'], app: { 'tailscale.com/cap/kubernetes': [{ recorder: ['tag:rec'], enforceRecorder: true }] } } },
    ],
  );
  const cks = requirementsFor(setup('cks', { recorder: { tag: 'tag:rec', enforce: false } }));
  assert.equal(cks.find((r) => r.kind === 'recorder-tag')!.entry, { section: 'tagOwners', key: 'tag:rec', value: [] });
  // Without users there is nobody to record: no capability grant.
  assert.not.ok(cks.some((r) => r.kind === 'recorder-capability'));
});

test('requirements: check() accepts every documented form', () => {
  const pg = setup('proxygroup', { users: ['alice@example.com'] });
  const policy = model({
    groups: { 'group:sre': ['alice@example.com'] },
    TagOwners: { 'tag:k8s-operator': ['autogroup:admin'], 'tag:k8s': ['tag:k8s-operator', 'group:sre'] },
    autoApprovers: { services: { 'tag:k8s': ['tag:k8s'] } },
    acls: [{ action: 'accept', src: ['group:sre'], dst: ['tag:k8s:80,443'] }],
  });
  const list = requirementsFor(pg, policy);
  assert.equal(list.filter((r) => !r.check(policy)).map((r) => r.what), []);
  assert.equal(missingOps(list, policy), []);
  for (const form of ['svc:*', 'svc:kube-apiserver']) {
    const m = model({ autoApprovers: { services: { [form]: ['tag:k8s'] } } });
    assert.ok(requirementsFor(pg, m).find((r) => r.kind === 'service-approval')!.check(m), form);
  }
  const grantAll = model({ grants: [{ src: ['*'], dst: ['*'], ip: ['*'] }] });
  assert.ok(requirementsFor(pg, grantAll).find((r) => r.kind === 'reach')!.check(grantAll));
});

test('requirements: reach adds only the principals and ports still missing', () => {
  const pg = setup('proxygroup', { users: ['group:a', 'group:b'] });
  const policy = model({ groups: { 'group:a': [], 'group:b': [] }, grants: [{ src: ['group:a'], dst: ['tag:k8s'], ip: ['tcp:443'] }, { src: ['group:b'], dst: ['tag:k8s'], ip: ['80', '443'] }] });
  const reach = requirementsFor(pg, policy).find((r) => r.kind === 'reach')!;
  assert.equal(reach.what, 'grant group:a → tag:k8s on tcp:80');
  assert.equal(reach.ops, [{ op: 'append', path: ['grants'], value: { src: ['group:a'], dst: ['tag:k8s'], ip: ['tcp:80'] } }]);
});

test('requirements: conflicts are reported, never rewritten', () => {
  const cks = setup('cks');
  const owned = model({ tagOwners: { 'tag:coreweave': ['group:ops'] } });
  const tag = requirementsFor(cks, owned).find((r) => r.kind === 'tag-owner')!;
  assert.not.ok(tag.check(owned));
  assert.is(tag.conflict(owned), '"tag:coreweave" is defined in "tagOwners" with owners; the setup wants it empty ([]), so only its credential can claim the tag');
  assert.equal(tag.ops, []);
  const notOwned = model({ tagOwners: { 'tag:k8s-operator': [], 'tag:k8s': [] } });
  const pgTag = requirementsFor(setup('proxygroup'), notOwned).find((r) => r.id === 'tag-owner:tag:k8s')!;
  assert.is(pgTag.conflict(notOwned), '"tag:k8s" is defined in "tagOwners" without "tag:k8s-operator" among its owners');
  // A section of the wrong type cannot take entries.
  const badGrants = model({ grants: {} });
  const reach = requirementsFor(setup('operator', { users: ['group:x'] }), badGrants).find((r) => r.kind === 'reach')!;
  assert.is(reach.conflict(badGrants), '"grants" is not an array, so nothing can be added to it');
});

test('requirements: a taken service-approval key falls back to the next accepted form', () => {
  const taken = model({ autoApprovers: { services: { 'svc:*': ['tag:other'] } } });
  const approval = requirementsFor(setup('proxygroup'), taken).find((r) => r.kind === 'service-approval')!;
  assert.equal(approval.ops, [{ op: 'insert-property', path: ['autoApprovers', 'services'], key: 'tag:k8s', value: ['tag:k8s'] }]);
});

test('missingOps: creates each missing section once, in the file’s key spelling', () => {
  const policy = model({ TagOwners: { 'tag:x': [] }, AutoApprovers: {} });
  const list = requirementsForAll([setup('operator', { users: ['group:sre'] }), setup('proxygroup', { users: ['group:sre'] })], policy);
  assert.equal(missingOps(list, policy), [
    { op: 'insert-property', path: [], key: 'groups', value: { 'group:sre': [] } },
    { op: 'insert-property', path: ['TagOwners'], key: 'tag:k8s-operator', value: [] },
    { op: 'insert-property', path: ['TagOwners'], key: 'tag:k8s', value: ['tag:k8s-operator'] },
    { op: 'insert-property', path: ['AutoApprovers'], key: 'services', value: { 'svc:*': ['tag:k8s'] } },
    {
      op: 'insert-property',
      path: [],
      key: 'grants',
      value: [
        { src: ['group:sre'], dst: ['tag:k8s-operator'], ip: ['tcp:443'] },
        { src: ['group:sre'], dst: ['tag:k8s'], ip: ['tcp:80', 'tcp:443'] },
      ],
    },
  ]);
});

// ---------------------------------------------------------------------------------------------
// generatePolicy

const CKS_POLICY = `// Tailnet policy for Kubernetes API server access, written by:
//   tailpolicy init --kubernetes cks --users group:ml-eng --admins group:ml-admins
//
// - cks: CoreWeave CKS managed Tailscale proxy (tag:coreweave), tailscale-managed, tcp:443
//
// Check it with:
//   tailpolicy --kubernetes cks policy.hujson
// Policy file syntax: https://tailscale.com/kb/1337/policy-syntax
{
	// Groups of users, named in the grants below.
	"groups": {
		// Who runs kubectl against the cluster; add members such as "alice@example.com".
		// https://tailscale.com/kb/1337/policy-syntax#groups
		"group:ml-eng": [],
		// Who may act as system:masters (cluster administrator); add members such as
		// "alice@example.com".
		// https://tailscale.com/kb/1337/policy-syntax#groups
		"group:ml-admins": [],
	},

	// Who may apply each tag to a device.
	"tagOwners": {
		// The CKS proxy's tag. Deliberately empty: only the cluster's trust credential can claim it;
		// an owner could make any device the cluster's proxy.
		// https://docs.coreweave.com/products/cks/auth-access/tailscale-vpn
		"tag:coreweave": [],
	},

	// Devices whose advertisements are approved without an admin.
	"autoApprovers": {
		"services": {
			// Lets the CKS proxy publish the API server as a Tailscale Service without manual approval;
			// without it the Service stays "pending approval".
			// https://docs.coreweave.com/products/cks/auth-access/tailscale-vpn
			"tag:coreweave": ["tag:coreweave"],
		},
	},

	// Access is denied unless a grant allows it: add the rest of your tailnet here.
	"grants": [
		// Lets group:ml-eng and group:ml-admins reach the CKS proxy on tcp:443 (Tailscale Managed
		// Auth); without it kubectl times out.
		// https://docs.coreweave.com/products/cks/auth-access/tailscale-vpn
		{
			"src": ["group:ml-eng", "group:ml-admins"],
			"dst": ["tag:coreweave"],
			"ip":  ["tcp:443"],
		},
		// Lets group:ml-admins act as system:masters (cluster administrator) through the CKS proxy;
		// everyone else gets only what RBAC binds to their identity and device tags.
		// https://docs.coreweave.com/products/cks/auth-access/tailscale-vpn
		{
			"src": ["group:ml-admins"],
			"dst": ["tag:coreweave"],
			"app": {
				"tailscale.com/cap/kubernetes": [{"impersonate": {"groups": ["system:masters"]}}],
			},
		},
	],
}
`;

test('generatePolicy: the CKS policy, exactly', () => {
  const generated = generatePolicy([setup('cks', { users: ['group:ml-eng'], admins: ['group:ml-admins'] })], {
    command: 'tailpolicy init --kubernetes cks --users group:ml-eng --admins group:ml-admins',
    checkCommand: 'tailpolicy --kubernetes cks policy.hujson',
  });
  assert.is(generated.text, CKS_POLICY);
  assert.equal([...generated.paths.values()], [
    ['groups', 'group:ml-eng'],
    ['groups', 'group:ml-admins'],
    ['tagOwners', 'tag:coreweave'],
    ['autoApprovers', 'services', 'tag:coreweave'],
    ['grants', 0],
    ['grants', 1],
  ]);
});

const FLAGS = ['cks', 'cks:coreweave-managed', 'cks:direct', 'cks:tailscale-managed+direct', 'operator', 'operator:noauth', 'proxygroup', 'proxygroup:noauth'];

for (const flag of FLAGS) {
  for (const recorder of [undefined, { tag: 'tag:tsrecorder', enforce: true }]) {
    test(`generatePolicy: ${flag}${recorder ? ' with a recorder' : ''} parses, has everything, in canonical style`, () => {
      const s = setup(flag, { users: ['group:eng', 'bob@example.com'], admins: ['group:admins'], ...(recorder ? { recorder } : {}) });
      const { text, requirements, paths } = generatePolicy([s], { command: 'tailpolicy init', checkCommand: 'tailpolicy p.hujson' });
      const parsed = parseHujson(text);
      assert.is(parsed.syntaxError, undefined);
      const m = model(parsed.value);
      assert.equal(requirements.filter((r) => !r.check(m)).map((r) => r.what), []);
      assert.is(paths.size, requirements.length);
      const lines = text.split('\n');
      assert.is(lines.at(-1), '', 'ends with one newline');
      for (const line of lines) {
        assert.not.match(line, /^ +\S/, `indented with spaces: ${line}`);
        assert.not.match(line, /\s$/, `trailing space: ${line}`);
        // An expanded container's last member carries a comma; an inline one has none.
        assert.not.match(line, /,\s*[}\]]/, `inline trailing comma: ${line}`);
      }
      for (const [i, line] of lines.entries()) {
        if (/^\t*[}\]],?$/.test(line) && i > 0 && !/[{[]$/.test(lines[i - 1]!)) assert.ok(lines[i - 1]!.endsWith(','), `no trailing comma before: ${line}`);
      }
    });
  }
}

test('generatePolicy: setups sharing tags define them once', () => {
  const { text, requirements } = generatePolicy([setup('operator', { users: ['group:sre'] }), setup('proxygroup:noauth', { users: ['group:sre'] })], { command: 'x', checkCommand: 'y' });
  assert.is(text.match(/"tag:k8s-operator": \[\]/g)?.length, 1);
  assert.is(text.match(/"group:sre": \[\]/g)?.length, 1);
  assert.is(requirements.filter((r) => r.kind === 'reach').length, 2);
});

// ---------------------------------------------------------------------------------------------
// addSetups / addDeclarations

const EXISTING = `{
  // The team's policy.
  "groups": {
    "group:sre": ["dana@example.com"], // on call
  },
  "tagOwners": {
    "tag:server": ["group:sre"],
  },
  "grants": [
    {"src": ["group:sre"], "dst": ["tag:server"], "ip": ["22"]},
  ],
}
`;

test('addSetups: new entries only, every existing line kept, idempotent', async () => {
  const result = await addSetups(EXISTING, [setup('proxygroup:noauth', { users: ['group:sre'] })]);
  assert.is(
    result.output,
    `{
  // The team's policy.
  "groups": {
    "group:sre": ["dana@example.com"], // on call
  },
  "tagOwners": {
    "tag:server": ["group:sre"],
    "tag:k8s-operator": [],
    "tag:k8s": ["tag:k8s-operator"],
  },
  "grants": [
    {"src": ["group:sre"], "dst": ["tag:server"], "ip": ["22"]},
    {
      "src": ["group:sre"],
      "dst": ["tag:k8s"],
      "ip": ["tcp:80", "tcp:443"],
    },
  ],
  "autoApprovers": {
    "services": {
      "svc:*": ["tag:k8s"],
    },
  },
}
`,
  );
  assert.equal(result.added.map((r) => r.kind), ['tag-owner', 'tag-owner', 'service-approval', 'reach']);
  assert.equal(result.present.map((r) => r.kind), ['group']);
  const again = await addSetups(result.output, [setup('proxygroup:noauth', { users: ['group:sre'] })]);
  assert.is(again.output, result.output);
  assert.equal(again.added, []);
});

test('addSetups: without trailing commas, entries go first and no line changes; a one-line container is the exception', async () => {
  const text = `{
  // The team's policy, without trailing commas.
  "groups": {
    // on call
    "group:sre": ["dana@example.com"]
  },
  "grants": [
    {"src": ["group:sre"], "dst": ["tag:server"], "ip": ["22"]}
  ],
  "autoApprovers": {"routes": {"10.0.0.0/8": ["tag:router"]}}
}
`;
  const result = await addSetups(text, [setup('proxygroup:noauth', { users: ['group:sre'] })]);
  assert.is(
    result.output,
    `{
  "tagOwners": {
    "tag:k8s-operator": [],
    "tag:k8s": ["tag:k8s-operator"]
  },
  // The team's policy, without trailing commas.
  "groups": {
    // on call
    "group:sre": ["dana@example.com"]
  },
  "grants": [
    {
      "src": ["group:sre"],
      "dst": ["tag:k8s"],
      "ip": ["tcp:80", "tcp:443"]
    },
    {"src": ["group:sre"], "dst": ["tag:server"], "ip": ["22"]}
  ],
  "autoApprovers": {"routes": {"10.0.0.0/8": ["tag:router"]}, "services": {"svc:*": ["tag:k8s"]}}
}
`,
  );
  const again = await addSetups(result.output, [setup('proxygroup:noauth', { users: ['group:sre'] })]);
  assert.is(again.output, result.output);
});

test('addSetups: conflicts are left alone and reported', async () => {
  const text = '{"tagOwners": {"tag:coreweave": ["group:ops"]}, "groups": {"group:ops": []}}\n';
  const result = await addSetups(text, [setup('cks')]);
  assert.equal(result.conflicts.map((c) => c.requirement.kind), ['tag-owner']);
  assert.is(result.output, '{"tagOwners": {"tag:coreweave": ["group:ops"]}, "groups": {"group:ops": []}, "autoApprovers": {"services": {"tag:coreweave": ["tag:coreweave"]}}}\n');
});

test('addDeclarations: appends to "kubernetes" (or creates it) unless an equal declaration is there', async () => {
  const created = await addDeclarations('{\n\t"rules": {},\n}\n', [{ proxy: 'cks', users: ['group:sre'] }]);
  assert.is(created.output, '{\n\t"rules": {},\n\t"kubernetes": [\n\t\t{\n\t\t\t"proxy": "cks",\n\t\t\t"users": ["group:sre"],\n\t\t},\n\t],\n}\n');
  const existing = '{\n\t"kubernetes": [\n\t\t{"proxy": "cks", "users": ["group:sre"]},\n\t],\n}\n';
  // Equal once defaults are filled in (auth tailscale-managed is CKS's default): nothing added.
  const same = await addDeclarations(existing, [{ proxy: 'cks', auth: ['tailscale-managed'], users: ['group:sre'] }]);
  assert.is(same.output, existing);
  assert.equal(same.added, []);
  const other = await addDeclarations(existing, [{ proxy: 'operator', mode: 'noauth' }]);
  assert.is(other.output, '{\n\t"kubernetes": [\n\t\t{"proxy": "cks", "users": ["group:sre"]},\n\t\t{\n\t\t\t"proxy": "operator",\n\t\t\t"mode": "noauth",\n\t\t},\n\t],\n}\n');
});

test.run();
