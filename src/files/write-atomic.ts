// A fixed policy replaces the old one in a single rename, so a crash or a full disk leaves
// either the old file or the new one, never half of one. The file's mode is kept.

import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.ts';

export function writeAtomic(linkOrPath: string, text: string, mode: number): void {
  // Through a symbolic link, fix the file it points to and keep the link.
  let path = linkOrPath;
  try {
    path = realpathSync(linkOrPath);
  } catch {
    // A path that cannot be resolved fails below with a clear message.
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode & 0o7777);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created or is already gone.
    }
    throw new UsageError(`${path}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
