// The fast path must never disagree with the full pass: whenever it returns a value, the full
// pass finds no problem and builds the same value (member order included) and the same comments.
// Checked on every fixture input and on thousands of seeded mutations of them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseCleanHujson } from './parse-clean-hujson.ts';
import { MAX_DEPTH, parseWithVisit } from './parse-hujson.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const rule of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!rule.isDirectory()) continue;
    for (const kase of readdirSync(join(FIXTURES, rule.name))) {
      texts.push(readFileSync(join(FIXTURES, rule.name, kase, 'input.hujson'), 'utf8').replace(/^\uFEFF/, ''));
    }
  }
  return texts;
}

/** JSON of a value with each object's members in enumeration order (deepEqual ignores order). */
const ordered = (value: unknown) => JSON.stringify(value);

function agree(text: string): 'fast' | 'full' {
  const fast = parseCleanHujson(text, MAX_DEPTH);
  const full = parseWithVisit(text);
  if (!fast) return 'full';
  assert.is(full.syntaxError, undefined, `fast path accepted text the full pass rejects: ${JSON.stringify(text.slice(0, 200))}`);
  assert.is(full.duplicates.length, 0, `fast path missed a duplicate key: ${JSON.stringify(text.slice(0, 200))}`);
  assert.is(ordered(fast.value), ordered(full.value));
  assert.equal(fast.comments, [...full.comments]);
  return 'fast';
}

// A small seeded generator so a failure reproduces.
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % n;
  };
}

const SIGNIFICANT = [',', '}', ']', '{', '[', '"', ':', '/', '*', '\n', '\\', ' ', '1', 'x', '-', '\u0001', '//', '/*', '*/', ',]', ',}'];

function mutate(text: string, pick: (n: number) => number): string {
  const at = pick(text.length + 1);
  switch (pick(4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + pick(3));
    case 1:
      return text.slice(0, at) + SIGNIFICANT[pick(SIGNIFICANT.length)]! + text.slice(at);
    case 2: {
      const from = pick(text.length + 1);
      return text.slice(0, at) + text.slice(from, from + 1 + pick(40)) + text.slice(at);
    }
    default:
      return text.slice(0, at) + SIGNIFICANT[pick(SIGNIFICANT.length)]! + text.slice(at + 1);
  }
}

test('every fixture input: the fast path agrees with the full pass, and takes every clean one', () => {
  for (const text of fixtureTexts()) {
    const full = parseWithVisit(text);
    const clean = full.syntaxError === undefined && full.duplicates.length === 0;
    assert.is(agree(text), clean ? 'fast' : 'full', `fast path choice for ${JSON.stringify(text.slice(0, 120))}`);
  }
});

test('seeded mutations of the fixtures: the fast path never accepts what the full pass rejects', () => {
  const pick = random(20261124);
  const seen = { fast: 0, full: 0 };
  for (const text of fixtureTexts()) {
    for (let i = 0; i < 12; i++) seen[agree(mutate(text, pick))]++;
  }
  // Both paths must have been exercised for the comparison to mean anything.
  assert.ok(seen.fast > 100 && seen.full > 100, JSON.stringify(seen));
});

test('trailing commas: only one, and only after a value, is dropped', () => {
  for (const text of ['{"a": [1,],}', '{"a": [1, /* c */ ], // x\n}', '{"a": {"b": 1,},}']) assert.is(agree(text), 'fast');
  for (const text of ['{"a": [,]}', '{"a": [1,,]}', '{,}', '{"a": 1,,}', '{"a": {,}}']) {
    assert.is(agree(text), 'full');
    assert.ok(parseWithVisit(text).syntaxError, text);
  }
});

test('a comment still separates what it stands between', () => {
  for (const text of ['{"a": [1/* c */2]}', '{"a": tr/**/ue}', '{"a": "x"/**/"y"}', '{"a": 1//c\n2}']) {
    assert.is(agree(text), 'full');
    assert.ok(parseWithVisit(text).syntaxError, text);
  }
  assert.is(agree('{"a": [1,/* c */2]}'), 'fast');
});

test('strings inside a member are stepped over, never read as comments, commas or quotes', () => {
  const fast = [
    '{"a": ["x\\"", "y"]}',
    '{"a": ["x\\\\", "y"]}',
    '{"a": ["// not a comment", "/* nor this */", ",]", "\\u0041"]}',
    '{"a": {"k:\\"v": "w",},}',
  ];
  for (const text of fast) assert.is(agree(text), 'fast', text);
  const full = ['{"a": ["x\\"]}', '{"a": ["x]}', '{"a": ["x\ny"]}', '{"a": ["\\q"]}', '{"a": ["x" "y"]}', '{"a": ["\\u12"]}'];
  for (const text of full) {
    assert.is(agree(text), 'full', text);
    assert.ok(parseWithVisit(text).syntaxError, text);
  }
});

test('characters beyond ASCII, in comments and in strings, on both paths', () => {
  const texts = [
    '{"a": ["caf\u00e9", "x"], // \u2013 an en dash in a comment only\n"b": {"c": 1,},}',
    '{"a": ["\u2013 in a string"], /* \u00e9 */ "b": [1,],}',
    '{"a": ["\ud83d\ude00"], // \ud83d\ude00\n}',
    '/* \u2013 */ {"a": "\u00ff\u0100", "b": [/* \u4e2d */ "\u4e2d",],}',
    '{"\u00e9": 1, /* \u2013 */ "\u2013": [2,],}',
    '{"a": "\u00e9"} // \u2013',
  ];
  for (const text of texts) assert.is(agree(text), 'fast', text);
});

test('the root object: its grammar is checked, each member value is parsed from its own slice', () => {
  for (const text of ['{"a" 1}', '{"a": 1 "b": 2}', '{1: 2}', '{"a": }', '{"a": 1}}', '{"a": 1} {}', 'x {}', '{"a": 1', '{"a": 1,,}', '{"a": 1, "a": 2}']) {
    assert.is(agree(text), 'full', text);
    assert.ok(parseWithVisit(text).syntaxError ?? parseWithVisit(text).duplicates.length, text);
  }
  for (const text of ['{}', '{"a": 1} // end', '/* a */ {"a": true, "b": [1, /* x */ 2,], "c": "s",}', '{"a": {"b": {"c": []}}}']) {
    assert.is(agree(text), 'fast', text);
  }
});

test('what the fast path leaves to the full pass', () => {
  const cases = {
    duplicate: '{"a": 1, "a": 2}',
    'nested duplicate': '{"x": [{"a": 1, "b": 2, "a": 3}]}',
    'not an object': '[1]',
    empty: '',
    'unterminated comment': '{} /* x',
    deep: `{"a": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`,
  };
  for (const [name, text] of Object.entries(cases)) assert.is(parseCleanHujson(text, MAX_DEPTH), undefined, name);
  assert.ok(parseCleanHujson(`{"a": ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`, MAX_DEPTH));
});

test('"__proto__" stays an own member on both paths', () => {
  for (const text of ['{"__proto__": {"x": 1}}', '{"__proto__": {"x": 1}, "b": 1, "b": 2}']) {
    const value = (parseCleanHujson(text, MAX_DEPTH)?.value ?? parseWithVisit(text).value) as Record<string, unknown>;
    assert.ok(Object.hasOwn(value, '__proto__'), text);
    assert.is(Object.getPrototypeOf(value), Object.prototype, text);
  }
});

test.run();
