import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { selectorOf } from './selectors.ts';

test('selectorOf strips the port of ACL and test destinations only', () => {
  assert.is(selectorOf('autogroup:self:*', 'acl.dst'), 'autogroup:self');
  assert.is(selectorOf('autogroup:self', 'acl.dst'), 'autogroup:self');
  assert.is(selectorOf('tag:web:22', 'tests.dst'), 'tag:web');
  assert.is(selectorOf('[fd7a::1]:22', 'acl.dst'), 'fd7a::1');
  assert.is(selectorOf('[192.168.1.1]:22', 'acl.dst'), undefined);
  assert.is(selectorOf('tag:web', 'grant.dst'), 'tag:web');
  assert.is(selectorOf('fd7a::1', 'grant.dst'), 'fd7a::1');
});

test.run();
