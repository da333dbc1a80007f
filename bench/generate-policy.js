// Generates realistic Tailscale policy files (HuJSON) of a given size for the benchmark.
//
// A policy is built from "teams": each team adds a group, tags and their owners, hosts, a
// posture, an ipset, ACL rules, grants (ip and a tailscale.com/cap/kubernetes app grant), an SSH
// rule, node attributes, auto-approvers (routes, exit nodes, services), tests and SSH tests.
// Every name is unique and every reference resolves. The text has // and /* */ comments and
// trailing commas everywhere, as hand-kept HuJSON files do. Extra host entries pad the file to
// within a few dozen bytes of the requested size.
//
// Some comments hold a non-ASCII character (an en dash), as hand-written files often do; one is
// enough to make V8 keep the whole decoded text as a two-byte string, which costs the CLI ~1 byte of peak RSS
// per input byte more than an all-ASCII file would.
//
// `legacyUsers: N` writes N of the ACL rules (spread evenly) with the legacy `users` key
// instead of `src`: exactly N fixable no-legacy-acl-keys warnings.

const pad = (i, width = 5) => String(i).padStart(width, '0');

/** A CGNAT (100.64.0.0/10) address unique per index. */
function tailnetIp(i, base = 64) {
  return `100.${base + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

/** A /24 route unique per index (up to 65,536 teams). */
function route(i) {
  return `10.${(i >> 8) & 255}.${i & 255}.0/24`;
}

const q = (s) => JSON.stringify(s);
const list = (items) => `[${items.map(q).join(', ')}]`;

const OSES = ["'macos', 'linux'", "'linux'", "'windows'", "'macos', 'ios'", "'linux', 'windows'"];

/** The text of a policy with `teams` teams and `extraHosts` padding host entries. */
function render(teams, extraHosts, legacy) {
  if (teams > 65536) throw new Error(`too many teams (${teams}) for unique routes`);
  const out = [];
  const T = (i) => pad(i);
  const legacySet = new Set();
  if (legacy > 0) {
    if (legacy > teams) throw new Error(`cannot place ${legacy} legacy ACL rules among ${teams} teams`);
    for (let k = 0; k < legacy; k++) legacySet.add(Math.floor((k * teams) / legacy));
    if (legacySet.size !== legacy) throw new Error('legacy rule placement collided');
  }

  out.push('// Tailnet policy for example.com, generated for the tailpolicy benchmark.');
  out.push('// Edit with care: every change is reviewed by the network team.');
  out.push('{');

  // groups
  out.push('  /*');
  out.push('   * Groups: one per team. Members are listed by login name.');
  out.push('   */');
  out.push('  "groups": {');
  for (let i = 0; i < teams; i++) {
    if (i % 10 === 0) out.push(`    // Teams ${T(i)}–${T(Math.min(i + 9, teams - 1))}`);
    out.push(`    "group:team-${T(i)}": ${list([`alice.${T(i)}@example.com`, `bob.${T(i)}@example.com`, `carol.${T(i)}@example.com`])},`);
    out.push(`    "group:oncall-${T(i)}": ${list([`bob.${T(i)}@example.com`])}, // rotates weekly`);
  }
  out.push('  },');
  out.push('');

  // tagOwners
  out.push('  // Who may apply each tag.');
  out.push('  "tagOwners": {');
  for (let i = 0; i < teams; i++) {
    out.push(`    "tag:svc-${T(i)}": ${list([`group:team-${T(i)}`])},`);
    out.push(`    "tag:k8s-${T(i)}": ${list([`group:team-${T(i)}`, 'autogroup:admin'])},`);
    out.push(`    "tag:router-${T(i)}": ${list(['autogroup:admin'])},`);
  }
  // Padding: tags for devices not yet deployed (an unused tag is not a problem).
  for (let i = 0; i < extraHosts; i++) out.push(`    "tag:spare-${pad(i, 6)}": ${list(['autogroup:admin'])},`);
  out.push('  },');
  out.push('');

  // hosts
  out.push('  "hosts": {');
  for (let i = 0; i < teams; i++) {
    out.push(`    "db-${T(i)}": ${q(tailnetIp(i))},`);
    out.push(`    "net-${T(i)}": ${q(route(i))}, /* team ${T(i)} VPC */`);
  }
  out.push('  },');
  out.push('');

  // postures
  out.push('  // Device posture: what a device must be to reach production.');
  out.push('  "postures": {');
  for (let i = 0; i < teams; i++) {
    out.push(`    "posture:baseline-${T(i)}": [`);
    out.push(`      "node:os IN [${OSES[i % OSES.length]}]",`);
    out.push(`      "node:tsReleaseTrack == 'stable'",`);
    out.push(`      "node:tsVersion >= '1.${60 + (i % 20)}'",`);
    out.push('    ],');
  }
  out.push('  },');
  out.push('');

  // ipsets
  out.push('  "ipsets": {');
  for (let i = 0; i < teams; i++) {
    out.push(`    "ipset:team-${T(i)}": ${list([`add host:db-${T(i)}`, `add ${route(i)}`, `remove ${route(i).replace(/\.0\/24$/, '.128/25')}`])},`);
  }
  out.push('  },');
  out.push('');

  // acls
  out.push('  /*');
  out.push('   * Network ACLs. Default deny: anything not listed here is blocked.');
  out.push('   * Keep rules grouped by team.');
  out.push('   */');
  out.push('  "acls": [');
  for (let i = 0; i < teams; i++) {
    out.push(`    // Team ${T(i)} reaches its services and database.`);
    out.push('    {');
    out.push('      "action": "accept",');
    out.push(`      "${legacySet.has(i) ? 'users' : 'src'}": ${list([`group:team-${T(i)}`])},`);
    out.push('      "proto": "tcp",');
    out.push(`      "dst": ${list([`tag:svc-${T(i)}:443,8443`, `db-${T(i)}:5432`])},`);
    out.push(`      "srcPosture": ${list([`posture:baseline-${T(i)}`])},`);
    out.push('    },');
    out.push(`    {"action": "accept", "src": ${list([`group:oncall-${T(i)}`])}, "dst": ${list([`ipset:team-${T(i)}:*`, `net-${T(i)}:22`])}}, // on-call`);
  }
  out.push('  ],');
  out.push('');

  // grants
  out.push('  "grants": [');
  for (let i = 0; i < teams; i++) {
    out.push('    {');
    out.push(`      "src": ${list([`group:team-${T(i)}`])},`);
    out.push(`      "dst": ${list([`tag:svc-${T(i)}`])},`);
    out.push(`      "ip": ${list(['tcp:443', 'udp:53', 'icmp:*'])},`);
    out.push('    },');
    out.push(`    // Kubernetes API-server proxy access for team ${T(i)}.`);
    out.push('    {');
    out.push(`      "src": ${list([`group:team-${T(i)}`])},`);
    out.push(`      "dst": ${list([`tag:k8s-${T(i)}`])},`);
    out.push('      "app": {');
    out.push('        "tailscale.com/cap/kubernetes": [');
    out.push('          {');
    out.push('            "impersonate": {');
    out.push(`              "groups": ${list([i % 4 === 0 ? 'system:masters' : `team-${T(i)}-developers`])},`);
    out.push('            },');
    out.push('            "enableEvents": false,');
    out.push('          },');
    out.push('        ],');
    out.push('      },');
    out.push('    },');
  }
  out.push('  ],');
  out.push('');

  // ssh
  out.push('  // Tailscale SSH.');
  out.push('  "ssh": [');
  for (let i = 0; i < teams; i++) {
    out.push('    {');
    out.push(`      "action": ${q(i % 2 === 0 ? 'check' : 'accept')},`);
    out.push(`      "src": ${list([`group:team-${T(i)}`])},`);
    out.push(`      "dst": ${list([`tag:svc-${T(i)}`])},`);
    out.push(`      "users": ${list(['autogroup:nonroot', `deploy${T(i)}`])},`);
    if (i % 2 === 0) out.push('      "checkPeriod": "12h",');
    out.push('    },');
  }
  out.push('  ],');
  out.push('');

  // nodeAttrs
  out.push('  "nodeAttrs": [');
  for (let i = 0; i < teams; i++) {
    out.push(`    {"target": ${list([`tag:svc-${T(i)}`])}, "attr": ${list([i % 3 === 0 ? 'funnel' : 'drive:share'])}},`);
  }
  out.push('  ],');
  out.push('');

  // autoApprovers
  out.push('  "autoApprovers": {');
  out.push('    "routes": {');
  for (let i = 0; i < teams; i++) out.push(`      ${q(route(i))}: ${list([`tag:router-${T(i)}`])},`);
  out.push('    },');
  out.push('    // Any team router may offer itself as an exit node.');
  out.push('    "exitNode": [');
  for (let i = 0; i < teams; i++) out.push(`      ${q(`tag:router-${T(i)}`)},`);
  out.push('    ],');
  out.push('    "services": {');
  for (let i = 0; i < teams; i++) out.push(`      "svc:web-${T(i)}": ${list([`tag:svc-${T(i)}`])},`);
  out.push('    },');
  out.push('  },');
  out.push('');

  // tests
  out.push('  // Policy tests: run by Tailscale on every save.');
  out.push('  "tests": [');
  for (let i = 0; i < teams; i++) {
    out.push('    {');
    out.push(`      "src": ${q(`alice.${T(i)}@example.com`)},`);
    out.push('      "proto": "tcp",');
    out.push(`      "accept": ${list([`tag:svc-${T(i)}:443`, `db-${T(i)}:5432`])},`);
    out.push(`      "deny": ${list([`tag:svc-${T(i)}:3389`])},`);
    out.push('    },');
  }
  out.push('  ],');
  out.push('');

  // sshTests
  out.push('  "sshTests": [');
  for (let i = 0; i < teams; i++) {
    out.push('    {');
    out.push(`      "src": ${q(`alice.${T(i)}@example.com`)},`);
    out.push(`      "dst": ${list([`tag:svc-${T(i)}`])},`);
    out.push(`      ${q(i % 2 === 0 ? 'check' : 'accept')}: ${list([`deploy${T(i)}`])},`);
    out.push(`      "deny": ${list(['root'])},`);
    out.push('    },');
  }
  out.push('  ],');
  out.push('}');
  out.push('');
  return out.join('\n');
}

/**
 * A policy of about `targetBytes` bytes (UTF-8). `legacyUsers` ACL rules use `users` for `src`.
 * Returns the text and the number of teams it holds.
 */
export function generatePolicy(targetBytes, { legacyUsers = 0 } = {}) {
  const size = (teams, extraHosts = 0) => Buffer.byteLength(render(teams, extraHosts, 0));
  const base = size(1);
  const perTeam = size(2) - base;
  // Nearly linear in teams: a few corrections land within one team of the target, below it.
  let teams = Math.max(1, Math.floor((targetBytes - base) / perTeam) + 1);
  let bytes = size(teams);
  for (let step = 0; step < 6 && teams > 1 && (bytes > targetBytes || targetBytes - bytes >= perTeam); step++) {
    teams = Math.max(1, teams + Math.floor((targetBytes - bytes) / perTeam));
    bytes = size(teams);
  }
  const perHost = size(1, 1) - size(1, 0);
  const extraHosts = Math.max(0, Math.round((targetBytes - bytes) / perHost));
  if (legacyUsers > teams) teams = legacyUsers; // a tiny file with many problems
  return { text: render(teams, extraHosts, legacyUsers), teams };
}
