// The subcommands besides linting. Kept tiny: the CLI's start-up bundle imports only this, and
// loads a command's code when its word comes first on the command line.

export const COMMANDS = ['init', 'add', 'access'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommand(word: string | undefined): word is CommandName {
  return word !== undefined && (COMMANDS as readonly string[]).includes(word);
}

export const COMMAND_DESCRIPTIONS: Readonly<Record<CommandName, string>> = {
  init: 'Write a complete, commented policy for Kubernetes proxy setups (--kubernetes, --users, --admins)',
  add: 'Add to a policy what Kubernetes proxy setups need and it lacks (new entries only)',
  access: 'Report who reaches each Kubernetes proxy, as which Kubernetes groups, recorded or not',
};
