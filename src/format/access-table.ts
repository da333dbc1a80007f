// The access report as aligned plain-text tables, one per setup (the default for a terminal).

import type { AccessDiff, AccessReport, AccessRow, SetupAccess } from '../kubernetes/access-report.ts';
import { printable } from './terminal-text.ts';
import { declaredText, groupParts, membersText, modeText, NO_SETUPS, portsText, PROXY_TITLES, recordingText } from './access-common.ts';

const HEAD = ['SOURCE', 'MEMBERS', 'PORTS', 'KUBERNETES GROUPS', 'RECORDING'];

interface Cell {
  text: string;
  /** Printed in bold red with colour on. */
  strong?: boolean;
}

function cells(setup: SetupAccess, row: AccessRow): Cell[] {
  const groups = groupParts(setup, row)
    .map((p) => (p.admin ? `${printable(p.text)} (admin)` : printable(p.text)))
    .join(', ');
  return [{ text: printable(row.source) }, { text: printable(membersText(row)) }, { text: portsText(row.ports) }, { text: groups, strong: row.admin }, { text: printable(recordingText(row)) }];
}

function table(head: string[], rows: Cell[][], color: boolean): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.text.length)));
  const line = (row: Cell[]) =>
    '  ' +
    row
      .map((cell, i) => {
        const padded = i === row.length - 1 ? cell.text : cell.text.padEnd(widths[i]!);
        return color && cell.strong ? `\u001b[1;31m${padded}\u001b[0m` : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(head.map((text) => ({ text }))), ...rows.map(line)];
}

function title(setup: { name: string; proxy: SetupAccess['proxy']; proxyTag: string }): string {
  return `${printable(setup.name)}: ${PROXY_TITLES[setup.proxy]} ${printable(setup.proxyTag)}`;
}

export function formatAccessTable(report: AccessReport, color = false): string {
  if (report.setups.length === 0) return `${NO_SETUPS}\n`;
  const blocks = report.setups.map((setup) => {
    const lines = [title(setup), `${modeText(setup)}; ${printable(declaredText(setup))}`, ''];
    if (setup.rows.length === 0) lines.push(`  nobody can reach the proxy on ${portsText(setup.ports)}`);
    else lines.push(...table(HEAD, setup.rows.map((row) => cells(setup, row)), color));
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}

export function formatAccessDiffTable(diff: AccessDiff, head: AccessReport, base: AccessReport, color = false): string {
  const changed = diff.setups.filter((s) => s.added.length + s.removed.length > 0);
  if (changed.length === 0) return 'No change in Kubernetes access\n';
  const blocks = changed.map((d) => {
    const setup = head.setups.find((s) => s.name === d.name) ?? base.setups.find((s) => s.name === d.name)!;
    const baseSetup = base.setups.find((s) => s.name === d.name) ?? setup;
    const rows: Cell[][] = [];
    for (const source of [...new Set([...d.removed, ...d.added].map((r) => r.source))]) {
      for (const row of d.removed.filter((r) => r.source === source)) rows.push([{ text: '-' }, ...cells(baseSetup, row)]);
      for (const row of d.added.filter((r) => r.source === source)) rows.push([{ text: '+' }, ...cells(setup, row)]);
    }
    const lines = [title(d), ''];
    lines.push(...table(['', ...HEAD], rows, color));
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}
