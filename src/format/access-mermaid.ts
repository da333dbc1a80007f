// The access report as a Mermaid flowchart: sources → proxy (edges labelled with ports) →
// Kubernetes groups (edges labelled with who gets them). Admin groups are drawn in red.
// Labels are quoted, with Mermaid's entity codes for the characters that would end or change them.

import type { AccessReport } from '../kubernetes/access-report.ts';
import { CREDENTIALS, hasTailscaleIdentity, portsText, PROXY_TITLES } from './access-common.ts';

/** A label for `["…"]` or `|"…"|`. */
export function mermaidLabel(text: string): string {
  const escaped = text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;');
  return `"${escaped}"`;
}

export function formatAccessMermaid(report: AccessReport): string {
  const lines = ['flowchart LR'];
  const sourceIds = new Map<string, string>();
  const admins: string[] = [];
  report.setups.forEach((setup, s) => {
    const proxy = `p${s}`;
    lines.push(`  ${proxy}{{${mermaidLabel(`${setup.name}: ${PROXY_TITLES[setup.proxy]} ${setup.proxyTag}`)}}}`);
    const groups = new Map<string, string[]>();
    for (const row of setup.rows) {
      let id = sourceIds.get(row.source);
      if (!id) {
        id = `s${sourceIds.size}`;
        sourceIds.set(row.source, id);
        lines.push(`  ${id}[${mermaidLabel(row.source)}]`);
      }
      if (row.ports.length > 0) lines.push(`  ${id} -->|${mermaidLabel(portsText(row.ports))}| ${proxy}`);
      else lines.push(`  ${id} -.->|${mermaidLabel('no network access')}| ${proxy}`);
      const targets = hasTailscaleIdentity(setup) ? row.groups : [];
      for (const group of targets) groups.set(group, [...(groups.get(group) ?? []), row.source]);
      if (row.credentialPorts.length > 0 || !hasTailscaleIdentity(setup)) groups.set(CREDENTIALS, [...(groups.get(CREDENTIALS) ?? []), row.source]);
    }
    [...groups].forEach(([group, who], g) => {
      const id = `g${s}_${g}`;
      lines.push(`  ${id}[${mermaidLabel(group)}]`);
      lines.push(`  ${proxy} -->|${mermaidLabel(who.join(', '))}| ${id}`);
      if (setup.adminGroups.includes(group)) admins.push(id);
    });
  });
  if (admins.length > 0) {
    lines.push('  classDef admin fill:#fdd,stroke:#c00,stroke-width:2px,color:#900');
    lines.push(`  class ${admins.join(',')} admin`);
  }
  return lines.join('\n') + '\n';
}
