// Go durations (`time.ParseDuration`), as the control plane reads SSH `checkPeriod`: an optional
// sign, then one or more decimal numbers each followed by a unit ("1h30m", "1.5h", "90s"); "0"
// alone needs no unit.

import type { Parsed } from './ports.ts';

const NANOSECONDS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5 micro sign
  'μs': 1e3, // U+03BC Greek mu
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** The largest duration Go can hold (about 2562047h). */
const MAX_NANOSECONDS = 2 ** 63 - 1;

export const HOUR_NS = NANOSECONDS.h!;

/** Parses a Go duration into nanoseconds (a float; exact enough to compare with hours). */
export function parseGoDuration(text: string): Parsed<number> {
  const invalid: Parsed<never> = { ok: false, problem: `${JSON.stringify(text)} is not a duration; write a number and a unit, such as "12h", "30m" or "1h30m"` };
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, value: 0 };
  if (rest === '') return invalid;
  let total = 0;
  while (rest !== '') {
    const number = /^(\d*)(?:\.(\d*))?/.exec(rest)!;
    const [whole, digits = '', fraction] = number;
    if (digits === '' && (fraction === undefined || fraction === '')) return invalid;
    rest = rest.slice(whole.length);
    const unitLength = rest.search(/[\d.]/);
    const unit = unitLength < 0 ? rest : rest.slice(0, unitLength);
    if (unit === '') return { ok: false, problem: `${JSON.stringify(text)} has a number without a unit; add one of "h", "m", "s", "ms", "us" or "ns", as in "${text}h"` };
    const scale = NANOSECONDS[unit];
    if (scale === undefined) {
      const hint = unit === 'd' || unit === 'w' ? ` (there are no days or weeks: "24h" is a day)` : '';
      return { ok: false, problem: `${JSON.stringify(text)} uses the unknown unit ${JSON.stringify(unit)}; units are "h", "m", "s", "ms", "us" and "ns"${hint}` };
    }
    rest = rest.slice(unit.length);
    total += Number(`${digits || '0'}.${fraction ?? ''}0`) * scale;
    if (total > MAX_NANOSECONDS) return invalid;
  }
  return { ok: true, value: sign * total };
}
