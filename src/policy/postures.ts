// Device posture conditions (spec §1.9): `<attribute> <operator> <value>`, or a bare attribute
// that must be true (`node:tsAutoUpdate`). Attributes are `namespace:name` (`node:os`,
// `custom:tier`, `intune:complianceState`); values are quoted strings, numbers or booleans, and
// `IN` / `NOT IN` take a bracketed list of them.

import type { Parsed } from './ports.ts';

export interface PostureCondition {
  attribute: string;
  operator: string | undefined;
  value: string | undefined;
}

/** The `node:` attributes Tailscale itself provides. */
export const NODE_ATTRIBUTES = ['node:os', 'node:osVersion', 'node:tsReleaseTrack', 'node:tsVersion', 'node:tsAutoUpdate', 'node:tsStateEncrypted'];

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+/;
const OPERATOR = /^(==|!=|<=|>=|<|>|not\s+in(?![A-Za-z0-9_])|in(?![A-Za-z0-9_]))/i;
const SCALAR = /^('[^']*'|"[^"]*"|-?\d+(\.\d+)*|true|false)$/;
const OPERATORS = '==, !=, <, <=, >, >=, IN or NOT IN';

const bad = (problem: string): Parsed<never> => ({ ok: false, problem });

// The common well-formed condition in one expression, for the attribute only (no match object
// for the rest): parsePostureCondition accepts every text this accepts, with the same attribute
// (a differential test checks it). Quoted list items hold no comma (the parser splits on it), the
// attribute may not end where the parser's longer match would go on, and only IN / NOT IN ignore case.
const Q = `(?:'[^',]*'|"[^",]*"|-?\\d+(?:\\.\\d+)*|true|false)`;
const WELL_FORMED = new RegExp(
  `^\\s*([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+)(?![A-Za-z0-9_.-])` +
    `(?:\\s*(?:(?:==|!=|<=|>=|<|>)\\s*${Q}|(?:[Nn][Oo][Tt]\\s+)?[Ii][Nn]\\s*\\[\\s*(?:${Q}(?:\\s*,\\s*${Q})*)?\\s*\\]))?\\s*$`,
);

/** The attribute of a well-formed condition, cheaply, or undefined: then parsePostureCondition says what is wrong (or that it is fine). */
export function wellFormedAttribute(text: string): string | undefined {
  return WELL_FORMED.exec(text)?.[1];
}

export function parsePostureCondition(text: string): Parsed<PostureCondition> {
  const trimmed = text.trim();
  if (trimmed === '') return bad('the condition is empty');
  const attribute = ATTRIBUTE.exec(trimmed)?.[0];
  if (attribute === undefined) return bad('it does not start with an attribute such as "node:os"');
  const rest = trimmed.slice(attribute.length).trim();
  if (rest === '') return { ok: true, value: { attribute, operator: undefined, value: undefined } };
  const operator = OPERATOR.exec(rest)?.[0];
  if (operator === undefined) return bad(`${JSON.stringify(rest.split(/\s/)[0])} is not an operator; use ${OPERATORS}`);
  const value = rest.slice(operator.length).trim();
  if (value === '') return bad(`there is no value after ${JSON.stringify(operator)}`);
  const list = /^\[(.*)\]$/s.exec(value);
  if (/in$/i.test(operator)) {
    if (!list) return bad(`${JSON.stringify(operator)} takes a list such as ['macos', 'linux']`);
    const items = list[1]!.trim() === '' ? [] : list[1]!.split(',').map((item) => item.trim());
    const wrong = items.find((item) => !SCALAR.test(item));
    if (wrong !== undefined) return bad(`the list item ${JSON.stringify(wrong)} is not a quoted string or a number`);
  } else if (list) {
    return bad(`a list needs IN or NOT IN, not ${JSON.stringify(operator)}`);
  } else if (!SCALAR.test(value)) {
    return bad(`the value ${JSON.stringify(value)} is not a quoted string, a number or a boolean; quote it, as in 'macos'`);
  }
  return { ok: true, value: { attribute, operator, value } };
}
