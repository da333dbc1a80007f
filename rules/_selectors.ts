// Rule group list (see rules/index.ts): the rules of this group, in report order.

import type { Rule } from '../src/engine/rule.ts';

export const selectorRules: readonly Rule[] = [];
