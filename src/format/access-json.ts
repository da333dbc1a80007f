// The access report as JSON: the AccessReport / AccessDiff data of src/kubernetes/access-report.ts,
// as is (documented in docs/kubernetes.md). Stable: keys in a fixed order, rows in file order.

import type { AccessDiff, AccessReport } from '../kubernetes/access-report.ts';

export function formatAccessJson(report: AccessReport | AccessDiff): string {
  return JSON.stringify(report, null, 2) + '\n';
}
