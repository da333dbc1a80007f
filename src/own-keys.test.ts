import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ownKeys } from './own-keys.ts';
import { parseHujson } from './parse/parse-hujson.ts';

const large = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`tag:t${i}`, [i]]));

test('ownKeys lists what Object.keys lists, in order', () => {
  for (const object of [{}, { b: 1, a: 2, 10: 3, 2: 4 }, large(40), large(2000)]) assert.equal([...ownKeys(object)], Object.keys(object));
});

test('ownKeys keeps the list of a large object and lists a small one anew', () => {
  const big = large(2000);
  assert.is(ownKeys(big), ownKeys(big));
  const small = { a: 1 };
  assert.is.not(ownKeys(small), ownKeys(small));
});

test('ownKeys skips inherited keys, as Object.keys does', () => {
  const object = Object.create({ inherited: 1 }) as Record<string, unknown>;
  object.own = 2;
  assert.equal([...ownKeys(object)], ['own']);
});

test("a parsed policy's large section gets the same list on every call", () => {
  const text = `{"tagOwners": {${Array.from({ length: 100 }, (_, i) => `"tag:t${i}": []`).join(', ')}}, // comment\n}`;
  const { value } = parseHujson(text);
  const tagOwners = (value as Record<string, object>).tagOwners!;
  const first = ownKeys(tagOwners);
  assert.is(first.length, 100);
  assert.is(ownKeys(tagOwners), first);
});

test.run();
