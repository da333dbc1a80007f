import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { grantIpProblem, parseDestination, parseGrantIp, parsePortList, parseProtocol, portListProblem, portSuffixColon } from './ports.ts';

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

test('parsePortList: ranges, and the first problem naming its part', () => {
  assert.equal(parsePortList('*'), { ok: true, value: [{ first: 1, last: 65535 }] });
  assert.equal(parsePortList('22,80-90,0443'), { ok: true, value: [{ first: 22, last: 22 }, { first: 80, last: 90 }, { first: 443, last: 443 }] });
  assert.equal(parsePortList(''), { ok: false, problem: 'the port is missing after ":"; write a port, a range or "*"' });
  assert.equal(parsePortList('22,ssh'), { ok: false, problem: 'port "ssh" is not a number; write port numbers (22, not "ssh"), a range or "*"' });
  assert.equal(parsePortList('80,'), { ok: false, problem: 'port "" is not a number; write port numbers (22, not "ssh"), a range or "*"' });
  assert.equal(parsePortList('0-80'), { ok: false, problem: 'port "0-80" is 0; the first port must be above 0, or use "*" for all ports' });
  assert.equal(parsePortList('1-99999999999999999999'), { ok: false, problem: 'port "1-99999999999999999999" is above 65535' });
  assert.equal(parsePortList('90-80'), { ok: false, problem: 'port range "90-80" is inverted; write the lower port first' });
  assert.equal(parsePortList('1-2-3'), { ok: false, problem: 'port "1-2-3" is not a number; write port numbers (22, not "ssh"), a range or "*"' });
});

// The grammar as first written (split and regular expressions): the in-place reader must agree.
function portListOracle(text: string): string | undefined {
  if (text === '*') return undefined;
  if (text === '') return 'the port is missing after ":"; write a port, a range or "*"';
  const port = (t: string, whole: string) => {
    if (!/^\d+$/.test(t)) return `port ${JSON.stringify(whole)} is not a number; write port numbers (22, not "ssh"), a range or "*"`;
    const n = Number(t);
    if (n === 0) return `port ${JSON.stringify(whole)} is 0; the first port must be above 0, or use "*" for all ports`;
    return n > 65535 ? `port ${JSON.stringify(whole)} is above 65535` : n;
  };
  for (const part of text.split(',')) {
    const dash = part.indexOf('-');
    const first = port(dash < 0 ? part : part.slice(0, dash), part);
    if (typeof first === 'string') return first;
    const last = dash < 0 ? first : port(part.slice(dash + 1), part);
    if (typeof last === 'string') return last;
    if (last < first) return `port range ${JSON.stringify(part)} is inverted; write the lower port first`;
  }
  return undefined;
}

test('portListProblem agrees with the split-based grammar on 20,000 random lists', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = ['0', '1', '6', '9', '5', ',', '-', '*', ' ', 'a', '65535', '65536', '00'];
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    for (let n = Math.floor(random() * 8); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.is(portListProblem(text), portListOracle(text), JSON.stringify(text));
    const parsed = parsePortList(text);
    assert.is(parsed.ok ? undefined : parsed.problem, portListOracle(text), JSON.stringify(text));
  }
});

test('grantIpProblem is parseGrantIp without the result', () => {
  for (const text of ['*', '443', '80-443', 'tcp:443', 'icmp:*', '6:22', '*:8096', 'icmp', 'ICMP:8', 'tcp:0', '999:*', 'tcp:80:443', 'ssh', '1,2', ' tcp :22']) {
    const parsed = parseGrantIp(text);
    assert.is(grantIpProblem(text), parsed.ok ? undefined : parsed.problem, text);
  }
  assert.equal(parseGrantIp('6:22,80-81'), { ok: true, value: { protocol: 6, ports: [{ first: 22, last: 22 }, { first: 80, last: 81 }] } });
  assert.equal(parseGrantIp('999:*'), { ok: false, problem: 'protocol number "999" is out of range; use 0-255' });
  assert.equal(parseGrantIp('icmp'), { ok: false, problem: '"icmp" is not a port; write "icmp:*" for the protocol, or a port' });
});

test('portSuffixColon splits where /^(.+):(\\d+|\\*)$/ does (differential)', () => {
  const regex = (text: string) => {
    const match = /^(.+):(\d+|\*)$/.exec(text);
    return match ? match[1]!.length : -1;
  };
  const samples = ['tag:web:22', 'tag:web', 'tag:web:*', 'tag:web:', ':22', 'a:22', 'a:2*', 'a:**', 'a\n:22', 'a:22\r', 'fd7a::1:22', 'x:1:2', 'x:\u2028', ''];
  for (const text of samples) assert.is(portSuffixColon(text), regex(text), JSON.stringify(text));
  let seed = 7;
  const pick = (n: number) => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed % n;
  };
  const alphabet = ['a', ':', '1', '2', '*', '\n', ' ', '@'];
  for (let i = 0; i < 20_000; i++) {
    const text = Array.from({ length: pick(7) }, () => alphabet[pick(alphabet.length)]).join('');
    assert.is(portSuffixColon(text), regex(text), JSON.stringify(text));
  }
});

test.run();
