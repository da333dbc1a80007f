// What every formatter may know besides the results: where it runs and what each rule is.

import type { RuleMeta } from '../engine/rule.ts';

export interface FormatContext {
  /** Paths in the output are made relative to this folder where the format wants that. */
  cwd: string;
  /** Metadata of every rule that exists (engine rules included), by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  color: boolean;
}

export const REPOSITORY_URL = 'https://github.com/tailpolicy/tailpolicy';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
