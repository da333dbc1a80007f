import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PolicyModel, StringStore } from './policy-model.ts';
import { referencesOf } from './references.ts';

test('a string packs its index and site without losing either', () => {
  for (const index of [-1, 0, 1, 31, 32, 255, 256, 2 ** 22, 2 ** 26 + 5, 2 ** 40]) {
    const store = new StringStore();
    store.add('tag:a', ['grants', 3], 'dst', index, 'grant.dst');
    store.add('tag:b', ['ssh', 0], 'recorder', index, 'ssh.recorder');
    assert.is(store.site(0), 'grant.dst');
    assert.is(store.site(1), 'ssh.recorder');
    assert.equal(store.path(0), index < 0 ? ['grants', 3, 'dst'] : ['grants', 3, 'dst', index]);
    assert.equal(store.owner(0), ['grants', 3]);
  }
});

test('selectorUses leaves out the SSH recorders; usesAt lists one site', () => {
  const model = new PolicyModel({ ssh: [{ src: ['group:a'], dst: ['tag:b'], users: ['root'], recorder: ['tag:rec'] }] });
  assert.equal([...model.selectorUses()].map((u) => u.text), ['group:a', 'tag:b', 'root']);
  assert.equal([...model.usesAt('ssh.dst')].map((u) => [u.text, u.path]), [['tag:b', ['ssh', 0, 'dst', 0]]]);
  assert.is(model.usesAt('grant.dst').length, 0);
  assert.is(model.strings().length, 4);
});

test('each use knows the kind of the selector it names at its site', () => {
  const model = new PolicyModel({
    acls: [{ action: 'accept', src: [' autogroup:member ', 'user:*@example.com'], dst: ['autogroup:self:*', 'user:*@example.com:22', '[fd7a::1]:22', '[10.0.0.1]:22', 'db:443'] }],
    ssh: [{ src: ['tag:a'], dst: ['tag:b:22'], users: ['root'] }],
  });
  const uses = model.selectorUses();
  const kinds = Array.from({ length: uses.length }, (_, i) => [uses.text(i), uses.kind(i)]);
  assert.equal(kinds, [
    [' autogroup:member ', 'autogroup'],
    ['user:*@example.com', 'domain-users'],
    ['autogroup:self:*', 'autogroup'],
    ['user:*@example.com:22', 'domain-users'],
    ['[fd7a::1]:22', 'ip'],
    // Square brackets around IPv4 name no selector (valid-acl-destinations says why).
    ['[10.0.0.1]:22', undefined],
    ['db:443', 'host'],
    ['tag:a', 'tag'],
    // SSH destinations take no port: the whole string is what it names.
    ['tag:b:22', 'tag'],
    ['root', 'host'],
  ]);
});

test('uses of definitions build their owner path only when asked, and it is the definition path', () => {
  const model = new PolicyModel({
    groups: { 'group:a': ['x@example.com', 'y@example.com'] },
    tagOwners: { 'tag:t': ['group:a'] },
    autoApprovers: { services: { 'svc:web': ['tag:t'] } },
  });
  const uses = [...model.selectorUses()];
  const member = uses.find((u) => u.text === 'y@example.com')!;
  assert.equal(member.owner, ['groups', 'group:a']);
  assert.equal(member.path, ['groups', 'group:a', 1]);
  assert.is(member.site, 'groups.member');
  const service = uses.find((u) => u.site === 'autoApprovers.service')!;
  assert.is(service.isKey, true);
  assert.equal(service.path, ['autoApprovers', 'services', 'svc:web']);
  const owner = [...referencesOf(model)].find((r) => r.site === 'tagOwners.owner')!;
  assert.is(owner.kind, 'group');
  assert.is(owner.name, 'group:a');
  assert.equal(owner.path, ['tagOwners', 'tag:t', 0]);
});

test.run();
