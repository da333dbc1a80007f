// Rule group list (see rules/index.ts): the rules of this group, in report order.

import type { Rule } from '../src/engine/rule.ts';
import autogroupPlacement from './autogroup-placement.ts';
import grantNeedsIpOrApp from './grant-needs-ip-or-app.ts';
import noAllAddressesDst from './no-all-addresses-dst.ts';
import validAclDestinations from './valid-acl-destinations.ts';
import validAutogroups from './valid-autogroups.ts';
import validCapabilityNames from './valid-capability-names.ts';
import validGrantIp from './valid-grant-ip.ts';
import validProtocols from './valid-protocols.ts';
import validVia from './valid-via.ts';

export const selectorRules: readonly Rule[] = [
  validAclDestinations,
  validProtocols,
  validGrantIp,
  grantNeedsIpOrApp,
  validCapabilityNames,
  noAllAddressesDst,
  validVia,
  validAutogroups,
  autogroupPlacement,
];
