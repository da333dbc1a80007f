import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { selectorOf } from './selectors.ts';

test('selectorOf strips the port of ACL and test destinations only', () => {
  assert.is(selectorOf({ text: 'autogroup:self:*', site: 'acl.dst' }), 'autogroup:self');
  assert.is(selectorOf({ text: 'autogroup:self', site: 'acl.dst' }), 'autogroup:self');
  assert.is(selectorOf({ text: 'tag:web:22', site: 'tests.dst' }), 'tag:web');
  assert.is(selectorOf({ text: '[fd7a::1]:22', site: 'acl.dst' }), 'fd7a::1');
  assert.is(selectorOf({ text: '[192.168.1.1]:22', site: 'acl.dst' }), undefined);
  assert.is(selectorOf({ text: 'tag:web', site: 'grant.dst' }), 'tag:web');
  assert.is(selectorOf({ text: 'fd7a::1', site: 'grant.dst' }), 'fd7a::1');
});

test.run();
