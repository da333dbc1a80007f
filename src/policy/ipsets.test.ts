import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyIpsetTarget, parseIpsetEntry } from './ipsets.ts';

test('parseIpsetEntry splits the operation from the target', () => {
  assert.equal(parseIpsetEntry('add 10.0.0.0/8'), { ok: true, value: { op: 'add', target: '10.0.0.0/8' } });
  assert.equal(parseIpsetEntry(' remove  host:db '), { ok: true, value: { op: 'remove', target: 'host:db' } });
  assert.equal(parseIpsetEntry('192.0.2.1'), { ok: true, value: { op: undefined, target: '192.0.2.1' } });
  assert.not.ok(parseIpsetEntry('').ok);
  assert.not.ok(parseIpsetEntry('add').ok);
  assert.not.ok(parseIpsetEntry('delete 10.0.0.0/8').ok);
  assert.not.ok(parseIpsetEntry('add 10.0.0.1 10.0.0.2').ok);
});

test('classifyIpsetTarget', () => {
  assert.equal(classifyIpsetTarget('10.0.0.1'), { kind: 'ip' });
  assert.equal(classifyIpsetTarget('fd7a:115c:a1e0::/48'), { kind: 'cidr' });
  assert.equal(classifyIpsetTarget('10.0.0.1-10.0.0.9'), { kind: 'range' });
  assert.equal(classifyIpsetTarget('autogroup:internet'), { kind: 'internet' });
  assert.equal(classifyIpsetTarget('host:db'), { kind: 'host', name: 'db' });
  assert.equal(classifyIpsetTarget('ipset:office'), { kind: 'ipset', name: 'ipset:office' });
  for (const bad of ['tag:web', 'group:eng', 'autogroup:member', 'alice@example.com', '*', 'db', 'host:', 'ipset:', '10.0.0.9-10.0.0.1', '10.0.0.1-fd7a::1', '10.0.0.0/33']) {
    assert.is(classifyIpsetTarget(bad).kind, 'invalid', bad);
  }
});

test.run();
