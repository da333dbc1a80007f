import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePostureCondition, wellFormedAttribute } from './postures.ts';

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


test('wellFormedAttribute accepts only what parsePostureCondition accepts, with the same attribute', () => {
  let seed = 20261124;
  const pick = <T>(list: readonly T[]): T => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return list[seed % list.length]!;
  };
  const pieces = ['node:os', 'node:osin', 'custom:tier', 'x:y.z', ' ', '  ', '==', '!=', '<', '<=', '>', '>=', 'IN', 'in', 'not in', 'NOT  IN', 'notin',
    "'macos'", '"linux"', "'a,b'", '1.60', '-3', 'true', 'TRUE', 'false', '[', ']', ',', "['a']", "['a', 'b']", '[]', "[ 'a' , 1 ]", '\t', '1e5', "'", ':'];
  let accepted = 0;
  for (let i = 0; i < 30_000; i++) {
    let text = '';
    const length = 1 + (i % 6);
    for (let j = 0; j < length; j++) text += pick(pieces);
    const fast = wellFormedAttribute(text);
    if (fast === undefined) continue;
    accepted++;
    const slow = parsePostureCondition(text);
    assert.ok(slow.ok, `fast path accepted ${JSON.stringify(text)}`);
    if (slow.ok) assert.is(fast, slow.value.attribute, JSON.stringify(text));
  }
  assert.ok(accepted > 500, `only ${accepted} accepted: the comparison means little`);
  for (const text of ["node:os IN ['macos', 'linux']", "node:tsVersion >= '1.60'", 'node:tsAutoUpdate', "custom:x not in []"]) {
    assert.ok(wellFormedAttribute(text), text);
  }
});

test.run();
