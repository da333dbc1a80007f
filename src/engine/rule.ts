// The contract between the engine and the rules in rules/. Rules speak JSON paths and
// JSON-level fix operations; only the engine turns them into offsets and text.

import type { ParsedPolicy, SourceRange } from '../parse/parsed-policy.ts';

export type JsonPath = readonly (string | number)[];
export type Severity = 'off' | 'warn' | 'error';

/** A JSON-level edit. Rules never build text offsets; the fixer turns these into text. */
export type FixOp =
  /**
   * Add `key: value` to the object at `path`: as its last member, or at `index` when given.
   *
   * `index` counts the members as written (0 = first): the new member goes right before the one
   * at that index, on lines of its own when the object is laid out over lines (so no existing line
   * changes: the member it goes before keeps its comments above it, and the new member always has
   * a comma after it). Several inserts with one index keep their order. `index` equal to the
   * number of members is the same as no index; a larger one is an error.
   */
  | { op: 'insert-property'; path: JsonPath; key: string; value: unknown; index?: number }
  /** Add `value` to the array at `path`: as its last element, or at `index` (as for `insert-property`). */
  | { op: 'append'; path: JsonPath; value: unknown; index?: number }
  /** Replace the value at `path` (a member or an element) with `value`. */
  | { op: 'replace-value'; path: JsonPath; value: unknown }
  /** Remove the member or element at `path`, with its own comments. */
  | { op: 'remove'; path: JsonPath }
  /** Rename the member at `path` (its last segment is the current key) to `newKey`, keeping its value's text. */
  | { op: 'rename-key'; path: JsonPath; newKey: string }
  /** File-level HuJSON repairs that have no JSON path. */
  | { op: 'remove-bom' }
  | { op: 'add-final-newline' };

export interface Fix {
  /** Shown in --fix-dry-run and editors; for suggestions it is the choice's label. */
  description?: string;
  ops: readonly FixOp[];
}

export interface Suggestion extends Fix {
  description: string;
}

/** Where a report points: a JSON path (value or key), or a range the parser handed out. */
export type ReportTarget =
  | { path: JsonPath; on?: 'value' | 'key' }
  | { range: SourceRange };

export type Report = ReportTarget & {
  /** One sentence; `{related}` in it is replaced by the line:column of `related`. */
  message: string;
  /** This report's severity when the user configured none for the rule (an inferred
   * Kubernetes setup reports warnings, say); a configured severity always wins. */
  severity?: Exclude<Severity, 'off'>;
  /** Another place the message points at (the first definition of a duplicate, say). */
  related?: JsonPath | { range: SourceRange };
  fix?: Fix;
  suggestions?: readonly Suggestion[];
};

export interface RuleContext {
  readonly policy: ParsedPolicy;
  /** The root object of the policy (the parser guarantees an object). */
  readonly root: Record<string, unknown>;
  /** Settings from the config file that rules may read (for example `tailnet`). */
  readonly settings: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export interface RuleMeta {
  /** Stable kebab-case id; also the name of the rule's file and doc page. */
  id: string;
  /** One line, shown in docs, SARIF and --help. */
  description: string;
  severity: Exclude<Severity, 'off'>;
  /** True when reports may carry a `fix` applied by --fix. */
  fixable: boolean;
  /** True when reports may carry `suggestions` (applied only with --fix-type suggestion). */
  hasSuggestions?: boolean;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
