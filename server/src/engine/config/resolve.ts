import { DEFAULT_VOCABULARY } from '../language/vocabulary.js';
import { RULES } from '../rules/index.js';
import type { SeverityOrOff } from '../types.js';
import {
  DEFAULT_FILES,
  DEFAULT_IGNORES,
  type ConfigFile,
  type ResolvedConfig,
  type ResolvedRule,
  type Vocabulary,
} from './types.js';

/** Applies a (validated) configuration file over the defaults. */
export function resolveConfig(file: ConfigFile = {}): ResolvedConfig {
  const rules: Record<string, ResolvedRule> = {};
  for (const rule of RULES) {
    const setting = file.rules?.[rule.id];
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    rules[rule.id] = { severity: (severity ?? rule.defaultSeverity) as SeverityOrOff, options: options ?? {} };
  }
  const added = file.vocabulary ?? {};
  const keys = Object.keys(DEFAULT_VOCABULARY) as (keyof Vocabulary)[];
  // A configuration that adds no word shares the built-in vocabulary, and so the patterns built from it.
  const vocabulary = keys.some((k) => added[k]?.length)
    ? (Object.fromEntries(keys.map((k) => [k, [...DEFAULT_VOCABULARY[k], ...(added[k] ?? [])]])) as Vocabulary)
    : DEFAULT_VOCABULARY;
  return {
    rules,
    files: file.files?.length ? file.files : DEFAULT_FILES,
    ignores: [...DEFAULT_IGNORES, ...(file.ignores ?? [])],
    vocabulary,
    ready: { ...file.ready },
  };
}
