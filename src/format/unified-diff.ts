// --fix-dry-run's output: a unified diff per changed file, paths relative to the working folder.

import { createTwoFilesPatch } from 'diff';
import { displayPath } from './terminal-text.ts';

export function unifiedDiff(filePath: string, before: string, after: string, cwd: string): string {
  const name = displayPath(filePath, cwd);
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
}
