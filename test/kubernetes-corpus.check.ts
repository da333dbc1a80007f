// `tailpolicy add` over the real public policies in ../shared/corpus (read in place, never
// copied): for every file and every setup, the result re-parses, has what the setup needs,
// keeps every original line (a line diff shows additions only; the one exception is a line
// that text was inserted into: a comma after what was the last member of a file without
// trailing commas, or a member added to a one-line object), and a second add changes nothing.
// The access report of each file (inferred and declared setups) renders in every format.
// Run by `npm run test:corpus`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
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

/** Whether `after` is `before` with one piece of text inserted. */
function insertedInto(before: string, after: string): boolean {
  if (after.length <= before.length) return false;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  return before.slice(start) === after.slice(after.length - (before.length - start));
}

/** Original lines that are gone or changed other than by an insertion; and those changed by one. */
function lineChanges(before: string, after: string): { lost: string[]; insertedInto: number } {
  const lost: string[] = [];
  let inserted = 0;
  const parts = diffArrays(before.split('\n'), after.split('\n'));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.removed) continue;
    const next = parts[i + 1];
    const added = next?.added ? next.value : [];
    for (const line of part.value) {
      // A removed line that reappears with text inserted into it (matched in order).
      const at = added.findIndex((candidate) => insertedInto(line, candidate));
      if (at >= 0) {
        added.splice(0, at + 1);
        inserted++;
      } else lost.push(line);
    }
  }
  return { lost, insertedInto: inserted };
}

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
      const { lost, insertedInto } = lineChanges(text, result.output);
      assert.equal(lost, [], `${label}: original lines lost or rewritten`);
      if (insertedInto > 0) notes.push(`${label}: ${insertedInto} line(s) with text inserted`);
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

test.run();
