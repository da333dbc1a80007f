// ESLint's fix loop at the JSON level: lint, pick the fixes that do not touch the same member,
// apply them, check the result, repeat (at most 10 passes). Text that does not re-parse, or that
// lost a comment outside the removed members, is never returned.

import type { Diagnostic } from '../engine/diagnostic.ts';
import type { Fix, FixOp, JsonPath } from '../engine/rule.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { lostComments } from './comment-guard.ts';

export const MAX_PASSES = 10;

/** `fix` applies rules' fixes; `suggestion` also applies each problem's first suggestion. */
export type FixKind = 'fix' | 'suggestion';

export interface FixOutcome {
  /** The fixed text, or the input when nothing applied or a pass failed. */
  output: string;
  changed: boolean;
  passes: number;
  /** Set when a pass produced text that was unsafe to keep; nothing was applied then. */
  failure?: string;
  /** The diagnostics of `output`, when the loop already linted it. */
  diagnostics?: Diagnostic[];
}

export type Linter = (policy: ParsedPolicy) => Diagnostic[];

export function chosenFix(diagnostic: Diagnostic, kinds: ReadonlySet<FixKind>): Fix | undefined {
  if (kinds.has('fix') && diagnostic.fix) return diagnostic.fix;
  if (kinds.has('suggestion')) return diagnostic.suggestions?.[0];
  return undefined;
}

const SEP = '\u0000';
/** The member a fix op changes; ops whose members nest in each other wait for the next pass. */
function touched(op: FixOp): string {
  switch (op.op) {
    case 'insert-property':
      return key([...op.path, op.key]);
    case 'append':
      return key([...op.path, `${SEP}end`]);
    case 'remove-bom':
    case 'add-final-newline':
      return `${SEP}${op.op}`;
    default:
      return key(op.path);
  }
}

function key(path: JsonPath): string {
  return path.map((s) => (typeof s === 'number' ? `#${s}` : `.${s}`)).join(SEP) + SEP;
}

function overlaps(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The ops of the fixes that can go together in one pass, in diagnostic order. */
export function selectOps(diagnostics: readonly Diagnostic[], kinds: ReadonlySet<FixKind>): FixOp[] {
  const taken: string[] = [];
  const ops: FixOp[] = [];
  for (const diagnostic of diagnostics) {
    const fix = chosenFix(diagnostic, kinds);
    if (!fix) continue;
    const keys = fix.ops.map(touched);
    if (keys.some((k) => taken.some((t) => overlaps(k, t)))) continue;
    taken.push(...keys);
    ops.push(...fix.ops);
  }
  return ops;
}

export async function fixText(fileText: string, lint: Linter, kinds: ReadonlySet<FixKind>): Promise<FixOutcome> {
  const { applyFixOps } = await import('./edit-policy.ts');
  let text = fileText;
  let previous: string | undefined;
  let passes = 0;
  let policy = parseHujson(text);
  while (passes < MAX_PASSES) {
    const diagnostics = lint(policy);
    const ops = selectOps(diagnostics, kinds);
    if (ops.length === 0) return { output: text, changed: text !== fileText, passes, diagnostics };
    passes++;
    let next: string;
    try {
      next = await applyFixOps(text, ops);
    } catch (error) {
      return { output: fileText, changed: false, passes, failure: `a fix could not be applied (${(error as Error).message})` };
    }
    const reparsed = parseHujson(next);
    if (reparsed.syntaxError) {
      return { output: fileText, changed: false, passes, failure: `the fixes would make the file unparseable (${reparsed.syntaxError.message})` };
    }
    const lost = lostComments(policy, reparsed, ops);
    if (lost) return { output: fileText, changed: false, passes, failure: `the fixes would delete the comment ${JSON.stringify(lost)}` };
    // Two fixes undoing each other: stop rather than loop.
    if (next === text || next === previous) break;
    previous = text;
    text = next;
    policy = reparsed;
  }
  return { output: text, changed: text !== fileText, passes };
}
