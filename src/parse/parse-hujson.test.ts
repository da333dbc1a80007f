import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_DEPTH, parseHujson } from './parse-hujson.ts';

/** Compares parsed values as JSON data (the full pass and the fast path build the same). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function errorOf(text: string) {
  const parsed = parseHujson(text);
  assert.ok(parsed.syntaxError, `expected a syntax error for ${JSON.stringify(text)}`);
  assert.is(parsed.value, undefined);
  return parsed.syntaxError;
}

test('builds nested objects and arrays with every literal type', () => {
  const text = `{
    // a comment
    "acls": [
      {"action": "accept", "src": ["*"], "dst": ["*:*"]},
      [1, -2.5, 3e2, 1E-2, 0],
    ],
    "flags": {"on": true, "off": false, "none": null},
    "escaped": "a\\u0041\\n\\"\\\\\\/",
    "empty": {"o": {}, "a": []},
    /* trailing */
  }`;
  const parsed = parseHujson(text);
  assert.is(parsed.syntaxError, undefined);
  assert.equal(plain(parsed.value), {
    acls: [{ action: 'accept', src: ['*'], dst: ['*:*'] }, [1, -2.5, 300, 0.01, 0]],
    flags: { on: true, off: false, none: null },
    escaped: 'aA\n"\\/',
    empty: { o: {}, a: [] },
  });
  const value = parsed.value as Record<string, Record<string, unknown>>;
  assert.is(value.flags!.none, null);
  assert.is(value.flags!.on, true);
  assert.ok(Array.isArray(value.acls));
  assert.is(parsed.text, text);
  assert.is(parsed.hasBom, false);
});

test('member order follows the text; a duplicate keeps the last value', () => {
  const parsed = parseHujson('{"b": 1, "a": 2, "b": 3}');
  assert.equal(Object.keys(parsed.value as object), ['b', 'a']);
  assert.is((parsed.value as Record<string, unknown>).b, 3);
});

test('"__proto__" and other Object.prototype names are plain keys', () => {
  const parsed = parseHujson('{"__proto__": {"polluted": true}, "constructor": 1, "hasOwnProperty": 2, "x": {"__proto__": []}}');
  assert.is(parsed.syntaxError, undefined);
  const value = parsed.value as Record<string, unknown>;
  assert.ok(Object.hasOwn(value, '__proto__'));
  assert.equal(plain(value['__proto__']), { polluted: true });
  assert.is(value.constructor, 1);
  assert.is(value.hasOwnProperty, 2);
  assert.equal(Object.keys(value), ['__proto__', 'constructor', 'hasOwnProperty', 'x']);
  assert.ok(Object.hasOwn(value.x as object, '__proto__'));
  assert.ok(Array.isArray((value.x as Record<string, unknown>)['__proto__']));
  // Nothing leaked into the real prototype.
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(parsed.duplicates.length, 0);
});

test('a duplicate "__proto__" key is reported like any other', () => {
  const parsed = parseHujson('{"__proto__": 1, "__proto__": 2}');
  assert.equal(plain(parsed.duplicates), [{ key: '__proto__', objectPath: [], range: { offset: 17, length: 11 }, first: { offset: 1, length: 11 } }]);
  assert.is((parsed.value as Record<string, unknown>)['__proto__'], 2);
});

test('comments are collected with their text and ranges', () => {
  const text = '// first\r\n{\n  /* block\n  comment */ "a": 1, // end of line\n  "b": "// not a comment",\n}\n// last';
  const parsed = parseHujson(text);
  assert.is(parsed.syntaxError, undefined);
  assert.equal(
    parsed.comments.map((c) => c.text),
    ['// first', '/* block\n  comment */', '// end of line', '// last'],
  );
  for (const c of parsed.comments) assert.is(text.slice(c.offset, c.offset + c.length), c.text);
  assert.is(parsed.comments[0]!.offset, 0);
  assert.equal(plain(parsed.value), { a: 1, b: '// not a comment' });
});

test('duplicates carry the key, the path of their object and the later key range', () => {
  const text = '{"a": 1, "a": 2, "b": {"c": [{"d": 1, "x": [], "d": 2}, {"e": {"f": 0, "f": 1}}]}, "g": [[{"h": 1, "h": 1}]]}';
  const parsed = parseHujson(text);
  assert.is(parsed.syntaxError, undefined);
  const shown = parsed.duplicates.map((d) => ({ key: d.key, objectPath: [...d.objectPath], at: text.slice(d.range.offset, d.range.offset + d.range.length) }));
  assert.equal(shown, [
    { key: 'a', objectPath: [], at: '"a"' },
    { key: 'd', objectPath: ['b', 'c', 0], at: '"d"' },
    { key: 'f', objectPath: ['b', 'c', 1, 'e'], at: '"f"' },
    { key: 'h', objectPath: ['g', 0, 0], at: '"h"' },
  ]);
  // It is the later occurrence.
  assert.is(parsed.duplicates[0]!.range.offset, text.indexOf('"a"', 2));
});

test('a key three times gives two duplicates', () => {
  const parsed = parseHujson('{"k": 1, "k": 2, "k": 3}');
  assert.is(parsed.duplicates.length, 2);
  assert.equal(
    parsed.duplicates.map((d) => d.range.offset),
    [9, 17],
  );
});

test('keys differing only in case or escapes are not duplicates, equal decoded keys are', () => {
  assert.is(parseHujson('{"a": 1, "A": 2}').duplicates.length, 0);
  const parsed = parseHujson('{"a": 1, "\\u0061": 2}');
  assert.is(parsed.duplicates.length, 1);
  assert.is(parsed.duplicates[0]!.key, 'a');
});

test('a leading byte order mark is detected and stripped', () => {
  const parsed = parseHujson('\uFEFF{"a": 1}');
  assert.is(parsed.hasBom, true);
  assert.is(parsed.text, '{"a": 1}');
  assert.is(parsed.syntaxError, undefined);
  assert.equal(plain(parsed.value), { a: 1 });
  // Offsets are in the text without the BOM.
  assert.equal(parsed.lines.position(1), { line: 1, column: 2 });
});

test('a BOM that is not the first character is a syntax error', () => {
  const error = errorOf('{"a": 1}\uFEFF');
  assert.is(error.range.offset, 8);
  assert.ok(error.message.includes('U+FEFF'), error.message);
});

test('only the first syntax error is kept, even when it cascades', () => {
  const text = '{"a": [1, 2,, 3], "b": , "c" "d", }}}';
  const parsed = parseHujson(text);
  assert.equal(parsed.syntaxError, { message: 'Expected a value, found ","', range: { offset: 12, length: 1 } });
  assert.is(parsed.value, undefined);
});

test('an unclosed object names where it was opened', () => {
  const error = errorOf('{\n  "a": {\n    "b": 1\n');
  assert.ok(/^Expected "}" to close the object opened at 2:8$/.test(error.message), error.message);
});

test('the top level must be one object', () => {
  const cases: [string, string][] = [
    ['[]', 'an array'],
    ['[{"a": 1}]', 'an array'],
    ['"text"', 'a string'],
    ['42', 'a number'],
    ['true', 'a boolean'],
    ['null', 'null'],
  ];
  for (const [text, what] of cases) {
    const error = errorOf(` ${text} `);
    assert.is(error.message, `The policy must be one JSON object ({ … }), not ${what}`);
    assert.equal(error.range, { offset: 1, length: text.length }, text);
  }
});

test('empty, blank and comment-only files', () => {
  for (const text of ['', '  \n\t\r\n']) {
    assert.is(errorOf(text).message, 'The file is empty; a policy file is one JSON object, at least {}');
  }
  const parsed = parseHujson('// only a note\n/* and this */\n');
  assert.is(parsed.syntaxError?.message, 'The file holds only comments; a policy file is one JSON object, at least {}');
  assert.is(parsed.comments.length, 2);
});

test('two top-level values', () => {
  const error = errorOf('{"a": 1}\n{"b": 2}');
  assert.is(error.message, 'Only one top-level value is allowed; remove the text from "{" on');
  assert.is(error.range.offset, 9);
});

test(`nesting is capped at ${MAX_DEPTH} levels without a stack overflow`, () => {
  const ok = '{"a":'.repeat(MAX_DEPTH - 1) + '{}' + '}'.repeat(MAX_DEPTH - 1);
  assert.is(parseHujson(ok).syntaxError, undefined);
  const tooDeep = '{"a":'.repeat(MAX_DEPTH) + '{}' + '}'.repeat(MAX_DEPTH);
  const error = errorOf(tooDeep);
  assert.ok(error.message.includes(`more than ${MAX_DEPTH} levels`), error.message);
  assert.equal(error.range, { offset: 5 * MAX_DEPTH, length: 1 });
  // Far deeper input still gives one error, not a RangeError.
  const huge = '['.repeat(100_000) + ']'.repeat(100_000);
  const hugeError = errorOf(huge);
  assert.ok(hugeError.message.includes('nested'), hugeError.message);
});

test('HuJSON extensions: trailing commas and comments everywhere', () => {
  const parsed = parseHujson('{/*a*/"x"/*b*/:/*c*/[1,/*d*/2,]/*e*/,}');
  assert.is(parsed.syntaxError, undefined);
  assert.equal(plain(parsed.value), { x: [1, 2] });
  assert.is(parsed.comments.length, 5);
});

test('lines index the parsed text lazily and consistently', () => {
  const parsed = parseHujson('{\r\n  "a": 1\r\n}\r\n');
  assert.equal(parsed.lines.position(parsed.text.indexOf('"a"')), { line: 2, column: 3 });
  assert.is(parsed.lines, parsed.lines);
});

test('property: on plain JSON the value equals JSON.parse (duplicates, "__proto__" and key order included)', () => {
  let seed = 77;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const generate = (depth: number): string => {
    const kind = random();
    if (depth > 4 || kind < 0.35) return pick(['0', '-1', '2.5e-3', '1E2', '"s"', '"\\u00e9\\n"', 'true', 'false', 'null', '[]', '{}']);
    const count = Math.floor(random() * 5);
    if (kind < 0.65) return `[${Array.from({ length: count }, () => generate(depth + 1)).join(', ')}]`;
    return `{${Array.from({ length: count }, () => `"${pick(['a', 'b', 'a', '__proto__', 'constructor', ''])}": ${generate(depth + 1)}`).join(', ')}}`;
  };
  for (let round = 0; round < 300; round++) {
    const text = `{"root": ${generate(0)}, "n": 1}`;
    const parsed = parseHujson(text);
    assert.is(parsed.syntaxError, undefined, text);
    assert.is(JSON.stringify(parsed.value), JSON.stringify(JSON.parse(text)), text);
  }
});

test.run();
