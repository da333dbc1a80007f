import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import { modelOf } from '../policy/policy-model.ts';
import { accessRule, additionText, anchorAt, inlineJson, insertMember, portList, proxyLabel } from './advice.ts';
import { toSetup } from './setups.ts';

const model = (text: string) => modelOf(parseHujson(text));

test('inlineJson writes entries as the docs do', () => {
  assert.is(inlineJson({ src: ['group:a'], dst: ['tag:k8s'], ip: ['tcp:80', 'tcp:443'] }), '{"src": ["group:a"], "dst": ["tag:k8s"], "ip": ["tcp:80", "tcp:443"]}');
  assert.is(inlineJson([]), '[]');
  assert.is(inlineJson('a"b'), '"a\\"b"');
});

test('insertMember and additionText create what is missing, in the file\'s spelling', () => {
  const none = model('{"groups": {}}');
  assert.equal(insertMember(none, ['autoApprovers', 'services'], 'svc:*', ['tag:k8s']), { op: 'insert-property', path: [], key: 'autoApprovers', value: { services: { 'svc:*': ['tag:k8s'] } } });
  assert.is(additionText(none, ['autoApprovers', 'services'], 'svc:*', ['tag:k8s']), 'add "autoApprovers": {"services": {"svc:*": ["tag:k8s"]}} to the policy');
  const some = model('{"AutoApprovers": {"routes": {}}}');
  assert.equal(insertMember(some, ['autoApprovers', 'services'], 'svc:*', ['tag:k8s']), { op: 'insert-property', path: ['AutoApprovers'], key: 'services', value: { 'svc:*': ['tag:k8s'] } });
  assert.is(additionText(some, ['autoApprovers', 'services'], 'svc:*', []), 'add "services": {"svc:*": []} to "AutoApprovers"');
  const all = model('{"tagOwners": {"tag:a": []}}');
  assert.equal(insertMember(all, ['tagOwners'], 'tag:b', []), { op: 'insert-property', path: ['tagOwners'], key: 'tag:b', value: [] });
  assert.is(insertMember(model('{"tagOwners": []}'), ['tagOwners'], 'tag:b', []), undefined, 'no fix into a value of the wrong type');
});

test('anchorAt: the deepest existing key, a fallback, else the first key', () => {
  assert.equal(anchorAt(model('{"autoApprovers": {}}'), ['autoApprovers', 'services']), { path: ['autoApprovers'], on: 'key' });
  assert.equal(anchorAt(model('{"groups": {}}'), ['autoApprovers'], ['tagOwners', 'tag:k8s']), { path: ['tagOwners', 'tag:k8s'], on: 'key' });
  assert.equal(anchorAt(model('{"groups": {}}'), ['autoApprovers']), { path: ['groups'], on: 'key' });
  assert.equal(anchorAt(model('{}'), ['autoApprovers']), { path: [] });
});

test('accessRule follows the file: a grant, or an ACL rule when there are only acls', () => {
  const grants = accessRule(model('{"grants": []}'), ['group:a'], 'tag:k8s', [80, 443]);
  assert.is(grants.text, '{"src": ["group:a"], "dst": ["tag:k8s"], "ip": ["tcp:80", "tcp:443"]}');
  assert.equal(grants.op, { op: 'append', path: ['grants'], value: { src: ['group:a'], dst: ['tag:k8s'], ip: ['tcp:80', 'tcp:443'] } });
  const acls = accessRule(model('{"ACLs": []}'), ['group:a'], 'tag:k8s', [80, 443]);
  assert.is(acls.text, '{"action": "accept", "src": ["group:a"], "dst": ["tag:k8s:80,443"]}');
  assert.is(acls.section, 'ACLs');
});

test('labels', () => {
  assert.is(portList([80, 443]), 'tcp:80 and tcp:443');
  assert.is(proxyLabel(toSetup({ proxy: 'proxygroup', name: 'prod' }, 'kubernetes[0]')), 'the ProxyGroup API-server proxy "tag:k8s" (setup "prod")');
  assert.is(proxyLabel({ ...toSetup({ proxy: 'cks' }, 'inferred'), inferred: true }), 'the CKS API-server proxy "tag:coreweave"');
});

test.run();
