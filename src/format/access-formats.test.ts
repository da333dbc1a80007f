// The access report's renderers: exact table, Markdown and Mermaid output, and the escaping of
// names taken from the policy (table cells, mentions, HTML, Mermaid labels).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { accessReport, diffAccess } from '../kubernetes/access-report.ts';
import { policyModelOf } from '../kubernetes/requirements.ts';
import { toSetup } from '../kubernetes/setups.ts';
import { formatAccessJson } from './access-json.ts';
import { formatAccessDiffMarkdown, formatAccessMarkdown, mdCode, mdText } from './access-markdown.ts';
import { formatAccessMermaid, mermaidLabel } from './access-mermaid.ts';
import { formatAccessDiffTable, formatAccessTable } from './access-table.ts';

const CAP = 'tailscale.com/cap/kubernetes';
const POLICY = {
  groups: { 'group:sre': ['dana@example.com'], 'group:dev': ['erin@example.com', 'frank@example.com'] },
  grants: [
    { src: ['group:sre', 'group:dev'], dst: ['tag:k8s-operator'], ip: ['tcp:443'] },
    { src: ['group:sre'], dst: ['tag:k8s-operator'], app: { [CAP]: [{ impersonate: { groups: ['system:masters'] }, recorder: ['tag:rec'] }] } },
    { src: ['group:dev'], dst: ['tag:k8s-operator'], app: { [CAP]: [{ impersonate: { groups: ['dev-readers'] } }] } },
  ],
};
const SETUPS = [toSetup({ proxy: 'operator', name: 'train' }, 'kubernetes[0]'), toSetup({ proxy: 'proxygroup', mode: 'noauth', name: 'prod' }, 'kubernetes[1]')];
const report = accessReport(policyModelOf(POLICY), SETUPS);

test('table', () => {
  assert.is(
    formatAccessTable(report),
    `train: operator's API server proxy tag:k8s-operator
auth mode (tcp:443); declared in kubernetes[0]

  SOURCE     MEMBERS                              PORTS    KUBERNETES GROUPS       RECORDING
  group:sre  dana@example.com                     tcp:443  system:masters (admin)  on (tag:rec)
  group:dev  erin@example.com, frank@example.com  tcp:443  dev-readers             off

prod: ProxyGroup API server proxy tag:k8s
noauth mode (tcp:80, tcp:443); declared in kubernetes[1]

  nobody can reach the proxy on tcp:80, tcp:443
`,
  );
  // With colour, the admin groups stand out.
  assert.ok(formatAccessTable(report, true).includes('\u001b[1;31msystem:masters (admin)\u001b[0m'));
});

test('markdown', () => {
  assert.is(
    formatAccessMarkdown(report),
    `### Kubernetes access: train (operator's API server proxy tag:k8s-operator)

auth mode (tcp:443); declared in kubernetes\\[0\\]

| Source | Members | Ports | Kubernetes groups | Recording |
| --- | --- | --- | --- | --- |
| \`group:sre\` | \`dana@example.com\` | tcp:443 | **\`system:masters\`** ⚠️ | on (\`tag:rec\`) |
| \`group:dev\` | \`erin@example.com\`, \`frank@example.com\` | tcp:443 | \`dev-readers\` | off |

### Kubernetes access: prod (ProxyGroup API server proxy tag:k8s)

noauth mode (tcp:80, tcp:443); declared in kubernetes\\[1\\]

Nobody can reach the proxy on tcp:80, tcp:443.
`,
  );
});

test('mermaid', () => {
  assert.is(
    formatAccessMermaid(report),
    `flowchart LR
  p0{{"train: operator's API server proxy tag:k8s-operator"}}
  s0["group:sre"]
  s0 -->|"tcp:443"| p0
  s1["group:dev"]
  s1 -->|"tcp:443"| p0
  g0_0["system:masters"]
  p0 -->|"group:sre"| g0_0
  g0_1["dev-readers"]
  p0 -->|"group:dev"| g0_1
  p1{{"prod: ProxyGroup API server proxy tag:k8s"}}
  classDef admin fill:#fdd,stroke:#c00,stroke-width:2px,color:#900
  class g0_0 admin
`,
  );
});

test('json is the report itself', () => {
  assert.equal(JSON.parse(formatAccessJson(report)), report);
  assert.ok(formatAccessJson(report).startsWith('{\n  "version": 1,\n  "setups": [\n    {\n      "name": "train",\n      "proxy": "operator",'));
});

test('diff: table and markdown mark added and removed rows', () => {
  const base = accessReport(policyModelOf({ ...POLICY, grants: POLICY.grants.slice(0, 1) }), SETUPS);
  const diff = diffAccess(base, report);
  assert.is(
    formatAccessDiffTable(diff, report, base),
    `train: operator's API server proxy tag:k8s-operator

     SOURCE     MEMBERS                              PORTS    KUBERNETES GROUPS       RECORDING
  -  group:sre  dana@example.com                     tcp:443  none (identity only)    off
  +  group:sre  dana@example.com                     tcp:443  system:masters (admin)  on (tag:rec)
  -  group:dev  erin@example.com, frank@example.com  tcp:443  none (identity only)    off
  +  group:dev  erin@example.com, frank@example.com  tcp:443  dev-readers             off
`,
  );
  assert.is(
    formatAccessDiffMarkdown(diff, report, base),
    `### Kubernetes access: train (operator's API server proxy tag:k8s-operator)

| Change | Source | Members | Ports | Kubernetes groups | Recording |
| --- | --- | --- | --- | --- | --- |
| ➖ removed | \`group:sre\` | \`dana@example.com\` | tcp:443 | _none (identity only)_ | off |
| ➕ added | \`group:sre\` | \`dana@example.com\` | tcp:443 | **\`system:masters\`** ⚠️ | on (\`tag:rec\`) |
| ➖ removed | \`group:dev\` | \`erin@example.com\`, \`frank@example.com\` | tcp:443 | _none (identity only)_ | off |
| ➕ added | \`group:dev\` | \`erin@example.com\`, \`frank@example.com\` | tcp:443 | \`dev-readers\` | off |
`,
  );
  assert.is(formatAccessDiffTable(diffAccess(report, report), report, report), 'No change in Kubernetes access\n');
  assert.is(formatAccessDiffMarkdown(diffAccess(report, report), report, report), 'No change in Kubernetes access.\n');
});

test('markdown escaping: code spans and plain text', () => {
  assert.is(mdCode('group:a|b'), '`group:a\\|b`');
  assert.is(mdCode('a`b'), '``a`b``');
  assert.is(mdCode('`x'), '`` `x ``');
  assert.is(mdCode('line\nbreak'), '`line break`');
  assert.is(mdCode(''), '(empty)');
  assert.is(mdText('@team <b>x</b> | `y` *z* [l](u) a&b\nc'), '@&#8203;team &lt;b&gt;x&lt;/b&gt; \\| \\`y\\` \\*z\\* \\[l\\](u) a&amp;b c');
});

test('markdown escaping: hostile names cannot add rows, tags or mentions', () => {
  const hostile = 'group:x|y\n| injected | row |';
  const policy = {
    groups: { [hostile]: ['@octocat', 'a`b@example.com', '<img src=x onerror=alert(1)>'] },
    grants: [{ src: [hostile], dst: ['tag:k8s-operator'], ip: ['tcp:443'] }],
  };
  const md = formatAccessMarkdown(accessReport(policyModelOf(policy), [toSetup({ proxy: 'operator', name: 'n@me <b>|' }, 'x')]));
  const lines = md.split('\n');
  assert.is(lines.filter((l) => l.startsWith('|')).length, 3, md);
  assert.ok(lines[0]!.startsWith('### Kubernetes access: n@&#8203;me &lt;b&gt;\\|'), lines[0]);
  // Outside code spans: no raw `<`, and no `@` directly followed by a name.
  const outside = md.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  assert.not.match(outside, /</);
  assert.not.match(outside, /@\w/);
  // Inside a cell every `|` is escaped.
  const row = lines.find((l) => l.includes('injected'))!;
  assert.is(row.split(/(?<!\\)\|/).length, 7, row);
});

test('mermaid escaping', () => {
  assert.is(mermaidLabel('a "b" <c> #d `e` |f|\ng'), '"a #quot;b#quot; #lt;c#gt; #35;d #96;e#96; #124;f#124; g"');
  const policy = { grants: [{ src: ['we"ird<src>'], dst: ['tag:k8s'], ip: ['*'] }] };
  const chart = formatAccessMermaid(accessReport(policyModelOf(policy), [toSetup({ proxy: 'proxygroup' }, 'x')]));
  assert.ok(chart.includes('s0["we#quot;ird#lt;src#gt;"]'), chart);
  assert.not.ok(chart.includes('<'));
});

test.run();
