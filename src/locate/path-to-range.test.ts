import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { JsonPath } from '../engine/rule.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import type { SourceRange } from '../parse/parsed-policy.ts';
import { locatePaths, type Located } from './path-to-range.ts';

const slice = (text: string, range: SourceRange | undefined) => (range ? text.slice(range.offset, range.offset + range.length) : undefined);

/** A located path as the text it points at. */
function show(text: string, located: Located) {
  return { value: slice(text, located.value), key: slice(text, located.key), exact: located.exact };
}

function one(text: string, path: JsonPath) {
  const located = locatePaths(text, [path]);
  assert.is(located.length, 1);
  return show(text, located[0]!);
}

const POLICY = `{
  "acls": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},
    {"action": "accept", "users": ["*"], "ports": ["*:*"]},
  ],
  "tagOwners": {
    "tag:web": ["group:eng"],
  },
  "hosts": {"db": "100.64.0.1", "empty": {}},
  "n": -1.5e3,
  "t": true,
  "z": null,
}
`;

test('object members: value and key ranges', () => {
  assert.equal(one(POLICY, ['hosts']), { value: '{"db": "100.64.0.1", "empty": {}}', key: '"hosts"', exact: true });
  assert.equal(one(POLICY, ['n']), { value: '-1.5e3', key: '"n"', exact: true });
  assert.equal(one(POLICY, ['t']), { value: 'true', key: '"t"', exact: true });
  assert.equal(one(POLICY, ['z']), { value: 'null', key: '"z"', exact: true });
  assert.equal(one(POLICY, ['hosts', 'db']), { value: '"100.64.0.1"', key: '"db"', exact: true });
  assert.equal(one(POLICY, ['hosts', 'empty']), { value: '{}', key: '"empty"', exact: true });
  assert.equal(one(POLICY, ['tagOwners', 'tag:web']), { value: '["group:eng"]', key: '"tag:web"', exact: true });
});

test('array elements have a value range and no key', () => {
  assert.equal(one(POLICY, ['acls', 0]), {
    value: '{"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]}',
    key: undefined,
    exact: true,
  });
  assert.equal(one(POLICY, ['acls', 1, 'users', 0]), { value: '"*"', key: undefined, exact: true });
  assert.equal(one(POLICY, ['tagOwners', 'tag:web', 0]), { value: '"group:eng"', key: undefined, exact: true });
});

test('nested paths through arrays and objects', () => {
  assert.equal(one(POLICY, ['acls', 1, 'ports']), { value: '["*:*"]', key: '"ports"', exact: true });
  assert.equal(one(POLICY, ['acls', 0, 'dst', 0]), { value: '"tag:web:443"', key: undefined, exact: true });
  const deep = '{"a": [[{"b": [0, {"c": "here"}]}]]}';
  assert.equal(one(deep, ['a', 0, 0, 'b', 1, 'c']), { value: '"here"', key: '"c"', exact: true });
  assert.equal(one(deep, ['a', 0, 0, 'b', 0]), { value: '0', key: undefined, exact: true });
});

test('the root path is the whole top-level value', () => {
  assert.equal(one(POLICY, []), { value: POLICY.trimEnd(), key: undefined, exact: true });
  const padded = '// lead\n  {"a": 1}  // tail\n';
  assert.equal(one(padded, []), { value: '{"a": 1}', key: undefined, exact: true });
});

test('a missing key resolves to its nearest existing ancestor', () => {
  assert.equal(one(POLICY, ['hosts', 'missing']), { value: '{"db": "100.64.0.1", "empty": {}}', key: '"hosts"', exact: false });
  assert.equal(one(POLICY, ['acls', 1, 'dst']), { value: '{"action": "accept", "users": ["*"], "ports": ["*:*"]}', key: undefined, exact: false });
  assert.equal(one(POLICY, ['acls', 7, 'src']).value, one(POLICY, ['acls']).value);
  assert.equal(one(POLICY, ['acls', 7, 'src']).key, '"acls"');
  assert.is(one(POLICY, ['acls', 7, 'src']).exact, false);
  // Through a literal: the literal is the deepest thing that exists.
  assert.equal(one(POLICY, ['hosts', 'db', 'deeper']), { value: '"100.64.0.1"', key: '"db"', exact: false });
  // Nothing exists: the root.
  assert.equal(one(POLICY, ['nope', 'x']), { value: POLICY.trimEnd(), key: undefined, exact: false });
  // Wrong kind of segment: an index into an object, a key into an array.
  assert.equal(one(POLICY, ['hosts', 0]).exact, false);
  assert.equal(one(POLICY, ['acls', '0']), { value: one(POLICY, ['acls']).value, key: '"acls"', exact: false });
});

test('duplicate keys resolve to the last occurrence (the parsed value), or the first on request', () => {
  const text = '{"a": 1, "b": {"x": "first", "z": 0}, "a": 2, "b": {"x": "second", "y": 3}}';
  assert.equal(one(text, ['a']), { value: '2', key: '"a"', exact: true });
  assert.equal(one(text, ['b']), { value: '{"x": "second", "y": 3}', key: '"b"', exact: true });
  assert.equal(one(text, ['b', 'x']), { value: '"second"', key: '"x"', exact: true });
  assert.equal(one(text, ['b', 'y']), { value: '3', key: '"y"', exact: true });
  // Only in the first occurrence: missing from the one that counts, so "b" is the nearest ancestor.
  assert.equal(one(text, ['b', 'z']), { value: '{"x": "second", "y": 3}', key: '"b"', exact: false });
  const first = locatePaths(text, [['a'], ['b', 'x']], { occurrence: 'first' });
  assert.equal([first[0]!.key!.offset, text.slice(first[1]!.value.offset, first[1]!.value.offset + first[1]!.value.length)], [1, '"first"']);
});

test('many paths in one call, in the order asked, repeats and prefixes included', () => {
  const paths: JsonPath[] = [['z'], ['acls', 0, 'src'], ['acls'], ['hosts', 'db'], ['missing'], ['acls', 0, 'src'], [], ['acls', 0]];
  const located = locatePaths(POLICY, paths).map((l) => show(POLICY, l));
  assert.is(located.length, paths.length);
  assert.equal(located[0], { value: 'null', key: '"z"', exact: true });
  assert.equal(located[1], { value: '["group:eng"]', key: '"src"', exact: true });
  assert.equal(located[2]!.key, '"acls"');
  assert.ok(located[2]!.value!.startsWith('[\n    {"action"'));
  assert.ok(located[2]!.value!.endsWith('},\n  ]'));
  assert.equal(located[3], { value: '"100.64.0.1"', key: '"db"', exact: true });
  assert.equal(located[4], { value: POLICY.trimEnd(), key: undefined, exact: false });
  assert.equal(located[5], located[1]);
  assert.equal(located[6], { value: POLICY.trimEnd(), key: undefined, exact: true });
  assert.equal(located[7]!.value, '{"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]}');
  // Each path gives the same answer alone as in the batch.
  paths.forEach((path, i) => assert.equal(one(POLICY, path), located[i], JSON.stringify(path)));
});

test('no paths: no work, no results', () => {
  assert.equal(locatePaths(POLICY, []), []);
});

test('CRLF text', () => {
  const text = POLICY.replace(/\n/g, '\r\n');
  assert.equal(one(text, ['acls', 1, 'users']), { value: '["*"]', key: '"users"', exact: true });
  const acls = one(text, ['acls']);
  assert.ok(acls.value!.includes('\r\n'));
  assert.ok(acls.value!.startsWith('[') && acls.value!.endsWith(']'));
  assert.equal(one(text, ['tagOwners']).value, '{\r\n    "tag:web": ["group:eng"],\r\n  }');
});

test('comments between key, colon and value are skipped', () => {
  const text = '{\n  "a" /* before colon */ : // after colon\n  /* and */ [1, /* x */ 2],\n  "b": /* c */ "v" /* d */,\n}';
  assert.equal(one(text, ['a']), { value: '[1, /* x */ 2]', key: '"a"', exact: true });
  assert.equal(one(text, ['a', 1]), { value: '2', key: undefined, exact: true });
  assert.equal(one(text, ['b']), { value: '"v"', key: '"b"', exact: true });
});

test('keys with escapes are matched by their decoded name', () => {
  const text = '{"tag:\\u0061": 1, "quote\\"d": 2}';
  assert.equal(one(text, ['tag:a']), { value: '1', key: '"tag:\\u0061"', exact: true });
  assert.equal(one(text, ['quote"d']), { value: '2', key: '"quote\\"d"', exact: true });
});

test('numeric-looking keys are strings, not indexes', () => {
  const text = '{"0": "key", "list": ["elem"]}';
  assert.equal(one(text, ['0']), { value: '"key"', key: '"0"', exact: true });
  assert.equal(one(text, ['list', 0]), { value: '"elem"', key: undefined, exact: true });
  assert.is(one(text, [0]).exact, false);
});

test('ranges of later members are right after an early stop', () => {
  // The walk stops once everything asked for is found; asking for two far-apart paths must still
  // give both exactly.
  const members = Array.from({ length: 200 }, (_, i) => `"k${i}": [${i}]`).join(',\n  ');
  const text = `{\n  ${members}\n}`;
  const located = locatePaths(text, [['k3', 0], ['k150'], ['k3']]).map((l) => show(text, l));
  assert.equal(located, [
    { value: '3', key: undefined, exact: true },
    { value: '[150]', key: '"k150"', exact: true },
    { value: '[3]', key: '"k3"', exact: true },
  ]);
});

test('property: every path of random duplicate-free HuJSON is found, and its range parses to its value', () => {
  let seed = 20240601;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const gap = () => pick(['', ' ', '\n', '\r\n', '\r', ' /* c */ ', ' // c\n', '\t']);
  const generate = (depth: number): string => {
    const kind = random();
    if (depth > 4 || kind < 0.35) return pick(['1', '-2.5e3', '"x"', '"a\\"b"', 'true', 'false', 'null', '[]', '{}']);
    const count = Math.floor(random() * 4);
    const trailing = () => (count > 0 ? pick(['', ',']) : '');
    if (kind < 0.65) {
      const items = Array.from({ length: count }, () => generate(depth + 1));
      return `[${gap()}${items.join(`,${gap()}`)}${trailing()}${gap()}]`;
    }
    const keys = ['a', 'b', 'c', '0', '__proto__', 'k\\u0061y', ''].sort(() => random() - 0.5).slice(0, count);
    const members = keys.map((k) => `"${k}"${gap()}:${gap()}${generate(depth + 1)}`);
    return `{${gap()}${members.join(`,${gap()}`)}${trailing()}${gap()}}`;
  };
  const allPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
    const children = Array.isArray(value)
      ? value.flatMap((item, i) => allPaths(item, [...path, i]))
      : value !== null && typeof value === 'object'
        ? Object.keys(value).flatMap((k) => allPaths((value as Record<string, unknown>)[k], [...path, k]))
        : [];
    return [path, ...children];
  };
  for (let round = 0; round < 300; round++) {
    const text = `{"root": ${generate(0)}}`;
    const policy = parseHujson(text);
    assert.is(policy.syntaxError, undefined, text);
    assert.is(policy.duplicates.length, 0, text);
    const paths = allPaths(policy.value);
    const located = locatePaths(text, paths);
    paths.forEach((path, i) => {
      const at = located[i]!;
      assert.ok(at.exact, `${JSON.stringify(path)} not found in ${JSON.stringify(text)}`);
      // Re-parsed with the policy parser, which keeps a "__proto__" key as a plain key.
      const got = (parseHujson(`{"v": ${slice(text, at.value)!}}`).value as Record<string, unknown>).v;
      let expected: unknown = policy.value;
      for (const segment of path) expected = (expected as Record<string | number, unknown>)[segment];
      assert.equal(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(expected)), `${JSON.stringify(path)} in ${JSON.stringify(text)}`);
      if (typeof path.at(-1) === 'string') assert.is(JSON.parse(slice(text, at.key)!), path.at(-1));
      else assert.is(at.key, undefined);
    });
  }
});

test.run();
