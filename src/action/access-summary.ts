// The `access-report` input: for each linted policy with Kubernetes setups, the access report in
// Markdown, and on pull requests what the change adds or removes against the base branch.

import { dirname, resolve } from 'node:path';
import { ConfigFinder } from '../config/find-config.ts';
import { loadConfig } from '../config/load-config.ts';
import type { LintResult } from '../engine/diagnostic.ts';
import { UsageError } from '../errors.ts';
import { formatAccessDiffMarkdown, formatAccessMarkdown, mdCode, mdText } from '../format/access-markdown.ts';
import { relativePath } from '../format/github.ts';
import { kubernetesSettings, readAtRef, reportOf } from '../kubernetes/access-of-file.ts';
import { diffAccess } from '../kubernetes/access-report.ts';
import type { ActionInputs, Env } from './inputs.ts';

export function accessSummary(results: readonly LintResult[], inputs: ActionInputs, env: Env, workspace: string): string {
  const finder = new ConfigFinder();
  const explicit = inputs.config === undefined ? undefined : loadConfig(resolve(workspace, inputs.config));
  const baseRef = env['GITHUB_BASE_REF'] ? `origin/${env['GITHUB_BASE_REF']}` : undefined;
  const parts: string[] = [];
  for (const result of results) {
    // A file that does not parse has no report; its syntax error is already annotated.
    if (result.messages.some((m) => m.ruleId === 'syntax')) continue;
    const settings = inputs.kubernetes.length > 0 ? kubernetesSettings(inputs.kubernetes) : ((explicit ?? finder.forDirectory(dirname(result.filePath)))?.settings ?? {});
    const shown = relativePath(workspace, result.filePath);
    // The text just linted, not a second read of the file.
    const head = reportOf(shown, { ok: true, text: result.source }, settings);
    if (head.setups.length === 0) continue;
    parts.push(`### Kubernetes access: ${mdCode(shown)}\n\n${formatAccessMarkdown(head)}`);
    if (!baseRef) continue;
    try {
      const base = reportOf(`${baseRef}:${shown}`, readAtRef(result.filePath, baseRef, shown, 'access-report'), settings);
      parts.push(formatAccessDiffMarkdown(diffAccess(base, head), head, base));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      parts.push(`No comparison with the base branch: ${mdText(error.message)}\n`);
    }
  }
  return parts.length > 0 ? `${parts.join('\n')}\n` : '';
}
