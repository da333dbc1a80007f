import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { classifyIpsetTarget, parseIpsetEntry, type IpsetEntry } from '../src/policy/ipsets.ts';
import { modelOf } from '../src/policy/policy-model.ts';

const TARGETS = 'use IP addresses, CIDRs, ranges, "host:<alias>", "ipset:<name>" or "autogroup:internet"';

interface Parsed {
  /** The entry's path, built only to report (a large policy has many entries). */
  path: () => JsonPath;
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
    /** Each set's `ipset:` references, for the cycle check. */
    const includes = new Map<string, Parsed[]>();
    for (const set of ipsets.values()) {
      if (!Array.isArray(set.value)) continue;
      const setName = JSON.stringify(set.name);
      const entries: Parsed[] = [];
      set.value.forEach((text, index) => {
        if (typeof text !== 'string') return;
        const path = () => [...set.path, index];
        const entry = parseIpsetEntry(text);
        if (!entry.ok) {
          report({ path: path(), message: `Entry ${JSON.stringify(text)} of IP set ${setName} is not valid: ${entry.problem}` });
          return;
        }
        const target = classifyIpsetTarget(entry.value.target);
        if (target.kind === 'invalid') {
          const entryName = `Entry ${JSON.stringify(text)} of IP set ${setName}`;
          const alias = `host:${entry.value.target}`;
          if (hosts.has(entry.value.target)) {
            // A host alias written bare: IP sets spell it "host:<alias>".
            const fixed = text.slice(0, text.lastIndexOf(entry.value.target)) + alias;
            const at = path();
            report({
              path: at,
              message: `${entryName} names the host ${JSON.stringify(entry.value.target)} without its prefix; write ${JSON.stringify(alias)}`,
              suggestions: [{ description: `Write ${JSON.stringify(fixed)}`, ops: [{ op: 'replace-value', path: at, value: fixed }] }],
            });
          } else {
            report({ path: path(), message: `${entryName} is not valid: ${target.problem}${target.wrongKind ? `; ${TARGETS}` : ''}` });
          }
          return;
        }
        entries.push({ path, text, entry: entry.value });
      });
      includes.set(set.name, entries.filter((e) => e.entry.target.startsWith('ipset:')));
      // Bare targets mean "add" only in a set that never removes; with a "remove" the order matters.
      if (entries.some((e) => e.entry.op === 'remove')) {
        for (const { path, text, entry } of entries) {
          if (entry.op !== undefined) continue;
          const added = `add ${text.trim()}`;
          const at = path();
          report({
            path: at,
            message: `Entry ${JSON.stringify(text)} of IP set ${setName} has no operation, and the set also removes; write ${JSON.stringify(added)}`,
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
      for (const { path, entry } of entries) {
        if (entry.target !== name && !reachable(entry.target).has(name)) continue;
        report({
          path: path(),
          message:
            entry.target === name
              ? `IP set ${JSON.stringify(name)} includes itself; remove this entry`
              : `IP set ${JSON.stringify(name)} includes ${JSON.stringify(entry.target)}, which includes ${JSON.stringify(name)} again; IP sets cannot refer to each other in a cycle, so break it`,
        });
      }
    }
  },
});
