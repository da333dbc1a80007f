// Rule group list (see rules/index.ts): the rules of this group, in report order.

import type { Rule } from '../src/engine/rule.ts';
import noDuplicateRules from './no-duplicate-rules.ts';
import noEmptyRuleSections from './no-empty-rule-sections.ts';
import noEmptySelectors from './no-empty-selectors.ts';
import noFailingSshTests from './no-failing-ssh-tests.ts';
import noTestFragments from './no-test-fragments.ts';
import validSshRules from './valid-ssh-rules.ts';
import validSshSelectors from './valid-ssh-selectors.ts';
import validSshTests from './valid-ssh-tests.ts';
import validTests from './valid-tests.ts';
import validUserDomains from './valid-user-domains.ts';

export const sshAndTestRules: readonly Rule[] = [
  validSshRules,
  validSshSelectors,
  validUserDomains,
  validTests,
  validSshTests,
  noFailingSshTests,
  noEmptyRuleSections,
  noEmptySelectors,
  noDuplicateRules,
  noTestFragments,
];
