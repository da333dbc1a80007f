// SARIF 2.1.0, the format GitHub code scanning and most security dashboards ingest.
// Locations are relative to %SRCROOT% so uploaded results match files wherever the repo is checked out.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult } from '../engine/diagnostic.ts';
import { REPOSITORY_URL, ruleDocsUrl, type FormatContext } from './format-context.ts';

type Level = 'error' | 'warning';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

const SRCROOT = '%SRCROOT%';

function artifactLocation(cwd: string, filePath: string): ArtifactLocation {
  const absolute = resolve(cwd, filePath);
  const rel = relative(cwd, absolute);
  // On Windows a file on another drive has no relative path; an absolute file URI still locates it.
  if (isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  // Encoding each segment keeps `/` as the separator while a `:` or `%` in a name cannot be
  // read as a scheme or an escape.
  const uri = rel.split(sep).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function srcRootUri(cwd: string): string {
  const href = pathToFileURL(resolve(cwd)).href;
  // SARIF resolves relative URIs against the base; without the slash the last folder would be dropped.
  return href.endsWith('/') ? href : `${href}/`;
}

export function formatSarif(results: readonly LintResult[], context: FormatContext, version = '0.0.0'): string {
  const rules: SarifRule[] = [];
  const ruleIndexes = new Map<string, number>();
  const sarifResults: unknown[] = [];

  for (const result of results) {
    const location = artifactLocation(context.cwd, result.filePath);
    for (const d of result.messages) {
      const level: Level = d.severity === 2 ? 'error' : 'warning';
      let ruleIndex = ruleIndexes.get(d.ruleId);
      if (ruleIndex === undefined) {
        const meta = context.rules.get(d.ruleId);
        ruleIndex = rules.length;
        ruleIndexes.set(d.ruleId, ruleIndex);
        rules.push({
          id: d.ruleId,
          name: d.ruleId,
          shortDescription: { text: meta?.description ?? d.ruleId },
          helpUri: ruleDocsUrl(d.ruleId),
          // A rule the context does not know has no default; its first report is the best guess.
          defaultConfiguration: { level: meta ? (meta.severity === 'error' ? 'error' : 'warning') : level },
        });
      }
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex,
        level,
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              // Our endColumn is exclusive, which is what SARIF's region.endColumn means too.
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
      });
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tailpolicy', informationUri: REPOSITORY_URL, version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
