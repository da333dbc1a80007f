// CLI arguments → policy file paths. Plain file paths pass straight through (the pre-commit
// case); only folders and globs load fast-glob.

import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.ts';
import { ioMessage } from './read-source.ts';

export const DEFAULT_PATTERNS = ['**/*.hujson', '**/policy.json'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FindOptions {
  cwd: string;
  ignorePatterns?: readonly string[];
}

function isGlob(pattern: string): boolean {
  return /[*?[\]{}!]/.test(pattern);
}

export async function findPolicyFiles(patterns: readonly string[], options: FindOptions): Promise<string[]> {
  const found = new Set<string>();
  // Every glob runs from the working folder, so ignore patterns mean the same for all arguments.
  const globs: { pattern: string; arg: string; folder?: string }[] = [];
  const defaulted = patterns.length === 0;
  for (const arg of defaulted ? DEFAULT_PATTERNS : patterns) {
    const path = resolve(options.cwd, arg);
    let isDirectory = false;
    try {
      const stat = statSync(path);
      if (stat.isFile()) {
        found.add(path);
        continue;
      }
      isDirectory = stat.isDirectory();
    } catch (error) {
      if (!isGlob(arg) && !defaulted) throw new UsageError(ioMessage(arg, error));
    }
    if (isDirectory) for (const glob of DEFAULT_PATTERNS) globs.push({ pattern: glob, arg, folder: relative(options.cwd, path) });
    else globs.push({ pattern: arg, arg });
  }
  if (globs.length > 0) {
    const { default: fg } = await import('fast-glob');
    const ignore = [...ALWAYS_IGNORED, ...(options.ignorePatterns ?? [])];
    const perArg = new Map<string, number>();
    for (const glob of globs) {
      const pattern = glob.folder ? `${fg.escapePath(glob.folder.split(sep).join('/'))}/${glob.pattern}` : glob.pattern;
      const matches = await fg(pattern, { cwd: options.cwd, absolute: true, onlyFiles: true, ignore, followSymbolicLinks: false });
      for (const match of matches) found.add(resolve(match));
      perArg.set(glob.arg, (perArg.get(glob.arg) ?? 0) + matches.length);
    }
    for (const [arg, count] of perArg) {
      if (count === 0 && !defaulted) throw new UsageError(`${arg}: no policy files found (looked for ${DEFAULT_PATTERNS.join(' and ')})`);
    }
  }
  if (found.size === 0) throw new UsageError(`no policy files found in ${options.cwd} (looked for ${DEFAULT_PATTERNS.join(' and ')})`);
  return [...found].sort();
}
