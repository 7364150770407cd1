import type { Vocabulary } from '../language/vocabulary.js';
import type { ValueElement } from '../completeness.js';
import type { Severity, SeverityOrOff } from '../types.js';

/** The configuration's word lists are the engine's (language/vocabulary.ts lists them). */
export type { Vocabulary };

export type RuleSetting = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

/** The `.storylint.jsonc` file, as written by the user (every key optional). */
export interface ConfigFile {
  $schema?: string;
  rules?: Record<string, RuleSetting>;
  files?: string[];
  ignores?: string[];
  vocabulary?: Partial<Vocabulary>;
  ready?: ReadyConfig;
}

/** The readiness gate ("Definition of Ready") of `storylint report`. */
export interface ReadyConfig {
  /** Fail the report (exit 1) when a story's value score is below this percentage. */
  failUnder?: number;
  /** The elements the score counts (default: all a story can carry). */
  require?: ValueElement[];
}

export interface ResolvedRule {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

/** Configuration after defaults are applied: what the engine runs with. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  files: string[];
  ignores: string[];
  vocabulary: Vocabulary;
  ready: ReadyConfig;
}

/** A configuration problem with its place in the file (1-based line and column). */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export const DEFAULT_FILES = ['**/*.story.md', '**/*.stories.md', '**/stories/**/*.md', '**/backlog/**/*.md'];
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];
