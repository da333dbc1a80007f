// jsonc-parser error code → one human sentence and the exact range it concerns. The codes are
// a `const enum` upstream (unusable under isolatedModules), so they are numbered here.

import { LineIndex } from './line-index.ts';
import type { SyntaxError } from './parsed-policy.ts';

const enum Code {
  InvalidSymbol = 1,
  InvalidNumberFormat = 2,
  PropertyNameExpected = 3,
  ValueExpected = 4,
  ColonExpected = 5,
  CommaExpected = 6,
  CloseBraceExpected = 7,
  CloseBracketExpected = 8,
  EndOfFileExpected = 9,
  InvalidCommentToken = 10,
  UnexpectedEndOfComment = 11,
  UnexpectedEndOfString = 12,
  UnexpectedEndOfNumber = 13,
  InvalidUnicode = 14,
  InvalidEscapeCharacter = 15,
  InvalidCharacter = 16,
}

export const CLOSE_BRACE_EXPECTED: number = Code.CloseBraceExpected;
export const CLOSE_BRACKET_EXPECTED: number = Code.CloseBracketExpected;

export interface OpenContainer {
  kind: '{' | '[';
  offset: number;
}

const CONTROL_NAMES: Record<number, string> = { 9: 'tab', 10: 'line feed', 13: 'carriage return', 0: 'NUL' };
const ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };

/** Shows one character safely inside a message (control characters as U+XXXX). */
export function showChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfeff || code === 0xfffd) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `"${ch}"`;
}

function previousNonSpace(text: string, offset: number): string {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return c;
  }
  return '';
}

function at(offset: number, length = 1) {
  return { offset, length };
}

function invalidSymbol(text: string, offset: number, length: number): SyntaxError {
  const token = text.slice(offset, offset + length);
  const first = token[0] ?? '';
  const range = at(offset, Math.max(1, length));
  if (first === "'") return { message: 'Strings and keys must use double quotes, not single quotes', range };
  if (first === '#') return { message: 'A "#" comment is not allowed in HuJSON; use // or /* */', range: at(offset) };
  if (/^(NaN|-?Infinity)$/.test(token)) return { message: `"${token}" is not a JSON number; write a finite decimal number`, range };
  if ((first === 'x' || first === 'X') && text[offset - 1] === '0') {
    return { message: 'Hexadecimal numbers are not allowed; write the number in decimal', range: at(offset - 1, length + 1) };
  }
  if (first === '+') return { message: 'A number cannot start with "+"; remove it', range: at(offset) };
  if (first === '.') return { message: 'A number must start with a digit; write "0." before the fraction', range: at(offset) };
  if (first === '-') return { message: 'A "-" must be followed by digits', range: at(offset) };
  if (/^[A-Za-z_$]/.test(first)) {
    const prev = previousNonSpace(text, offset);
    if (prev === '{' || prev === ',') return { message: `Keys must be double-quoted strings; write "${token}"`, range };
    return { message: `Unexpected word "${token}"; strings need double quotes, and the only literals are true, false and null`, range };
  }
  return { message: `Unexpected character ${showChar(first)}`, range: at(offset) };
}

/** Points into a string token at the first raw control character. */
function controlCharacter(text: string, offset: number, length: number): SyntaxError {
  for (let i = offset + 1; i < offset + length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      const name = CONTROL_NAMES[c] ? ` (${CONTROL_NAMES[c]})` : '';
      const fix = ESCAPES[c] ? `write it as "${ESCAPES[c]}"` : `write it as "\\u${c.toString(16).padStart(4, '0')}"`;
      return { message: `A raw control character ${showChar(text[i]!)}${name} is not allowed in a string; ${fix}`, range: at(i) };
    }
  }
  return { message: 'A raw control character is not allowed in a string', range: at(offset, length) };
}

function badEscape(text: string, offset: number, length: number, unicode: boolean): SyntaxError {
  for (let i = offset + 1; i < offset + length; i++) {
    if (text[i] !== '\\') continue;
    const next = text[i + 1] ?? '';
    if (unicode && next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      return { message: 'A "\\u" escape needs exactly four hex digits', range: at(i, 2) };
    }
    if (!unicode && !'"\\/bfnrtu'.includes(next)) {
      return {
        message: `Invalid escape "\\${next}" in a string; the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
        range: at(i, 2),
      };
    }
    i++;
  }
  return { message: 'Invalid escape sequence in a string', range: at(offset, length) };
}

export function describeSyntaxError(
  code: number,
  text: string,
  offset: number,
  length: number,
  open: OpenContainer | undefined,
): SyntaxError {
  const here = text[offset];
  const atEnd = offset >= text.length;
  const closer = open?.kind === '[' ? ']' : '}';
  switch (code) {
    case Code.InvalidSymbol:
      return invalidSymbol(text, offset, length);
    case Code.InvalidNumberFormat:
    case Code.UnexpectedEndOfNumber:
      return { message: `Invalid number "${text.slice(offset, offset + length)}"; digits must follow "." and "e"`, range: at(offset, length) };
    case Code.PropertyNameExpected:
      return { message: `Expected a double-quoted key${here ? `, found ${showChar(here)}` : ''}`, range: at(offset) };
    case Code.ValueExpected:
      if (atEnd && text.trim() === '' ) return { message: 'The file is empty; a policy file is one JSON object, at least {}', range: at(0, 0) };
      if (atEnd && open === undefined) return { message: 'The file holds only comments; a policy file is one JSON object, at least {}', range: at(offset, 0) };
      if (atEnd) return { message: 'Unexpected end of file; a value is missing', range: at(offset, 0) };
      return { message: `Expected a value, found ${showChar(here!)}`, range: at(offset) };
    case Code.ColonExpected:
      return { message: `Expected ":" after the key${here ? `, found ${showChar(here)}` : ''}`, range: at(offset, atEnd ? 0 : 1) };
    case Code.CommaExpected: {
      if (/[0-9]/.test(here ?? '') && /(^|[^0-9.eE])-?0$/.test(text.slice(Math.max(0, offset - 3), offset))) {
        return { message: 'Numbers cannot have leading zeros; remove them', range: at(offset - 1, 2) };
      }
      const found = atEnd ? 'the end of the file' : here === '"' ? 'a string' : showChar(here!);
      return { message: `Expected "," or "${closer}", found ${found}`, range: at(offset, atEnd ? 0 : 1) };
    }
    case Code.CloseBraceExpected:
    case Code.CloseBracketExpected: {
      const start = open && new LineIndex(text).position(open.offset);
      const opener = start ? ` opened at ${start.line}:${start.column}` : '';
      return { message: `Expected "${closer}" to close the ${open?.kind === '[' ? 'array' : 'object'}${opener}`, range: at(offset, atEnd ? 0 : 1) };
    }
    case Code.EndOfFileExpected:
      return { message: `Only one top-level value is allowed; remove the text from ${showChar(here ?? '')} on`, range: at(offset, length) };
    case Code.InvalidCommentToken:
    case Code.UnexpectedEndOfComment:
      return { message: 'The block comment is never closed; add "*/"', range: at(offset, 2) };
    case Code.UnexpectedEndOfString:
      return { message: 'The string is not closed before the end of the line; add the closing quote or write a line break as "\\n"', range: at(offset, length) };
    case Code.InvalidUnicode:
      return badEscape(text, offset, length, true);
    case Code.InvalidEscapeCharacter:
      return badEscape(text, offset, length, false);
    case Code.InvalidCharacter:
      return controlCharacter(text, offset, length);
    default:
      return { message: 'Invalid HuJSON', range: at(offset, length) };
  }
}
