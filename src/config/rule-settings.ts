// Effective severities: each rule's default, then the config file's `rules`, then --rule flags.

import { engineRules } from '../engine/engine-rules.ts';
import type { RuleMeta, Severity } from '../engine/rule.ts';
import { UsageError } from '../errors.ts';
import { didYouMean } from '../policy/did-you-mean.ts';
import { rules } from '../../rules/index.ts';

let metas: Map<string, RuleMeta> | undefined;

/** Every rule that exists, engine rules first, by id. */
export function allRules(): ReadonlyMap<string, RuleMeta> {
  return (metas ??= new Map([...engineRules, ...rules].map((r) => [r.id, r])));
}

export function ruleIds(): ReadonlySet<string> {
  return new Set(allRules().keys());
}

const NAMES: Record<string, Severity> = { off: 'off', warn: 'warn', warning: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

/** Why a rule cannot take this severity, or undefined when it can. */
export function refusedSeverity(id: string, severity: Severity): string | undefined {
  return id === 'syntax' && severity !== 'error' ? 'a file that does not parse cannot be linted, so "syntax" is always an error' : undefined;
}

export function parseSeverity(raw: unknown): Severity | undefined {
  return typeof raw === 'string' || typeof raw === 'number' ? NAMES[String(raw)] : undefined;
}

/** Parses one `--rule id=severity` flag. */
export function parseRuleFlag(flag: string): [string, Severity] {
  const eq = flag.lastIndexOf('=');
  const id = eq < 0 ? flag : flag.slice(0, eq);
  const severity = eq < 0 ? undefined : parseSeverity(flag.slice(eq + 1));
  if (!allRules().has(id)) throw new UsageError(`--rule ${flag}: unknown rule "${id}"${didYouMean(id, allRules().keys())}`);
  if (!severity) throw new UsageError(`--rule ${flag}: expected ${id}=off, ${id}=warn or ${id}=error`);
  const refused = refusedSeverity(id, severity);
  if (refused) throw new UsageError(`--rule ${flag}: ${refused}`);
  return [id, severity];
}

export function resolveSeverities(...layers: (Readonly<Record<string, Severity>> | undefined)[]): Map<string, Severity> {
  const result = new Map<string, Severity>();
  for (const layer of layers) for (const [id, severity] of Object.entries(layer ?? {})) result.set(id, severity);
  return result;
}
