import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHujson } from '../parse/parse-hujson.ts';
import { NearMissIndex } from './near-miss.ts';
import { modelOf } from './policy-model.ts';
import { nearMiss, referencesOf, replaceReference } from './references.ts';

const policy = parseHujson(`{
  "acls": [{"action": "accept", "src": ["group:eng", "db", "group:sync@example.com"], "dst": ["tag:web:443", "[fd7a::1]:22", "svc:api:80"]}],
  "grants": [{"src": ["ipset:office"], "dst": ["example.com"], "ip": ["*"], "via": ["tag:router"], "srcPosture": ["posture:mac"]}],
  "ssh": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:web", "tag:db:22"], "users": ["tag:literal"], "recorder": ["tag:rec"]}],
  "ipsets": {"ipset:office": ["add host:printer", "remove 10.0.0.0/8", "ipset:other"]},
  "autoApprovers": {"services": {"tag:svc": ["tag:web"]}},
}`);

test('referencesOf lists named references with their paths', () => {
  const refs = [...referencesOf(modelOf(policy))].map((r) => [r.kind, r.name, r.path.join('.')]);
  assert.equal(refs, [
    ['group', 'group:eng', 'acls.0.src.0'],
    ['host', 'db', 'acls.0.src.1'],
    ['group', 'group:sync@example.com', 'acls.0.src.2'],
    ['tag', 'tag:web', 'acls.0.dst.0'],
    ['service', 'svc:api', 'acls.0.dst.2'],
    ['ipset', 'ipset:office', 'grants.0.src.0'],
    ['host', 'example.com', 'grants.0.dst.0'],
    ['tag', 'tag:router', 'grants.0.via.0'],
    ['posture', 'posture:mac', 'grants.0.srcPosture.0'],
    ['group', 'group:eng', 'ssh.0.src.0'],
    ['tag', 'tag:web', 'ssh.0.dst.0'],
    ['tag', 'tag:db', 'ssh.0.dst.1'],
    ['host', 'printer', 'ipsets.ipset:office.0'],
    ['ipset', 'ipset:other', 'ipsets.ipset:office.2'],
    ['tag', 'tag:svc', 'autoApprovers.services.tag:svc'],
    ['tag', 'tag:web', 'autoApprovers.services.tag:svc.0'],
    ['tag', 'tag:rec', 'ssh.0.recorder.0'],
  ]);
  assert.is(referencesOf(modelOf(policy)), referencesOf(modelOf(policy)), 'cached');
});

test('replaceReference keeps the rest of the string', () => {
  const refs = [...referencesOf(modelOf(policy))];
  const dst = refs.find((r) => r.path.join('.') === 'acls.0.dst.0')!;
  assert.equal(replaceReference(dst, 'tag:www'), { op: 'replace-value', path: dst.path, value: 'tag:www:443' });
  const entry = refs.find((r) => r.name === 'printer')!;
  assert.equal(replaceReference(entry, 'printer2'), { op: 'replace-value', path: entry.path, value: 'add host:printer2' });
  const key = refs.find((r) => r.isKey)!;
  assert.equal(replaceReference(key, 'tag:svc2'), { op: 'rename-key', path: key.path, newKey: 'tag:svc2' });
});

test('nearMiss suggests a close candidate only', () => {
  const ref = referencesOf(modelOf(policy)).at(0);
  assert.is(nearMiss(ref, new NearMissIndex(['group:ops'])).hint, '');
  const near = nearMiss(ref, new NearMissIndex(['group:en']));
  assert.is(near.hint, '; did you mean "group:en"?');
  assert.is(near.suggestions.length, 1);
});

test.run();
