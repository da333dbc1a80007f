// 0 clean, 1 lint errors or more warnings than --max-warnings. (2 comes from UsageError.)

import { totals, type LintResult } from '../engine/diagnostic.ts';

export function exitCode(results: readonly LintResult[], maxWarnings: number): 0 | 1 {
  const { errors, warnings } = totals(results);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}
