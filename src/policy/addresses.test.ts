import { isIP as netIsIP } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareAddresses, ipRangeProblem, isIP } from './addresses.ts';

test('compareAddresses orders IPv4 and IPv6 addresses', () => {
  assert.ok(compareAddresses('10.0.0.2', '10.0.0.10') < 0);
  assert.is(compareAddresses('10.0.0.1', '10.0.0.1'), 0);
  assert.ok(compareAddresses('fd7a::2', 'fd7a::1') > 0);
  assert.ok(compareAddresses('fd7a::ffff', 'fd7a:0:0:1::') < 0);
  assert.is(compareAddresses('::ffff:1.2.3.4', '::ffff:102:304'), 0);
});

test('ipRangeProblem', () => {
  assert.is(ipRangeProblem('10.0.0.1-10.0.0.9'), undefined);
  assert.is(ipRangeProblem('fd7a::1-fd7a::9'), undefined);
  assert.match(ipRangeProblem('10.0.0.9-10.0.0.1')!, /above/);
  assert.match(ipRangeProblem('10.0.0.1-fd7a::1')!, /mixes/);
  assert.match(ipRangeProblem('10.0.0.1-10.0.0')!, /"10.0.0" is not an IP address/);
  assert.match(ipRangeProblem('10.0.0.1')!, /no "-"/);
});

test('isIP answers as node:net does, skipping its regular expressions only where they cannot match', () => {
  const samples = ['', '1', '1234', 'cafe', 'db', 'db-00001', '%', '1%eth0', ':', '.', '::', '::1', '1.2.3.4', '1.2.3.256', '100.64.0.1',
    'fd7a:115c:a1e0::1', 'fe80::1%eth0', 'fe80::1%', '::ffff:1.2.3.4', '10.0.0.0/8', 'tag:web', 'ABCD::', '1.2.3', 'g::1', ' 1.2.3.4'];
  for (const text of samples) assert.is(isIP(text), netIsIP(text), JSON.stringify(text));
});

test.run();
