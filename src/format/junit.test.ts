import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize, type Diagnostic, type LintResult } from '../engine/diagnostic.ts';
import type { FormatContext } from './format-context.ts';
import { escapeAttribute, escapeText, formatJunit } from './junit.ts';

const cwd = resolve('/repo');
const context: FormatContext = { cwd, rules: new Map(), color: false };

function diag(ruleId: string, severity: 1 | 2, message: string, line: number, column: number): Diagnostic {
  return { ruleId, severity, message, line, column, endLine: line, endColumn: column + 1 };
}

function result(file: string, messages: Diagnostic[]): LintResult {
  return summarize(join(cwd, file), '', messages);
}

// ---------------------------------------------------------------------------------------------
// A small, strict XML reader: enough of XML 1.0 to prove the output well-formed (balanced tags,
// quoted attributes, only the five entities and character references, no raw `<` or `&`, no `]]>`
// in text, no character XML 1.0 forbids) and to read the values back.

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Plain errors, not assertions: `assert.throws` rethrows assertion failures. */
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function decodeEntities(raw: string, where: string): string {
  check(!raw.includes('<'), `raw < in ${where}: ${raw}`);
  return raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}: ${raw}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (!m) throw new Error(`unknown entity ${whole} in ${where}`);
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const c = String.fromCodePoint(code);
    if (!XML_CHAR.test(c)) throw new Error(`reference to a forbidden character ${whole}`);
    return c;
  });
}

function parseXml(xml: string): XmlElement {
  check(XML_CHAR.test(xml), 'the document holds a character XML 1.0 forbids');
  const prolog = '<?xml version="1.0" encoding="UTF-8"?>\n';
  check(xml.startsWith(prolog), 'XML declaration');
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*(\/?)>/y;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = prolog.length;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    check(!text.includes(']]>'), `]]> in character data: ${text}`);
    if (stack.length > 0) stack[stack.length - 1]!.text += decodeEntities(text, 'text');
    else check(/^\s*$/.test(text), `text outside the root: ${text}`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 80)}`);
    const [whole, closing, name, rawAttributes, selfClosing] = m as unknown as [string, string, string, string, string];
    i = lt + whole.length;
    if (closing) {
      const open = stack.pop();
      check(open?.name === name, `</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of rawAttributes.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
      check(!(a[1]! in attributes), `attribute ${a[1]} twice`);
      attributes[a[1]!] = decodeEntities(a[2]!, `attribute ${a[1]}`);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else {
      check(root === undefined, 'one root element');
      root = element;
    }
    if (!selfClosing) stack.push(element);
  }
  check(stack.length === 0, 'every element is closed');
  check(root, 'a root element');
  return root;
}

test('the XML reader rejects what a real parser rejects (so the checks below mean something)', () => {
  const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
  assert.is(parseXml(doc('<a x="1&amp;&#9;&#x41;">t&lt;<b/></a>')).attributes.x, '1&\tA');
  for (const bad of ['<a>]]></a>', '<a>&</a>', '<a>&nbsp;</a>', '<a x="<"/>', '<a>\u0001</a>', '<a>&#1;</a>', '<a></b>', '<a>', '<a/><b/>', '<a x=\'1\'/>', 'text<a/>']) {
    assert.throws(() => parseXml(doc(bad)), undefined, bad);
  }
});

// ---------------------------------------------------------------------------------------------

test('one test case per file, one failure per error, warnings in system-out', () => {
  const out = formatJunit(
    [
      result('policy.hujson', [
        diag('no-duplicate-keys', 2, 'Duplicate key "a"', 4, 5),
        diag('no-legacy-acl-keys', 1, '"users" is the legacy name of "src"', 7, 26),
        diag('syntax', 2, 'Expected a comma', 9, 3),
        diag('no-unused-suppressions', 1, 'Unused directive', 12, 1),
      ]),
      result('clean.hujson', []),
      result('sub/warn.hujson', [diag('no-legacy-acl-keys', 1, 'Legacy "ports"', 2, 3)]),
    ],
    context,
  );
  assert.fixture(
    out,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="tailpolicy" tests="3" failures="1" errors="0" time="0">',
      '  <testsuite name="tailpolicy" tests="3" failures="1" errors="0" skipped="0" time="0">',
      '    <testcase classname="tailpolicy" name="policy.hujson" file="policy.hujson" time="0">',
      '      <failure type="no-duplicate-keys" message="Duplicate key &quot;a&quot;">policy.hujson:4:5: Duplicate key "a" [no-duplicate-keys]</failure>',
      '      <failure type="syntax" message="Expected a comma">policy.hujson:9:3: Expected a comma [syntax]</failure>',
      '      <system-out>policy.hujson:7:26: warning: "users" is the legacy name of "src" [no-legacy-acl-keys]',
      'policy.hujson:12:1: warning: Unused directive [no-unused-suppressions]</system-out>',
      '    </testcase>',
      '    <testcase classname="tailpolicy" name="clean.hujson" file="clean.hujson" time="0"/>',
      '    <testcase classname="tailpolicy" name="sub/warn.hujson" file="sub/warn.hujson" time="0">',
      '      <system-out>sub/warn.hujson:2:3: warning: Legacy "ports" [no-legacy-acl-keys]</system-out>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
  const root = parseXml(out);
  const suite = root.children[0]!;
  assert.equal(suite.children.map((c) => [c.attributes.name, c.children.filter((f) => f.name === 'failure').length]), [
    ['policy.hujson', 2],
    ['clean.hujson', 0],
    ['sub/warn.hujson', 0],
  ]);
});

test('no files: an empty suite, still a valid document', () => {
  const out = formatJunit([], context);
  assert.fixture(
    out,
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<testsuites name="tailpolicy" tests="0" failures="0" errors="0" time="0">\n' +
      '  <testsuite name="tailpolicy" tests="0" failures="0" errors="0" skipped="0" time="0">\n' +
      '  </testsuite>\n' +
      '</testsuites>\n',
  );
  assert.is(parseXml(out).children[0]!.children.length, 0);
});

test('escaping: ]]>, <, &, quotes, line breaks, tabs; characters XML 1.0 forbids become \\uXXXX', () => {
  assert.is(escapeText(`a]]>b<c&d"e'f`), `a]]&gt;b&lt;c&amp;d"e'f`);
  assert.is(escapeAttribute(`a]]>b<c&d"e'f`), 'a]]&gt;b&lt;c&amp;d&quot;e&apos;f');
  assert.is(escapeText('x\r\ny\tz'), 'x&#13;\ny\tz');
  assert.is(escapeAttribute('x\r\ny\tz'), 'x&#13;&#10;y&#9;z');
  assert.is(escapeText('\u0000\u0001\u0008\u000b\u000c\u000e\u001b\u001f'), '\\u0000\\u0001\\u0008\\u000B\\u000C\\u000E\\u001B\\u001F');
  assert.is(escapeText('\ufffe\uffff'), '\\uFFFE\\uFFFF');
  // Lone surrogates go; a well-formed pair (an emoji) stays.
  assert.is(escapeText('a\ud800b\udc00c\u{1F600}'), 'a\\uD800b\\uDC00c\u{1F600}');
  // Allowed in XML 1.0, kept as they are.
  assert.is(escapeText('\u007f\u0085\u00e9\ufffd'), '\u007f\u0085\u00e9\ufffd');
});

test('a hostile path and message cannot break the document, and read back as written', () => {
  const message = `Tag "tag:x]]><![CDATA[<&amp;'\u0001\u001b\r\n</failure><testcase>" is\tunknown\u0000\ud800`;
  const file = `we"ird]]>&<'\u0002.hujson`;
  const out = formatJunit([result(file, [diag('rule-<x>', 2, message, 1, 2), diag('w', 1, message, 3, 4)])], context);
  assert.fixture(
    out,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="tailpolicy" tests="1" failures="1" errors="0" time="0">',
      '  <testsuite name="tailpolicy" tests="1" failures="1" errors="0" skipped="0" time="0">',
      '    <testcase classname="tailpolicy" name="we&quot;ird]]&gt;&amp;&lt;&apos;\\u0002.hujson" file="we&quot;ird]]&gt;&amp;&lt;&apos;\\u0002.hujson" time="0">',
      '      <failure type="rule-&lt;x&gt;" message="Tag &quot;tag:x]]&gt;&lt;![CDATA[&lt;&amp;amp;&apos;\\u0001\\u001B&#13;&#10;&lt;/failure&gt;&lt;testcase&gt;&quot; is&#9;unknown\\u0000\\uD800">' +
        'we"ird]]&gt;&amp;&lt;\'\\u0002.hujson:1:2: Tag "tag:x]]&gt;&lt;![CDATA[&lt;&amp;amp;\'\\u0001\\u001B&#13;\n&lt;/failure&gt;&lt;testcase&gt;" is\tunknown\\u0000\\uD800 [rule-&lt;x&gt;]</failure>',
      '      <system-out>we"ird]]&gt;&amp;&lt;\'\\u0002.hujson:3:4: warning: Tag "tag:x]]&gt;&lt;![CDATA[&lt;&amp;amp;\'\\u0001\\u001B&#13;\n&lt;/failure&gt;&lt;testcase&gt;" is\tunknown\\u0000\\uD800 [w]</system-out>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );

  const root = parseXml(out);
  assert.is(root.name, 'testsuites');
  const suite = root.children[0]!;
  assert.is(suite.children.length, 1);
  const testcase = suite.children[0]!;
  const readable = (s: string) => s.replace(/\u0000/g, '\\u0000').replace(/\u0001/g, '\\u0001').replace(/\u0002/g, '\\u0002').replace(/\u001b/g, '\\u001B').replace(/\ud800/g, '\\uD800');
  assert.is(testcase.attributes.name, readable(file));
  assert.equal(testcase.children.map((c) => c.name), ['failure', 'system-out']);
  const failure = testcase.children[0]!;
  assert.is(failure.attributes.message, readable(message));
  assert.is(failure.attributes.type, 'rule-<x>');
  assert.is(failure.text, `${readable(file)}:1:2: ${readable(message)} [rule-<x>]`);
  assert.is(testcase.children[1]!.text, `${readable(file)}:3:4: warning: ${readable(message)} [w]`);
});

test.run();
