import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTree } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { FixOp } from '../engine/rule.ts';
import { applyFixOps } from './edit-policy.ts';

/** The text must still be HuJSON: no parse errors (a leading BOM aside). */
function assertParses(text: string): void {
  const errors: ParseError[] = [];
  parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true });
  assert.equal(errors, [], `output does not parse:\n${text}`);
}

async function check(input: string, ops: readonly FixOp[], expected: string): Promise<void> {
  const output = await applyFixOps(input, ops);
  assert.is(output, expected);
  assertParses(output);
}

async function rejects(input: string, ops: readonly FixOp[], message: RegExp): Promise<void> {
  try {
    await applyFixOps(input, ops);
  } catch (error) {
    assert.instance(error, Error);
    assert.match((error as Error).message, message);
    return;
  }
  assert.unreachable('applyFixOps should have thrown');
}

// --- insert-property / append --------------------------------------------------------------

test('insert-property: new last member of an expanded object, after the trailing comment of the old last', async () => {
  await check(
    '{\n  // groups\n  "groups": {\n    "group:a": ["alice@example.com"] // admins\n  }\n}\n',
    [{ op: 'insert-property', path: ['groups'], key: 'group:b', value: ['bob@example.com'] }],
    '{\n  // groups\n  "groups": {\n    "group:a": ["alice@example.com"], // admins\n    "group:b": ["bob@example.com"]\n  }\n}\n',
  );
});

test('insert-property at the root creates a section, tab-indented, with the trailing commas of the file', async () => {
  await check(
    '{\n\t"acls": [\n\t\t{"action": "accept", "src": ["*"], "dst": ["*:*"]},\n\t],\n}\n',
    [{ op: 'insert-property', path: [], key: 'tagOwners', value: { 'tag:web': ['autogroup:admin'], 'tag:db': [] } }],
    '{\n\t"acls": [\n\t\t{"action": "accept", "src": ["*"], "dst": ["*:*"]},\n\t],\n\t"tagOwners": {\n\t\t"tag:web": ["autogroup:admin"],\n\t\t"tag:db": [],\n\t},\n}\n',
  );
});

test('insert-property: nested values are laid out over lines, with trailing commas when the container has them', async () => {
  await check(
    '{\n  "a": 1,\n}\n',
    [{ op: 'insert-property', path: [], key: 'b', value: { x: [1, { y: true }], z: {} } }],
    '{\n  "a": 1,\n  "b": {\n    "x": [\n      1,\n      {\n        "y": true,\n      },\n    ],\n    "z": {},\n  },\n}\n',
  );
});

test('insert-property: without trailing commas in the container, none are added', async () => {
  await check(
    '{\n  "a": 1\n}\n',
    [{ op: 'insert-property', path: [], key: 'b', value: { c: 2 } }],
    '{\n  "a": 1,\n  "b": {\n    "c": 2\n  }\n}\n',
  );
});

test('append: several into one array in the given order, before a comment closing the list', async () => {
  await check(
    '{\n  "dst": [\n    "a:*", // first\n    "b:*", // second\n    // end of list\n  ],\n}\n',
    [
      { op: 'append', path: ['dst'], value: 'c:*' },
      { op: 'append', path: ['dst'], value: 'd:*' },
    ],
    '{\n  "dst": [\n    "a:*", // first\n    "b:*", // second\n    "c:*",\n    "d:*",\n    // end of list\n  ],\n}\n',
  );
});

test('append: an object into a tab-indented array; insert-property into one of its elements', async () => {
  await check(
    '{\n\t"acls": [\n\t\t{\n\t\t\t"action": "accept",\n\t\t},\n\t],\n}\n',
    [
      { op: 'append', path: ['acls'], value: { action: 'accept', src: ['a'], dst: ['b:*'] } },
      { op: 'insert-property', path: ['acls', 0], key: 'src', value: ['*'] },
    ],
    '{\n\t"acls": [\n\t\t{\n\t\t\t"action": "accept",\n\t\t\t"src": ["*"],\n\t\t},\n\t\t{\n\t\t\t"action": "accept",\n\t\t\t"src": ["a"],\n\t\t\t"dst": ["b:*"],\n\t\t},\n\t],\n}\n',
  );
});

test('one-line containers stay on one line, with their own spacing', async () => {
  await check(
    '{\n  "x": {"a": 1},\n  "y": ["p","q"],\n  "z": ["p", "q"],\n  "w": { "k": [1] }\n}\n',
    [
      { op: 'insert-property', path: ['x'], key: 'b', value: { c: [2, 3] } },
      { op: 'append', path: ['y'], value: 'r' },
      { op: 'append', path: ['z'], value: ['s', 't'] },
      { op: 'insert-property', path: ['w'], key: 'l', value: null },
    ],
    '{\n  "x": {"a": 1, "b": {"c": [2, 3]}},\n  "y": ["p","q","r"],\n  "z": ["p", "q", ["s", "t"]],\n  "w": { "k": [1], "l": null }\n}\n',
  );
});

test('one-line containers keep a trailing comma and compact spacing inside nested values', async () => {
  await check(
    '["x","y",]\n',
    [{ op: 'append', path: [], value: { k: ['a', 'b'] } }],
    '["x","y",{"k": ["a","b"]},]\n',
  );
});

test('empty one-line containers get a one-line member', async () => {
  await check(
    '{\n  "o": {},\n  "a": [],\n  "p": { },\n}\n',
    [
      { op: 'insert-property', path: ['o'], key: 'k', value: { n: 1 } },
      { op: 'append', path: ['a'], value: 'v' },
      { op: 'append', path: ['a'], value: 'w' },
      { op: 'insert-property', path: ['p'], key: 'k', value: 'v' },
    ],
    '{\n  "o": {"k": {"n": 1}},\n  "a": ["v", "w"],\n  "p": { "k": "v" },\n}\n',
  );
});

test('empty expanded containers are filled below their comments, with the trailing commas of the file', async () => {
  await check(
    '{\n  "ssh": [\n    // none yet\n  ],\n  "o": {\n  },\n}\n',
    [
      { op: 'append', path: ['ssh'], value: { action: 'check' } },
      { op: 'insert-property', path: ['o'], key: 'k', value: 1 },
    ],
    '{\n  "ssh": [\n    // none yet\n    {\n      "action": "check",\n    },\n  ],\n  "o": {\n    "k": 1,\n  },\n}\n',
  );
});

test('insert-property: keys and strings are escaped', async () => {
  await check(
    '{\n  "a": 1\n}',
    [{ op: 'insert-property', path: [], key: 'we"ird\\', value: 'v"\n' }],
    '{\n  "a": 1,\n  "we\\"ird\\\\": "v\\"\\n"\n}',
  );
});

// --- insert-property / append at an index ----------------------------------------------------

test('index 0 of an expanded object without trailing commas: new lines only, directly below the brace', async () => {
  await check(
    '{\n  "groups": {\n    "group:a": ["alice@example.com"] // admins\n  }\n}\n',
    [{ op: 'insert-property', path: ['groups'], key: 'group:b', value: { x: [1, { y: true }] }, index: 0 }],
    '{\n  "groups": {\n    "group:b": {\n      "x": [\n        1,\n        {\n          "y": true\n        }\n      ]\n    },\n    "group:a": ["alice@example.com"] // admins\n  }\n}\n',
  );
});

test('index 0 of an expanded object with trailing commas: the new value has them too', async () => {
  await check(
    '{\n  "a": 1,\n  "b": 2,\n}\n',
    [{ op: 'insert-property', path: [], key: 'n', value: { x: 1 }, index: 0 }],
    '{\n  "n": {\n    "x": 1,\n  },\n  "a": 1,\n  "b": 2,\n}\n',
  );
});

test('index 0 in a CRLF file indented with tabs', async () => {
  await check(
    '{\r\n\t"g": {\r\n\t\t"a": 1\r\n\t}\r\n}',
    [{ op: 'insert-property', path: ['g'], key: 'n', value: { x: [{ y: 1 }] }, index: 0 }],
    '{\r\n\t"g": {\r\n\t\t"n": {\r\n\t\t\t"x": [\r\n\t\t\t\t{\r\n\t\t\t\t\t"y": 1\r\n\t\t\t\t}\r\n\t\t\t]\r\n\t\t},\r\n\t\t"a": 1\r\n\t}\r\n}',
  );
});

test('index 0: the comment above the first member stays with it, below the new member', async () => {
  await check(
    '{\n  // about a\n  "a": 1,\n  /* about b */\n  "b": 2\n}\n',
    [{ op: 'insert-property', path: [], key: 'n', value: 1, index: 0 }],
    '{\n  "n": 1,\n  // about a\n  "a": 1,\n  /* about b */\n  "b": 2\n}\n',
  );
});

test('index 0 below a comment on the brace line and above blank lines (spliced), CRLF and tabs', async () => {
  await check(
    '{ // top\r\n\t"a": 1,\r\n\t"o": {\r\n\r\n\t\t// c\r\n\t\t"k": 1\r\n\t}\r\n}',
    [
      { op: 'insert-property', path: [], key: 'n', value: { x: 1 }, index: 0 },
      { op: 'insert-property', path: [], key: 'm', value: 2, index: 0 },
      { op: 'insert-property', path: ['o'], key: 'j', value: [1], index: 0 },
    ],
    '{ // top\r\n\t"n": {\r\n\t\t"x": 1\r\n\t},\r\n\t"m": 2,\r\n\t"a": 1,\r\n\t"o": {\r\n\t\t"j": [1],\r\n\r\n\t\t// c\r\n\t\t"k": 1\r\n\t}\r\n}',
  );
});

test('an index in the middle: below the line of the member before, whose comment stays there', async () => {
  await check(
    '{\n  "a": 1, // a\n  // about b\n  "b": 2\n}\n',
    [{ op: 'insert-property', path: [], key: 'n', value: 1, index: 1 }],
    '{\n  "a": 1, // a\n  "n": 1,\n  // about b\n  "b": 2\n}\n',
  );
});

test('a member sharing its line with the one before or with the bracket moves to a line of its own', async () => {
  await check(
    '{\n  "x": [\n    "a", "b",\n    "c"\n  ],\n  "y": { "k": 1,\n    "l": 2\n  }\n}\n',
    [
      { op: 'append', path: ['x'], value: 'n', index: 1 },
      { op: 'insert-property', path: ['y'], key: 'n', value: 0, index: 0 },
    ],
    '{\n  "x": [\n    "a",\n    "n",\n    "b",\n    "c"\n  ],\n  "y": {\n    "n": 0,\n    "k": 1,\n    "l": 2\n  }\n}\n',
  );
});

test('several indexes in one array: each before the member it named, in the order given; other paths still mean the original elements', async () => {
  await check(
    '{\n  "a": [\n    "x",\n    "y",\n  ],\n  "b": [ // b\n    "x",\n    "y"\n  ]\n}\n',
    [
      { op: 'append', path: ['a'], value: 'p', index: 0 },
      { op: 'append', path: ['a'], value: 'r', index: 2 },
      { op: 'append', path: ['a'], value: 'q', index: 1 },
      { op: 'append', path: ['a'], value: 'p2', index: 0 },
      { op: 'replace-value', path: ['a', 1], value: 'Y' },
      { op: 'append', path: ['b'], value: 'p', index: 0 },
      { op: 'remove', path: ['b', 0] },
    ],
    '{\n  "a": [\n    "p",\n    "p2",\n    "x",\n    "q",\n    "Y",\n    "r",\n  ],\n  "b": [ // b\n    "p",\n    "y"\n  ]\n}\n',
  );
});

test('index 0 of an empty container is the same as no index', async () => {
  await check(
    '{\n  "o": {\n    // none yet\n  },\n  "a": [\n  ]\n}\n',
    [
      { op: 'insert-property', path: ['o'], key: 'k', value: { n: 1 }, index: 0 },
      { op: 'append', path: ['a'], value: 'v', index: 0 },
    ],
    '{\n  "o": {\n    // none yet\n    "k": {\n      "n": 1\n    }\n  },\n  "a": [\n    "v"\n  ]\n}\n',
  );
});

test('an index in a one-line container: on its line, before the member it names', async () => {
  await check(
    '{\n  "x": {"a": 1, "b": 2},\n  "y": ["p","q"],\n  "z": [ "p" ]\n}\n',
    [
      { op: 'insert-property', path: ['x'], key: 'n', value: { c: [1, 2] }, index: 0 },
      { op: 'insert-property', path: ['x'], key: 'm', value: null, index: 1 },
      { op: 'append', path: ['y'], value: 'r', index: 1 },
      { op: 'replace-value', path: ['y', 1], value: 'Q' },
      { op: 'append', path: ['z'], value: 'o', index: 0 },
      { op: 'append', path: ['z'], value: 'end' },
    ],
    '{\n  "x": {"n": {"c": [1, 2]}, "a": 1, "m": null, "b": 2},\n  "y": ["p","r","Q"],\n  "z": [ "o", "p", "end" ]\n}\n',
  );
});

test('an index equal to the number of members is the end; a larger or broken one throws', async () => {
  await check('{\n  "a": 1\n}\n', [{ op: 'insert-property', path: [], key: 'n', value: 1, index: 1 }], '{\n  "a": 1,\n  "n": 1\n}\n');
  await rejects('{\n  "a": 1\n}\n', [{ op: 'insert-property', path: [], key: 'n', value: 1, index: 2 }], /index 2 is not a position in \[\], which has 1 member$/);
  await rejects('[1, 2]', [{ op: 'append', path: [], value: 3, index: -1 }], /index -1 is not a position/);
  await rejects('[1, 2]', [{ op: 'append', path: [], value: 3, index: 0.5 }], /index 0.5 is not a position/);
  await rejects('{\n  "a": 1\n}\n', [{ op: 'insert-property', path: [], key: 'n', value: 1, index: 0 }, { op: 'insert-property', path: [], key: 'n', value: 2 }], /already has a member "n"/);
});

test('remove then insert-property of the same key at an index, spliced or not', async () => {
  await check(
    '{ // c\n  "a": 1,\n  "b": {"k": 1, "l": 2}\n}',
    [
      { op: 'remove', path: ['a'] },
      { op: 'insert-property', path: [], key: 'a', value: 3, index: 0 },
      { op: 'remove', path: ['b', 'l'] },
      { op: 'insert-property', path: ['b'], key: 'l', value: 3, index: 0 },
    ],
    '{ // c\n  "a": 3,\n  "b": {"l": 3, "k": 1}\n}',
  );
  // Without an index too: the member added to a one-line object is not the one removed.
  await check('{"a": 1, "b": 2}\n', [{ op: 'remove', path: ['a'] }, { op: 'insert-property', path: [], key: 'a', value: 3 }], '{"b": 2, "a": 3}\n');
});

// --- replace-value -------------------------------------------------------------------------

test('replace-value replaces only the value: key, comments and comma stay', async () => {
  await check(
    '{\n  "a" /* key */: /* value */ "old", // trailing\n  "b": 2\n}\n',
    [{ op: 'replace-value', path: ['a'], value: 'new' }],
    '{\n  "a" /* key */: /* value */ "new", // trailing\n  "b": 2\n}\n',
  );
});

test('replace-value: an element of an expanded array becomes an object indented like the element', async () => {
  await check(
    '{\n  "b": [\n    "x", // x\n    "y"\n  ]\n}\n',
    [{ op: 'replace-value', path: ['b', 0], value: { src: ['*'], dst: ['*:*'] } }],
    '{\n  "b": [\n    {\n      "src": ["*"],\n      "dst": ["*:*"]\n    }, // x\n    "y"\n  ]\n}\n',
  );
});

test('replace-value: on one line where the old value or its container was on one line', async () => {
  await check(
    '{\n  "c": ["p","q"],\n  "d": {"k": 1}\n}\n',
    [
      { op: 'replace-value', path: ['c', 1], value: { r: [1, 2] } },
      { op: 'replace-value', path: ['d'], value: { k: 2, l: 3 } },
    ],
    '{\n  "c": ["p",{"r": [1,2]}],\n  "d": {"k": 2, "l": 3}\n}\n',
  );
});

test('replace-value: an expanded object by another', async () => {
  await check(
    '{\n  "a": {\n    "x": 1,\n  },\n}\n',
    [{ op: 'replace-value', path: ['a'], value: { b: [1, { c: 2 }] } }],
    '{\n  "a": {\n    "b": [\n      1,\n      {\n        "c": 2,\n      },\n    ],\n  },\n}\n',
  );
});

// --- remove --------------------------------------------------------------------------------

const commented = '{\n  // about a\n  "a": 1, // a\n  // about b\n  "b": 2, // b\n  // about c\n  "c": 3 // c\n}\n';

test('remove: the first member, with its comments; the neighbours keep theirs', async () => {
  await check(
    commented,
    [{ op: 'remove', path: ['a'] }],
    '{\n  // about b\n  "b": 2, // b\n  // about c\n  "c": 3 // c\n}\n',
  );
});

test('remove: a middle member, with its comments; the neighbours keep theirs', async () => {
  await check(
    commented,
    [{ op: 'remove', path: ['b'] }],
    '{\n  // about a\n  "a": 1, // a\n  // about c\n  "c": 3 // c\n}\n',
  );
});

test('remove: the last member without trailing comma takes the comma before it', async () => {
  await check(
    commented,
    [{ op: 'remove', path: ['c'] }],
    '{\n  // about a\n  "a": 1, // a\n  // about b\n  "b": 2 // b\n}\n',
  );
});

test('remove: the last element keeps the trailing-comma habit', async () => {
  await check(
    '{\n  "a": [\n    "x",\n    "y",\n  ],\n}\n',
    [{ op: 'remove', path: ['a', 1] }],
    '{\n  "a": [\n    "x",\n  ],\n}\n',
  );
});

test('remove: two elements of one array by their original indexes, and an edit between them', async () => {
  await check(
    '{\n  "acls": [\n    // zero\n    {"action": "accept"},\n    // one\n    {"action": "accept", "src": ["a"]},\n    {\n      // two\n      "action": "accept",\n    },\n    /* three */\n    {"action": "accept", "src": ["b"]},\n  ],\n}\n',
    [
      { op: 'remove', path: ['acls', 1] },
      { op: 'remove', path: ['acls', 3] },
      { op: 'replace-value', path: ['acls', 2, 'action'], value: 'deny' },
    ],
    '{\n  "acls": [\n    // zero\n    {"action": "accept"},\n    {\n      // two\n      "action": "deny",\n    },\n  ],\n}\n',
  );
});

test('remove: two neighbouring elements', async () => {
  await check(
    '[\n  "a",\n  // b\n  "b",\n  // c\n  "c",\n  "d",\n]\n',
    [
      { op: 'remove', path: [1] },
      { op: 'remove', path: [2] },
    ],
    '[\n  "a",\n  "d",\n]\n',
  );
});

test('remove: the only member leaves an empty container', async () => {
  await check(
    '{\n  "o": {\n    // lonely\n    "k": 1,\n  },\n  "a": [\n    "x"\n  ],\n  "i": {"k": 1},\n  "j": [ "x" ]\n}\n',
    [
      { op: 'remove', path: ['o', 'k'] },
      { op: 'remove', path: ['a', 0] },
      { op: 'remove', path: ['i', 'k'] },
      { op: 'remove', path: ['j', 0] },
    ],
    '{\n  "o": {},\n  "a": [],\n  "i": {},\n  "j": []\n}\n',
  );
});

test('remove: a comment that does not belong to the member stays', async () => {
  await check(
    '{\n  "o": {\n    "k": 1,\n    // dangling\n  },\n}\n',
    [{ op: 'remove', path: ['o', 'k'] }],
    '{\n  "o": {\n    // dangling\n  },\n}\n',
  );
});

test('remove: a comment separated by a blank line is a section header and stays', async () => {
  await check(
    '{\n  // section\n\n  "a": 1,\n  "b": 2\n}\n',
    [{ op: 'remove', path: ['a'] }],
    '{\n  // section\n\n  "b": 2\n}\n',
  );
});

test('remove: blank lines around the removed member do not pile up', async () => {
  await check(
    '{\n  "a": 1,\n\n  // section two\n  "b": 2,\n\n  "c": 3,\n\n  "d": 4\n}\n',
    [
      { op: 'remove', path: ['b'] },
      { op: 'remove', path: ['d'] },
    ],
    '{\n  "a": 1,\n\n  "c": 3\n}\n',
  );
});

test('remove: elements of one-line containers, with "," and ", " spacing', async () => {
  await check(
    '{"a": ["x", "y", "z"], "b": ["x","y","z"], "c": {"k": 1, "l": 2}, "d": ["x", "y", "z"]}\n',
    [
      { op: 'remove', path: ['a', 0] },
      { op: 'remove', path: ['b', 2] },
      { op: 'remove', path: ['c', 'k'] },
      { op: 'remove', path: ['d', 1] },
    ],
    '{"a": ["y", "z"], "b": ["x","y"], "c": {"l": 2}, "d": ["x", "z"]}\n',
  );
});

test('remove: an element sharing its line in an expanded array', async () => {
  await check(
    '[\n  "a", "b",\n  "c", "d"\n]\n',
    [
      { op: 'remove', path: [1] },
      { op: 'remove', path: [2] },
    ],
    '[\n  "a",\n  "d"\n]\n',
  );
});

test('remove then append into the same array', async () => {
  await check(
    '{\n  "a": [\n    "x",\n  ],\n  "b": ["x"]\n}\n',
    [
      { op: 'remove', path: ['a', 0] },
      { op: 'append', path: ['a'], value: 'z' },
      { op: 'remove', path: ['b', 0] },
      { op: 'append', path: ['b'], value: 'z' },
    ],
    '{\n  "a": [\n    "z",\n  ],\n  "b": ["z"]\n}\n',
  );
});

test('remove then insert-property of the same key moves it to the end', async () => {
  await check(
    '{\n  "a": 1,\n  "b": 2\n}',
    [
      { op: 'remove', path: ['a'] },
      { op: 'insert-property', path: [], key: 'a', value: 3 },
    ],
    '{\n  "b": 2,\n  "a": 3\n}',
  );
});

// --- rename-key ----------------------------------------------------------------------------

test('rename-key replaces only the key token (comment between key and value kept)', async () => {
  await check(
    '{\n  "Groups" /* sic */ : {"a": ["x"]}, // c\n  "b": 1\n}\n',
    [{ op: 'rename-key', path: ['Groups'], newKey: 'groups' }],
    '{\n  "groups" /* sic */ : {"a": ["x"]}, // c\n  "b": 1\n}\n',
  );
});

test('on duplicate keys a path means the last one (the one that takes effect); other ops in the same call', async () => {
  await check(
    '{\n  "hosts": {},\n  "hosts": {"dup": "1.2.3.4"},\n  "x": [1]\n}\n',
    [
      { op: 'rename-key', path: ['hosts'], newKey: 'hosts2' },
      { op: 'append', path: ['x'], value: 2 },
      { op: 'insert-property', path: ['hosts'], key: 'h', value: '1.1.1.1' },
    ],
    '{\n  "hosts": {},\n  "hosts2": {"dup": "1.2.3.4", "h": "1.1.1.1"},\n  "x": [1, 2]\n}\n',
  );
});

// --- CRLF, BOM, final newline --------------------------------------------------------------

test('a CRLF file stays CRLF, inside new multi-line values too', async () => {
  await check(
    '{\r\n  // c\r\n  "a": {\r\n    "k": 1,\r\n  },\r\n  "b": [\r\n    "x",\r\n    // y\r\n    "y",\r\n  ],\r\n  "Old": 1,\r\n}',
    [
      { op: 'insert-property', path: ['a'], key: 'n', value: { deep: [{ x: 1 }] } },
      { op: 'remove', path: ['b', 1] },
      { op: 'rename-key', path: ['Old'], newKey: 'new' },
      { op: 'add-final-newline' },
    ],
    '{\r\n  // c\r\n  "a": {\r\n    "k": 1,\r\n    "n": {\r\n      "deep": [\r\n        {\r\n          "x": 1,\r\n        },\r\n      ],\r\n    },\r\n  },\r\n  "b": [\r\n    "x",\r\n  ],\r\n  "new": 1,\r\n}\r\n',
  );
});

test('a CRLF file with tabs: remove with comment lines', async () => {
  await check(
    '{\r\n\t"x": [\r\n\t\t"a",\r\n\t\t// c\r\n\t\t/* d */\r\n\t\t"b",\r\n\t\t"c",\r\n\t],\r\n}',
    [{ op: 'remove', path: ['x', 1] }],
    '{\r\n\t"x": [\r\n\t\t"a",\r\n\t\t"c",\r\n\t],\r\n}',
  );
});

test('a BOM is kept through edits', async () => {
  await check(
    '\uFEFF{\n  "a": 1\n}\n',
    [{ op: 'insert-property', path: [], key: 'b', value: 2 }],
    '\uFEFF{\n  "a": 1,\n  "b": 2\n}\n',
  );
});

test('remove-bom removes it', async () => {
  await check('\uFEFF{\n  "a": 1\n}', [{ op: 'remove-bom' }, { op: 'add-final-newline' }], '{\n  "a": 1\n}\n');
  await check('\uFEFF{"a": 1}\n', [{ op: 'remove', path: ['a'] }, { op: 'remove-bom' }], '{}\n');
});

test('add-final-newline uses the file line ending and leaves a file that has one alone', async () => {
  await check('{"a": 1}', [{ op: 'add-final-newline' }], '{"a": 1}\n');
  await check('{\r\n  "a": 1\r\n}', [{ op: 'add-final-newline' }], '{\r\n  "a": 1\r\n}\r\n');
  await check('{\r\n  "a": 1\r\n}\r\n', [{ op: 'add-final-newline' }], '{\r\n  "a": 1\r\n}\r\n');
  await check('{\n  "a": 1\n}\n', [{ op: 'add-final-newline' }], '{\n  "a": 1\n}\n');
});

test('no ops: the text comes back unchanged', async () => {
  const text = '\uFEFF{\r\n\t// c\r\n\t"a": [1,2,],\r\n}';
  assert.is(await applyFixOps(text, []), text);
});

// --- errors --------------------------------------------------------------------------------

test('a missing path throws', async () => {
  const text = '{\n  "acls": [\n    {"action": "accept"}\n  ]\n}\n';
  await rejects(text, [{ op: 'remove', path: ['acls', 5] }], /\["acls",5\] does not exist/);
  await rejects(text, [{ op: 'replace-value', path: ['groups'], value: {} }], /\["groups"\] does not exist/);
  await rejects(text, [{ op: 'rename-key', path: ['acls', 0, 'src'], newKey: 'dst' }], /does not exist/);
  await rejects(text, [{ op: 'insert-property', path: ['tagOwners'], key: 'tag:x', value: [] }], /\["tagOwners"\] does not exist/);
  await rejects(text, [{ op: 'append', path: ['acls', 0, 'dst'], value: 'x' }], /does not exist/);
});

test('a path of the wrong type throws', async () => {
  const text = '{\n  "acls": [\n    {"action": "accept"}\n  ],\n  "o": {}\n}\n';
  await rejects(text, [{ op: 'append', path: ['o'], value: 1 }], /is an object, not an array/);
  await rejects(text, [{ op: 'insert-property', path: ['acls'], key: 'k', value: 1 }], /is an array, not an object/);
  await rejects(text, [{ op: 'remove', path: ['acls', 'x'] }], /not an object/);
  await rejects(text, [{ op: 'replace-value', path: ['o', 0], value: 1 }], /not an array/);
  await rejects(text, [{ op: 'remove', path: [] }], /whole document/);
});

test('adding a key the object already has throws', async () => {
  await rejects('{\n  "a": 1\n}', [{ op: 'insert-property', path: [], key: 'a', value: 2 }], /already has a member "a"/);
  await rejects('{"a": 1}', [{ op: 'insert-property', path: [], key: 'a', value: 2 }], /already has a member "a"/);
});

test('a file that does not parse throws for path ops', async () => {
  await rejects('{\n  "a": 1,,\n}', [{ op: 'remove', path: ['a'] }], /does not parse/);
});

test.run();
