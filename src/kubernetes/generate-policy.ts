// `tailpolicy init`: a complete, commented policy for Kubernetes proxy setups, written in
// hujsonfmt's canonical style (spec §7.3): one tab per level, every expanded container with a
// trailing comma, short containers inline, values of consecutive one-line members aligned.
// Pure: setups in, text out (with the JSON path of each requirement's entry, for tests).

import type { JsonPath } from '../engine/rule.ts';
import { isObject } from '../policy/members.ts';
import { requirementsForAll, type Requirement } from './requirements.ts';
import type { Setup } from './setups.ts';

export interface GeneratedPolicy {
  text: string;
  requirements: Requirement[];
  /** Where each requirement's entry is in `text` (by requirement id). */
  paths: Map<string, JsonPath>;
}

export interface GenerateOptions {
  /** The command that wrote it, quoted in the header. */
  command: string;
  /** How to check it, quoted in the header. */
  checkCommand: string;
}

// ---------------------------------------------------------------------------------------------
// A document: JSON with comments above members.

type Doc = { kind: 'object'; members: DocMember[] } | { kind: 'array'; items: DocItem[] } | { kind: 'json'; value: unknown; expand: boolean };

interface DocMember {
  key: string;
  comments: string[];
  value: Doc;
}

interface DocItem {
  comments: string[];
  value: Doc;
}

const json = (value: unknown, expand = false): Doc => ({ kind: 'json', value, expand });

/** How wide an inline container may be before it is expanded (hujsonfmt's limit). */
const MAX_INLINE = 80;

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

function render(doc: Doc, depth: number): string {
  if (doc.kind === 'json') {
    const value = doc.value;
    const composite = Array.isArray(value) || isObject(value);
    const text = inline(value);
    const empty = composite && (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0);
    if (!composite || empty || (!doc.expand && text.length <= MAX_INLINE)) return text;
    if (Array.isArray(value)) return render({ kind: 'array', items: value.map((v) => ({ comments: [], value: json(v) })) }, depth);
    return render({ kind: 'object', members: Object.entries(value as object).map(([key, v]) => ({ key, comments: [], value: json(v) })) }, depth);
  }
  const indent = '\t'.repeat(depth + 1);
  const close = '\t'.repeat(depth) + (doc.kind === 'object' ? '}' : ']');
  const lines: string[] = [];
  const comments = (list: readonly string[]) => {
    for (const c of list) lines.push(`${indent}// ${c}`.trimEnd());
  };
  if (doc.kind === 'array') {
    for (const item of doc.items) {
      comments(item.comments);
      lines.push(`${indent}${render(item.value, depth + 1)},`);
    }
    return `[\n${lines.join('\n')}\n${close}`;
  }
  // Values of consecutive one-line members line up; a comment or a multi-line member ends the run.
  let block: { key: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...block.map((m) => m.key.length));
    for (const m of block) lines.push(`${indent}${m.key}:${' '.repeat(width - m.key.length + 1)}${m.value},`);
    block = [];
  };
  doc.members.forEach((member, index) => {
    if (member.comments.length > 0) {
      flush();
      if (depth === 0 && index > 0) lines.push('');
      comments(member.comments);
    } else if (depth === 0 && index > 0) {
      flush();
      lines.push('');
    }
    const key = JSON.stringify(member.key);
    const value = render(member.value, depth + 1);
    if (value.includes('\n')) {
      flush();
      lines.push(`${indent}${key}: ${value},`);
    } else block.push({ key, value });
  });
  flush();
  return `{\n${lines.join('\n')}\n${close}`;
}

/** Words of `text` in lines of at most `width` characters (a long word stays whole). */
export function wrap(text: string, width = 92): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------------------------------------

const SETUP_NAMES = {
  cks: 'CoreWeave CKS managed Tailscale proxy',
  operator: "Tailscale Kubernetes operator's API server proxy",
  proxygroup: 'ProxyGroup (type: kube-apiserver) API server proxy',
} as const;

function describeSetup(setup: Setup): string {
  const how = setup.proxy === 'cks' ? setup.auth.join(' + ') : `${setup.mode} mode`;
  return `${setup.name}: ${SETUP_NAMES[setup.proxy]} (${setup.proxyTag}), ${how}, ${setup.ports.map((p) => `tcp:${p}`).join(' + ')}`;
}

/** The policy text for `setups`: every requirement, each with a comment saying why. */
export function generatePolicy(setups: readonly Setup[], options: GenerateOptions): GeneratedPolicy {
  const requirements = requirementsForAll(setups);
  const paths = new Map<string, JsonPath>();
  const sections = new Map<string, DocMember[]>();
  const services: DocMember[] = [];
  const grants: DocItem[] = [];
  const grantIndex = new Map<string, number>();
  const why = (r: Requirement) => [...wrap(r.why), r.docs];

  for (const r of requirements) {
    const entry = r.entry;
    if (entry.section === 'grants') {
      const key = JSON.stringify(entry.value);
      let index = grantIndex.get(key);
      if (index === undefined) {
        index = grants.length;
        grantIndex.set(key, index);
        grants.push({ comments: why(r), value: json(entry.value, true) });
      }
      paths.set(r.id, ['grants', index]);
    } else if (entry.section === 'autoApprovers.services') {
      if (!services.some((m) => m.key === entry.key)) services.push({ key: entry.key, comments: why(r), value: json(entry.value) });
      paths.set(r.id, ['autoApprovers', 'services', entry.key]);
    } else {
      const list = sections.get(entry.section) ?? [];
      if (!list.some((m) => m.key === entry.key)) list.push({ key: entry.key, comments: why(r), value: json(entry.value) });
      sections.set(entry.section, list);
      paths.set(r.id, [entry.section, entry.key]);
    }
  }

  const members: DocMember[] = [];
  const groups = sections.get('groups');
  if (groups) members.push({ key: 'groups', comments: ['Groups of users, named in the grants below.'], value: { kind: 'object', members: groups } });
  const tags = sections.get('tagOwners');
  if (tags) members.push({ key: 'tagOwners', comments: ['Who may apply each tag to a device.'], value: { kind: 'object', members: tags } });
  if (services.length > 0) {
    members.push({
      key: 'autoApprovers',
      comments: ['Devices whose advertisements are approved without an admin.'],
      value: { kind: 'object', members: [{ key: 'services', comments: [], value: { kind: 'object', members: services } }] },
    });
  }
  members.push({
    key: 'grants',
    comments: ['Access is denied unless a grant allows it: add the rest of your tailnet here.'],
    value: { kind: 'array', items: grants },
  });

  const header = [
    'Tailnet policy for Kubernetes API server access, written by:',
    `  ${options.command}`,
    '',
    ...setups.map((s) => `- ${describeSetup(s)}`),
    '',
    'Check it with:',
    `  ${options.checkCommand}`,
    'Policy file syntax: https://tailscale.com/kb/1337/policy-syntax',
  ];
  const text = header.map((line) => `// ${line}`.trimEnd()).join('\n') + '\n' + render({ kind: 'object', members }, 0) + '\n';
  return { text, requirements, paths };
}
