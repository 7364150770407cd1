/** What one bench run measured, as the report and the targets read it. */
import type { Backlog } from './generate.js';
import type { Timing } from './measure.js';

export interface Skipped {
  skipped: string;
}

export const isSkipped = (x: unknown): x is Skipped => typeof x === 'object' && x !== null && 'skipped' in x;

/** The whole-process measurements, in the order the tables list them. */
export const TOOLS = ['regex', 'remark-parse', 'markdownlint-cli2', 'cli', 'cli --cache'] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABEL: Record<Tool, string> = {
  regex: 'read + one regex pass',
  'remark-parse': 'remark-parse alone',
  'markdownlint-cli2': 'markdownlint-cli2',
  cli: 'Storylint CLI, cold',
  'cli --cache': 'Storylint CLI `--cache`, unchanged re-run',
};

export interface ServerResult {
  /** `initialized` → workspace indexed (the server reads and parses every story file of the folder). */
  indexMs: number;
  /** didOpen → first pull-diagnostics answer. */
  openMs: number;
  diagnostics: number;
  /** Their size as JSON, sent again in full after every edit. */
  diagnosticBytes: number;
  /** didChange → diagnostics received, one sample per typed character. */
  edits: number[];
  /** After the edits (VmRSS) and the process's peak (VmHWM), in bytes; undefined without /proc. */
  memory?: { rss: number; peak: number };
}

export interface BacklogResult {
  backlog: Backlog;
  tools: Record<Tool, Timing | Skipped>;
  /** One-file backlogs only. */
  server?: ServerResult | Skipped;
}

export interface ActivationResult {
  server: number[];
  /** undefined when dist/client.js cannot be loaded without VS Code. */
  client?: number[];
}

export interface BenchResults {
  backlogs: BacklogResult[];
  activation: ActivationResult;
  edits: number;
}
