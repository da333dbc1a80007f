// Every rule: a unique kebab-case id, a file named by it, and a doc page whose description
// matches the code, whose headings are in order, and whose Bad example reports the rule while
// its Good example reports nothing.

import { existsSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules } from '../src/config/rule-settings.ts';
import { engineRules } from '../src/engine/engine-rules.ts';
import { lintTextNow } from '../src/run/lint-file.ts';
import { rules } from './index.ts';

const HEADINGS = ['## Why', '## Bad', '## Good', '## Fix'];

function codeBlockAfter(doc: string, heading: string): string {
  const section = doc.slice(doc.indexOf(heading));
  const match = /```hujson\n([^]*?)\n```/.exec(section);
  assert.ok(match, `no hujson block under "${heading}"`);
  return match![1]!;
}

test('ids are unique kebab-case and rule files are named by them', () => {
  const ids = [...engineRules, ...rules].map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  for (const rule of rules) assert.ok(existsSync(new URL(`./${rule.id}.ts`, import.meta.url)), `rules/${rule.id}.ts`);
});

for (const [id, meta] of allRules()) {
  test(`docs/rules/${id}.md`, () => {
    const url = new URL(`../docs/rules/${id}.md`, import.meta.url);
    assert.ok(existsSync(url), `docs/rules/${id}.md is missing`);
    const doc = readFileSync(url, 'utf8');
    const lines = doc.split('\n');
    assert.is(lines[0], `# ${id}`);
    assert.is(lines[2], meta.description, 'the line after the title must be the rule description');
    assert.match(lines[4] ?? '', meta.fixable ? /Fixable: yes/ : /Fixable: (no|suggestion)/);
    const headings = lines.filter((l) => l.startsWith('## ')).filter((l) => HEADINGS.includes(l));
    assert.equal(headings, HEADINGS, 'headings Why, Bad, Good, Fix in this order');

    const bad = lintTextNow('bad.hujson', codeBlockAfter(doc, '## Bad'), {});
    assert.ok(bad.messages.some((m) => m.ruleId === id), `the Bad example does not report "${id}": ${JSON.stringify(bad.messages)}`);
    const good = lintTextNow('good.hujson', codeBlockAfter(doc, '## Good'), {});
    assert.equal(good.messages, [], 'the Good example must report nothing');
  });
}

test.run();
