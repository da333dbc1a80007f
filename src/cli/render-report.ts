// Picks the formatter, and prepares what some formats need beyond the results: text edits for
// JSON's `fix` fields, unified diffs for --fix-dry-run. Formatters load only when chosen.

import type { Diagnostic, LintResult } from '../engine/diagnostic.ts';
import type { Fix } from '../engine/rule.ts';
import type { TextEdit } from '../fix/text-edit.ts';
import type { FormatContext } from '../format/format-context.ts';
import { allRules } from '../config/rule-settings.ts';
import type { FileOutcome } from '../run/lint-file.ts';
import type { CliOptions } from './parse-args.ts';

declare const TAILPOLICY_VERSION: string | undefined;

export async function renderReport(results: LintResult[], outcomes: FileOutcome[], options: CliOptions, cwd: string): Promise<string> {
  const context: FormatContext = { cwd, rules: allRules(), color: options.color };
  switch (options.format) {
    case 'json': {
      const { formatJson } = await import('../format/json.ts');
      const edits = await textEdits(results);
      return formatJson(results, (d, which) => edits.get(which === 'fix' ? d.fix! : d.suggestions![which]!));
    }
    case 'github':
      return (await import('../format/github.ts')).formatGithub(results, context);
    case 'sarif':
      return (await import('../format/sarif.ts')).formatSarif(results, context, typeof TAILPOLICY_VERSION === 'string' ? TAILPOLICY_VERSION : '0.0.0-dev');
    case 'gitlab':
      return (await import('../format/gitlab.ts')).formatGitlab(results, context);
    case 'junit':
      return (await import('../format/junit.ts')).formatJunit(results, context);
    case 'compact':
      return (await import('../format/compact.ts')).formatCompact(results, context);
    case 'stylish': {
      const { formatStylish } = await import('../format/stylish.ts');
      const diffs = options.fixDryRun ? await unifiedDiffs(outcomes, cwd) : '';
      return diffs + formatStylish(results, context);
    }
  }
}

async function textEdits(results: LintResult[]): Promise<Map<Fix, TextEdit>> {
  const edits = new Map<Fix, TextEdit>();
  const fixes = (d: Diagnostic) => [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])];
  if (!results.some((r) => r.messages.some((m) => fixes(m).length > 0))) return edits;
  const { toTextEdit } = await import('../fix/text-edit.ts');
  for (const result of results) {
    for (const m of result.messages) {
      for (const fix of fixes(m)) {
        try {
          edits.set(fix, await toTextEdit(result.source, fix));
        } catch {
          // A fix that cannot be turned into text is simply not offered.
        }
      }
    }
  }
  return edits;
}

async function unifiedDiffs(outcomes: FileOutcome[], cwd: string): Promise<string> {
  const changed = outcomes.filter((o) => o.result.output !== undefined);
  if (changed.length === 0) return '';
  const { unifiedDiff } = await import('../format/unified-diff.ts');
  return changed.map((o) => unifiedDiff(o.result.filePath, o.original, o.result.output!, cwd)).join('');
}
