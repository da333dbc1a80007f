// `tailpolicy add`: what the setups need and the policy lacks, added with the format-preserving
// editor (new entries only: existing members are never rewritten), and the declarations added to
// a config file's `kubernetes` array unless an equal one is there. Pure text in, text out.
//
// The new entries add lines and change none: a container laid out over lines whose last member
// has no trailing comma gets them first (appended, they would give that member's line a comma);
// one with trailing commas, or empty, gets them last. The one exception is a container written on
// one line (`"autoApprovers": {"routes": {…}}`): its line is the only place a member can go.
// Declarations always go last in a config's `kubernetes` array: unnamed ones are named by their
// position there.

import type { FixOp } from '../engine/rule.ts';
import { applyFixOps, containerLayouts } from '../fix/edit-policy.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import { isObject, type JsonObject } from '../policy/members.ts';
import { missingOps, policyModelOf, requirementsForAll, type Requirement } from './requirements.ts';
import { toSetup, type Setup } from './setups.ts';

export interface AddResult {
  /** The new text; equal to the input when nothing was missing. */
  output: string;
  added: Requirement[];
  present: Requirement[];
  /** Missing entries that an existing entry stands in the way of: for a person to change. */
  conflicts: { requirement: Requirement; reason: string }[];
}

/** Adds to `text` (a policy that parses) what `setups` need. */
export async function addSetups(text: string, setups: readonly Setup[]): Promise<AddResult> {
  const parsed = parseHujson(text);
  if (parsed.syntaxError) throw new Error(`the policy does not parse: ${parsed.syntaxError.message}`);
  const model = policyModelOf(parsed.value);
  const requirements = requirementsForAll(setups, model);
  const present: Requirement[] = [];
  const added: Requirement[] = [];
  const conflicts: AddResult['conflicts'] = [];
  for (const r of requirements) {
    if (r.check(model)) present.push(r);
    else {
      const reason = r.conflict(model);
      if (reason === undefined) added.push(r);
      else conflicts.push({ requirement: r, reason });
    }
  }
  if (added.length === 0) return { output: text, added, present, conflicts };

  const output = await applyFixOps(text, placeNewEntries(text, missingOps(requirements, model)));
  // The edit must give a policy that parses and has what was added: anything else is a bug.
  const after = parseHujson(output);
  if (after.syntaxError) throw new Error(`internal error: the edited policy does not parse (${after.syntaxError.message})`);
  const afterModel = policyModelOf(after.value);
  const still = added.filter((r) => !r.check(afterModel));
  if (still.length > 0) throw new Error(`internal error: still missing after the edit: ${still.map((r) => r.what).join('; ')}`);
  return { output, added, present, conflicts };
}

/**
 * The inserts of `ops` placed so that no line of `text` changes (see the top of the file): first
 * in an expanded container whose last member has no trailing comma, at the end elsewhere.
 */
export function placeNewEntries(text: string, ops: readonly FixOp[]): FixOp[] {
  const inserts = ops.filter((op) => op.op === 'insert-property' || op.op === 'append');
  const layouts = containerLayouts(text, inserts.map((op) => op.path));
  return ops.map((op) => {
    if (op.op !== 'insert-property' && op.op !== 'append') return op;
    const layout = layouts[inserts.indexOf(op)]!;
    return !layout.oneLine && layout.members > 0 && !layout.trailingComma ? { ...op, index: 0 } : op;
  });
}

/** What makes two declarations the same setup (the name aside). */
function setupKey(setup: Setup): string {
  const sorted = (list: readonly string[] | undefined) => (list ? [...list].sort() : null);
  return JSON.stringify([
    setup.proxy,
    sorted(setup.auth),
    setup.mode,
    setup.proxyTag,
    setup.operatorTag ?? null,
    sorted(setup.users),
    sorted(setup.admins),
    sorted(setup.adminGroups),
    setup.recorder ?? null,
    setup.service ?? null,
  ]);
}

export interface ConfigAddResult {
  output: string;
  added: JsonObject[];
}

/**
 * Adds `declarations` to the `kubernetes` array of a config file's text (created when missing),
 * skipping any equal to one already there. The config must already have loaded cleanly.
 */
export async function addDeclarations(configText: string, declarations: readonly JsonObject[]): Promise<ConfigAddResult> {
  const parsed = parseHujson(configText);
  if (parsed.syntaxError || !isObject(parsed.value)) throw new Error('the config file does not parse');
  const root = parsed.value;
  const existing = Array.isArray(root.kubernetes) ? root.kubernetes.filter(isObject) : [];
  const keys = new Set(existing.map((d) => setupKey(toSetup(d, 'config'))));
  const added: JsonObject[] = [];
  for (const declaration of declarations) {
    const key = setupKey(toSetup(declaration, 'new'));
    if (keys.has(key)) continue;
    keys.add(key);
    added.push(declaration);
  }
  if (added.length === 0) return { output: configText, added };
  const ops = Array.isArray(root.kubernetes)
    ? added.map((value) => ({ op: 'append' as const, path: ['kubernetes'], value }))
    : [{ op: 'insert-property' as const, path: [], key: 'kubernetes', value: added }];
  return { output: await applyFixOps(configText, ops), added };
}
