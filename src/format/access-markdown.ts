// The access report as GitHub-flavoured Markdown, for a pull-request comment or a job summary.
// Everything taken from the policy is escaped: names go into code spans (no @-mention pings,
// no autolinks, `<` stays text), with `|` escaped for the table and line breaks flattened;
// free text is backslash-escaped and `@` is followed by a zero-width space.

import type { AccessDiff, AccessReport, AccessRow, SetupAccess } from '../kubernetes/access-report.ts';
import { declaredText, groupParts, modeText, NO_SETUPS, portsText, PROXY_TITLES } from './access-common.ts';

/** `text` as a code span inside a table cell. */
export function mdCode(text: string): string {
  const flat = text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
  if (flat === '') return '(empty)';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Plain text that Markdown shows as written (in a cell or a heading). */
export function mdText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

function groupsCell(setup: SetupAccess, row: AccessRow): string {
  return groupParts(setup, row)
    .map((p) => (p.admin ? `**${mdCode(p.text)}** ⚠️` : p.note ? `_${mdText(p.text)}_` : mdCode(p.text)))
    .join(', ');
}

function cells(setup: SetupAccess, row: AccessRow): string[] {
  const members = row.members === null ? '' : row.members.length > 0 ? row.members.map(mdCode).join(', ') : '_no members_';
  const recording = row.recording === 'off' ? 'off' : `${row.recording} (${row.recorders.map(mdCode).join(', ')})`;
  return [mdCode(row.source), members, mdText(portsText(row.ports)), groupsCell(setup, row), recording];
}

const HEAD = ['Source', 'Members', 'Ports', 'Kubernetes groups', 'Recording'];

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function heading(setup: { name: string; proxy: SetupAccess['proxy']; proxyTag: string }): string {
  return `### Kubernetes access: ${mdText(setup.name)} (${PROXY_TITLES[setup.proxy]} ${mdText(setup.proxyTag)})`;
}

export function formatAccessMarkdown(report: AccessReport): string {
  if (report.setups.length === 0) return `${mdText(NO_SETUPS)}\n`;
  const blocks = report.setups.map((setup) => {
    const lines = [heading(setup), '', `${mdText(modeText(setup))}; ${mdText(declaredText(setup))}`, ''];
    if (setup.rows.length === 0) lines.push(`Nobody can reach the proxy on ${mdText(portsText(setup.ports))}.`);
    else lines.push(...table(HEAD, setup.rows.map((row) => cells(setup, row))));
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}

export function formatAccessDiffMarkdown(diff: AccessDiff, head: AccessReport, base: AccessReport): string {
  const changed = diff.setups.filter((s) => s.added.length + s.removed.length > 0);
  if (changed.length === 0) return 'No change in Kubernetes access.\n';
  const blocks = changed.map((d) => {
    const setup = head.setups.find((s) => s.name === d.name) ?? base.setups.find((s) => s.name === d.name)!;
    const baseSetup = base.setups.find((s) => s.name === d.name) ?? setup;
    const rows: string[][] = [];
    for (const source of [...new Set([...d.removed, ...d.added].map((r) => r.source))]) {
      for (const row of d.removed.filter((r) => r.source === source)) rows.push(['➖ removed', ...cells(baseSetup, row)]);
      for (const row of d.added.filter((r) => r.source === source)) rows.push(['➕ added', ...cells(setup, row)]);
    }
    return [heading(d), '', ...table(['Change', ...HEAD], rows)].join('\n') + '\n';
  });
  return blocks.join('\n');
}
