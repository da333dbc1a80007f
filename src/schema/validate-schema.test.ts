// How ajv's errors become messages, how key case is handled, and what it costs.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import canonicalKeyCase from '../../rules/canonical-key-case.ts';
import type { Report } from '../engine/rule.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import { checkSchema, describeErrors, keyCaseMismatches, normaliseKeys, type SchemaProblem } from './validate-schema.ts';

function parse(text: string): Record<string, unknown> {
  const policy = parseHujson(text);
  assert.is(policy.syntaxError, undefined);
  return policy.value as Record<string, unknown>;
}

const check = (text: string) => checkSchema(parse(text));
const messages = (text: string) => check(text).map((p) => p.message);
const one = (text: string): SchemaProblem => {
  const problems = check(text);
  assert.is(problems.length, 1, JSON.stringify(problems));
  return problems[0]!;
};

// ---------------------------------------------------------------------------------------------
// Messages

test('an unknown key is reported on the key, with the closest known key', () => {
  assert.equal(one('{"grant": []}'), { path: ['grant'], on: 'key', message: 'Unknown key "grant" in the policy; did you mean "grants"?' });
  assert.equal(one('{"rules": []}').message, 'Unknown key "rules" in the policy');
  assert.equal(one('{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"], "prot": "tcp"}]}'), {
    path: ['acls', 0, 'prot'],
    on: 'key',
    message: 'Unknown key "prot" in this ACL rule; did you mean "proto"?',
  });
  // Legacy keys are valid but never suggested.
  assert.equal(one('{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"], "user": ["*"]}]}').message, 'Unknown key "user" in this ACL rule');
});

test('a wrong type says what is expected, element by element', () => {
  assert.equal(one('{"grants": [{"src": "group:eng", "dst": ["*"], "ip": ["*"]}]}'), {
    path: ['grants', 0, 'src'],
    on: 'value',
    message: '"src" must be an array of strings',
  });
  assert.equal(one('{"grants": [{"src": ["*", 3], "dst": ["*"], "ip": ["*"]}]}'), { path: ['grants', 0, 'src', 1], on: 'value', message: 'Each entry of "src" must be a string' });
  assert.equal(one('{"grants": [7]}').message, 'Each entry of "grants" must be an object');
  assert.equal(one('{"ssh": [{"action": "check", "users": ["root"], "checkPeriod": 5}]}').message, '"checkPeriod" must be a string or null');
  assert.equal(one('{"randomizeClientPort": 1}').message, '"randomizeClientPort" must be true or false');
});

test('missing keys of one object are listed in one message', () => {
  assert.equal(one('{"grants": [{"ip": ["*"]}]}'), { path: ['grants', 0], on: 'value', message: 'Missing required keys "src" and "dst" in this grant' });
  // "src" or its legacy name "users": one problem, naming the modern key.
  assert.equal(one('{"acls": [{"action": "accept", "dst": ["*:*"]}]}').message, 'Missing required key "src" in this ACL rule');
  assert.equal(check('{"acls": [{"action": "accept", "users": ["*"], "ports": ["*:*"]}]}'), []);
  assert.equal(messages('{"acls": [{}]}'), ['Missing required keys "action", "src" and "dst" in this ACL rule']);
});

test('anyOf noise becomes the most specific branch or the schema\'s own message', () => {
  assert.equal(one('{"ssh": [{"action": "Accept", "users": ["root"]}]}').message, '"action" must be "accept" or "check", not "Accept"; did you mean "accept"?');
  assert.equal(one('{"ssh": [{"action": "deny", "users": ["root"]}]}').message, '"action" must be "accept" or "check", not "deny"');
  assert.equal(check('{"ssh": [{"action": " accept ", "users": ["root"]}]}'), []); // the control plane trims it
  // An empty "ip" and "app" is grant-needs-ip-or-app's to report, with its own advice.
  assert.equal(check('{"grants": [{"src": ["*"], "dst": ["*"], "ip": []}, {"src": ["*"], "dst": ["*"]}]}'), []);
  assert.equal(one('{"tests": [{"src": "a@example.com", "deny": []}]}').message, 'This test needs a non-empty "accept" or "deny" (or both)');
  assert.equal(check('{"tests": [{"user": "a@example.com", "allow": ["h:1"]}]}'), []);
});

test('fixed values, with a suggestion for near misses', () => {
  assert.equal(one('{"acls": [{"action": "deny", "src": ["*"], "dst": ["*:*"]}]}').message, '"action" must be "accept", not "deny"');
  assert.equal(one('{"acls": [{"action": "ACCEPT", "src": ["*"], "dst": ["*:*"]}]}').message, '"action" must be "accept", not "ACCEPT"');
  assert.equal(one('{"acls": [{"action": 1, "src": ["*"], "dst": ["*:*"]}]}').message, '"action" must be "accept", not 1');
  assert.equal(one('{"OneCGNATRoute": "mac-allways"}').message, '"OneCGNATRoute" must be "", "mac-always" or "mac-never", not "mac-allways"; did you mean "mac-always"?');
});

test('a key that breaks its name pattern is reported on the key', () => {
  assert.equal(one('{"tagOwners": {"tag:1st": []}}'), {
    path: ['tagOwners', 'tag:1st'],
    on: 'key',
    message: 'Invalid name "tag:1st"; tag names are "tag:" followed by an ASCII letter, then letters, digits or dashes',
  });
  assert.equal(one('{"derpMap": {"Regions": {"x": {"RegionID": 1, "Nodes": []}}}}').message, 'Invalid name "x"; DERP region keys are region IDs written as decimal strings, such as "900"');
  assert.equal(check('{"autoApprovers": {"services": {"svc:*": ["tag:k8s"], "svc:kube-api": [], "tag:k8s": []}}}'), []);
});

test('paths: keys with "/" and "~" survive the JSON Pointer round trip', () => {
  assert.equal(one('{"grants": [{"src": ["*"], "dst": ["*"], "app": {"example.com/cap/a~b": {}}}]}').path, ['grants', 0, 'app', 'example.com/cap/a~b']);
  assert.equal(one('{"hosts": {"a/b~c": 1}}').path, ['hosts', 'a/b~c']);
});

test('messages are one sentence without a final period', () => {
  const text = '{"grant": [], "acls": [{"action": "x", "src": "y"}], "groups": {"g": 1}, "ssh": [{}], "derpMap": {"Regions": {"1": {}}}}';
  for (const message of messages(text)) {
    assert.not.ok(message.endsWith('.'), message);
    assert.match(message, /^["A-Z]/);
    assert.not.match(message, /must NOT|must match a schema|property name must be valid/);
  }
});

test('an error keyword the messages do not know still reads as a sentence', () => {
  const problems = describeErrors({ acls: [] }, [{ instancePath: '/acls', schemaPath: '#/properties/acls/maxItems', keyword: 'maxItems', params: { limit: 2 }, message: 'must NOT have more than 2 items' }]);
  assert.equal(problems, [{ path: ['acls'], on: 'value', message: '"acls" must NOT have more than 2 items' }]);
  const bare = describeErrors({ acls: [] }, [{ instancePath: '/acls', schemaPath: '#/properties/acls/maxItems', keyword: 'maxItems', params: { limit: 2 } }]);
  assert.equal(bare[0]!.message, '"acls" does not match the schema (maxItems)');
});

test('a "__proto__" key is an ordinary unknown key', () => {
  assert.equal(one('{"__proto__": {"acls": 1}}'), { path: ['__proto__'], on: 'key', message: 'Unknown key "__proto__" in the policy' });
  assert.equal(one('{"ACLs": [], "__proto__": 1}').path, ['__proto__']);
});

// ---------------------------------------------------------------------------------------------
// Key case

test('keys are matched without regard to case; reports use the file\'s spelling', () => {
  assert.equal(check('{"ACLs": [{"Action": "accept", "Src": ["*"], "DST": ["*:*"]}], "TagOwners": {"tag:a": []}}'), []);
  assert.equal(one('{"ACLs": [{"Action": "deny", "Src": ["*"], "DST": ["*:*"]}]}'), { path: ['ACLs', 0, 'Action'], on: 'value', message: '"Action" must be "accept", not "deny"' });
  assert.equal(one('{"Grants": [{"SRC": ["*"], "dst": ["*"], "ip": ["*"], "Bogus": 1}]}').path, ['Grants', 0, 'Bogus']);
  // User-defined names are not keys of the format: "Group:eng" is no group name.
  assert.equal(one('{"groups": {"Group:eng": []}}').path, ['groups', 'Group:eng']);
});

test('normalising copies nothing when every key is canonical, and only the changed branches otherwise', () => {
  const clean = parse('{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}], "hosts": {"A": "1.2.3.4"}}');
  assert.is(normaliseKeys(clean), clean);
  const mixed = parse('{"acls": [{"Action": "accept", "src": ["*"], "dst": ["*:*"]}, {"action": "accept", "src": ["*"], "dst": ["*:*"]}], "hosts": {"A": "1.2.3.4"}}');
  const normalised = normaliseKeys(mixed) as Record<string, unknown[]>;
  assert.is.not(normalised, mixed);
  assert.is(normalised.hosts, mixed.hosts);
  assert.is(normalised.acls![1], (mixed.acls as unknown[])[1]);
  assert.equal(Object.keys(normalised.acls![0] as object), ['action', 'src', 'dst']);
  assert.equal(Object.keys((mixed.acls as object[])[0]!), ['Action', 'src', 'dst'], 'the parsed value is not modified');
});

test('a second spelling of a present key is not validated twice, and is a conflict for canonical-key-case', () => {
  const root = parse('{"acls": [], "ACLs": 5}');
  assert.equal(checkSchema(root), []);
  assert.equal(keyCaseMismatches(root), [{ path: ['ACLs'], key: 'ACLs', canonical: 'acls', conflict: true, legacy: false }]);
  assert.equal(keyCaseMismatches(parse('{"ACLs": [], "Acls": []}')).map((m) => m.conflict), [false, true]);
});

test('OneCGNATRoute: the API client\'s "oneCGNATRoute" is accepted as is, other spellings map to "OneCGNATRoute"', () => {
  assert.equal(keyCaseMismatches(parse('{"oneCGNATRoute": ""}')), []);
  assert.equal(keyCaseMismatches(parse('{"onecgnatroute": ""}')).map((m) => m.canonical), ['OneCGNATRoute']);
  assert.equal(check('{"onecgnatroute": "mac-never"}'), []);
});

function runRule(text: string): Report[] {
  const reports: Report[] = [];
  const policy = parseHujson(text);
  canonicalKeyCase.check({ policy, root: policy.value as Record<string, unknown>, settings: {}, report: (r) => reports.push(r) });
  return reports;
}

test('canonical-key-case: renames with a fix; legacy keys are left to their own rule', () => {
  const reports = runRule('{"ACLs": [{"Action": "accept", "Users": ["*"], "Ports": ["*:*"]}], "ssh": [{"action": "accept", "Users": ["root"]}]}');
  assert.equal(
    reports.map((r) => ('path' in r ? r.path : [])),
    [['ACLs'], ['ACLs', 0, 'Action'], ['ssh', 0, 'Users']],
  );
  assert.equal(reports[0]!.fix, { description: 'Rename "ACLs" to "acls"', ops: [{ op: 'rename-key', path: ['ACLs'], newKey: 'acls' }] });
  const conflict = runRule('{"hosts": {}, "Hosts": {}}');
  assert.is(conflict.length, 1);
  assert.is(conflict[0]!.fix, undefined);
});

test('canonical-key-case: user-chosen names, capability names and app values are never touched', () => {
  assert.equal(
    runRule('{"groups": {"group:Eng": []}, "hosts": {"ACLS": "1.2.3.4"}, "tagOwners": {"tag:Web": []}, "grants": [{"src": ["*"], "dst": ["*"], "app": {"Example.com/Cap": [{"Src": 1}]}}], "attrConfig": {"Type": {"type": "bool"}}}'),
    [],
  );
});

// ---------------------------------------------------------------------------------------------
// Cost

test('a large policy is checked in linear time without copying', () => {
  const n = 20_000;
  const text = JSON.stringify({
    hosts: Object.fromEntries(Array.from({ length: n }, (_, i) => [`h${i}`, `100.64.${i >> 8}.${i & 255}`])),
    acls: Array.from({ length: n }, (_, i) => ({ action: 'accept', src: [`h${i}`], dst: [`h${(i + 1) % n}:443`] })),
    grants: Array.from({ length: n }, (_, i) => ({ src: [`h${i}`], dst: ['*'], ip: ['tcp:22'] })),
  });
  const root = parse(text);
  assert.is(normaliseKeys(root), root);
  checkSchema(root); // warm up
  const started = performance.now();
  assert.equal(checkSchema(root), []);
  const ms = performance.now() - started;
  assert.ok(ms < 300, `${3 * n} entries took ${ms.toFixed(0)} ms`);

  const broken = parse(text.replaceAll('"action":"accept"', '"action":"deny"'));
  const brokenStarted = performance.now();
  assert.is(checkSchema(broken).length, n);
  const brokenMs = performance.now() - brokenStarted;
  assert.ok(brokenMs < 2_000, `${n} errors took ${brokenMs.toFixed(0)} ms`);
});

test.run();
