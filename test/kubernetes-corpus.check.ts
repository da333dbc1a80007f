// `tailpolicy add` over the real public policies in ../shared/corpus (read in place, never
// copied): for every file and every setup, the result re-parses, has what the setup needs, and a
// second add changes nothing; and add touches no existing line: every original line is still
// there, unchanged and in order, with only whole new lines between them. The one exception is a
// container written on one line (`"autoApprovers": {"services": {…}}`, `"grants": []`) that
// received members: its line is the original line with the new members inserted into that
// container and nothing else changed, and the container keeps all it had. How many files needed
// the exception is printed at the end.
// The access report of each file (inferred and declared setups) renders in every format.
// Run by `npm run test:corpus`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { findNodeAtLocation, getNodePath, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatAccessJson } from '../src/format/access-json.ts';
import { formatAccessMarkdown } from '../src/format/access-markdown.ts';
import { formatAccessMermaid } from '../src/format/access-mermaid.ts';
import { formatAccessTable } from '../src/format/access-table.ts';
import { accessReport, diffAccess } from '../src/kubernetes/access-report.ts';
import { addSetups } from '../src/kubernetes/add-setups.ts';
import { setupsFor } from '../src/kubernetes/resolve-setups.ts';
import { policyModelOf } from '../src/kubernetes/requirements.ts';
import { parseKubernetesFlag, toSetup, type Setup } from '../src/kubernetes/setups.ts';
import { parseHujson } from '../src/parse/parse-hujson.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;
const present = existsSync(corpus);
const files = present ? readdirSync(corpus).filter((f) => /\.(hujson|json)$/.test(f)).sort() : [];

const FLAGS = ['cks', 'cks:coreweave-managed+direct', 'operator', 'operator:noauth', 'proxygroup', 'proxygroup:noauth'];
const WHO = { users: ['group:kubectl-users', 'autogroup:member'], admins: ['group:kubectl-admins'] };
const RECORDER = { recorder: { tag: 'tag:tsrecorder', enforce: true } };

function setup(flag: string, extra: Record<string, unknown>): Setup {
  return toSetup({ ...parseKubernetesFlag(flag).declaration!, ...extra }, `--kubernetes ${flag}`);
}

const CASES: { name: string; setups: Setup[] }[] = [
  ...FLAGS.map((flag) => ({ name: flag, setups: [setup(flag, WHO)] })),
  ...FLAGS.map((flag) => ({ name: `${flag} with a recorder`, setups: [setup(flag, { ...WHO, ...RECORDER })] })),
  { name: 'all setups at once', setups: FLAGS.map((flag, i) => toSetup({ ...parseKubernetesFlag(flag).declaration!, ...WHO }, flag, i)) },
];

/** Where `after` is `before` with one piece of text inserted: the offset in `before`, or -1. */
function insertionPoint(before: string, after: string): number {
  if (after.length <= before.length) return -1;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  return before.slice(start) === after.slice(after.length - (before.length - start)) ? start : -1;
}

/** The innermost object or array whose brackets enclose `offset`. */
function containerAt(node: JsonNode, offset: number): JsonNode | undefined {
  if (offset <= node.offset || offset >= node.offset + node.length) return undefined;
  for (const child of node.children ?? []) {
    const inner = containerAt(child.type === 'property' ? child.children?.[1] ?? child : child, offset);
    if (inner) return inner;
  }
  return node.type === 'object' || node.type === 'array' ? node : undefined;
}

function parseTreeOf(text: string): JsonNode {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) throw new Error('does not parse');
  return root;
}

/**
 * Compares the lines of `before` and `after`. `lost`: original lines that are gone, or changed
 * other than by members inserted into a one-line container; `extended`: the paths of the one-line
 * containers whose line received members.
 */
function lineChanges(before: string, after: string): { lost: string[]; extended: string[] } {
  const lost: string[] = [];
  const extended: string[] = [];
  const beforeTree = parseTreeOf(before);
  const afterTree = parseTreeOf(after);
  const lines = before.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) lineStarts.push(offset);

  const parts = diffArrays(lines, after.split('\n'));
  let line = 0; // index in `lines` of the first line of the current part
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.added) continue;
    if (!part.removed) {
      line += part.value.length;
      continue;
    }
    const next = parts[i + 1];
    const added = next?.added ? [...next.value] : [];
    for (const text of part.value) {
      const start = lineStarts[line++]!;
      // The exception: the same line with members inserted into a one-line container on it.
      const at = added.findIndex((candidate) => insertionPoint(text, candidate) >= 0);
      const container = at >= 0 ? containerAt(beforeTree, start + insertionPoint(text, added[at]!)) : undefined;
      const path = container ? getNodePath(container) : [];
      const grown = container && findNodeAtLocation(afterTree, path);
      const oneLine = container !== undefined && !/[\r\n]/.test(before.slice(container.offset, container.offset + container.length));
      if (oneLine && grown?.type === container.type && (grown.children?.length ?? 0) > (container.children?.length ?? 0)) {
        added.splice(0, at + 1);
        extended.push(path.length === 0 ? '(root)' : path.join('.'));
      } else {
        lost.push(text);
      }
    }
  }
  return { lost, extended };
}

/** Files whose one-line containers received members, with those containers' paths. */
const exceptions = new Map<string, Set<string>>();

test('corpus present', () => {
  if (!present) console.log(`  skipped: no corpus at ${corpus}`);
  else assert.ok(files.length > 0, `no policy files in ${corpus}`);
});

for (const name of files) {
  test(`add: ${name}`, async () => {
    const text = readFileSync(join(corpus, name), 'utf8');
    if (parseHujson(text).syntaxError) {
      console.log(`  ${name}: does not parse; add refuses it (as the CLI does)`);
      return;
    }
    const notes: string[] = [];
    for (const { name: label, setups } of CASES) {
      const result = await addSetups(text, setups);
      const parsed = parseHujson(result.output);
      assert.is(parsed.syntaxError, undefined, `${label}: the output must re-parse`);
      const model = policyModelOf(parsed.value);
      for (const r of result.added) assert.ok(r.check(model), `${label}: ${r.what} still missing`);
      const { lost, extended } = lineChanges(text, result.output);
      assert.equal(lost, [], `${label}: original lines lost or rewritten`);
      if (extended.length > 0) {
        notes.push(`${label}: one-line ${extended.join(', ')} extended`);
        const paths = exceptions.get(name) ?? new Set<string>();
        for (const path of extended) paths.add(path);
        exceptions.set(name, paths);
      }
      const again = await addSetups(result.output, setups);
      assert.is(again.output, result.output, `${label}: a second add must change nothing`);
      assert.equal(again.added, [], `${label}: a second add must add nothing`);
      assert.equal(
        again.conflicts.map((c) => c.requirement.id),
        result.conflicts.map((c) => c.requirement.id),
        `${label}: conflicts stay as they were`,
      );
      if (result.conflicts.length > 0) notes.push(`${label}: left alone: ${result.conflicts.map((c) => c.requirement.what).join('; ')}`);
    }
    console.log(`  ${name}: ${notes.length === 0 ? 'additions only' : notes.join(' · ')}`);
  });

  test(`access: ${name}`, () => {
    const parsed = parseHujson(readFileSync(join(corpus, name), 'utf8'));
    if (parsed.syntaxError) return;
    const model = modelOf(parsed);
    // Inferred setups, then every kind declared: the report and each renderer never throw.
    for (const setups of [setupsFor(parsed, {}), CASES.at(-1)!.setups]) {
      const report = accessReport(model, setups);
      assert.is(JSON.parse(formatAccessJson(report)).version, 1);
      for (const text of [formatAccessTable(report), formatAccessMarkdown(report), formatAccessMermaid(report)]) assert.ok(text.endsWith('\n'));
      const diff = diffAccess(report, report);
      assert.ok(diff.setups.every((s) => s.added.length === 0 && s.removed.length === 0));
    }
  });
}

test('summary: files that needed the one-line exception', () => {
  if (!present) return;
  const list = [...exceptions].map(([name, paths]) => `${name} (${[...paths].join(', ')})`);
  console.log(`  ${exceptions.size} of ${files.length} files needed the one-line exception${list.length > 0 ? `: ${list.join('; ')}` : ''}`);
});

test.run();
