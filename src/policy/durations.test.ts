import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HOUR_NS, parseGoDuration } from './durations.ts';

const value = (text: string) => {
  const parsed = parseGoDuration(text);
  return parsed.ok ? parsed.value : undefined;
};

test('accepts what Go accepts', () => {

  assert.is(value('0'), 0);
  assert.is(value('0s'), 0);
  assert.is(value('12h'), 12 * HOUR_NS);
  assert.is(value('1h30m'), 1.5 * HOUR_NS);
  assert.is(value('1.5h'), 1.5 * HOUR_NS);
  assert.is(value('.5h'), 0.5 * HOUR_NS);
  assert.is(value('5.h'), 5 * HOUR_NS);
  assert.is(value('168h'), 168 * HOUR_NS);
  assert.is(value('-1m'), -60e9);
  assert.is(value('+30s'), 30e9);
  assert.is(value('1µs'), 1e3);
  assert.is(value('1μs'), 1e3);
  assert.is(value('100ms'), 1e8);
  assert.ok(value('168h0m1s')! > 168 * HOUR_NS);
});

test('rejects what Go rejects, saying why', () => {
  for (const text of ['', '-', 'abc', '.h', 'h', '1h 30m', '1d', '12', '1.5', '99999999999h', '--1h', ' 1h']) {
    assert.is(value(text), undefined, text);
  }
  const unit = parseGoDuration('1d');
  assert.ok(!unit.ok && unit.problem.includes('"d"'));
  const missing = parseGoDuration('12');
  assert.ok(!missing.ok && missing.problem.includes('without a unit'));
});

test.run();
