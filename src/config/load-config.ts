// Reads and checks a .tailpolicy.json / .tailpolicy.hujson file. Every problem is a UsageError
// naming the file, line and column, so the CLI can print it as one line and exit 2.

import { readFileSync } from 'node:fs';
import type { Severity } from '../engine/rule.ts';
import { UsageError } from '../errors.ts';
import { locatePaths } from '../locate/path-to-range.ts';
import { parseHujson } from '../parse/parse-hujson.ts';
import { didYouMean } from '../policy/did-you-mean.ts';
import { checkDeclaration } from '../kubernetes/setups.ts';
import { isObject } from '../policy/members.ts';
import { parseSeverity, refusedSeverity, ruleIds } from './rule-settings.ts';

export interface Config {
  /** The file it came from (absolute). */
  path: string;
  rules: Record<string, Severity>;
  /** Everything else rules may read: `tailnet`, `kubernetes`, … */
  settings: Record<string, unknown>;
  ignorePatterns: string[];
}

/** Top-level keys a config may hold; the later issues' settings are listed here as they land. */
const KEYS = ['$schema', 'rules', 'ignorePatterns', 'tailnet', 'kubernetes'];

export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const parsed = parseHujson(text);
  const fail = (message: string, at: readonly (string | number)[] = [], onKey = false): never => {
    const located = locatePaths(parsed.text, [at], { stopEarly: true })[0]!;
    const range = onKey ? (located.key ?? located.value) : located.value;
    const { line, column } = parsed.lines.position(range.offset);
    throw new UsageError(`${path}:${line}:${column}: ${message}`);
  };
  if (parsed.syntaxError) {
    const { line, column } = parsed.lines.position(parsed.syntaxError.range.offset);
    const message = parsed.syntaxError.message.replace(/a policy file is|The policy must be/, (m) => (m.startsWith('a') ? 'a config file is' : 'The config must be'));
    throw new UsageError(`${path}:${line}:${column}: ${message}`);
  }
  const duplicate = parsed.duplicates[0];
  if (duplicate) {
    const { line, column } = parsed.lines.position(duplicate.range.offset);
    throw new UsageError(`${path}:${line}:${column}: Duplicate key "${duplicate.key}"; keep one`);
  }
  const value = parsed.value as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) fail(`Unknown config key "${key}"${didYouMean(key, KEYS)}; expected one of ${KEYS.map((k) => `"${k}"`).join(', ')}`, [key], true);
  }

  const rules: Record<string, Severity> = {};
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) fail('"rules" must be an object of rule id to "off", "warn" or "error"', ['rules']);
    for (const [id, raw] of Object.entries(value.rules as Record<string, unknown>)) {
      if (!ruleIds().has(id)) fail(`Unknown rule "${id}"${didYouMean(id, ruleIds())}`, ['rules', id], true);
      const severity = parseSeverity(raw);
      if (!severity) fail(`Rule "${id}" has severity ${JSON.stringify(raw)}; expected "off", "warn" or "error"`, ['rules', id]);
      const refused = refusedSeverity(id, severity!);
      if (refused) fail(`Rule "${id}": ${refused}`, ['rules', id]);
      rules[id] = severity!;
    }
  }

  let ignorePatterns: string[] = [];
  if (value.ignorePatterns !== undefined) {
    if (!Array.isArray(value.ignorePatterns) || !value.ignorePatterns.every((p) => typeof p === 'string')) {
      fail('"ignorePatterns" must be an array of glob strings', ['ignorePatterns']);
    }
    ignorePatterns = value.ignorePatterns as string[];
  }

  if (value.kubernetes !== undefined) {
    if (!Array.isArray(value.kubernetes)) fail('"kubernetes" must be an array of setups such as [{"proxy": "cks"}]', ['kubernetes']);
    (value.kubernetes as unknown[]).forEach((entry, i) => {
      const [problem] = checkDeclaration(entry, i);
      if (problem) fail(problem.message, ['kubernetes', ...problem.path], typeof problem.path.at(-1) === 'string' && problem.message.startsWith('Unknown key'));
    });
  }

  const settings: Record<string, unknown> = {};
  for (const key of ['tailnet', 'kubernetes']) if (value[key] !== undefined) settings[key] = value[key];
  return { path, rules, settings, ignorePatterns };
}
