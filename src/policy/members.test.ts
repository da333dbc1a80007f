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

test('memberKey matches keys as toLowerCase does, for ASCII and other names (differential)', () => {
  // The definition: the first own key whose lower case equals the name's.
  const reference = (object: Record<string, unknown>, name: string) =>
    Object.hasOwn(object, name) ? name : Object.keys(object).find((key) => key.toLowerCase() === name.toLowerCase());
  // Characters whose case mapping is unusual: the Kelvin sign lowercases to "k", "\u0130" to two code units.
  const alphabet = ['a', 'A', 'k', 'K', 'i', 'I', 's', 'S', '\u212A', '\u0130', '\u0131', '\u017F', '\u00DF', 'é', 'É', '-', ':'];
  let seed = 20261124;
  const pick = (n: number) => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed % n;
  };
  const word = () => Array.from({ length: 1 + pick(4) }, () => alphabet[pick(alphabet.length)]).join('');
  for (let i = 0; i < 20_000; i++) {
    const object: Record<string, unknown> = {};
    for (let k = pick(5); k > 0; k--) object[word()] = k;
    const name = pick(3) === 0 ? word() : word().replace(/[^\x00-\x7f]/g, 'k');
    assert.is(memberKey(object, name), reference(object, name), `${JSON.stringify(Object.keys(object))} ${JSON.stringify(name)}`);
  }
  assert.is(memberKey({ '\u212Aey': 1 }, 'key'), '\u212Aey');
  assert.is(memberKey({ '\u0130d': 1 }, 'i\u0307d'), '\u0130d');
});

test.run();
