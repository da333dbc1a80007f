// The registry: every rule, in the order their reports are produced. Adding a rule is adding
// its file here (or to one of the group lists below); the docs test and the fixture runner pick
// it up from this list.

import type { Rule } from '../src/engine/rule.ts';
import hujsonCompat from './hujson-compat.ts';
import noDuplicateKeys from './no-duplicate-keys.ts';
import noLegacyAclKeys from './no-legacy-acl-keys.ts';
import schema from './schema.ts';
import canonicalKeyCase from './canonical-key-case.ts';
import { referenceRules } from './_references.ts';
import { selectorRules } from './_selectors.ts';
import { sshAndTestRules } from './_ssh-tests.ts';
import { kubernetesRules } from './_kubernetes.ts';

export const rules: readonly Rule[] = [hujsonCompat, noDuplicateKeys, noLegacyAclKeys, schema, canonicalKeyCase, ...referenceRules, ...selectorRules, ...sshAndTestRules, ...kubernetesRules];
