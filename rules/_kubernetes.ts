// Rule group list (see rules/index.ts): the Kubernetes API-server proxy rules, in report order.

import type { Rule } from '../src/engine/rule.ts';
import k8sAdminGroups from './k8s-admin-groups.ts';
import k8sCapabilityFields from './k8s-capability-fields.ts';
import k8sGrantTargets from './k8s-grant-targets.ts';
import k8sProxyReachable from './k8s-proxy-reachable.ts';
import k8sProxyTags from './k8s-proxy-tags.ts';
import k8sServiceApproval from './k8s-service-approval.ts';
import k8sSessionRecording from './k8s-session-recording.ts';

export const kubernetesRules: readonly Rule[] = [
  k8sCapabilityFields,
  k8sProxyTags,
  k8sServiceApproval,
  k8sProxyReachable,
  k8sGrantTargets,
  k8sSessionRecording,
  k8sAdminGroups,
];
