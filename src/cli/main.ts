// The CLI's orchestration: options → files → lint (and fix) each → format → exit code.
// A UsageError anywhere becomes one line on stderr and exit 2; nothing else is caught here.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigFinder } from '../config/find-config.ts';
import { loadConfig, type Config } from '../config/load-config.ts';
import { allRules, resolveSeverities } from '../config/rule-settings.ts';
import type { LintResult } from '../engine/diagnostic.ts';
import { UsageError } from '../errors.ts';
import { findPolicyFiles } from '../files/find-policy-files.ts';
import { readSource } from '../files/read-source.ts';
import { writeAtomic } from '../files/write-atomic.ts';
import { decodeUtf8 } from '../parse/decode-utf8.ts';
import { lintDecoded, type FileOutcome } from '../run/lint-file.ts';
import { isCommand } from './commands/commands.ts';
import { exitCode } from './exit-code.ts';
import { parseArgs, type CliOptions } from './parse-args.ts';
import { renderReport } from './render-report.ts';

declare const TAILPOLICY_VERSION: string | undefined;
const version = typeof TAILPOLICY_VERSION === 'string' ? TAILPOLICY_VERSION : '0.0.0-dev';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Buffer;
}

const processIo: Io = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    if (isCommand(argv[0])) return await (await import('./commands/run-command.ts')).runCommand(argv[0], argv, io, version);
    const options = await parseArgs(argv, version);
    if (!options) return 0;
    return await run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tailpolicy: ${error.message.replace(/[\r\n]+/g, ' ')}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  const finder = new ConfigFinder();
  const explicit = options.config ? loadConfig(resolve(io.cwd, options.config)) : undefined;
  const configFor = (filePath: string): Config | undefined => explicit ?? finder.forDirectory(dirname(filePath));

  if (options.printConfig !== undefined) {
    const file = resolve(io.cwd, options.printConfig);
    const config = configFor(file);
    const severities = resolveSeverities(config?.rules, options.rules);
    const rules = Object.fromEntries([...allRules().values()].map((r) => [r.id, severities.get(r.id) ?? r.severity]));
    io.stdout(JSON.stringify({ configFile: config?.path ?? null, rules, ...(config?.settings ?? {}) }, null, 2) + '\n');
    return 0;
  }

  const fix = options.fix || options.fixDryRun ? options.fixTypes : undefined;
  const settings = flagSettings(options);
  const outcomes: FileOutcome[] = [];
  if (options.stdin) {
    const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<text>';
    if (options.stdinFilename) assertNotDirectory(filePath);
    const config = options.stdinFilename ? configFor(filePath) : explicit ?? finder.forDirectory(io.cwd);
    outcomes.push(await lintDecoded(filePath, decodeUtf8(io.readStdin()), { config, ruleFlags: options.rules, fix, settings }));
  } else {
    const ignorePatterns = [...options.ignorePatterns, ...(explicit?.ignorePatterns ?? [])];
    for (const filePath of await findPolicyFiles(options.files, { cwd: io.cwd, ignorePatterns })) {
      const { decoded, mode } = readSource(filePath);
      const outcome = await lintDecoded(filePath, decoded, { config: configFor(filePath), ruleFlags: options.rules, fix, settings });
      if (options.fix && outcome.result.output !== undefined && !outcome.fixFailure) writeAtomic(filePath, outcome.result.output, mode);
      outcomes.push(outcome);
    }
  }

  for (const o of outcomes) {
    if (o.fixFailure) io.stderr(`tailpolicy: ${o.result.filePath}: fixes not applied: ${o.fixFailure}\n`);
  }
  const results: LintResult[] = outcomes.map((o) => (options.quiet ? errorsOnly(o.result) : o.result));
  const report = await renderReport(results, outcomes, options, io.cwd);
  if (options.outputFile) {
    try {
      writeFileSync(resolve(io.cwd, options.outputFile), report);
    } catch (error) {
      throw new UsageError(`${options.outputFile}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else if (report) io.stdout(report);
  return exitCode(results, options.maxWarnings);
}

/** Settings that flags put over every config's. */
function flagSettings(options: CliOptions): Record<string, unknown> | undefined {
  const settings: Record<string, unknown> = {};
  if (options.kubernetes.length > 0) settings.kubernetes = options.kubernetes;
  if (options.strict) settings.strict = true;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

function assertNotDirectory(path: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // A file that does not exist yet is a fine name for standard input.
  }
  if (isDirectory) throw new UsageError(`--stdin-filename ${path}: is a directory; give a file name`);
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
