import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { classifyIpsetTarget, parseIpsetEntry, type IpsetEntry } from '../src/policy/ipsets.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const TARGETS = 'use IP addresses, CIDRs, ranges, "host:<alias>", "ipset:<name>" or "autogroup:internet"';

/** An entry that parsed: its index in the set, its text and what it says. */
interface Parsed {
  index: number;
  text: string;
  entry: IpsetEntry;
}

// IP set entries (spec §1.10): "add <target>" / "remove <target>", applied in order; a set that
// only adds may leave out "add ". Targets are addresses, never identities, and sets may include
// other sets but not in a cycle.
export default defineRule({
  id: 'valid-ipsets',
  description: 'IP set entries must add or remove addresses, CIDRs, ranges, hosts or other sets, without cycles',
  severity: 'error',
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    const { ipsets, hosts } = modelOf(policy);
    // Paths and quoted names are built only to report: a large policy has many entries.
    const pathOf = (name: string, index: number): JsonPath => [ipsets.section, name, index];
    /** Each set's `ipset:` references, for the cycle check. */
    const includes = new Map<string, Parsed[]>();
    for (const name of ipsets.keys()) {
      const value = ipsets.valueOf(name);
      if (!Array.isArray(value)) continue;
      let included: Parsed[] | undefined;
      let removes = false;
      /** Entries without an operation: wrong only when the set also removes. */
      let bare: Parsed[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const text: unknown = value[index];
        if (typeof text !== 'string') continue;
        const entry = parseIpsetEntry(text);
        if (!entry.ok) {
          report({ path: pathOf(name, index), message: `Entry ${JSON.stringify(text)} of IP set ${JSON.stringify(name)} is not valid: ${entry.problem}` });
          continue;
        }
        const { op, target: written } = entry.value;
        const target = classifyIpsetTarget(written);
        if (target.kind === 'invalid') {
          const entryName = `Entry ${JSON.stringify(text)} of IP set ${JSON.stringify(name)}`;
          const alias = `host:${written}`;
          const at = pathOf(name, index);
          if (hosts.has(written)) {
            // A host alias written bare: IP sets spell it "host:<alias>".
            const fixed = text.slice(0, text.lastIndexOf(written)) + alias;
            report({
              path: at,
              message: `${entryName} names the host ${JSON.stringify(written)} without its prefix; write ${JSON.stringify(alias)}`,
              suggestions: [{ description: `Write ${JSON.stringify(fixed)}`, ops: [{ op: 'replace-value', path: at, value: fixed }] }],
            });
          } else {
            report({ path: at, message: `${entryName} is not valid: ${target.problem}${target.wrongKind ? `; ${TARGETS}` : ''}` });
          }
          continue;
        }
        if (op === 'remove') removes = true;
        else if (op === undefined) (bare ??= []).push({ index, text, entry: entry.value });
        if (target.kind === 'ipset') (included ??= []).push({ index, text, entry: entry.value });
      }
      if (included) includes.set(name, included);
      // Bare targets mean "add" only in a set that never removes; with a "remove" the order matters.
      if (removes && bare) {
        for (const { index, text } of bare) {
          const added = `add ${text.trim()}`;
          const at = pathOf(name, index);
          report({
            path: at,
            message: `Entry ${JSON.stringify(text)} of IP set ${JSON.stringify(name)} has no operation, and the set also removes; write ${JSON.stringify(added)}`,
            fix: { description: `Write ${JSON.stringify(added)}`, ops: [{ op: 'replace-value', path: at, value: added }] },
          });
        }
      }
    }

    // A set that reaches itself through `ipset:` entries has no value; report each entry that closes a loop.
    const reaches = new Map<string, Set<string>>();
    const reachable = (name: string): Set<string> => {
      let seen = reaches.get(name);
      if (seen) return seen;
      seen = new Set<string>();
      reaches.set(name, seen);
      const stack = [name];
      while (stack.length > 0) {
        for (const { entry } of includes.get(stack.pop()!) ?? []) {
          if (!seen.has(entry.target)) {
            seen.add(entry.target);
            stack.push(entry.target);
          }
        }
      }
      return seen;
    };
    for (const [name, entries] of includes) {
      for (const { index, entry } of entries) {
        if (entry.target !== name && !reachable(entry.target).has(name)) continue;
        report({
          path: pathOf(name, index),
          message:
            entry.target === name
              ? `IP set ${JSON.stringify(name)} includes itself; remove this entry`
              : `IP set ${JSON.stringify(name)} includes ${JSON.stringify(entry.target)}, which includes ${JSON.stringify(name)} again; IP sets cannot refer to each other in a cycle, so break it`,
        });
      }
    }
  },
});
