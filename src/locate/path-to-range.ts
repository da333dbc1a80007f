// JSON path → source range, for many paths in one `visit` pass that stops as soon as all are
// found. A missing path resolves to its nearest existing ancestor. On duplicate keys the last
// occurrence is meant by default, as the parsed value and Tailscale keep the last one.

import { visit } from 'jsonc-parser';
import type { JsonPath } from '../engine/rule.ts';
import type { SourceRange } from '../parse/parsed-policy.ts';

export interface Located {
  value: SourceRange;
  /** The member's key, when the value is an object member. */
  key: SourceRange | undefined;
  /** False when the path does not exist and `value`/`key` belong to an ancestor. */
  exact: boolean;
}

interface TrieNode {
  children: Map<string | number, TrieNode>;
  value?: SourceRange;
  key?: SourceRange;
  wanted: boolean;
}

interface Frame {
  node: TrieNode | undefined;
  start: number;
  isArray: boolean;
  index: number;
  /** Trie node of the member or element being visited. */
  child: TrieNode | undefined;
}

const DONE = Symbol('all paths located');

export interface LocateOptions {
  /** Which of two equal keys a path means; `last` is what the parsed value holds. */
  occurrence?: 'first' | 'last';
  /** The text has no duplicate keys, so the pass may stop once every path is found. */
  stopEarly?: boolean;
}

function clear(node: TrieNode): void {
  delete node.value;
  delete node.key;
  for (const child of node.children.values()) clear(child);
}

export function locatePaths(text: string, paths: readonly JsonPath[], options: LocateOptions = {}): Located[] {
  const last = options.occurrence !== 'first';
  const root: TrieNode = { children: new Map(), wanted: false };
  let pending = 0;
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { children: new Map(), wanted: false }));
      node = next;
    }
    if (!node.wanted) pending++;
    node.wanted = true;
  }

  const stack: Frame[] = [];
  let atRoot = true;
  // The trie node of the value that starts next, or undefined when nobody asked for it.
  const nodeOfNextValue = (): TrieNode | undefined => {
    const top = stack[stack.length - 1];
    if (!top) {
      const node = atRoot ? root : undefined;
      atRoot = false;
      return node;
    }
    if (top.isArray) {
      top.index++;
      top.child = top.node?.children.get(top.index);
    }
    return top.child;
  };
  const resolved = (node: TrieNode, range: SourceRange) => {
    if (node.value) return;
    node.value = range;
    if (node.wanted && --pending === 0 && options.stopEarly) throw DONE;
  };
  const begin = (offset: number, isArray: boolean) => {
    stack.push({ node: nodeOfNextValue(), start: offset, isArray, index: -1, child: undefined });
  };
  const end = (offset: number) => {
    const frame = stack.pop()!;
    if (frame.node) resolved(frame.node, { offset: frame.start, length: offset + 1 - frame.start });
  };

  if (pending > 0) {
    try {
      visit(
        text,
        {
          onObjectBegin: (offset) => begin(offset, false),
          onArrayBegin: (offset) => begin(offset, true),
          onObjectEnd: end,
          onArrayEnd: end,
          onObjectProperty: (name, offset, length) => {
            const top = stack[stack.length - 1]!;
            const child = top.node?.children.get(name);
            if (child?.key && last) clear(child);
            top.child = child && !child.key ? child : undefined;
            if (top.child) top.child.key = { offset, length };
          },
          onLiteralValue: (_value, offset, length) => {
            const node = nodeOfNextValue();
            if (node) resolved(node, { offset, length });
          },
        },
        { allowTrailingComma: true, disallowComments: false },
      );
    } catch (error) {
      if (error !== DONE) throw error;
    }
  }

  return paths.map((path) => {
    let node: TrieNode | undefined = root;
    for (const segment of path) node = node?.children.get(segment);
    if (node?.value) return { value: node.value, key: node.key, exact: true };
    // Missing: the walk ended early, so every ancestor visited was closed and has its range.
    let best: Located = { value: root.value ?? { offset: 0, length: 0 }, key: undefined, exact: false };
    node = root;
    for (const segment of path) {
      node = node.children.get(segment);
      if (!node?.value) break;
      best = { value: node.value, key: node.key, exact: false };
    }
    return best;
  });
}
