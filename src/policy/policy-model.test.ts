import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PolicyModel, Use } from './policy-model.ts';
import { referencesOf } from './references.ts';

test('a use packs its index, site and reference kind without losing any of them', () => {
  for (const index of [-1, 0, 1, 255, 256, 2 ** 22, 2 ** 23 + 5]) {
    const use = new Use('tag:a', ['grants', 3], 'dst', index, 'grant.dst');
    assert.is(use.site, 'grant.dst');
    assert.is(use.kind, undefined);
    use.kind = 'tag';
    assert.is(use.kind, 'tag');
    use.kind = 'service';
    assert.is(use.kind, 'service');
    assert.is(use.site, 'grant.dst');
    assert.equal(use.path, index < 0 ? ['grants', 3, 'dst'] : ['grants', 3, 'dst', index]);
    assert.equal(use.owner, ['grants', 3]);
    assert.is(use.isKey, false);
  }
});

test('uses of definitions build their owner path only when asked, and it is the definition path', () => {
  const model = new PolicyModel({
    groups: { 'group:a': ['x@example.com', 'y@example.com'] },
    tagOwners: { 'tag:t': ['group:a'] },
    autoApprovers: { services: { 'svc:web': ['tag:t'] } },
  });
  const uses = model.selectorUses();
  const member = uses.find((u) => u.text === 'y@example.com')!;
  assert.equal(member.owner, ['groups', 'group:a']);
  assert.equal(member.path, ['groups', 'group:a', 1]);
  assert.is(member.site, 'groups.member');
  const service = uses.find((u) => u.site === 'autoApprovers.service')!;
  assert.is(service.isKey, true);
  assert.equal(service.path, ['autoApprovers', 'services', 'svc:web']);
  const owner = referencesOf(model).find((r) => r.site === 'tagOwners.owner')!;
  assert.is(owner.kind, 'group');
  assert.is(owner.name, 'group:a');
  assert.equal(owner.path, ['tagOwners', 'tag:t', 0]);
});

test.run();
