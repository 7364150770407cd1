import { DEFAULT_VOCABULARY } from '../language/lexicon.js';
import { RULES } from '../rules/index.js';
import type { SeverityOrOff } from '../types.js';
import { DEFAULT_FILES, DEFAULT_IGNORES, type ConfigFile, type ResolvedConfig, type ResolvedRule, type Vocabulary } from './types.js';

/** Applies a (validated) configuration file over the defaults. */
export function resolveConfig(file: ConfigFile = {}): ResolvedConfig {
  const rules: Record<string, ResolvedRule> = {};
  for (const rule of RULES) {
    const setting = file.rules?.[rule.id];
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    rules[rule.id] = { severity: (severity ?? rule.defaultSeverity) as SeverityOrOff, options: options ?? {} };
  }
  const vocabulary = Object.fromEntries(
    (Object.keys(DEFAULT_VOCABULARY) as (keyof Vocabulary)[]).map((k) => [k, [...DEFAULT_VOCABULARY[k], ...(file.vocabulary?.[k] ?? [])]]),
  ) as unknown as Vocabulary;
  return {
    rules,
    files: file.files?.length ? file.files : DEFAULT_FILES,
    ignores: [...DEFAULT_IGNORES, ...(file.ignores ?? [])],
    vocabulary,
  };
}
