// Rules the engine itself reports (they need the parser or the other diagnostics, not the
// policy value). They have ids, severities and doc pages like every rule in rules/.

import type { RuleMeta } from './rule.ts';

export const SYNTAX: RuleMeta = {
  id: 'syntax',
  description: 'The file must be valid HuJSON holding one JSON object, as Tailscale parses it',
  severity: 'error',
  fixable: false,
};

export const UNUSED_SUPPRESSION: RuleMeta = {
  id: 'no-unused-suppressions',
  description: 'Every tailpolicy-disable comment must suppress a problem',
  severity: 'warn',
  fixable: false,
};

export const engineRules: readonly RuleMeta[] = [SYNTAX, UNUSED_SUPPRESSION];
