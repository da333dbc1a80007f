// The fast path for the common case, a policy without problems. One pass over the characters
// finds the comments, the trailing commas and where each top-level member's value starts and ends
// (strings are stepped over with indexOf); the platform's JSON.parse builds each value from its
// slice of the text, with comments and trailing commas taken out, and checks everything the pass
// stepped over. jsonc-parser's scanner is not used here: it builds every token's value one
// character at a time, which made this pass cost as much as a whole `visit`; this loop only looks
// at the characters that matter, and JSON.parse checks the rest.
// Anything unusual (a malformed root, an unterminated comment, a stray character, JSON.parse
// rejecting a slice, a duplicate key, deep nesting) returns undefined, and parse-hujson's full
// pass with jsonc-parser finds and describes it. parse-clean-hujson.test.ts checks the two agree
// on every fixture and thousands of mutations of them.

import { ownKeys } from '../own-keys.ts';
import type { Comment } from './parsed-policy.ts';

export interface CleanHujson {
  value: Record<string, unknown>;
  comments: Comment[];
}

// Where the root object's grammar is: before it, expecting a key, a colon, a value, or a comma or "}"; closed.
const BEFORE = 0;
const KEY = 1;
const COLON = 2;
const VALUE = 3;
const NEXT = 4;
const CLOSED = 5;

/** The offset of the quote that closes the string opening at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let close = open;
  for (;;) {
    close = text.indexOf('"', close + 1);
    if (close < 0) return -1;
    let backslash = close - 1;
    while (text.charCodeAt(backslash) === 92) backslash--;
    // An even run of backslashes escapes itself, not the quote.
    if ((close - 1 - backslash) % 2 === 0) return close;
  }
}

/** Ends a number or literal: layout, punctuation, a quote or a comment. */
function isDelimiter(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 44 || code === 58 || code === 123 || code === 125 || code === 91 || code === 93 || code === 34 || code === 47;
}

/** The value and comments of `text` when it is a well-formed policy object, else undefined. */
export function parseCleanHujson(text: string, maxDepth: number): CleanHujson | undefined {
  const comments: Comment[] = [];
  // Offsets of the trailing commas inside members' values, in text order.
  const commas: number[] = [];
  // The root's members: key, and the start and end offsets of the value's text.
  const members: { key: string; start: number; end: number }[] = [];
  const length = text.length;
  let colons = 0;
  let depth = 0;
  // The last comma, if it followed a value (a candidate trailing comma); -1 otherwise.
  let pendingComma = -1;
  // True while the last significant token ended a value (string, number, literal, } or ]).
  let afterValue = false;
  let state = BEFORE;
  let key = '';
  let start = 0;
  let i = 0;

  while (i < length) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 32:
      case 10:
      case 13:
      case 9:
        i++;
        continue;
      case 47: {
        // "//" runs to the line break (as jsonc-parser: "\n" or "\r"), "/*" to "*/".
        const second = text.charCodeAt(i + 1);
        let end: number;
        if (second === 47) {
          end = i + 2;
          for (let c = text.charCodeAt(end); end < length && c !== 10 && c !== 13; c = text.charCodeAt(++end));
        } else if (second === 42) {
          end = text.indexOf('*/', i + 2);
          if (end < 0) return undefined;
          end += 2;
        } else return undefined;
        comments.push({ offset: i, length: end - i, text: text.slice(i, end) });
        i = end;
        continue;
      }
      case 34: {
        const close = closingQuote(text, i);
        if (close < 0) return undefined;
        if (depth === 1) {
          if (state === KEY) {
            // A root key: JSON.parse decodes its escapes and rejects what the scanner would.
            try {
              key = JSON.parse(text.slice(i, close + 1)) as string;
            } catch {
              return undefined;
            }
            state = COLON;
          } else if (state === VALUE) {
            members.push({ key, start: i, end: close + 1 });
            state = NEXT;
          } else return undefined;
        } else if (depth === 0) return undefined;
        afterValue = true;
        pendingComma = -1;
        i = close + 1;
        continue;
      }
      case 44:
        if (depth === 1) {
          if (state !== NEXT) return undefined;
          state = KEY;
        } else if (depth === 0) return undefined;
        pendingComma = afterValue ? i : -1;
        afterValue = false;
        i++;
        continue;
      case 58:
        if (depth === 1) {
          if (state !== COLON) return undefined;
          state = VALUE;
        } else if (depth === 0) return undefined;
        colons++;
        afterValue = false;
        pendingComma = -1;
        i++;
        continue;
      case 123:
      case 91:
        if (depth === 0) {
          if (state !== BEFORE || code !== 123) return undefined;
          state = KEY;
        } else if (depth === 1) {
          if (state !== VALUE) return undefined;
          start = i;
        }
        if (++depth > maxDepth) return undefined;
        afterValue = false;
        pendingComma = -1;
        i++;
        continue;
      case 125:
      case 93:
        if (depth === 1) {
          // The root closes after a member, or after "{" or a trailing comma.
          if (code !== 125 || (state !== KEY && state !== NEXT)) return undefined;
          state = CLOSED;
        } else if (depth === 0) return undefined;
        else if (pendingComma >= 0) commas.push(pendingComma);
        if (--depth === 1) {
          members.push({ key, start, end: i + 1 });
          state = NEXT;
        }
        afterValue = true;
        pendingComma = -1;
        i++;
        continue;
      default: {
        // A number or a literal, or a stray character: JSON.parse judges the slice.
        let end = i + 1;
        while (end < length && !isDelimiter(text.charCodeAt(end))) end++;
        if (depth === 1) {
          if (state !== VALUE) return undefined;
          members.push({ key, start: i, end });
          state = NEXT;
        } else if (depth === 0) return undefined;
        afterValue = true;
        pendingComma = -1;
        i = end;
      }
    }
  }
  if (state !== CLOSED) return undefined;

  const root: Record<string, unknown> = {};
  let c = 0;
  let m = 0;
  for (const member of members) {
    if (Object.hasOwn(root, member.key)) return undefined;
    // The comments and trailing commas inside this value (both lists are in text order).
    while (c < comments.length && comments[c]!.offset < member.start) c++;
    while (m < commas.length && commas[m]! < member.start) m++;
    let c2 = c;
    let m2 = m;
    while (c2 < comments.length && comments[c2]!.offset < member.end) c2++;
    while (m2 < commas.length && commas[m2]! < member.end) m2++;
    const slice = text.slice(member.start, member.end);
    let value: unknown;
    try {
      value = JSON.parse(c2 === c && m2 === m ? slice : withoutComments(text, member.start, member.end, comments.slice(c, c2), commas.slice(m, m2)));
    } catch {
      return undefined;
    }
    if (member.key === '__proto__') Object.defineProperty(root, member.key, { value, writable: true, enumerable: true, configurable: true });
    else root[member.key] = value;
    c = c2;
    m = m2;
  }
  // JSON.parse keeps the last of duplicate keys: fewer members than colons means a duplicate.
  if (countMembers(root, true) !== colons) return undefined;
  return { value: root, comments };
}

/**
 * `text` from `start` to `end` as JSON: each comment becomes one space (so that it still separates
 * what it stood between) and each trailing comma goes (a "]" or "}" follows it).
 */
function withoutComments(text: string, start: number, end: number, comments: readonly Comment[], commas: readonly number[]): string {
  const parts: string[] = [];
  let at = start;
  let c = 0;
  let m = 0;
  while (c < comments.length || m < commas.length) {
    const comment = comments[c];
    const comma = commas[m];
    if (comment !== undefined && (comma === undefined || comment.offset < comma)) {
      parts.push(text.slice(at, comment.offset), ' ');
      at = comment.offset + comment.length;
      c++;
    } else {
      parts.push(text.slice(at, comma));
      at = comma! + 1;
      m++;
    }
  }
  parts.push(text.slice(at, end));
  return parts.join('');
}

/**
 * The members of `value` and of everything in it. An object on a fixed path (reached from the
 * root through object members only) lists its keys with ownKeys, whose list the schema and the
 * model read again; the rest (each ACL, each grant) use for-in, which allocates nothing.
 */
function countMembers(value: object, fixedPath: boolean): number {
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) count += countMembers(item, false);
    }
    return count;
  }
  if (fixedPath) {
    const keys = ownKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const item: unknown = (value as Record<string, unknown>)[keys[i]!];
      if (typeof item === 'object' && item !== null) count += countMembers(item, true);
    }
    return count + keys.length;
  }
  for (const key in value) {
    count++;
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null) count += countMembers(item, false);
  }
  return count;
}
