// `tailpolicy init|add|access …`: parses the command's own flags with yargs and runs it. Each
// command's code loads only when it runs.

import { UsageError } from '../../errors.ts';
import type { Io } from '../main.ts';
import { COMMAND_DESCRIPTIONS, type CommandName } from './commands.ts';
import { SETUP_OPTIONS } from './kubernetes-flags.ts';

export const ACCESS_FORMATS = ['table', 'json', 'markdown', 'mermaid'] as const;
export type AccessFormat = (typeof ACCESS_FORMATS)[number];

/** Returns the exit code. */
export async function runCommand(command: CommandName, argv: readonly string[], io: Io, version: string): Promise<number> {
  const { default: yargs } = await import('yargs');
  const parser = yargs(argv.slice(1))
    .scriptName(`tailpolicy ${command}`)
    .version(version)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strictOptions()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(`${command}: ${message ?? error?.message ?? 'invalid arguments'}`);
    });
  parser.showHelpOnFail(false);
  const description = COMMAND_DESCRIPTIONS[command];
  switch (command) {
    case 'init':
      parser
        .usage(`$0 --kubernetes SETUP --users WHO [--admins WHO] [--recorder TAG] [-o FILE]\n\n${description}.`)
        .options(SETUP_OPTIONS)
        .option('output', { alias: 'o', type: 'string', describe: 'Write the policy to this file (default: standard output)' })
        .option('force', { type: 'boolean', default: false, describe: 'Overwrite the output file if it exists' })
        .example('$0 --kubernetes cks --users group:ml-eng --admins group:ml-admins -o policy.hujson', 'A policy for a CoreWeave CKS cluster')
        .example('$0 --kubernetes operator --kubernetes proxygroup:noauth --users group:sre', 'Two setups, printed');
      break;
    case 'add':
      parser
        .usage(`$0 FILE --kubernetes SETUP [--users WHO] [--admins WHO] [--recorder TAG] [--dry-run]\n\n${description}; also adds the declaration to the config file found above FILE, if any.`)
        .options(SETUP_OPTIONS)
        .option('dry-run', { type: 'boolean', default: false, describe: 'Print the changes as a unified diff; write nothing' })
        .example('$0 policy.hujson --kubernetes proxygroup:noauth --users group:sre', 'Add what a noauth ProxyGroup needs');
      break;
    case 'access':
      parser
        .usage(`$0 [FILE] [--format table|json|markdown|mermaid] [--diff BASE_FILE | --diff-ref REF]\n\n${description}.`)
        .option('format', { alias: 'f', choices: ACCESS_FORMATS, default: 'table' as AccessFormat, describe: 'Output format' })
        .option('kubernetes', SETUP_OPTIONS.kubernetes)
        .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for .tailpolicy.json' })
        .option('diff', { type: 'string', describe: 'Show only what changed against this base policy file' })
        .option('diff-ref', { type: 'string', describe: 'Show only what changed against FILE as of this git commit or branch' })
        .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' })
        .example('$0 policy.hujson', 'Who reaches each proxy, as which groups')
        .example('$0 policy.hujson -f markdown --diff-ref origin/main', 'What a branch changes, for a pull-request comment');
      break;
  }
  const args = (await parser.parseAsync()) as Record<string, unknown> & { _: (string | number)[] };
  if (argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) return 0;
  const files = args._.map(String);
  switch (command) {
    case 'init':
      if (files.length > 0) throw new UsageError(`init takes no file argument (got ${JSON.stringify(files[0])}); use -o FILE`);
      return (await import('./init.ts')).runInit(args, io);
    case 'add':
      if (files.length !== 1) throw new UsageError(files.length === 0 ? 'add: give the policy file to add to' : 'add: give one policy file');
      return (await import('./add.ts')).runAdd(files[0]!, args, io);
    case 'access':
      if (files.length > 1) throw new UsageError('access: give one policy file');
      return (await import('./access.ts')).runAccess(files[0], args, io);
  }
}
