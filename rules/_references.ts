// Rule group list (see rules/index.ts): the rules of this group, in report order.

import type { Rule } from '../src/engine/rule.ts';
import noUndefinedGroups from './no-undefined-groups.ts';
import noUndefinedHosts from './no-undefined-hosts.ts';
import noUndefinedIpsets from './no-undefined-ipsets.ts';
import noUndefinedPostures from './no-undefined-postures.ts';
import noUndefinedTags from './no-undefined-tags.ts';
import noUnusedDefinitions from './no-unused-definitions.ts';
import validGroups from './valid-groups.ts';
import validHosts from './valid-hosts.ts';
import validIpPools from './valid-ip-pools.ts';
import validIpsets from './valid-ipsets.ts';
import validPostures from './valid-postures.ts';
import validServiceNames from './valid-service-names.ts';

export const referenceRules: readonly Rule[] = [
  noUndefinedTags,
  noUndefinedGroups,
  noUndefinedHosts,
  noUndefinedPostures,
  noUndefinedIpsets,
  validGroups,
  validHosts,
  validIpPools,
  validPostures,
  validIpsets,
  validServiceNames,
  noUnusedDefinitions,
];
