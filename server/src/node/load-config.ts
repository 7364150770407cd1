import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfig, resolveConfig, type ConfigProblem, type ResolvedConfig } from '../engine/index.js';

export const CONFIG_NAMES = ['.storylint.jsonc', '.storylint.json'];

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The file it came from, if any; globs in it are relative to its folder. */
  file?: string;
  root: string;
  problems: ConfigProblem[];
}

/** Finds the nearest configuration file, from `start` upwards. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Loads `--config` or the nearest `.storylint.jsonc`; problems are returned, defaults fill the gaps. */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const file = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return { config: resolveConfig(), root: cwd, problems: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    return {
      config: resolveConfig(),
      root: cwd,
      problems: [{ file, line: 1, column: 1, message: `Cannot read the configuration: ${reason}.` }],
    };
  }
  const parsed = parseConfig(text, file);
  return { config: resolveConfig(parsed.config), file, root: dirname(file), problems: parsed.problems };
}
