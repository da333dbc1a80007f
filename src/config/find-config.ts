// Finds the config that applies to a policy file: the nearest .tailpolicy.json or
// .tailpolicy.hujson in its folder or above. Cached per folder; a run touches few folders.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.ts';
import { loadConfig, type Config } from './load-config.ts';

export const CONFIG_NAMES = ['.tailpolicy.json', '.tailpolicy.hujson'];

export class ConfigFinder {
  private readonly byDir = new Map<string, Config | undefined>();

  /** The config for a file in `dir` (absolute), or undefined when none exists up to the root. */
  forDirectory(dir: string): Config | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const found = CONFIG_NAMES.map((name) => join(dir, name)).filter((p) => existsSync(p));
    if (found.length > 1) throw new UsageError(`${dir}: both ${CONFIG_NAMES.join(' and ')} exist; keep one`);
    const parent = dirname(dir);
    const config = found[0] ? loadConfig(found[0]) : parent === dir ? undefined : this.forDirectory(parent);
    this.byDir.set(dir, config);
    return config;
  }
}
