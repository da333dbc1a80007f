import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findMember, memberKey } from './members.ts';

test('memberKey: an exact key wins, else the first key equal without regard to case', () => {
  assert.is(memberKey({ Src: 1, src: 2 }, 'src'), 'src');
  assert.is(memberKey({ SRC: 1, Src: 2 }, 'src'), 'SRC');
  assert.is(memberKey({ dst: 1 }, 'src'), undefined);
  assert.equal(findMember({ ACLs: [] }, 'acls'), { key: 'ACLs', value: [] });
});

test('memberKey: only own keys, even when Object.prototype has an enumerable one', () => {
  Object.defineProperty(Object.prototype, 'SRC', { value: 1, enumerable: true, configurable: true });
  try {
    assert.is(memberKey({ dst: 1 }, 'src'), undefined);
    assert.is(findMember({ dst: 1 }, 'src'), undefined);
  } finally {
    delete (Object.prototype as Record<string, unknown>).SRC;
  }
});

test.run();
