// Every setup kind, with and without a recorder: a complete policy lints clean with the
// declaration, and removing any one required entry gives an error of the rule that owns it,
// naming the entry.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintTextNow } from '../run/lint-file.ts';

interface Case {
  name: string;
  declaration: Record<string, unknown>;
  proxy: string;
  operator?: string;
  ports: number[];
  service: boolean;
}

const CASES: Case[] = [
  { name: 'cks tailscale-managed', declaration: { proxy: 'cks', auth: ['tailscale-managed'] }, proxy: 'tag:coreweave', ports: [443], service: true },
  { name: 'cks coreweave-managed', declaration: { proxy: 'cks', auth: ['coreweave-managed'] }, proxy: 'tag:coreweave', ports: [9443], service: true },
  { name: 'cks direct', declaration: { proxy: 'cks', auth: ['direct'] }, proxy: 'tag:coreweave', ports: [6443], service: true },
  { name: 'operator auth', declaration: { proxy: 'operator', mode: 'auth' }, proxy: 'tag:k8s-operator', operator: 'tag:k8s-operator', ports: [443], service: false },
  { name: 'operator noauth', declaration: { proxy: 'operator', mode: 'noauth' }, proxy: 'tag:k8s-operator', operator: 'tag:k8s-operator', ports: [443], service: false },
  { name: 'proxygroup auth', declaration: { proxy: 'proxygroup', mode: 'auth' }, proxy: 'tag:k8s', operator: 'tag:k8s-operator', ports: [80, 443], service: true },
  { name: 'proxygroup noauth', declaration: { proxy: 'proxygroup', mode: 'noauth' }, proxy: 'tag:k8s', operator: 'tag:k8s-operator', ports: [80, 443], service: true },
];

const REC = 'tag:tsrecorder';

interface Built {
  policy: Record<string, unknown>;
  /** Removable entries: label → [rule id, text the message must name, remove it]. */
  removals: [string, string, string, (p: any) => void][];
}

function build(c: Case, recorder: boolean): Built {
  const tagOwners: Record<string, string[]> = {};
  const grants: Record<string, unknown>[] = [];
  const removals: Built['removals'] = [];
  if (c.operator) {
    tagOwners[c.operator] = [];
    tagOwners['tag:k8s'] = [c.operator];
    removals.push(['operator tag', 'k8s-proxy-tags', `"${c.operator}": []`, (p) => delete p.tagOwners[c.operator!]]);
    removals.push(['tag:k8s', 'k8s-proxy-tags', `"tag:k8s": ["${c.operator}"]`, (p) => delete p.tagOwners['tag:k8s']]);
  } else {
    tagOwners[c.proxy] = [];
    removals.push(['proxy tag', 'k8s-proxy-tags', `"${c.proxy}": []`, (p) => delete p.tagOwners[c.proxy]]);
  }
  const policy: Record<string, unknown> = { groups: { 'group:eng': ['alice@example.com'] }, tagOwners, grants };
  if (c.service) {
    const key = c.proxy === 'tag:coreweave' ? c.proxy : 'svc:*';
    policy.autoApprovers = { services: { [key]: [c.proxy] } };
    removals.push(['service approval', 'k8s-service-approval', `"${key}": ["${c.proxy}"]`, (p) => delete p.autoApprovers]);
  }
  grants.push({ src: ['group:eng'], dst: [c.proxy], ip: c.ports.map((p) => `tcp:${p}`) });
  for (const port of c.ports) {
    removals.push([`tcp:${port}`, 'k8s-proxy-reachable', `tcp:${port}`, (p) => (p.grants[0].ip = p.grants[0].ip.filter((i: string) => i !== `tcp:${port}`))]);
  }
  if (recorder) {
    tagOwners[REC] = c.operator ? [c.operator] : [];
    grants.push({ src: [c.proxy], dst: [REC], ip: ['tcp:80'] });
    grants.push({ src: ['group:eng'], dst: [c.proxy], app: { 'tailscale.com/cap/kubernetes': [{ recorder: [REC], enforceRecorder: true }] } });
    removals.push(['recorder tag', 'k8s-proxy-tags', `"${REC}"`, (p) => delete p.tagOwners[REC]]);
    removals.push(['recorder path', 'k8s-proxy-reachable', `{"src": ["${c.proxy}"], "dst": ["${REC}"], "ip": ["tcp:80"]}`, (p) => p.grants.splice(1, 1)]);
    removals.push(['recording grant', 'k8s-grant-targets', `"recorder": ["${REC}"]`, (p) => p.grants.splice(2, 1)]);
  }
  return { policy, removals };
}

function lint(policy: unknown, declaration: Record<string, unknown>) {
  const settings = { kubernetes: [{ ...declaration, users: ['group:eng'] }] };
  const result = lintTextNow('p.hujson', JSON.stringify(policy, null, 2), { config: { path: 'c', rules: {}, settings, ignorePatterns: [] } });
  // k8s-session-recording always warns on recorder entries: it is advice, not a missing entry.
  return result.messages.filter((m) => m.ruleId !== 'k8s-session-recording');
}

for (const c of CASES) {
  for (const recorder of [false, true]) {
    const declaration = recorder ? { ...c.declaration, recorder: { tag: REC, enforce: true } } : c.declaration;
    test(`${c.name}${recorder ? ' with a recorder' : ''}`, () => {
      const { policy, removals } = build(c, recorder);
      assert.equal(lint(policy, declaration), [], 'the complete policy lints clean');
      for (const [label, ruleId, named, remove] of removals) {
        const broken = structuredClone(policy);
        remove(broken);
        const messages = lint(broken, declaration);
        const hit = messages.find((m) => m.ruleId === ruleId && m.severity === 2 && m.message.includes(named));
        assert.ok(hit, `removing the ${label}: no ${ruleId} error naming ${named}: ${JSON.stringify(messages.map((m) => `${m.ruleId}: ${m.message}`), null, 1)}`);
      }
    });
  }
}

test.run();
