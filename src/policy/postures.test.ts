import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePostureCondition } from './postures.ts';

const ok = (text: string) => {
  const parsed = parsePostureCondition(text);
  assert.ok(parsed.ok, `${text}: ${parsed.ok ? '' : parsed.problem}`);
  return parsed.ok ? parsed.value : undefined;
};
const problem = (text: string) => {
  const parsed = parsePostureCondition(text);
  assert.not.ok(parsed.ok, text);
  return parsed.ok ? '' : parsed.problem;
};

test('valid conditions', () => {
  assert.equal(ok("node:os == 'macos'"), { attribute: 'node:os', operator: '==', value: "'macos'" });
  assert.equal(ok('node:tsAutoUpdate'), { attribute: 'node:tsAutoUpdate', operator: undefined, value: undefined });
  assert.equal(ok("node:os IN ['macos', 'linux']"), { attribute: 'node:os', operator: 'IN', value: "['macos', 'linux']" });
  ok("custom:tier NOT IN ['guest']");
  ok("node:tsVersion >= '1.60'");
  ok('intune:complianceState == true');
  ok('crowdstrike:ztaScore > 70');
});

test('invalid conditions', () => {
  assert.match(problem(''), /empty/);
  assert.match(problem('macos'), /attribute/);
  assert.match(problem("node:os = 'macos'"), /"=" is not an operator/);
  assert.match(problem('node:os =='), /no value/);
  assert.match(problem("node:os IN 'macos'"), /takes a list/);
  assert.match(problem("node:os == ['macos']"), /needs IN or NOT IN/);
  assert.match(problem('node:os == macos'), /not a quoted string/);
  assert.match(problem('node:os IN [macos]'), /list item/);
});

test.run();
