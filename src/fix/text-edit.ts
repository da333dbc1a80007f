// A JSON-level fix as ESLint's `{range, text}`: the one changed span between the text before
// and after applying it. Only the JSON formatter needs this, so it loads the editor lazily.

import type { Fix } from '../engine/rule.ts';

export interface TextEdit {
  range: [number, number];
  text: string;
}

export function spanBetween(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}

/** Offsets are in the text without its BOM, as ESLint reports them. */
export async function toTextEdit(fileText: string, fix: Fix): Promise<TextEdit> {
  const { applyFixOps } = await import('./edit-policy.ts');
  const strip = (t: string) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);
  const after = await applyFixOps(fileText, fix.ops);
  // ESLint's convention for removing the BOM, which lies before offset 0.
  if (fileText !== after && strip(fileText) === after) return { range: [-1, 0], text: '' };
  return spanBetween(strip(fileText), strip(after));
}
