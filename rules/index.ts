// The registry: every rule, in the order their reports are produced. Adding a rule is adding
// its file here; the docs test and the fixture runner pick it up from this list.

import type { Rule } from '../src/engine/rule.ts';
import hujsonCompat from './hujson-compat.ts';
import noDuplicateKeys from './no-duplicate-keys.ts';
import noLegacyAclKeys from './no-legacy-acl-keys.ts';

export const rules: readonly Rule[] = [hujsonCompat, noDuplicateKeys, noLegacyAclKeys];
