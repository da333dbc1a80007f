import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closest } from './did-you-mean.ts';
import { NearMissIndex } from './near-miss.ts';

test('answers as closest() does', () => {
  const candidates = ['tag:server', 'tag:servers', 'tag:web', 'tag:Web', 'group:eng', 'db-primary', 'x', 'ab'];
  const index = new NearMissIndex(candidates);
  for (const name of ['tag:sever', 'tag:servr', 'tag:WEB', 'tag:we', 'group:en', 'db-primry', 'y', 'ba', 'tag:server', 'nothing-like-it', '']) {
    assert.is(index.closest(name), closest(name, candidates), name);
  }
});

test('matches closest() on random names', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => 'abcdE-:'[Math.floor(random() * 7)]).join('');
  const candidates = Array.from({ length: 300 }, word);
  const index = new NearMissIndex(candidates);
  for (let i = 0; i < 500; i++) {
    const name = word();
    assert.is(index.closest(name), closest(name, candidates), name);
  }
});

test.run();
