// A small, cautious evaluator of the `ssh` rules for `sshTests`: may this identity log in as this
// name on this device? Offline we know no devices, so every answer is three-valued: YES when the
// rules certainly allow it, NO when they certainly do not, MAYBE when it depends on what we cannot
// see (the tags of a device behind a host or an IP, which member a group test stands for, posture).
// Rules built on the answers report only YES/NO outcomes, never MAYBE.

import type { JsonPath } from '../engine/rule.ts';
import { findMember, type JsonObject } from './members.ts';
import type { PolicyModel } from './policy-model.ts';
import { classifySelector, type Selector } from './selectors.ts';

export const NO = 0;
export const MAYBE = 1;
export const YES = 2;
export type Certainty = typeof NO | typeof MAYBE | typeof YES;

export interface SshRuleView {
  path: JsonPath;
  /** The trimmed action; anything else than accept/check makes every answer at most MAYBE. */
  action: string;
  src: Selector[];
  dst: Selector[];
  users: string[];
  /** MAYBE when posture conditions (own or default) decide whether the rule applies. */
  cap: Certainty;
}

export interface Verdict {
  certainty: Certainty;
  /** The rule that gives the best certainty (when it is above NO). */
  rule?: JsonPath;
}

const strings = (object: JsonObject, name: string): string[] => {
  const member = findMember(object, name);
  return Array.isArray(member?.value) ? member.value.filter((v): v is string => typeof v === 'string') : [];
};

/** Exact equality is YES; equality ignoring case is MAYBE (logins and names are usually lower case). */
function same(a: string, b: string): Certainty {
  if (a === b) return YES;
  return a.toLowerCase() === b.toLowerCase() ? MAYBE : NO;
}

/** A tag or a login with a port or another colon (`tag:web:22`): not a device name. */
function malformed(to: Selector): boolean {
  return to.text.includes(':', to.kind === 'tag' ? 'tag:'.length : 0);
}

function domainOf(login: string): string {
  return login.slice(login.lastIndexOf('@') + 1);
}

export class SshAccess {
  readonly rules: readonly SshRuleView[];
  /** Group members by lower-case group name, built on first use. */
  private groups: Map<string, string[]> | undefined;
  /** Rules by a tag or user in their `dst` (lower case), so a test only looks at rules that may apply. */
  private readonly byDestination = new Map<string, number[]>();
  /** Rules with any other destination (autogroups, hosts, …): they may apply to any device. */
  private readonly anyDestination: number[] = [];

  constructor(private readonly model: PolicyModel) {
    const fallback = model.section('defaultSrcPosture');
    const defaultPosture = Array.isArray(fallback?.value) && fallback.value.length > 0;
    this.rules = model.entries('ssh').map(({ path, value }) => {
      const action = findMember(value, 'action')?.value;
      const posture = findMember(value, 'srcPosture');
      const postured = posture ? !(Array.isArray(posture.value) && posture.value.length === 0) : defaultPosture;
      return {
        path,
        action: typeof action === 'string' ? action.trim() : '',
        src: strings(value, 'src').map(classifySelector),
        dst: strings(value, 'dst').map(classifySelector),
        users: strings(value, 'users'),
        cap: postured ? MAYBE : YES,
      };
    });
    this.rules.forEach((rule, index) => {
      if (rule.dst.some((d) => d.kind !== 'tag' && d.kind !== 'user')) {
        this.anyDestination.push(index);
        return;
      }
      for (const key of new Set(rule.dst.map((d) => d.text.toLowerCase()))) {
        const list = this.byDestination.get(key);
        if (list) list.push(index);
        else this.byDestination.set(key, [index]);
      }
    });
  }

  /** Indexes of the rules that may apply to the device `to`, in file order. */
  private candidates(to: Selector): Iterable<number> {
    if ((to.kind !== 'tag' && to.kind !== 'user') || malformed(to)) return this.rules.keys();
    const named = this.byDestination.get(to.text.toLowerCase()) ?? [];
    if (this.anyDestination.length === 0) return named;
    if (named.length === 0) return this.anyDestination;
    return [...named, ...this.anyDestination].sort((a, b) => a - b);
  }

  /**
   * May `src` log in as `login` on `dst`? With `checkOnly`, only `check` rules count. Answers the
   * best certainty over the rules and the rule giving it.
   */
  allows(src: string, dst: string, login: string, checkOnly = false): Verdict {
    const from = classifySelector(src);
    const to = classifySelector(dst);
    let best: Verdict = { certainty: NO };
    for (const index of this.candidates(to)) {
      const rule = this.rules[index]!;
      const known = rule.action === 'accept' || rule.action === 'check';
      if (checkOnly && known && rule.action !== 'check') continue;
      let certainty: Certainty = known ? rule.cap : MAYBE;
      certainty = Math.min(certainty, this.best(rule.src, (s) => this.source(from, s))) as Certainty;
      if (certainty === NO) continue;
      certainty = Math.min(certainty, this.best(rule.dst, (d) => this.destination(from, to, d))) as Certainty;
      if (certainty === NO) continue;
      certainty = Math.min(certainty, this.best(rule.users, (u) => this.login(from, login, u))) as Certainty;
      if (certainty > best.certainty) best = { certainty, rule: rule.path };
      if (certainty === YES) break;
    }
    return best;
  }

  private best<T>(items: readonly T[], match: (item: T) => Certainty): Certainty {
    let best: Certainty = NO;
    for (const item of items) {
      const certainty = match(item);
      if (certainty > best) best = certainty;
      if (best === YES) break;
    }
    return best;
  }

  private members(group: string): string[] | undefined {
    if (!this.groups) {
      this.groups = new Map();
      for (const [name, definition] of this.model.groups) {
        const members = Array.isArray(definition.value) ? definition.value.filter((v): v is string => typeof v === 'string') : [];
        this.groups.set(name.toLowerCase(), members.map((m) => m.trim()));
      }
    }
    return this.groups.get(group.toLowerCase());
  }

  /** Does the rule source `rule` cover the test source? */
  source(from: Selector, rule: Selector): Certainty {
    switch (from.kind) {
      case 'user':
        switch (rule.kind) {
          case 'user':
            return same(from.text, rule.text);
          case 'group': {
            const members = this.members(rule.text);
            return members ? this.best(members, (m) => same(from.text, m)) : MAYBE;
          }
          case 'domain-users':
            return same(domainOf(from.text), rule.text.slice('user:*@'.length)) === NO ? NO : MAYBE;
          case 'tag':
            return NO;
          case 'autogroup':
            return rule.text === 'autogroup:tagged' ? NO : MAYBE;
          default:
            return MAYBE;
        }
      case 'tag':
        switch (rule.kind) {
          case 'tag':
            return same(from.text, rule.text);
          case 'autogroup':
            return rule.text === 'autogroup:tagged' ? YES : MAYBE;
          case 'user':
          case 'group':
          case 'domain-users':
            return NO;
          default:
            return MAYBE;
        }
      case 'group': {
        const members = this.members(from.text);
        switch (rule.kind) {
          case 'group': {
            if (same(from.text, rule.text) === YES) return YES;
            const others = this.members(rule.text);
            if (!members || !others) return MAYBE;
            return members.some((m) => others.some((o) => same(m, o) !== NO)) ? MAYBE : NO;
          }
          case 'user':
            if (!members) return MAYBE;
            return members.some((m) => same(m, rule.text) !== NO) ? MAYBE : NO;
          case 'domain-users': {
            if (!members) return MAYBE;
            const domain = rule.text.slice('user:*@'.length);
            return members.some((m) => same(domainOf(m), domain) !== NO) ? MAYBE : NO;
          }
          case 'tag':
            return NO;
          case 'autogroup':
            return rule.text === 'autogroup:tagged' ? NO : MAYBE;
          default:
            return MAYBE;
        }
      }
      default:
        return MAYBE;
    }
  }

  /** Does the rule destination `rule` cover the tested device `to`, reached from `from`? */
  destination(from: Selector, to: Selector, rule: Selector): Certainty {
    // A malformed destination (`tag:web:22`) is another rule's to report, not a failed assertion.
    if (malformed(to)) return MAYBE;
    if (to.kind === 'tag') {
      switch (rule.kind) {
        case 'tag':
          return same(to.text, rule.text);
        case 'autogroup':
          if (rule.text === 'autogroup:tagged') return YES;
          return rule.text === 'autogroup:self' || rule.text === 'autogroup:member' ? NO : MAYBE;
        case 'user':
        case 'group':
        case 'domain-users':
          return NO;
        default:
          return MAYBE;
      }
    }
    if (to.kind === 'user') {
      switch (rule.kind) {
        case 'autogroup':
          if (rule.text === 'autogroup:self') return this.isUser(from, to.text);
          return rule.text === 'autogroup:tagged' ? NO : MAYBE;
        case 'user':
          return same(to.text, rule.text);
        case 'tag':
          return NO;
        default:
          return MAYBE;
      }
    }
    return MAYBE;
  }

  /** Is the test source the user `login` (for `autogroup:self`)? */
  private isUser(from: Selector, login: string): Certainty {
    if (from.kind === 'user') return same(from.text, login);
    if (from.kind === 'tag') return NO;
    if (from.kind === 'group') {
      const members = this.members(from.text);
      if (members) return members.some((m) => same(m, login) !== NO) ? MAYBE : NO;
    }
    return MAYBE;
  }

  /** Does the rule's `users` entry let the test source log in as `login`? */
  login(from: Selector, login: string, entry: string): Certainty {
    if (entry === login) return YES;
    if (entry === 'autogroup:nonroot') return login === 'root' ? NO : YES;
    if (!entry.startsWith('localpart:*@')) return NO;
    const domain = entry.slice('localpart:*@'.length);
    const expected = `${login}@${domain}`;
    if (from.kind === 'user') return from.text === expected ? YES : NO;
    if (from.kind === 'tag') return NO;
    if (from.kind === 'group') {
      const members = this.members(from.text);
      if (members) return members.includes(expected) ? MAYBE : NO;
    }
    return MAYBE;
  }
}

