import { defineRule, type Report } from '../src/engine/rule.ts';
import { findMember, isObject, memberKey } from '../src/policy/members.ts';
import { modelOf, type Entry, type Site } from '../src/policy/policy-model.ts';
import { IDENTITY_AUTOGROUPS, selectorKind } from '../src/policy/selectors.ts';

const q = JSON.stringify;

// Which autogroups each site accepts (spec §2.2). SSH destinations and users, tests and group
// members are checked by the SSH/tests rules; `via` by valid-via.
const ALLOWED: Partial<Record<Site, ReadonlySet<string>>> = {};
const allow = (sites: Site[], names: readonly string[]) => {
  for (const site of sites) ALLOWED[site] = new Set(names);
};
allow(['acl.src', 'grant.src'], [...IDENTITY_AUTOGROUPS, 'autogroup:shared', 'autogroup:danger-all']);
allow(['acl.dst', 'grant.dst'], [...IDENTITY_AUTOGROUPS, 'autogroup:self', 'autogroup:internet']);
// Only what is known to be wrong in an SSH source; shared and danger-all there are unverified.
allow(['ssh.src'], [...IDENTITY_AUTOGROUPS, 'autogroup:shared', 'autogroup:danger-all']);
allow(['tagOwners.owner', 'autoApprovers.route', 'autoApprovers.exitNode', 'autoApprovers.serviceHost', 'nodeAttrs.target'], IDENTITY_AUTOGROUPS);

const SITE_NAMES: Partial<Record<Site, string>> = {
  'acl.src': 'an ACL "src"',
  'grant.src': 'a grant "src"',
  'acl.dst': 'an ACL "dst"',
  'grant.dst': 'a grant "dst"',
  'ssh.src': 'an SSH rule "src"',
  'tagOwners.owner': '"tagOwners"',
  'autoApprovers.route': '"autoApprovers"',
  'autoApprovers.exitNode': '"autoApprovers"',
  'autoApprovers.serviceHost': '"autoApprovers"',
  'nodeAttrs.target': 'a "nodeAttrs" target',
};

const VALID_IN: Record<string, string> = {
  'autogroup:self': 'in the "dst" of ACLs, grants and SSH rules',
  'autogroup:internet': 'in the "dst" of ACLs and grants',
  'autogroup:shared': 'in the "src" of ACLs and grants',
  'autogroup:danger-all': 'in the "src" of ACLs and grants',
  'autogroup:nonroot': 'in the "users" of SSH rules',
};

const ACL_SRC = ['src', 'users'];
const SRC = ['src'];
const DST = ['dst'];

const SRC_SITES: ReadonlySet<Site> = new Set<Site>(['acl.src', 'grant.src', 'ssh.src']);

// Each autogroup has its places: autogroup:self only as a destination and only for sources that are
// users, groups or user autogroups; autogroup:internet only as a destination and never with app
// capabilities; autogroup:danger-all only as a source; autogroup:self as a nodeAttrs target makes
// the control plane fail with an internal server error. Unknown autogroups are valid-autogroups'.
export default defineRule({
  id: 'autogroup-placement',
  description: 'Autogroups must be used where Tailscale allows them (self and internet as destinations, danger-all as a source, …)',
  severity: 'error',
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const uses = model.selectorUses();
    // The rules (by index in "acls" and "grants") whose "dst" holds autogroup:self, and the grants whose "dst" holds autogroup:internet.
    const self = { acls: new Set<number>(), grants: new Set<number>() };
    const internet = new Set<number>();
    for (let i = 0; i < uses.length; i++) {
      // The store knows each string's kind: the others are not read.
      if (uses.kind(i) !== 'autogroup') continue;
      const site = uses.site(i);
      const allowed = ALLOWED[site];
      if (!allowed) continue;
      const name = uses.selector(i)!;
      if (name === 'autogroup:self' && (site === 'acl.dst' || site === 'grant.dst')) self[site === 'acl.dst' ? 'acls' : 'grants'].add(uses.owner(i)[1] as number);
      if (name === 'autogroup:internet' && site === 'grant.dst') internet.add(uses.owner(i)[1] as number);
      if (allowed.has(name) || !(name in VALID_IN)) continue;
      report({ path: uses.path(i), message: misplaced(name, site) });
    }
    // Most policies have neither: their rules are not read again.
    for (const acl of model.entries('acls')) if (self.acls.has(acl.index)) checkSelf(acl, ACL_SRC, false, report);
    for (const grant of model.entries('grants')) {
      if (self.grants.has(grant.index)) checkSelf(grant, SRC, true, report);
      if (internet.has(grant.index)) checkInternetApp(grant, report);
    }
  },
});

function misplaced(name: string, site: Site): string {
  if (name === 'autogroup:self' && SRC_SITES.has(site)) {
    return `"autogroup:self" cannot be a source; it belongs in "dst", where it means each source user's own devices`;
  }
  if (name === 'autogroup:self' && site === 'nodeAttrs.target') {
    return `"autogroup:self" cannot be a "nodeAttrs" target (Tailscale fails with an internal server error); target users, groups or "autogroup:member" instead`;
  }
  if (name === 'autogroup:danger-all' && (site === 'acl.dst' || site === 'grant.dst')) {
    return `"autogroup:danger-all" cannot be a destination; use "*" for everything in the tailnet or "autogroup:internet" for the internet through exit nodes`;
  }
  return `${q(name)} cannot be used in ${SITE_NAMES[site] ?? 'this place'}; it is valid only ${VALID_IN[name]}`;
}

/** Calls `each` for every string in the array members `names` of the entry (no paths built: most entries report nothing). */
function eachString(entry: Entry, names: readonly string[], each: (text: string, key: string, index: number) => boolean | void): boolean {
  for (const name of names) {
    const key = memberKey(entry.value, name);
    const list = key === undefined ? undefined : entry.value[key];
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index++) {
      const text: unknown = list[index];
      if (typeof text === 'string' && each(text, key!, index) === true) return true;
    }
  }
  return false;
}

// autogroup:self means "the source user's own devices", so a rule that uses it may only have
// user-like sources: no tags, no autogroup:tagged, and in grants not "*" either.
function checkSelf(entry: Entry, src: readonly string[], isGrant: boolean, report: (r: Report) => void) {
  eachString(entry, src, (text, key, index) => {
    const kind = selectorKind(text.trim());
    const wildcard = isGrant && kind === 'wildcard';
    if (kind !== 'tag' && text.trim() !== 'autogroup:tagged' && !wildcard) return;
    const path = [...entry.path, key, index];
    report({
      path,
      message: `${q(text)} cannot be a source of a rule whose "dst" has "autogroup:self", which works only with users, groups and user autogroups; move ${q(text)} to a separate rule${wildcard ? ' or use "autogroup:member"' : ''}`,
      ...(wildcard
        ? { suggestions: [{ description: 'Use "autogroup:member" (every user\'s own devices)', ops: [{ op: 'replace-value' as const, path, value: 'autogroup:member' }] }] }
        : {}),
    });
  });
}

function checkInternetApp(grant: Entry, report: (r: Report) => void) {
  const app = findMember(grant.value, 'app');
  if (!app || !isObject(app.value) || Object.keys(app.value).length === 0) return;
  eachString(grant, DST, (text, key, index) => {
    if (text.trim() !== 'autogroup:internet') return;
    report({
      path: [...grant.path, key, index],
      message: `"autogroup:internet" cannot receive "app" capabilities; move "app" to a grant whose "dst" names the devices that read them`,
    });
  });
}
