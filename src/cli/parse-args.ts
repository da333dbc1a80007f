// argv → CliOptions. Every bad flag is a UsageError (one line, exit 2).

import type { Severity } from '../engine/rule.ts';
import { UsageError } from '../errors.ts';
import type { FixKind } from '../fix/fix-loop.ts';
import { parseRuleFlag } from '../config/rule-settings.ts';
import { declarationsFromFlags } from '../kubernetes/setups.ts';
import { COMMAND_DESCRIPTIONS, isCommand } from './commands/commands.ts';

export const FORMATS = ['stylish', 'compact', 'json', 'github', 'sarif', 'gitlab', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  files: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  fixTypes: Set<FixKind>;
  maxWarnings: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename: string | undefined;
  printConfig: string | undefined;
  outputFile: string | undefined;
  color: boolean;
  config: string | undefined;
  rules: Record<string, Severity>;
  ignorePatterns: string[];
  /** `--kubernetes` flags, checked: each a declaration with its source. */
  kubernetes: { declaration: Record<string, unknown>; source: string }[];
  strict: boolean;
}

/** What a run without flags does; yargs is given the same defaults. */
function defaults(files: string[]): CliOptions {
  return {
    files,
    format: 'stylish',
    fix: false,
    fixDryRun: false,
    fixTypes: new Set(['fix']),
    maxWarnings: -1,
    quiet: false,
    stdin: false,
    stdinFilename: undefined,
    printConfig: undefined,
    outputFile: undefined,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    config: undefined,
    rules: {},
    ignorePatterns: [],
    kubernetes: [],
    strict: false,
  };
}

/** Returns the options, or undefined when yargs already printed --help or --version. */
export async function parseArgs(argv: readonly string[], version: string): Promise<CliOptions | undefined> {
  // The commit-hook case, `tailpolicy a.hujson b.hujson`, needs no option parser: loading yargs
  // would be a third of the run's time.
  // `init`, `add` and `access` have their own parsers (cli/commands), even without flags.
  if (!isCommand(argv[0]) && argv.every((a) => !a.startsWith('-'))) return defaults(argv[0] === 'lint' ? argv.slice(1) : [...argv]);

  const { default: yargs } = await import('yargs');
  let printed = false;
  const base = defaults([]);
  const parser = yargs([...argv])
    .scriptName('tailpolicy')
    .usage('$0 [lint] [files..]\n\nLint, fix and check Tailscale tailnet policy files (HuJSON) offline.')
    .command(['lint [files..]', '$0 [files..]'], 'Lint policy files (the default command)')
    .command('init', COMMAND_DESCRIPTIONS.init)
    .command('add <file>', COMMAND_DESCRIPTIONS.add)
    .command('access [file]', COMMAND_DESCRIPTIONS.access)
    .positional('files', { type: 'string', array: true, describe: 'Files, folders or globs (default: **/*.hujson and **/policy.json)' })
    .option('format', { alias: 'f', choices: FORMATS, default: 'stylish' as FormatName, describe: 'Output format' })
    .option('fix', { type: 'boolean', default: false, describe: 'Fix problems in place (minimal diff)' })
    .option('fix-dry-run', { type: 'boolean', default: false, describe: 'Print the fixes as a unified diff; write nothing' })
    .option('fix-type', { type: 'string', choices: ['fix', 'suggestion'], describe: 'Kinds of fixes to apply (suggestion: also apply suggestions)' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('stdin', { type: 'boolean', default: false, describe: 'Lint the text on standard input' })
    .option('stdin-filename', { type: 'string', describe: 'File name for --stdin (finds its config, names it in output)' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for .tailpolicy.json' })
    .option('rule', { type: 'string', describe: 'Set a rule severity: id=off|warn|error (repeatable)' })
    .option('ignore-pattern', { type: 'string', describe: 'Glob of files to skip (repeatable)' })
    .option('kubernetes', { type: 'string', describe: 'Check a Kubernetes proxy setup: cks[:auth], operator[:auth|noauth], proxygroup[:auth|noauth] (repeatable; replaces the config\'s)' })
    .option('strict', { type: 'boolean', default: false, describe: 'Kubernetes checks: anyone not listed who can reach a proxy is an error, not a warning' })
    .option('print-config', { type: 'string', describe: 'Print the effective configuration for a file and exit' })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file' })
    .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' })
    .example('$0 policy.hujson', 'Lint one file')
    .example('$0 --fix', 'Fix every *.hujson below the current folder')
    .example('$0 --fix-dry-run policy.hujson', 'Show what --fix would change')
    .example('$0 -f sarif -o tailpolicy.sarif .', 'Write SARIF for code scanning')
    .example('cat policy.hujson | $0 --stdin --stdin-filename policy.hujson', 'Lint standard input')
    .example('$0 --rule no-legacy-acl-keys=off policy.hujson', 'Turn a rule off')
    .epilogue('Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage or I/O error.\nRules: https://github.com/tailpolicy/tailpolicy/tree/main/docs/rules')
    .version(version)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? 'invalid arguments');
    });
  parser.showHelpOnFail(false);
  const args = await parser.parseAsync();
  if (argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) printed = true;
  if (printed) return undefined;
  // The commands run from cli/main only when they come first; listed above for --help.
  const command = args._.map(String).find(isCommand);
  if (command) throw new UsageError(`put the command first: tailpolicy ${command} … (see tailpolicy ${command} --help)`);

  const maxWarnings = args['max-warnings'];
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings must be a whole number, got ${maxWarnings}`);
  if (args.fix && args['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (args.stdin && args.fix) throw new UsageError('--fix cannot write back to standard input; use --fix-dry-run');
  if (args['stdin-filename'] !== undefined && !args.stdin) throw new UsageError('--stdin-filename needs --stdin');
  const files = (args.files ?? []).map(String);
  if (args.stdin && files.length > 0) throw new UsageError('--stdin cannot be combined with file arguments');

  const rules: Record<string, Severity> = {};
  for (const flag of list(args.rule)) {
    const [id, severity] = parseRuleFlag(flag);
    rules[id] = severity;
  }
  // Suggestions come on top of fixes, never instead of them.
  const fixTypes = new Set<FixKind>(['fix', ...(list(args['fix-type']) as FixKind[])]);
  return {
    ...base,
    files,
    format: args.format,
    fix: args.fix,
    fixDryRun: args['fix-dry-run'],
    fixTypes,
    maxWarnings,
    quiet: args.quiet,
    stdin: args.stdin,
    stdinFilename: args['stdin-filename'],
    printConfig: args['print-config'],
    outputFile: args['output-file'],
    color: args.color ?? base.color,
    config: args.config,
    rules,
    ignorePatterns: list(args['ignore-pattern']),
    kubernetes: declarationsFromFlags(list(args.kubernetes)),
    strict: args.strict,
  };
}

/** Repeatable options: yargs gives a string once and an array when repeated. (`array: true`
 * would make them swallow the file names that follow.) */
export function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
