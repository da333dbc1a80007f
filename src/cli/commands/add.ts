// `tailpolicy add FILE --kubernetes …`: adds what the setups need and FILE lacks (new entries
// only, through the format-preserving editor), and the declarations to the config file found
// above FILE. `--dry-run` prints the unified diff instead of writing.

import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigFinder } from '../../config/find-config.ts';
import { UsageError } from '../../errors.ts';
import { readSource } from '../../files/read-source.ts';
import { writeAtomic } from '../../files/write-atomic.ts';
import { displayPath } from '../../format/terminal-text.ts';
import { addDeclarations, addSetups } from '../../kubernetes/add-setups.ts';
import { parseHujson } from '../../parse/parse-hujson.ts';
import type { Io } from '../main.ts';
import { declarationsFrom, setupFlags } from './kubernetes-flags.ts';

export async function runAdd(file: string, args: Record<string, unknown>, io: Io): Promise<number> {
  const declared = declarationsFrom(setupFlags(args));
  const dryRun = args['dry-run'] === true;
  const path = resolve(io.cwd, file);
  const { decoded, mode } = readSource(path);
  if (!decoded.ok) throw new UsageError(`${file}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
  const text = decoded.text;
  const parsed = parseHujson(text);
  if (parsed.syntaxError) {
    const { line, column } = parsed.lines.position(parsed.syntaxError.range.offset);
    throw new UsageError(`${file}:${line}:${column}: ${parsed.syntaxError.message}; fix the syntax first (tailpolicy ${file})`);
  }

  const result = await addSetups(text, declared.map((d) => d.setup));

  // The config file that applies to FILE, if there is one.
  const config = new ConfigFinder().forDirectory(dirname(path));
  let configChange: { path: string; before: string; after: string; added: number } | undefined;
  if (config) {
    const before = readFileSync(config.path, 'utf8');
    const { output, added } = await addDeclarations(before, declared.map((d) => d.declaration));
    if (added.length > 0) configChange = { path: config.path, before, after: output, added: added.length };
  }

  const setupsText = declared.map((d) => d.flag).join(', ');
  const shown = displayPath(file, io.cwd);
  for (const { requirement, reason } of result.conflicts) {
    io.stderr(`tailpolicy: ${shown}: cannot add ${requirement.what}: ${reason}; change it by hand\n`);
  }
  const changed = result.added.length > 0 || configChange !== undefined;
  if (!changed) {
    const what = result.conflicts.length > 0 ? 'nothing else can be added' : `it already has everything ${setupsText} needs`;
    io.stdout(`${shown}: ${what}; nothing changed\n`);
    return result.conflicts.length > 0 ? 1 : 0;
  }

  if (dryRun) {
    const { unifiedDiff } = await import('../../format/unified-diff.ts');
    if (result.added.length > 0) io.stdout(unifiedDiff(path, text, result.output, io.cwd));
    if (configChange) io.stdout(unifiedDiff(configChange.path, configChange.before, configChange.after, io.cwd));
    return result.conflicts.length > 0 ? 1 : 0;
  }

  if (result.added.length > 0) writeAtomic(path, result.output, mode);
  if (configChange) writeAtomic(configChange.path, configChange.after, statSync(configChange.path).mode);
  for (const r of result.added) io.stdout(`${shown}: added ${r.what}\n`);
  if (result.added.length === 0) io.stdout(`${shown}: it already has everything ${setupsText} needs\n`);
  if (configChange) {
    const n = configChange.added;
    io.stdout(`${displayPath(configChange.path, io.cwd)}: added ${n === 1 ? 'the declaration' : `${n} declarations`} to "kubernetes"\n`);
  }
  return result.conflicts.length > 0 ? 1 : 0;
}
