// Inline suppressions, as ESLint's disable comments:
//   // tailpolicy-disable-next-line rule-a, rule-b
//   // tailpolicy-disable-line
//   /* tailpolicy-disable rule */ … /* tailpolicy-enable rule */
// A directive (or a rule named in it) that suppresses nothing is itself reported.

import type { Comment, ParsedPolicy } from '../parse/parsed-policy.ts';
import type { Diagnostic, SeverityLevel } from './diagnostic.ts';
import { UNUSED_SUPPRESSION } from './engine-rules.ts';
import { rangeToPosition, sortDiagnostics } from './run-rules.ts';

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

interface Directive {
  kind: Kind;
  comment: Comment;
  /** Named rules; empty means every rule. */
  rules: string[];
  used: Set<string>;
  /** First and last line (1-based) the directive covers, for line directives. */
  line: number;
}

const PATTERN = /^\s*tailpolicy-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*?))?\s*(?:--[^]*)?$/;

function parseDirective(comment: Comment, policy: ParsedPolicy): Directive | undefined {
  const body = comment.text.startsWith('//') ? comment.text.slice(2) : comment.text.slice(2, -2);
  const match = PATTERN.exec(body);
  if (!match) return undefined;
  const kind = match[1] as Kind;
  const rules = (match[2] ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const start = policy.lines.position(comment.offset).line;
  const end = policy.lines.position(comment.offset + comment.length).line;
  return { kind, comment, rules, used: new Set(), line: kind === 'disable-next-line' ? end + 1 : start };
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** Removes suppressed diagnostics and adds one warning per unused directive or rule name. */
export function applySuppressions(policy: ParsedPolicy, diagnostics: Diagnostic[], unusedSeverity: SeverityLevel | 0): Diagnostic[] {
  // Most files have no directive at all: one search of the text instead of one per comment.
  if (!policy.text.includes('tailpolicy-')) return diagnostics;
  const directives: Directive[] = [];
  for (const comment of policy.comments) {
    if (!comment.text.includes('tailpolicy-')) continue;
    const directive = parseDirective(comment, policy);
    if (directive) directives.push(directive);
  }
  if (directives.length === 0) return diagnostics;

  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const kept = diagnostics.filter((diagnostic) => {
    const suppressor = findSuppressor(directives, blocks, diagnostic, policy);
    if (!suppressor) return true;
    suppressor.used.add(diagnostic.ruleId);
    return false;
  });

  if (unusedSeverity === 0) return kept;
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const where = rangeToPosition(policy, d.comment);
    const unused = d.rules.length === 0 ? (d.used.size === 0 ? [''] : []) : d.rules.filter((r) => !d.used.has(r));
    for (const rule of unused) {
      const name = `"tailpolicy-${d.kind}"`;
      const message = rule
        ? `${name} suppresses "${rule}", but no such problem is reported here; remove "${rule}" from it`
        : `${name} suppresses nothing here; remove it`;
      kept.push({ ruleId: UNUSED_SUPPRESSION.id, severity: unusedSeverity, message, ...where });
    }
  }
  return sortDiagnostics(kept);
}

function findSuppressor(directives: Directive[], blocks: Directive[], diagnostic: Diagnostic, policy: ParsedPolicy): Directive | undefined {
  for (const d of directives) {
    if ((d.kind === 'disable-line' || d.kind === 'disable-next-line') && d.line === diagnostic.line && covers(d, diagnostic.ruleId)) return d;
  }
  // The last disable/enable before the diagnostic that mentions its rule decides.
  let active: Directive | undefined;
  for (const d of blocks) {
    const at = policy.lines.position(d.comment.offset);
    if (at.line > diagnostic.line || (at.line === diagnostic.line && at.column > diagnostic.column)) break;
    if (!covers(d, diagnostic.ruleId)) continue;
    active = d.kind === 'disable' ? d : undefined;
  }
  return active;
}
