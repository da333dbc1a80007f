import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDestination, parseGrantIp, parseProtocol } from './ports.ts';

const destination = (text: string) => {
  const parsed = parseDestination(text);
  return parsed.ok ? parsed.value : { problem: parsed.problem, rewrite: parsed.rewrite };
};

test('parseDestination splits at the last colon', () => {
  assert.equal(destination('tag:web:443'), { host: 'tag:web', ports: '443' });
  assert.equal(destination('*:*'), { host: '*', ports: '*' });
  assert.equal(destination('autogroup:self:*'), { host: 'autogroup:self', ports: '*' });
  assert.equal(destination('autogroup:invalid:80'), { host: 'autogroup:invalid', ports: '80' });
  assert.equal(destination('tag:server:ssh'), { host: 'tag:server', ports: 'ssh' });
  assert.equal(destination('user:*@example.com:22'), { host: 'user:*@example.com', ports: '22' });
  assert.equal(destination('10.0.0.0/8:80,443'), { host: '10.0.0.0/8', ports: '80,443' });
  assert.equal(destination(' db:5432 '), { host: 'db', ports: '5432' });
});

test('parseDestination: a host without a port', () => {
  assert.equal(destination('autogroup:self'), { host: 'autogroup:self', ports: undefined });
  assert.equal(destination('tag:web'), { host: 'tag:web', ports: undefined });
  assert.equal(destination('user:*@example.com'), { host: 'user:*@example.com', ports: undefined });
  assert.equal(destination('100.64.0.1'), { host: '100.64.0.1', ports: undefined });
  assert.equal(destination('fd7a:115c:a1e0::1'), { host: 'fd7a:115c:a1e0::1', ports: undefined });
  assert.equal(destination('::1'), { host: '::1', ports: undefined });
  assert.equal(destination('fd7a::/48'), { host: 'fd7a::/48', ports: undefined });
  assert.equal(destination('[fd7a::1]'), { host: 'fd7a::1', ports: undefined });
  assert.equal(destination('*'), { host: '*', ports: undefined });
  assert.equal(destination('db'), { host: 'db', ports: undefined });
});

test('parseDestination: IPv6 in square brackets', () => {
  assert.equal(destination('[::1]:80-443'), { host: '::1', ports: '80-443' });
  assert.equal(destination('[fd7a:115c:a1e0::2905]/128:80,443'), { host: 'fd7a:115c:a1e0::2905/128', ports: '80,443' });
  assert.equal(destination('[192.168.1.1]:80'), { problem: 'square brackets are only for IPv6 addresses', rewrite: '192.168.1.1:80' });
  assert.equal(destination('[10.0.0.0]/8:*'), { problem: 'square brackets are only for IPv6 addresses', rewrite: '10.0.0.0/8:*' });
  assert.equal(destination('[fd7a:115c:a1e0::/48]:443'), {
    problem: 'the prefix length goes after the closing square bracket',
    rewrite: '[fd7a:115c:a1e0::]/48:443',
  });
  // Unbracketed, the last colon is the port separator when an address or prefix precedes it.
  assert.equal(destination('fd63:6c6f:7564::/108:*'), { host: 'fd63:6c6f:7564::/108', ports: '*' });
  assert.equal(destination('fd7a::1:22'), { host: 'fd7a::1', ports: '22' });
  assert.equal(destination('[web]:80'), { problem: 'square brackets may only hold an IPv6 address', rewrite: undefined });
  assert.equal(destination('[::1:80'), { problem: 'it opens "[" without closing it', rewrite: undefined });
  assert.equal(destination('[::1]80'), { problem: 'a ":" and a port must follow "[::1]"', rewrite: undefined });
});

test('parseProtocol reads numbers as Tailscale does, names case-insensitively', () => {
  assert.equal(parseProtocol('0'), { ok: true, value: 0 });
  assert.equal(parseProtocol('06'), { ok: true, value: 6 });
  assert.equal(parseProtocol('255'), { ok: true, value: 255 });
  assert.equal(parseProtocol('ICMP'), { ok: true, value: 1 });
  assert.equal(parseProtocol('256').ok, false);
  assert.equal(parseProtocol('*').ok, false);
});

test('parseGrantIp', () => {
  assert.ok(parseGrantIp('icmp:*').ok);
  assert.ok(parseGrantIp('47').ok);
  // Tailscale normalises a bare port to "*:port", so a "*" protocol is any protocol.
  assert.equal(parseGrantIp('*:8096'), { ok: true, value: { protocol: undefined, ports: [{ first: 8096, last: 8096 }] } });
  assert.is(parseGrantIp('*:0').ok, false);
  assert.is(parseGrantIp('icmp').ok, false);
  assert.is(parseGrantIp('tcp:0').ok, false);
  assert.is(parseGrantIp('icmp:8').ok, false);
  assert.is(parseGrantIp('tcp:80:443').ok, false);
});

test.run();
