// An error the user caused or can fix (bad flag, bad config, unreadable file): the CLI prints
// its message as one line and exits 2. Anything else is a bug and keeps its stack.

export class UsageError extends Error {
  override name = 'UsageError';
}
