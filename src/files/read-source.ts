// Reads one policy file as bytes. I/O problems are the user's to fix (exit 2); bad bytes are
// the file's problem and become a `syntax` diagnostic later.

import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { decodeUtf8, type Decoded } from '../parse/decode-utf8.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
};

export function ioMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return `${path}: ${REASONS[code] ?? `cannot read (${code || (error as Error).message})`}`;
}

export function readSource(path: string): { decoded: Decoded; mode: number } {
  try {
    const bytes = readFileSync(path);
    return { decoded: decodeUtf8(bytes), mode: statSync(path).mode };
  } catch (error) {
    throw new UsageError(ioMessage(path, error));
  }
}
