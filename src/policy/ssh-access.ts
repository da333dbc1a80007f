// A small, cautious evaluator of the `ssh` rules for `sshTests`: may this identity log in as this
// name on this device? Offline we know no devices, so every answer is three-valued: YES when the
// rules certainly allow it, NO when they certainly do not, MAYBE when it depends on what we cannot
// see (the tags of a device behind a host or an IP, which member a group test stands for, posture).
// Rules built on the answers report only YES/NO outcomes, never MAYBE.

import type { JsonPath } from '../engine/rule.ts';
import { findMember, memberKey, type JsonObject } from './members.ts';
import type { Entry, PolicyModel } from './policy-model.ts';
import { classifySelector, type Selector } from './selectors.ts';

export const NO = 0;
export const MAYBE = 1;
export const YES = 2;
export type Certainty = typeof NO | typeof MAYBE | typeof YES;

// The parts of an SSH rule a test is matched against.
const SOURCES = 0;
const DESTINATIONS = 1;
const LOGINS = 2;

/** An SSH rule as tests are matched against it: its selectors classified once. */
export class SshRuleView {
  /** The trimmed action; anything else than accept/check makes every answer at most MAYBE. */
  readonly action: string;
  readonly src: Selector[];
  readonly dst: Selector[];
  readonly users: string[];
  /** MAYBE when posture conditions (own or default) decide whether the rule applies. */
  readonly cap: Certainty;

  constructor(
    private readonly entry: Entry,
    defaultPosture: boolean,
  ) {
    const value = entry.value;
    const action = findMember(value, 'action')?.value;
    const posture = findMember(value, 'srcPosture');
    const postured = posture ? !(Array.isArray(posture.value) && posture.value.length === 0) : defaultPosture;
    this.action = typeof action === 'string' ? action.trim() : '';
    this.src = selectors(value, 'src');
    this.dst = selectors(value, 'dst');
    this.users = strings(value, 'users');
    this.cap = postured ? MAYBE : YES;
  }

  get path(): JsonPath {
    return this.entry.path;
  }
}

export interface Verdict {
  certainty: Certainty;
  /** The rule that gives the best certainty (when it is above NO). */
  rule?: JsonPath;
}

/** The string elements of array member `name` (found without regard to case), as written. */
function strings(object: JsonObject, name: string): string[] {
  const key = memberKey(object, name);
  const value = key === undefined ? undefined : object[key];
  const out: string[] = [];
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') out.push(value[i] as string);
  return out;
}

/** The string elements of array member `name`, trimmed and classified. */
function selectors(object: JsonObject, name: string): Selector[] {
  const texts = strings(object, name);
  const out: Selector[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) out[i] = classifySelector(texts[i]!);
  return out;
}

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
  /** Group members (trimmed) by group name as asked, built on first use of each. */
  private readonly groups = new Map<string, string[] | undefined>();
  /** Group names by lower-case spelling, for a group written in another case (built when needed). */
  private lowerGroups: Map<string, string> | undefined;
  /** Rules by a tag or user in their `dst` (lower case), so a test only looks at rules that may apply. */
  private readonly byDestination = new Map<string, number[]>();
  /** Rules with any other destination (autogroups, hosts, …): they may apply to any device. */
  private readonly anyDestination: number[] = [];

  constructor(private readonly model: PolicyModel) {
    const fallback = model.section('defaultSrcPosture');
    const defaultPosture = Array.isArray(fallback?.value) && fallback.value.length > 0;
    const entries = model.entries('ssh');
    const rules: SshRuleView[] = (this.rules = []);
    for (let index = 0; index < entries.length; index++) {
      const rule = new SshRuleView(entries[index]!, defaultPosture);
      rules.push(rule);
      const dst = rule.dst;
      if (dst.some((d) => d.kind !== 'tag' && d.kind !== 'user')) {
        this.anyDestination.push(index);
        continue;
      }
      for (let i = 0; i < dst.length; i++) {
        const key = dst[i]!.text.toLowerCase();
        const list = this.byDestination.get(key);
        if (!list) this.byDestination.set(key, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
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
    return this.verdict(classifySelector(src), classifySelector(dst), login, checkOnly);
  }

  /** `allows` for selectors already classified (a test asks about each login on each device). */
  verdict(from: Selector, to: Selector, login: string, checkOnly = false): Verdict {
    let best: Certainty = NO;
    let bestRule: SshRuleView | undefined;
    for (const index of this.candidates(to)) {
      const rule = this.rules[index]!;
      const known = rule.action === 'accept' || rule.action === 'check';
      if (checkOnly && known && rule.action !== 'check') continue;
      let certainty = Math.min(known ? rule.cap : MAYBE, this.part(SOURCES, rule, from, to, login)) as Certainty;
      if (certainty !== NO) certainty = Math.min(certainty, this.part(DESTINATIONS, rule, from, to, login)) as Certainty;
      if (certainty !== NO) certainty = Math.min(certainty, this.part(LOGINS, rule, from, to, login)) as Certainty;
      if (certainty === NO) continue;
      if (certainty > best) {
        best = certainty;
        bestRule = rule;
      }
      if (certainty === YES) break;
    }
    return bestRule ? { certainty: best, rule: bestRule.path } : { certainty: best };
  }

  /** The best certainty that any of the rule's sources, destinations or logins gives (a loop, no closure: tests ask often). */
  private part(which: typeof SOURCES | typeof DESTINATIONS | typeof LOGINS, rule: SshRuleView, from: Selector, to: Selector, login: string): Certainty {
    const length = which === SOURCES ? rule.src.length : which === DESTINATIONS ? rule.dst.length : rule.users.length;
    let most: Certainty = NO;
    for (let i = 0; i < length && most !== YES; i++) {
      const c =
        which === SOURCES ? this.source(from, rule.src[i]!) : which === DESTINATIONS ? this.destination(from, to, rule.dst[i]!) : this.login(from, login, rule.users[i]!);
      if (c > most) most = c;
    }
    return most;
  }

  /** Whether any member of `members` equals `name` (MAYBE when only ignoring case). */
  private anyMember(members: readonly string[], name: string): Certainty {
    let best: Certainty = NO;
    for (let i = 0; i < members.length && best !== YES; i++) {
      const c = same(name, members[i]!);
      if (c > best) best = c;
    }
    return best;
  }

  private members(group: string): string[] | undefined {
    if (this.groups.has(group)) return this.groups.get(group);
    const groups = this.model.groups;
    let value = groups.valueOf(group);
    if (value === undefined && !groups.has(group)) {
      if (!this.lowerGroups) {
        this.lowerGroups = new Map();
        for (const name of groups.keys()) this.lowerGroups.set(name.toLowerCase(), name);
      }
      const name = this.lowerGroups.get(group.toLowerCase());
      if (name === undefined) {
        this.groups.set(group, undefined);
        return undefined;
      }
      value = groups.valueOf(name);
    }
    const members: string[] = [];
    if (Array.isArray(value)) for (const m of value) if (typeof m === 'string') members.push(m.trim());
    this.groups.set(group, members);
    return members;
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
            return members ? this.anyMember(members, from.text) : MAYBE;
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

