// HuJSON text → value, comments, duplicate keys and the first syntax error. A policy without
// problems takes parse-clean-hujson's fast path; any other text gets one linear pass of
// jsonc-parser's `visit` that builds the value and describes what is wrong. No parse tree:
// `parseTree` slows to 13–18 MB/s on large files, `visit` keeps ~90 MB/s; the few positions
// diagnostics need are found later by locate/path-to-range.

import { visit } from 'jsonc-parser';
import type { JsonPath } from '../engine/rule.ts';
import { locatePaths } from '../locate/path-to-range.ts';
import { parseCleanHujson } from './parse-clean-hujson.ts';
import { createParsedPolicy, type Comment, type DuplicateKey, type ParsedPolicy, type SyntaxError } from './parsed-policy.ts';
import { CLOSE_BRACE_EXPECTED, CLOSE_BRACKET_EXPECTED, describeSyntaxError, type OpenContainer } from './syntax-messages.ts';

/** Policies are a handful of levels deep; this bound keeps every recursive step (rules, schema) safe. */
export const MAX_DEPTH = 100;

interface Frame {
  container: Record<string, unknown> | unknown[];
  /** The pending property name (objects) or the next index (arrays). */
  key: string | number;
  open: OpenContainer;
}

export function parseHujson(fileText: string): ParsedPolicy {
  const hasBom = fileText.charCodeAt(0) === 0xfeff;
  const text = hasBom ? fileText.slice(1) : fileText;
  const clean = parseCleanHujson(text, MAX_DEPTH);
  if (clean) return createParsedPolicy({ text, hasBom, value: clean.value, syntaxError: undefined, comments: clean.comments, duplicates: [] });
  return parseWithVisit(text, hasBom);
}

/** The full pass (exported for the differential test): builds the value as JSON.parse would, and records what is wrong. */
export function parseWithVisit(text: string, hasBom = false): ParsedPolicy {
  const comments: Comment[] = [];
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let root: unknown;
  let rootRange = { offset: 0, length: 0 };
  let syntaxError: SyntaxError | undefined;

  // The path of the innermost open container: each outer frame's current key or element.
  const path = (): JsonPath => stack.slice(0, -1).map((f) => (Array.isArray(f.container) ? f.container.length - 1 : f.key));
  const fail = (error: SyntaxError) => {
    syntaxError ??= error;
  };

  const put = (value: unknown, offset: number) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      rootRange = { offset, length: 0 };
      return;
    }
    if (Array.isArray(top.container)) {
      top.container.push(value);
      top.key = top.container.length;
    } else if (top.key === '__proto__') {
      // As JSON.parse: an own member, not the object's prototype.
      Object.defineProperty(top.container, '__proto__', { value, writable: true, enumerable: true, configurable: true });
    } else {
      top.container[top.key as string] = value;
    }
  };

  const open = (container: Record<string, unknown> | unknown[], offset: number, kind: '{' | '[') => {
    if (syntaxError) return;
    if (stack.length >= MAX_DEPTH) {
      fail({ message: `The value is nested more than ${MAX_DEPTH} levels deep; a policy file never needs this`, range: { offset, length: 1 } });
      return;
    }
    put(container, offset);
    stack.push({ container, key: Array.isArray(container) ? 0 : '', open: { kind, offset } });
  };

  // jsonc-parser ends a container before it reports the missing "}" or "]".
  let lastClosed: OpenContainer | undefined;
  const close = (offset: number) => {
    if (syntaxError) return;
    const frame = stack.pop();
    lastClosed = frame?.open;
    if (stack.length === 0) rootRange = { offset: rootRange.offset, length: offset + 1 - rootRange.offset };
    // A pushed-to array keeps room for ~17 elements; policy arrays hold one to three strings, so a
    // copy at its exact length halves the memory of a large policy's value.
    const parent = stack[stack.length - 1];
    if (parent && frame && Array.isArray(frame.container) && frame.container.length < 16) {
      const exact = frame.container.slice();
      if (Array.isArray(parent.container)) parent.container[parent.container.length - 1] = exact;
      else parent.container[parent.key as string] = exact;
    }
  };

  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => open({}, offset, '{'),
        onArrayBegin: (offset) => open([], offset, '['),
        onObjectEnd: close,
        onArrayEnd: close,
        onObjectProperty: (name, offset, length) => {
          if (syntaxError) return;
          const top = stack[stack.length - 1]!;
          if (Object.hasOwn(top.container, name)) {
            duplicates.push({ key: name, objectPath: path(), range: { offset, length }, first: { offset, length } });
          }
          top.key = name;
        },
        onLiteralValue: (value, offset, length) => {
          if (syntaxError) return;
          put(value, offset);
          if (stack.length === 0) rootRange = { offset, length };
        },
        onComment: (offset, length) => {
          comments.push({ offset, length, text: text.slice(offset, offset + length) });
        },
        onError: (code, offset, length) => {
          const open = code === CLOSE_BRACE_EXPECTED || code === CLOSE_BRACKET_EXPECTED ? lastClosed : stack[stack.length - 1]?.open;
          fail(describeSyntaxError(code, text, offset, length, open));
        },
      },
      { allowTrailingComma: true, disallowComments: false },
    );
  } catch (error) {
    // jsonc-parser recurses per nesting level; the depth error above is already recorded.
    if (!(error instanceof RangeError)) throw error;
    fail({ message: `The value is nested too deeply to read; a policy file never needs this`, range: { offset: 0, length: 1 } });
  }

  if (!syntaxError && (root === null || typeof root !== 'object' || Array.isArray(root))) {
    const what = Array.isArray(root) ? 'an array' : root === null ? 'null' : `a ${typeof root}`;
    syntaxError = { message: `The policy must be one JSON object ({ … }), not ${what}`, range: rootRange };
  }

  if (duplicates.length > 0 && !syntaxError) {
    // Rare, so a second pass is cheaper than remembering every key's position.
    const firsts = locatePaths(text, duplicates.map((d) => [...d.objectPath, d.key]), { occurrence: 'first' });
    duplicates.forEach((d, i) => (d.first = firsts[i]!.key ?? d.first));
  }

  return createParsedPolicy({
    text,
    hasBom,
    value: syntaxError ? undefined : root,
    syntaxError,
    comments,
    duplicates,
  });
}
