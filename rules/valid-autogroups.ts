import { defineRule } from '../src/engine/rule.ts';
import { closest } from '../src/policy/did-you-mean.ts';
import { modelOf, type Site } from '../src/policy/policy-model.ts';
import { AUTOGROUPS } from '../src/policy/selectors.ts';

const q = JSON.stringify;
const KNOWN: ReadonlySet<string> = new Set(AUTOGROUPS);
const CANDIDATES = AUTOGROUPS.filter((name) => name !== 'autogroup:members');

// Where an `autogroup:` string is not a selector: SSH `users` take it as a literal login name,
// group members and IP set entries are checked by their own rules, and `via` takes only tags
// (valid-via says so).
const NOT_SELECTORS: ReadonlySet<Site> = new Set<Site>([
  'ssh.users',
  'sshTests.user',
  'groups.member',
  'ipsets.entry',
  'autoApprovers.service',
  'grant.via',
  'srcPosture',
  'defaultSrcPosture',
]);

// Autogroups are a fixed set; an unknown one makes Tailscale reject the policy. The legacy
// `autogroup:members` still works on its own, but a file may not mix it with `autogroup:member`.
export default defineRule({
  id: 'valid-autogroups',
  description: 'Autogroups must be ones Tailscale defines, without mixing "autogroup:members" and "autogroup:member"',
  severity: 'error',
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    // Positions of the first "autogroup:member" and of every legacy "autogroup:members".
    let firstMember = -1;
    const legacy: number[] = [];
    const uses = modelOf(policy).selectorUses();
    for (let i = 0; i < uses.length; i++) {
      // The store knows each string's kind: the others are not read.
      if (uses.kind(i) !== 'autogroup') continue;
      const site = uses.site(i);
      if (NOT_SELECTORS.has(site)) continue;
      const text = uses.text(i);
      const name = uses.selector(i)!;
      if (name === 'autogroup:member') firstMember = firstMember < 0 ? i : firstMember;
      else if (name === 'autogroup:members') legacy.push(i);
      if (KNOWN.has(name)) continue;
      const path = uses.path(i);
      const near = closest(name, CANDIDATES);
      if (near === undefined) {
        report({
          path,
          message: `Autogroup ${q(name)} does not exist; use one Tailscale defines, such as "autogroup:member", "autogroup:tagged", "autogroup:admin", "autogroup:self" or "autogroup:internet"`,
        });
        continue;
      }
      const value = text.replace(name, near);
      report({
        path,
        message: `Autogroup ${q(name)} does not exist; did you mean ${q(near)}?`,
        suggestions: [{ description: `Use ${q(near)}`, ops: [{ op: 'replace-value', path, value }] }],
      });
    }
    if (firstMember < 0) return;
    for (const i of legacy) {
      const path = uses.path(i);
      const value = uses.text(i).replace('autogroup:members', 'autogroup:member');
      report({
        path,
        related: uses.path(firstMember),
        message: `"autogroup:members" is the legacy spelling of "autogroup:member", and Tailscale refuses a file that uses both (see {related}); write "autogroup:member"`,
        fix: { description: 'Write "autogroup:member"', ops: [{ op: 'replace-value', path, value }] },
      });
    }
  },
});
