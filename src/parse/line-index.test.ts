import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from './line-index.ts';

test('LF: line starts, positions and line texts', () => {
  const index = new LineIndex('ab\ncd\n\nef');
  assert.equal(index.starts, [0, 3, 6, 7]);
  assert.is(index.lineCount, 4);
  assert.equal(index.position(0), { line: 1, column: 1 });
  assert.equal(index.position(1), { line: 1, column: 2 });
  // The line break itself belongs to the line it ends.
  assert.equal(index.position(2), { line: 1, column: 3 });
  assert.equal(index.position(3), { line: 2, column: 1 });
  assert.equal(index.position(6), { line: 3, column: 1 });
  assert.equal(index.position(7), { line: 4, column: 1 });
  assert.equal(index.position(9), { line: 4, column: 3 });
  assert.is(index.lineText(1), 'ab');
  assert.is(index.lineText(2), 'cd');
  assert.is(index.lineText(3), '');
  assert.is(index.lineText(4), 'ef');
});

test('CRLF counts as one line break', () => {
  const text = 'ab\r\ncd\r\n\r\nef';
  const index = new LineIndex(text);
  assert.equal(index.starts, [0, 4, 8, 10]);
  assert.is(index.lineCount, 4);
  assert.equal(index.position(2), { line: 1, column: 3 }); // the \r
  assert.equal(index.position(3), { line: 1, column: 4 }); // the \n
  assert.equal(index.position(4), { line: 2, column: 1 });
  assert.equal(index.position(text.indexOf('e')), { line: 4, column: 1 });
  assert.is(index.lineText(1), 'ab');
  assert.is(index.lineText(2), 'cd');
  assert.is(index.lineText(3), '');
  assert.is(index.lineText(4), 'ef');
});

test('CR alone is a line break too (as jsonc-parser counts)', () => {
  const index = new LineIndex('ab\rcd\r\ref');
  assert.equal(index.starts, [0, 3, 6, 7]);
  assert.equal(index.position(3), { line: 2, column: 1 });
  assert.equal(index.position(7), { line: 4, column: 1 });
  assert.is(index.lineText(1), 'ab');
  assert.is(index.lineText(2), 'cd');
  assert.is(index.lineText(3), '');
  assert.is(index.lineText(4), 'ef');
});

test('mixed line breaks', () => {
  const index = new LineIndex('a\nb\r\nc\rd');
  assert.equal(index.starts, [0, 2, 5, 7]);
  assert.equal(
    [1, 2, 3, 4].map((l) => index.lineText(l)),
    ['a', 'b', 'c', 'd'],
  );
});

test('position at the very end of the text', () => {
  const noBreak = new LineIndex('{}');
  assert.equal(noBreak.position(2), { line: 1, column: 3 });
  const withBreak = new LineIndex('{}\n');
  assert.is(withBreak.lineCount, 2);
  assert.equal(withBreak.position(3), { line: 2, column: 1 });
  assert.is(withBreak.lineText(2), '');
  const crlf = new LineIndex('{}\r\n');
  assert.equal(crlf.position(4), { line: 2, column: 1 });
});

test('empty text', () => {
  const index = new LineIndex('');
  assert.is(index.lineCount, 1);
  assert.equal(index.position(0), { line: 1, column: 1 });
  assert.is(index.lineText(1), '');
});

test('lineText past the last line is empty', () => {
  const index = new LineIndex('a\nb');
  assert.is(index.lineText(3), '');
  assert.is(index.lineText(100), '');
});

test('columns count UTF-16 code units', () => {
  const index = new LineIndex('"\u{1F600}x"\n');
  // The emoji is two code units, so "x" is at column 4.
  assert.equal(index.position(3), { line: 1, column: 4 });
  assert.is(index.lineText(1), '"\u{1F600}x"');
});

test('binary search agrees with a linear scan on many lines', () => {
  const lines = Array.from({ length: 500 }, (_, i) => 'x'.repeat(i % 7));
  let built = '';
  const expected: { line: number; column: number }[] = [];
  lines.forEach((line, i) => {
    for (let c = 0; c < line.length; c++) expected.push({ line: i + 1, column: c + 1 });
    built += line;
    // A lone \r is always followed by a \r\n (or the end), so no two breaks merge into one.
    const br = i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r';
    for (let c = 0; c < br.length; c++) expected.push({ line: i + 1, column: line.length + c + 1 });
    built += br;
  });
  const index = new LineIndex(built);
  assert.is(index.lineCount, lines.length + 1);
  for (let offset = 0; offset < built.length; offset++) assert.equal(index.position(offset), expected[offset]);
  lines.forEach((line, i) => assert.is(index.lineText(i + 1), line));
});

test.run();
