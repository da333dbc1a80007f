// The one place where JSON-level fix operations (see FixOp in ../engine/rule.ts) become text.
//
// Edits are made with jsonc-morph, which keeps every byte it is not asked to touch. Where it falls
// short (each gap below was checked against jsonc-morph 0.3.6), the edit is a minimal text splice
// located with jsonc-parser instead, or jsonc-morph's result is tidied:
//
// - It cannot parse a leading BOM: the BOM is stripped first and put back at the end.
// - It cannot rename a key without reprinting the member: the key's string token is replaced in
//   the text.
// - It expands a one-line object when a property is appended to it, and always writes `, `
//   between array elements: members added to a one-line container are spliced into the text.
// - Its insert(index) puts the new member on lines of its own right below the line of the member
//   before it (below that member's comma and comment), or below the opening bracket's line at
//   index 0. Where that line holds more, it goes wrong: at index 0 it moves a comment written after
//   the bracket onto the new member's line and drops the blank lines below the bracket, and
//   before a member that shares its line with the one before, it re-indents that member. Those
//   inserts are spliced into the text instead, as a one-line container's are.
// - It indents a nested value that replaces an array element one level too shallow, expands
//   objects even inside one-line containers, and writes 1e300 with all its digits: values go into
//   the tree as placeholder strings, swapped for text printed here once the tree is written out.
// - Its remove() leaves the comment lines above the member, and the blank lines above and below
//   it pile up: both are tidied around it. For a member sharing its line with others it leaves a
//   stray space (`[ "y"]`) or eats the indentation of the next one: such members are marked with
//   a placeholder and cut out of the written text.
//
// Paths of all operations, and the indexes of inserts, are resolved against the original text.
// Renames and the inserts that jsonc-morph would lay out wrong are spliced first; everything else
// is then resolved in the tree before anything in it is changed. Every added member's value is a
// placeholder string, swapped for the printed value at the end, and members with such a value
// are skipped when a path or an index is resolved: keys and element indexes keep meaning the
// original members.

import { parse as parseCst } from 'jsonc-morph';
import type { JsonArray, JsonObject, Node as CstNode, ObjectProp, RootNode } from 'jsonc-morph';
import { createScanner, findNodeAtOffset, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { JSONScanner, Node as TreeNode, ParseError } from 'jsonc-parser';
import type { FixOp, JsonPath } from '../engine/rule.ts';

type PathOp = Exclude<FixOp, { op: 'remove-bom' } | { op: 'add-final-newline' }>;
type InsertOp = Extract<FixOp, { op: 'insert-property' } | { op: 'append' }>;

const BOM = '\uFEFF';

/** jsonc-parser's SyntaxKind, a const enum that verbatimModuleSyntax does not let us read. */
const Token = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Space: 15,
  EOF: 17,
} as const;

function scan(scanner: JSONScanner): number {
  return scanner.scan();
}

/** Applies `ops` to `fileText` and returns the new text. Throws when a path is missing or has the wrong type. */
export async function applyFixOps(fileText: string, ops: readonly FixOp[]): Promise<string> {
  const hasBom = fileText.startsWith(BOM);
  let text = hasBom ? fileText.slice(BOM.length) : fileText;
  const eol = detectEol(text);

  const pathOps = ops.filter((op): op is PathOp => op.op !== 'remove-bom' && op.op !== 'add-final-newline');
  if (pathOps.length > 0) {
    const edit = new EditContext(text, eol);
    text = applyTextOps(text, pathOps, edit);
    if (edit.rest.length > 0) text = applyTreeOps(text, edit.rest, edit);
    text = edit.fillPlaceholders(text);
  }

  if (ops.some((op) => op.op === 'add-final-newline') && !text.endsWith('\n')) text += eol;
  const keepBom = hasBom && !ops.some((op) => op.op === 'remove-bom');
  return (keepBom ? BOM : '') + text;
}

/** How an object or array is written. */
export interface ContainerLayout {
  /** Brackets and members on one line. */
  oneLine: boolean;
  members: number;
  /** A comma follows the last member. */
  trailingComma: boolean;
}

/**
 * How the objects or arrays at `paths` of `fileText` are written (a path means what it means to
 * applyFixOps). Throws when the text does not parse or a path is missing or not a container.
 */
export function containerLayouts(fileText: string, paths: readonly JsonPath[]): ContainerLayout[] {
  const text = fileText.startsWith(BOM) ? fileText.slice(BOM.length) : fileText;
  const root = parseOrFail(text);
  return paths.map((path) => {
    const container = resolveTreeValue(root, path);
    if (container.type !== 'object' && container.type !== 'array') fail(`${formatPath(path)} is ${describeTreeNode(container)}, not an object or array`);
    const items = container.children ?? [];
    const last = items.at(-1);
    const close = container.offset + container.length - 1;
    return {
      oneLine: isOneLine(text.slice(container.offset, close + 1)),
      members: items.length,
      trailingComma: last !== undefined && findCommaAfter(text, last.offset + last.length, close) !== undefined,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

function detectEol(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

function formatPath(path: JsonPath): string {
  return JSON.stringify(path);
}

function fail(message: string): never {
  throw new Error(`applyFixOps: ${message}`);
}

/** The value as JSON would carry it (undefined members dropped, toJSON applied, NaN → null…). */
function toJsonValue(value: unknown, what: string): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    fail(`${what}: the value cannot be written as JSON (${(error as Error).message})`);
  }
  if (json === undefined) fail(`${what}: the value cannot be written as JSON`);
  return JSON.parse(json) as unknown;
}

interface InlineStyle {
  /** What goes between two members: `,` followed by the container's spacing. */
  sep: string;
  /** What goes between a key and its value. */
  colon: string;
}

/** The separator and colon spacing written in a one-line container's text (with defaults). */
function detectInlineStyle(containerText: string): InlineStyle {
  const scanner = createScanner(containerText, false);
  let depth = 0;
  const found: { sep?: string; colon?: string; anySep?: string; anyColon?: string } = {};
  for (let kind = scan(scanner); kind !== Token.EOF; kind = scan(scanner)) {
    if (kind === Token.OpenBrace || kind === Token.OpenBracket) depth++;
    else if (kind === Token.CloseBrace || kind === Token.CloseBracket) depth--;
    else if (kind === Token.Comma || kind === Token.Colon) {
      const char = kind === Token.Comma ? ',' : ':';
      const position = scanner.getPosition();
      let after = scan(scanner);
      const spacing = after === Token.Space ? scanner.getTokenValue() : '';
      if (after === Token.Space) after = scan(scanner);
      scanner.setPosition(position);
      const written = char + spacing;
      if (char === ',') {
        if (after === Token.CloseBrace || after === Token.CloseBracket) continue; // a trailing comma
        if (depth === 1) found.sep ??= written;
        found.anySep ??= written;
      } else {
        if (depth === 1) found.colon ??= written;
        found.anyColon ??= written;
      }
    }
  }
  return { sep: found.sep ?? found.anySep ?? ', ', colon: found.colon ?? found.anyColon ?? ': ' };
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** `value` (already a JSON value) on one line, with the container's own spacing. */
function printInline(value: unknown, style: InlineStyle): string {
  if (Array.isArray(value)) return `[${value.map((item) => printInline(item, style)).join(style.sep)}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, item]) => JSON.stringify(key) + style.colon + printInline(item, style));
    return `{${members.join(style.sep)}}`;
  }
  return JSON.stringify(value);
}

interface BlockStyle {
  unit: string;
  eol: string;
  trailingCommas: boolean;
}

/** `value` (already a JSON value) laid out over lines: objects expanded, arrays of scalars kept on one line. */
function printBlock(value: unknown, indent: string, style: BlockStyle): string {
  const inner = indent + style.unit;
  const close = (style.trailingCommas ? ',' : '') + style.eol + indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPrimitive)) return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    const items = value.map((item) => inner + printBlock(item, inner, style));
    return `[${style.eol}${items.join(',' + style.eol)}${close}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const members = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${printBlock(item, inner, style)}`);
    return `{${style.eol}${members.join(',' + style.eol)}${close}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// What both phases share: placeholders and the file's indentation unit.

interface Placeholder {
  marker: string;
  value: unknown;
  /** Printed on one line with this style, or laid out over lines when undefined. */
  inline: InlineStyle | undefined;
  trailingCommas: boolean;
  /** Spliced in by the text phase: gone when the same call removes or replaces its container. */
  spliced: boolean;
}

/** A placeholder for a replaced value, for the value of a member the text phase splices in, or for one the tree phase inserts. */
type PlaceholderKind = 'value' | 'spliced' | 'inserted';

class EditContext {
  readonly placeholders: Placeholder[] = [];
  /** What the text phase leaves to the tree phase. */
  rest: PathOp[] = [];
  private readonly nonce: string;
  private readonly newPrefix: string;
  private indentUnit: string | undefined;
  /** The paths (formatted) of the containers this call adds members to. */
  private readonly growing = new Set<string>();

  constructor(
    /** The original text (without its BOM). */
    private readonly text: string,
    readonly eol: string,
  ) {
    this.nonce = makeNonce(text);
    this.newPrefix = `__tailpolicy_${this.nonce}_new_`;
  }

  /** A string to write in place of `value`; fillPlaceholders() swaps it (quoted) for the printed value. */
  placeholder(value: unknown, what: string, inline: InlineStyle | undefined, trailingCommas: boolean, kind: PlaceholderKind = 'value'): string {
    const marker = `${kind === 'value' ? `__tailpolicy_${this.nonce}_` : this.newPrefix}${this.placeholders.length}__`;
    this.placeholders.push({ marker, value: toJsonValue(value, what), inline, trailingCommas, spliced: kind === 'spliced' });
    return marker;
  }

  removeMarker(index: number): string {
    return `__tailpolicy_${this.nonce}_remove_${index}__`;
  }

  /** Notes that this call adds members to the container at `path`. */
  addsTo(path: JsonPath): void {
    this.growing.add(formatPath(path));
  }

  /** Whether the container at `path` may hold members this call adds (spliced or inserted). */
  grows(path: JsonPath): boolean {
    return this.growing.has(formatPath(path));
  }

  /** Whether `node` is the value (or the element) of a member this call adds. */
  isNew(node: CstNode | undefined): boolean {
    return node?.asString()?.startsWith(this.newPrefix) === true;
  }

  unit(root?: RootNode): string {
    this.indentUnit ??= ((root ?? (parseCst(this.text) as RootNode)).singleIndentText() as string | undefined) ?? (/^\t/m.test(this.text) ? '\t' : '  ');
    return this.indentUnit;
  }

  fillPlaceholders(text: string): string {
    let out = text;
    for (const { marker, value, inline, trailingCommas, spliced } of this.placeholders) {
      const quoted = JSON.stringify(marker);
      const at = out.indexOf(quoted);
      if (at < 0 && spliced) continue; // spliced into a member that the same call removed or replaced
      if (at < 0 || out.indexOf(quoted, at + 1) >= 0) fail('internal error: lost track of an inserted value');
      const lineStart = lineStartOf(out, at);
      const indent = /^[ \t]*/.exec(out.slice(lineStart, at))?.[0] ?? '';
      const unit = isPrimitive(value) ? '' : this.unit();
      const printed = inline ? printInline(value, inline) : printBlock(value, indent, { unit, eol: this.eol, trailingCommas });
      out = out.slice(0, at) + printed + out.slice(at + quoted.length);
    }
    return out;
  }
}

function makeNonce(text: string): string {
  for (;;) {
    const nonce = Math.random().toString(36).slice(2, 10);
    if (!text.includes(nonce)) return nonce;
  }
}

/** The offset where the line holding `offset` starts. */
function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

// ---------------------------------------------------------------------------------------------
// Text phase: renames, and the inserts jsonc-morph would lay out wrong, located with jsonc-parser.

interface Splice {
  start: number;
  end: number;
  text: string;
}

function describeTreeNode(node: TreeNode): string {
  return node.type === 'object' || node.type === 'array' ? `an ${node.type}` : `a ${node.type}`;
}

function resolveTreeValue(root: TreeNode, path: JsonPath, full: JsonPath = path): TreeNode {
  let node = root;
  for (const [index, segment] of path.entries()) {
    const at = formatPath(full.slice(0, index));
    if (typeof segment === 'string') {
      if (node.type !== 'object') fail(`path ${formatPath(full)} does not exist: ${at} is ${describeTreeNode(node)}, not an object`);
      const value = findTreeProperty(node, segment)?.children?.[1];
      if (!value) fail(`path ${formatPath(full)} does not exist: ${at} has no member ${JSON.stringify(segment)}`);
      node = value;
    } else {
      if (node.type !== 'array') fail(`path ${formatPath(full)} does not exist: ${at} is ${describeTreeNode(node)}, not an array`);
      const element = node.children?.[segment];
      if (!element) fail(`path ${formatPath(full)} does not exist: ${at} has no element ${segment}`);
      node = element;
    }
  }
  return node;
}

/** The last property named `key`: the one that takes effect, as the parser and Tailscale see it. */
function findTreeProperty(object: TreeNode, key: string): TreeNode | undefined {
  return object.children?.findLast((property) => property.children?.[0]?.value === key);
}

function isOneLine(text: string): boolean {
  return !text.includes('\n') && !text.includes('\r');
}

/** The op's `index`, checked against the container's `count` members; undefined for "at the end". */
function insertIndex(op: InsertOp, count: number): number | undefined {
  const { index } = op;
  if (index === undefined || index === count) return undefined;
  if (!Number.isInteger(index) || index < 0 || index > count) {
    fail(`${op.op}: index ${index} is not a position in ${formatPath(op.path)}, which has ${count} member${count === 1 ? '' : 's'}`);
  }
  return index;
}

function parseOrFail(text: string): TreeNode {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const firstError = errors[0];
  if (!root || firstError) {
    fail(`the file does not parse${firstError ? ` (${printParseErrorCode(firstError.error)} at offset ${firstError.offset})` : ''}`);
  }
  return root;
}

function applyTextOps(text: string, ops: readonly PathOp[], edit: EditContext): string {
  const root = parseOrFail(text);

  const splices: Splice[] = [];
  const insertsInto = new Map<TreeNode, InsertOp[]>();
  // Inserts to splice, by container and by the index of the member they go before (-1: the end).
  const spliced = new Map<TreeNode, Map<number, InsertOp[]>>();
  for (const op of ops) {
    if (op.op === 'rename-key') {
      const key = op.path.at(-1);
      if (typeof key !== 'string') fail(`rename-key: path ${formatPath(op.path)} does not end with a key`);
      const object = resolveTreeValue(root, op.path.slice(0, -1), op.path);
      if (object.type !== 'object') fail(`rename-key: path ${formatPath(op.path)} is not an object member`);
      const keyNode = findTreeProperty(object, key)?.children?.[0];
      if (!keyNode) fail(`rename-key: path ${formatPath(op.path)} does not exist`);
      splices.push({ start: keyNode.offset, end: keyNode.offset + keyNode.length, text: JSON.stringify(op.newKey) });
    } else if (op.op === 'insert-property' || op.op === 'append') {
      const container = resolveTreeValue(root, op.path);
      const wanted = op.op === 'insert-property' ? 'object' : 'array';
      if (container.type !== wanted) fail(`${op.op}: ${formatPath(op.path)} is ${describeTreeNode(container)}, not an ${wanted}`);
      const list = insertsInto.get(container) ?? [];
      list.push(op);
      insertsInto.set(container, list);
      edit.addsTo(op.path);
      const index = insertIndex(op, container.children?.length ?? 0);
      const oneLine = isOneLine(text.slice(container.offset, container.offset + container.length));
      if (oneLine || (index !== undefined && !morphLaysOut(text, container, index))) {
        const positions = spliced.get(container) ?? new Map<number, InsertOp[]>();
        const atIndex = positions.get(index ?? -1) ?? [];
        atIndex.push(op);
        positions.set(index ?? -1, atIndex);
        spliced.set(container, positions);
      } else {
        edit.rest.push(op);
      }
    } else {
      edit.rest.push(op);
    }
  }
  // Every insert, spliced or left to the tree phase, is checked here against the original members.
  for (const [container, list] of insertsInto) {
    checkNewKeys(list, (key) => findTreeProperty(container, key) !== undefined, ops);
  }
  for (const [container, positions] of spliced) {
    const oneLine = isOneLine(text.slice(container.offset, container.offset + container.length));
    for (const [index, list] of positions) {
      if (oneLine) splices.push(inlineInsertSplice(text, container, index < 0 ? undefined : index, list, edit));
      else splices.push(blockInsertSplice(text, container, index, list, edit));
    }
  }

  // Joined once: re-slicing the whole text per splice is quadratic on large files. An insertion
  // at the offset where a replaced key starts goes before it.
  splices.sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let from = 0;
  for (const splice of splices) {
    if (splice.start < from) fail('two edits overlap');
    pieces.push(text.slice(from, splice.start), splice.text);
    from = splice.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** Refuses to add a key the object already has (unless the same call removes it) or adds twice. */
function checkNewKeys(inserts: readonly InsertOp[], exists: (key: string) => boolean, ops: readonly FixOp[]): void {
  const added = new Set<string>();
  for (const op of inserts) {
    if (op.op !== 'insert-property') continue;
    const removed = ops.some(
      (other) =>
        other.op === 'remove' &&
        other.path.length === op.path.length + 1 &&
        other.path.at(-1) === op.key &&
        op.path.every((segment, index) => other.path[index] === segment),
    );
    if (added.has(op.key) || (exists(op.key) && !removed)) {
      fail(`insert-property: ${formatPath(op.path)} already has a member ${JSON.stringify(op.key)}`);
    }
    added.add(op.key);
  }
}

/** The member text of an insert whose value is the placeholder `marker`. */
function memberText(op: InsertOp, marker: string, colon: string): string {
  const value = JSON.stringify(marker);
  return op.op === 'insert-property' ? JSON.stringify(op.key) + colon + value : value;
}

/** Adds members to a one-line container, keeping it on one line: before member `index`, or at the end. */
function inlineInsertSplice(text: string, container: TreeNode, index: number | undefined, ops: readonly InsertOp[], edit: EditContext): Splice {
  const open = container.offset;
  const close = container.offset + container.length - 1;
  const style = detectInlineStyle(text.slice(open, close + 1));
  const members = ops.map((op) => memberText(op, edit.placeholder(op.value, `${op.op} at ${formatPath(op.path)}`, style, false, 'spliced'), style.colon));

  const items = container.children ?? [];
  if (index !== undefined) {
    const before = items[index]!;
    return { start: before.offset, end: before.offset, text: members.map((member) => member + style.sep).join('') };
  }
  const last = items.at(-1);
  if (!last) {
    const inner = text.slice(open + 1, close);
    if (inner.trim() === '') {
      const pad = inner === '' ? '' : ' ';
      return { start: open + 1, end: close, text: pad + members.join(style.sep) + pad };
    }
    // Only comments inside: the members go before them.
    return { start: open + 1, end: open + 1, text: members.join(style.sep) + (/^\s/.test(inner) ? '' : ' ') };
  }
  const lastEnd = last.offset + last.length;
  const comma = findCommaAfter(text, lastEnd, close);
  if (comma !== undefined) {
    const spacing = style.sep.slice(1);
    return { start: comma + 1, end: comma + 1, text: members.map((member) => `${spacing}${member},`).join('') };
  }
  return { start: lastEnd, end: lastEnd, text: members.map((member) => style.sep + member).join('') };
}

/**
 * Whether jsonc-morph's insert(index) lays the new member out right in an expanded container:
 * when the line it goes below ends right after the opening bracket with no blank line below
 * (index 0), or right after the comma and the comments that follow the member before it.
 */
function morphLaysOut(text: string, container: TreeNode, index: number): boolean {
  const scanner = createScanner(text, false);
  const skipSpace = (): number => {
    const kind = scan(scanner);
    return kind === Token.Space ? scan(scanner) : kind;
  };
  if (index === 0) {
    scanner.setPosition(container.offset + 1);
    return skipSpace() === Token.LineBreak && skipSpace() !== Token.LineBreak;
  }
  const previous = container.children![index - 1]!;
  scanner.setPosition(previous.offset + previous.length);
  if (skipSpace() !== Token.Comma) return false;
  let kind = scan(scanner);
  while (kind === Token.Space || kind === Token.LineComment || (kind === Token.BlockComment && isOneLine(scanner.getTokenValue()))) kind = scan(scanner);
  return kind === Token.LineBreak;
}

/**
 * Adds members before member `index` of an expanded container, on lines of their own: below the
 * line that the opening bracket (index 0) or the member before it ends with its comma and
 * comments, indented like the members. When member `index` starts on that same line, it is
 * moved to a line of its own below them: no placement keeps that line as it was.
 */
function blockInsertSplice(text: string, container: TreeNode, index: number, ops: readonly InsertOp[], edit: EditContext): Splice {
  const items = container.children!;
  const before = items[index]!;
  const previous = items[index - 1];
  const from = previous ? findCommaAfter(text, previous.offset + previous.length, before.offset)! + 1 : container.offset + 1;
  const indent = memberIndent(text, container, before, edit);
  const trailingCommas = findCommaAfter(text, items.at(-1)!.offset + items.at(-1)!.length, container.offset + container.length - 1) !== undefined;
  const lines = ops.map((op) => indent + memberText(op, edit.placeholder(op.value, `${op.op} at ${formatPath(op.path)}`, undefined, trailingCommas, 'spliced'), ': ') + ',');

  const scanner = createScanner(text, false);
  scanner.setPosition(from);
  let spaceStart = from;
  for (let kind = scan(scanner); scanner.getTokenOffset() < before.offset; kind = scan(scanner)) {
    const end = scanner.getTokenOffset() + scanner.getTokenLength();
    if (kind === Token.LineBreak) return { start: end, end, text: lines.map((line) => line + edit.eol).join('') };
    if (kind !== Token.Space) spaceStart = end;
  }
  return { start: spaceStart, end: before.offset, text: edit.eol + lines.join(edit.eol) + edit.eol + indent };
}

/** The indentation of the members of an expanded container: of the first that starts its line, `preferred` first. */
function memberIndent(text: string, container: TreeNode, preferred: TreeNode, edit: EditContext): string {
  for (const member of [preferred, ...(container.children ?? [])]) {
    const lead = text.slice(lineStartOf(text, member.offset), member.offset);
    if (/^[ \t]*$/.test(lead)) return lead;
  }
  return (/^[ \t]*/.exec(text.slice(lineStartOf(text, container.offset)))?.[0] ?? '') + edit.unit();
}

/** The offset of a comma between `from` and `to` with only comments and spaces before it. */
function findCommaAfter(text: string, from: number, to: number): number | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(from);
  for (let kind = scan(scanner); scanner.getTokenOffset() < to; kind = scan(scanner)) {
    if (kind === Token.Comma) return scanner.getTokenOffset();
    if (kind === Token.EOF) return undefined;
    if (kind !== Token.Space && kind !== Token.LineBreak && kind !== Token.LineComment && kind !== Token.BlockComment) {
      return undefined;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Tree phase: everything else, with jsonc-morph.

type Member =
  | { kind: 'root' }
  | { kind: 'property'; node: ObjectProp; value: CstNode; container: JsonObject; containerNode: CstNode }
  | { kind: 'element'; node: CstNode; value: CstNode; container: JsonArray; containerNode: CstNode };

function describeCstNode(node: CstNode): string {
  if (node.asObject()) return 'an object';
  if (node.asArray()) return 'an array';
  if (node.isString()) return 'a string';
  if (node.isNumber()) return 'a number';
  if (node.isBoolean()) return 'a boolean';
  if (node.isNull()) return 'null';
  return 'a value';
}

/** The properties of `object` (at `path`) that the original text has: none that this call adds. */
function originalProperties(object: JsonObject, path: JsonPath, edit: EditContext): ObjectProp[] {
  const properties = object.properties() as ObjectProp[];
  return edit.grows(path) ? properties.filter((property) => !edit.isNew(property.value() as CstNode | undefined)) : properties;
}

/** The elements of `array` (at `path`) that the original text has: none that this call adds (replaced ones count). */
function originalElements(array: JsonArray, path: JsonPath, edit: EditContext): CstNode[] {
  const elements = array.elements() as CstNode[];
  return edit.grows(path) ? elements.filter((element) => !edit.isNew(element)) : elements;
}

function resolveCstValue(root: RootNode, path: JsonPath, edit: EditContext, full: JsonPath = path): CstNode {
  let node: CstNode | undefined = root.value() as CstNode | undefined;
  if (!node) fail('the file has no value');
  for (const [index, segment] of path.entries()) {
    const at = formatPath(full.slice(0, index));
    if (typeof segment === 'string') {
      const object = node.asObject() as JsonObject | undefined;
      if (!object) fail(`path ${formatPath(full)} does not exist: ${at} is ${describeCstNode(node)}, not an object`);
      const property = findCstProperty(object, path.slice(0, index), segment, edit);
      if (!property) fail(`path ${formatPath(full)} does not exist: ${at} has no member ${JSON.stringify(segment)}`);
      node = property.valueOrThrow() as CstNode;
    } else {
      const array = node.asArray() as JsonArray | undefined;
      if (!array) fail(`path ${formatPath(full)} does not exist: ${at} is ${describeCstNode(node)}, not an array`);
      const element = originalElements(array, path.slice(0, index), edit)[segment];
      if (!element) fail(`path ${formatPath(full)} does not exist: ${at} has no element ${segment}`);
      node = element;
    }
  }
  return node;
}

function findCstProperty(object: JsonObject, path: JsonPath, key: string, edit: EditContext): ObjectProp | undefined {
  return originalProperties(object, path, edit).findLast((property) => property.decodedName() === key);
}

function resolveCstMember(root: RootNode, path: JsonPath, edit: EditContext): Member {
  const segment = path.at(-1);
  if (segment === undefined) return { kind: 'root' };
  const value = resolveCstValue(root, path, edit); // throws a precise error when the path is missing
  const parent = resolveCstValue(root, path.slice(0, -1), edit);
  if (typeof segment === 'string') {
    const container = parent.asObject() as JsonObject;
    const node = findCstProperty(container, path.slice(0, -1), segment, edit);
    if (!node) fail(`path ${formatPath(path)} does not exist`);
    return { kind: 'property', node, value, container, containerNode: parent };
  }
  return { kind: 'element', node: value, value, container: parent.asArray() as JsonArray, containerNode: parent };
}

function hasMembers(node: CstNode): boolean {
  const object = node.asObject() as JsonObject | undefined;
  if (object) return object.properties().length > 0;
  const array = node.asArray() as JsonArray | undefined;
  return array !== undefined && array.elements().length > 0;
}

function applyTreeOps(text: string, ops: readonly PathOp[], edit: EditContext): string {
  let root: RootNode;
  try {
    root = parseCst(text) as RootNode;
  } catch (error) {
    fail(`the file does not parse (${(error as Error).message})`);
  }
  const rootValue = root.value() as CstNode | undefined;
  const rootContainer = (rootValue?.asObject() ?? rootValue?.asArray()) as JsonObject | JsonArray | undefined;
  const fileTrailingCommas = rootContainer?.usesTrailingCommas() ?? false;
  edit.unit(root);

  // Resolve every target before changing anything, so that all paths mean the original text.
  const replaces: (() => void)[] = [];
  const inserts: (() => void)[] = [];
  const removes: (() => void)[] = [];
  const emptyMultiline = new Set<JsonObject | JsonArray>();
  const removeMarkers: string[] = [];

  for (const op of ops) {
    switch (op.op) {
      case 'replace-value': {
        const member = resolveCstMember(root, op.path, edit);
        const what = `replace-value at ${formatPath(op.path)}`;
        if (member.kind === 'root') {
          const marker = edit.placeholder(op.value, what, undefined, fileTrailingCommas);
          replaces.push(() => root.setValue(marker));
          break;
        }
        const containerText = member.containerNode.toString();
        const valueText = member.value.toString();
        let inline: InlineStyle | undefined;
        if (isOneLine(containerText)) inline = detectInlineStyle(containerText);
        else if (isOneLine(valueText) && hasMembers(member.value)) inline = detectInlineStyle(valueText);
        const marker = edit.placeholder(op.value, what, inline, member.container.usesTrailingCommas());
        if (member.kind === 'property') {
          const property = member.node;
          replaces.push(() => property.setValue(marker));
        } else {
          const element = member.node;
          replaces.push(() => replaceElement(element, marker));
        }
        break;
      }
      case 'insert-property':
      case 'append': {
        const node = resolveCstValue(root, op.path, edit);
        const container = (op.op === 'insert-property' ? node.asObject() : node.asArray()) as JsonObject | JsonArray | undefined;
        if (!container) {
          fail(`${op.op}: ${formatPath(op.path)} is ${describeCstNode(node)}, not an ${op.op === 'insert-property' ? 'object' : 'array'}`);
        }
        const empty = !hasMembers(node);
        if (empty) emptyMultiline.add(container);
        const trailingCommas = empty ? fileTrailingCommas : container.usesTrailingCommas();
        const marker = edit.placeholder(op.value, `${op.op} at ${formatPath(op.path)}`, undefined, trailingCommas, 'inserted');
        // Before the original member at the index (the text phase checked it), after the members
        // inserted there already; without an index (or at the end, where it finds none), appended.
        // Found when inserting: a replaced element is a new node by then.
        const { index } = op;
        if (op.op === 'insert-property') {
          const object = container as JsonObject;
          inserts.push(() => {
            const before = index === undefined ? undefined : originalProperties(object, op.path, edit)[index];
            if (before) object.insert(before.propertyIndex(), op.key, marker);
            else object.append(op.key, marker);
          });
        } else {
          const array = container as JsonArray;
          inserts.push(() => {
            const before = index === undefined ? undefined : originalElements(array, op.path, edit)[index];
            if (before) array.insert(before.elementIndex() as number, marker);
            else array.append(marker);
          });
        }
        break;
      }
      case 'remove': {
        const member = resolveCstMember(root, op.path, edit);
        if (member.kind === 'root') fail('remove: cannot remove the whole document');
        const marker = edit.removeMarker(removeMarkers.length);
        removeMarkers.push(marker);
        removes.push(() => removeMember(member, marker));
        break;
      }
      case 'rename-key':
        break; // done in the text phase
    }
  }

  for (const run of replaces) run();
  for (const run of inserts) run();
  if (fileTrailingCommas) for (const container of emptyMultiline) container.setTrailingCommas(true);
  for (const run of removes) run();

  let out = root.toString();
  for (const marker of removeMarkers) {
    if (out.includes(JSON.stringify(marker))) out = removeMarkedMember(out, marker);
  }
  return out;
}

function replaceElement(element: CstNode, marker: string): void {
  const typed = (element.asObject() ??
    element.asArray() ??
    element.asStringLit() ??
    element.asNumberLit() ??
    element.asBooleanLit() ??
    element.asNullKeyword() ??
    element.asWordLit()) as { replaceWith(value: unknown): unknown } | undefined;
  if (!typed) fail('replace-value: cannot replace this kind of element');
  typed.replaceWith(marker);
}

// ---------------------------------------------------------------------------------------------
// Removal

type Sibling = CstNode | ObjectProp;

const isSpace = (node: CstNode): boolean => node.isWhitespace() && !node.isNewline();
const isTrivia = (node: CstNode): boolean => node.isWhitespace() || node.isNewline();
const isOpen = (node: CstNode): boolean => node.isToken() && (node.tokenChar() === '{' || node.tokenChar() === '[');
const isClose = (node: CstNode): boolean => node.isToken() && (node.tokenChar() === '}' || node.tokenChar() === ']');

function previous(node: Sibling): CstNode | undefined {
  return node.previousSibling() as CstNode | undefined;
}

function next(node: Sibling): CstNode | undefined {
  return node.nextSibling() as CstNode | undefined;
}

/** Whether the line `node` is on (within its container) holds the container's bracket. */
function lineHas(node: CstNode, step: (node: CstNode) => CstNode | undefined, test: (node: CstNode) => boolean): boolean {
  for (let current: CstNode | undefined = node; current && !current.isNewline(); current = step(current)) {
    if (test(current)) return true;
  }
  return false;
}

/** Spaces and newlines walked from `start` (inclusive) in one direction, and the node that ended them. */
function triviaRun(start: CstNode | undefined, step: (node: CstNode) => CstNode | undefined): { nodes: CstNode[]; stop: CstNode | undefined } {
  const nodes: CstNode[] = [];
  let current = start;
  while (current && isTrivia(current)) {
    nodes.push(current);
    current = step(current);
  }
  return { nodes, stop: current };
}

/**
 * Removes a member or element with what was written for it: the comment-only lines directly
 * above it and its comment on the same line.
 *
 * A member alone on its line goes with jsonc-morph's remove(), which handles the commas (keeping
 * the container's trailing-comma habit) and the member's own line; the comment lines and the
 * blank lines around it are handled here. A member sharing its line with others (a one-line
 * container, or `"a", "b",` in an expanded one) is where jsonc-morph's remove() leaves stray
 * spaces or eats the indentation: its value is swapped for `marker` and it is cut out of the
 * written text by removeMarkedMember().
 */
function removeMember(target: Exclude<Member, { kind: 'root' }>, marker: string): void {
  const member: Sibling = target.node;
  // Is the member alone on its line(s)? Only then are there lines to take with it.
  const before = previous(member);
  const lineBreakAbove = before && isSpace(before) ? previous(before) : before;
  let lineBreakBelow: CstNode | undefined = next(member);
  let alone = lineBreakAbove?.isNewline() === true;
  while (alone && lineBreakBelow && !lineBreakBelow.isNewline()) {
    if (!(lineBreakBelow.isComma() || isSpace(lineBreakBelow) || lineBreakBelow.isComment())) alone = false;
    lineBreakBelow = next(lineBreakBelow);
  }
  if (!alone || !lineBreakAbove || !lineBreakBelow) {
    if (target.kind === 'property') target.node.setValue(marker);
    else replaceElement(target.node, marker);
    return;
  }

  // Comment-only lines directly above (no blank line in between), one comment each, with any
  // spaces written after it on its line.
  const owned: CstNode[] = [];
  let blockStart = lineBreakAbove; // the line break that ends the line above the removed block
  for (;;) {
    const after = previous(blockStart);
    const comment = after && isSpace(after) ? previous(after) : after;
    if (!comment?.isComment()) break;
    const before = previous(comment);
    const lineStart = before && isSpace(before) ? previous(before) : before;
    if (!lineStart?.isNewline()) break;
    owned.unshift(comment);
    if (after !== comment) owned.unshift(after!);
    blockStart = lineStart;
  }

  // Blank lines around the block, and whether it sits right after the opening bracket's line
  // or right before the closing bracket's line.
  const above = triviaRun(blockStart, previous);
  const below = triviaRun(lineBreakBelow, next);
  const anchor = below.stop;
  if (!anchor) fail('internal error: a container without its closing bracket');
  const blankAbove = above.nodes.filter((n) => n.isNewline()).length - 1;
  const blankBelow = below.nodes.filter((n) => n.isNewline()).length - 1;
  const atStart = above.stop !== undefined && lineHas(above.stop, previous, isOpen);
  const atEnd = lineHas(anchor, next, isClose);
  const wanted = atStart && atEnd ? 0 : atEnd ? blankBelow : atStart ? blankAbove : Math.max(blankAbove, blankBelow);

  // jsonc-morph removes a comment alone on its line together with the line (and so does it
  // with the member); spaces after the comment would stop it from seeing that, so they go first.
  for (const node of owned) node.remove();
  member.remove();

  // jsonc-morph leaves the blank lines above and below the removed block both in place.
  const run = triviaRun(previous(anchor), previous).nodes; // from the anchor backwards
  const lineBreaks = run.filter((n) => n.isNewline());
  let excess = lineBreaks.length - 1 - wanted;
  for (let index = 0; index < run.length && excess > 0; index++) {
    const node = run[index]!;
    if (!node.isNewline()) continue;
    const space = run[index + 1];
    node.remove();
    if (space && isSpace(space)) space.remove();
    excess--;
  }

  // A container left with nothing but line breaks in it is written `{}` / `[]`.
  const children = target.container.children() as CstNode[];
  const inner = children.slice(1, -1);
  if (inner.length > 0 && inner.every(isTrivia)) for (const node of inner) node.remove();
}

/** Cuts the member whose value is the string `marker` out of `text`, with its comma. */
function removeMarkedMember(text: string, marker: string): string {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const at = text.indexOf(JSON.stringify(marker));
  const value = root && findNodeAtOffset(root, at + 1);
  const member = value?.parent?.type === 'property' ? value.parent : value;
  const container = member?.parent;
  if (!member || !container?.children) fail('internal error: lost track of a removed member');
  const start = member.offset;
  const end = member.offset + member.length;
  const open = container.offset;
  const close = container.offset + container.length - 1;
  const cut = (from: number, to: number): string => {
    // A container left with only spaces and line breaks in it is written `{}` / `[]`.
    const inner = text.slice(open + 1, from) + text.slice(to, close);
    if (inner.trim() === '') return text.slice(0, open + 1) + text.slice(close);
    return text.slice(0, from) + text.slice(to);
  };

  // What follows on the same line: spaces and comments (which go with the member), then a comma?
  const scanner = createScanner(text, false);
  scanner.setPosition(end);
  let kind = scan(scanner);
  let ownEnd = end;
  while (kind === Token.Space || kind === Token.BlockComment || kind === Token.LineComment) {
    if (kind !== Token.Space) ownEnd = scanner.getTokenOffset() + scanner.getTokenLength();
    kind = scan(scanner);
  }

  if (kind === Token.Comma) {
    const commaEnd = scanner.getTokenOffset() + 1;
    let nextStart = commaEnd;
    kind = scan(scanner);
    if (kind === Token.Space) {
      nextStart = scanner.getTokenOffset() + scanner.getTokenLength();
      kind = scan(scanner);
    }
    const nextOnSameLine = !([
      Token.LineBreak,
      Token.EOF,
      Token.CloseBrace,
      Token.CloseBracket,
      Token.LineComment,
      Token.BlockComment,
    ] as number[]).includes(kind);
    // `"x", "y"` → `"y"`: the member, its comma and the spaces after it.
    if (nextOnSameLine) return cut(start, nextStart);
    // `"a", "b",⏎` → `"a",⏎`: the spaces before the member (not the indentation), the member and its comma.
    let from = start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    if (from === 0 || text[from - 1] === '\n' || text[from - 1] === '\r') from = start;
    return cut(from, commaEnd);
  }

  // The last member, without a trailing comma: the comma before it goes.
  const index = container.children.indexOf(member);
  const previousMember = container.children[index - 1];
  if (previousMember) {
    const comma = findCommaAfter(text, previousMember.offset + previousMember.length, start);
    return cut(comma ?? start, ownEnd);
  }
  // The only member: `[ "x" ]` → `[]`.
  return cut(start, ownEnd);
}
