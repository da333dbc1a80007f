import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAYBE, NO, SshAccess, YES } from './ssh-access.ts';
import { PolicyModel } from './policy-model.ts';

const access = (policy: Record<string, unknown>) => new SshAccess(new PolicyModel(policy));

const base = {
  groups: { 'group:ops': ['alice@example.com', 'bob@example.com'], 'group:empty': [] },
  tagOwners: { 'tag:server': [], 'tag:db': [] },
  ssh: [
    { action: 'accept', src: ['group:ops'], dst: ['tag:server'], users: ['root', 'deploy'] },
    { action: 'check', src: ['alice@example.com'], dst: ['autogroup:self'], users: ['autogroup:nonroot'] },
    { action: 'accept', src: ['tag:ci'], dst: ['tag:db'], users: ['localpart:*@example.com'] },
  ],
};

test('a user in a group source reaches the tag as the listed names only', () => {
  const a = access(base);
  assert.is(a.allows('alice@example.com', 'tag:server', 'root').certainty, YES);
  assert.equal(a.allows('bob@example.com', 'tag:server', 'deploy').rule, ['ssh', 0]);
  assert.is(a.allows('alice@example.com', 'tag:server', 'mallory').certainty, NO);
  assert.is(a.allows('carol@example.com', 'tag:server', 'root').certainty, NO);
  assert.is(a.allows('alice@example.com', 'tag:db', 'root').certainty, NO);
});

test('a group source stands for one of its members', () => {
  const a = access(base);
  assert.is(a.allows('group:ops', 'tag:server', 'root').certainty, YES);
  assert.is(a.allows('group:ops', 'alice@example.com', 'alice').certainty, MAYBE);
  assert.is(a.allows('group:empty', 'alice@example.com', 'alice').certainty, NO);
});

test('autogroup:self and autogroup:nonroot', () => {
  const a = access(base);
  assert.is(a.allows('alice@example.com', 'alice@example.com', 'alice').certainty, YES);
  assert.is(a.allows('alice@example.com', 'alice@example.com', 'root').certainty, NO);
  assert.is(a.allows('alice@example.com', 'bob@example.com', 'alice').certainty, NO);
  assert.is(a.allows('alice@example.com', 'alice@example.com', 'alice', true).certainty, YES);
  assert.is(a.allows('bob@example.com', 'tag:server', 'root', true).certainty, NO);
});

test('localpart maps a user to their own login name only', () => {
  const a = access({ ...base, ssh: [{ action: 'accept', src: ['autogroup:member'], dst: ['tag:db'], users: ['localpart:*@example.com'] }] });
  assert.is(a.allows('odin@example.com', 'tag:db', 'odin').certainty, MAYBE); // autogroup:member: is odin a member?
  assert.is(a.allows('odin@example.com', 'tag:db', 'thor').certainty, NO);
  assert.is(a.allows('odin@example.org', 'tag:db', 'odin').certainty, NO);
  assert.is(a.allows('tag:server', 'tag:db', 'odin').certainty, NO);
});

test('what the file cannot tell stays MAYBE', () => {
  const a = access({ ...base, hosts: { web: '100.64.0.1' } });
  assert.is(a.allows('alice@example.com', 'web', 'root').certainty, MAYBE);
  assert.is(a.allows('100.64.0.9', 'tag:server', 'root').certainty, MAYBE);
  const postured = access({ ...base, defaultSrcPosture: ['posture:latest'] });
  assert.is(postured.allows('alice@example.com', 'tag:server', 'root').certainty, MAYBE);
  assert.is(postured.allows('alice@example.com', 'tag:server', 'mallory').certainty, NO);
  const odd = access({ ssh: [{ action: 'Accept', src: ['alice@example.com'], dst: ['tag:server'], users: ['root'] }] });
  assert.is(odd.allows('alice@example.com', 'tag:server', 'root').certainty, MAYBE);
  assert.is(access({}).allows('alice@example.com', 'tag:server', 'root').certainty, NO);
});

test('tags, autogroup:tagged and case', () => {
  const a = access({ ssh: [{ action: 'accept', src: ['autogroup:tagged'], dst: ['autogroup:tagged'], users: ['root'] }] });
  assert.is(a.allows('tag:ci', 'tag:db', 'root').certainty, YES);
  assert.is(a.allows('alice@example.com', 'tag:db', 'root').certainty, NO);
  const b = access({ ssh: [{ action: 'accept', src: ['Alice@Example.com'], dst: ['tag:db'], users: ['root'] }] });
  assert.is(b.allows('alice@example.com', 'tag:db', 'root').certainty, MAYBE);
});

test('only rules that may reach the device are looked at, in file order', () => {
  const a = access({
    ssh: [
      { action: 'accept', src: ['alice@example.com'], dst: ['tag:web', 'tag:db'], users: ['root'] },
      { action: 'accept', src: ['alice@example.com'], dst: ['Tag:DB'], users: ['postgres'] },
      { action: 'accept', src: ['alice@example.com'], dst: ['bastion'], users: ['ops'] },
      { action: 'check', src: ['alice@example.com'], dst: ['tag:db'], users: ['root'] },
    ],
  });
  assert.equal(a.allows('alice@example.com', 'tag:db', 'root'), { certainty: YES, rule: ['ssh', 0] });
  assert.equal(a.allows('alice@example.com', 'tag:db', 'root', true), { certainty: YES, rule: ['ssh', 3] });
  assert.is(a.allows('alice@example.com', 'tag:db', 'postgres').certainty, MAYBE);
  assert.is(a.allows('alice@example.com', 'tag:db', 'ops').certainty, MAYBE);
  assert.is(a.allows('alice@example.com', 'tag:web', 'postgres').certainty, MAYBE); // bastion may carry tag:web
  assert.is(a.allows('bob@example.com', 'tag:web', 'root').certainty, NO);
  assert.is(a.allows('alice@example.com', 'bastion', 'root').certainty, MAYBE);
});

test('malformed destinations are not judged', () => {
  const a = access(base);
  assert.is(a.allows('alice@example.com', 'tag:server:22', 'root').certainty, MAYBE);
  assert.is(a.allows('alice@example.com', 'alice@example.com:22', 'alice').certainty, MAYBE);
});

test.run();
