// Words shared by the access report's renderers (table, markdown, mermaid): how a setup, a
// row's ports, groups and recording read. Cells come back as plain text; each renderer escapes.

import type { AccessRow, SetupAccess } from '../kubernetes/access-report.ts';

export const PROXY_TITLES = {
  cks: 'CoreWeave CKS managed proxy',
  operator: "operator's API server proxy",
  proxygroup: 'ProxyGroup API server proxy',
} as const;

const AUTH_TITLES = { 'tailscale-managed': 'Tailscale Managed Auth', 'coreweave-managed': 'CoreWeave Managed Auth', direct: 'Direct Auth' } as const;

export const CREDENTIALS = "identity from the client's own credentials";

export function portsText(ports: readonly number[]): string {
  return ports.length > 0 ? ports.map((p) => `tcp:${p}`).join(', ') : 'none';
}

/** `Tailscale Managed Auth (tcp:443)`, `auth mode (tcp:80, tcp:443)`. */
export function modeText(setup: SetupAccess): string {
  if (setup.proxy === 'cks') {
    const ports = [443, 9443, 6443];
    return setup.auth.map((a) => `${AUTH_TITLES[a]} (tcp:${ports[['tailscale-managed', 'coreweave-managed', 'direct'].indexOf(a)]})`).join(', ');
  }
  return `${setup.mode} mode (${portsText(setup.ports)})`;
}

export function declaredText(setup: SetupAccess): string {
  return setup.inferred ? `assumed from the policy; declare it with --kubernetes ${setup.proxy} or under "kubernetes" in .tailpolicy.json` : `declared in ${setup.declaredIn}`;
}

export function hasTailscaleIdentity(setup: SetupAccess): boolean {
  return Object.values(setup.identity).includes('tailscale');
}

/** The groups a row gets, as one list of parts (each group, or a note). */
export function groupParts(setup: SetupAccess, row: AccessRow): { text: string; admin?: boolean; note?: boolean }[] {
  if (!hasTailscaleIdentity(setup)) return [{ text: CREDENTIALS, note: true }];
  const parts: { text: string; admin?: boolean; note?: boolean }[] = row.groups.map((g) => (setup.adminGroups.includes(g) ? { text: g, admin: true } : { text: g }));
  if (parts.length === 0) parts.push({ text: 'none (identity only)', note: true });
  if (row.credentialPorts.length > 0) parts.push({ text: `own credentials on ${portsText(row.credentialPorts)}`, note: true });
  return parts;
}

export function recordingText(row: AccessRow): string {
  return row.recording === 'off' ? 'off' : `${row.recording} (${row.recorders.join(', ')})`;
}

export function membersText(row: AccessRow): string {
  if (row.members === null) return '';
  return row.members.length > 0 ? row.members.join(', ') : '(no members)';
}

export const NO_SETUPS =
  'No Kubernetes proxy setup is declared or found in the policy; declare one with --kubernetes cks|operator|proxygroup or under "kubernetes" in .tailpolicy.json';
