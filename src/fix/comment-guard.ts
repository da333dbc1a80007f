// The fixer's safety net: after a pass, every comment must still be there, except those inside
// a removed or replaced member (with the comment lines right above it and its own end-of-line
// comment). Computed from the text, independently of how edit-policy did the edit.

import type { FixOp } from '../engine/rule.ts';
import { locatePaths } from '../locate/path-to-range.ts';
import type { ParsedPolicy, SourceRange } from '../parse/parsed-policy.ts';

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function isCommentLine(line: string): boolean {
  const t = line.trim();
  return t.startsWith('//') || (t.startsWith('/*') && t.endsWith('*/'));
}

/** The member's text widened to its own leading comment lines and trailing same-line comment. */
export function memberSpan(text: string, value: SourceRange, key: SourceRange | undefined): [number, number] {
  let start = key?.offset ?? value.offset;
  let end = value.offset + value.length;
  let from = lineStart(text, start);
  if (text.slice(from, start).trim() === '') {
    while (from > 0) {
      const previous = lineStart(text, from - 1);
      if (!isCommentLine(text.slice(previous, from))) break;
      from = previous;
    }
    start = Math.min(start, from);
  }
  const rest = /^[ \t]*,?[ \t]*(\/\/[^\r\n]*|\/\*.*?\*\/)/.exec(text.slice(end, end + 10_000));
  if (rest) end += rest[0].length;
  return [start, end];
}

/** The first comment that vanished although it lay outside every removed member, if any. */
export function lostComments(before: ParsedPolicy, after: ParsedPolicy, ops: readonly FixOp[]): string | undefined {
  const edited = ops.filter((op) => op.op === 'remove' || op.op === 'replace-value');
  const spans: [number, number][] = [];
  locatePaths(before.text, edited.map((op) => op.path), { stopEarly: before.duplicates.length === 0 }).forEach((l, i) => {
    if (!l.exact) return;
    spans.push(edited[i]!.op === 'remove' ? memberSpan(before.text, l.value, l.key) : [l.value.offset, l.value.offset + l.value.length]);
  });
  const remaining = new Map<string, number>();
  for (const c of after.comments) remaining.set(c.text, (remaining.get(c.text) ?? 0) + 1);
  for (const c of before.comments) {
    if (spans.some(([s, e]) => c.offset >= s && c.offset < e)) continue;
    const count = remaining.get(c.text) ?? 0;
    if (count === 0) return c.text;
    remaining.set(c.text, count - 1);
  }
  return undefined;
}
