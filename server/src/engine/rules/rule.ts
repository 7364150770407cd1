import type { Vocabulary } from '../config/types.js';
import type { SimilarityIndex } from '../language/similarity.js';
import type { Fix, RelatedLocation, Severity, SeverityOrOff, Span, Story } from '../types.js';

export interface WorkspaceStory {
  uri: string;
  span: Span;
  title: string;
  who?: string;
  outcome?: string;
}

/** What the workspace knows beyond the document being linted: other stories, personas. */
export interface WorkspaceIndex {
  /** Personas named in the workspace, most used first. */
  personas: string[];
  /** How many stories name each of `personas`. */
  personaUses?: ReadonlyMap<string, number>;
  /** Stories of every indexed document (titles for workspace symbols and reports). */
  stories: WorkspaceStory[];
  /** Near-duplicate lookup over `stories` by who-and-outcome words. */
  duplicates?: SimilarityIndex<WorkspaceStory>;
}

export interface Report {
  message: string;
  span: Span;
  fix?: Fix;
  suggestions?: Fix[];
  related?: RelatedLocation[];
}

/** Everything a rule may read. Rules are pure: they report, they never mutate. */
export interface RuleContext {
  uri: string;
  text: string;
  story: Story;
  stories: readonly Story[];
  options: Record<string, unknown>;
  vocabulary: Vocabulary;
  workspace: WorkspaceIndex;
  /** The line break new lines must use (`\r\n` in CRLF files). */
  eol: string;
  report(report: Report): void;
}

/** One rule of the catalogue (SPEC §3). Metadata lives here and nowhere else. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: SeverityOrOff;
  /** The line of the value-delivery guide the rule enforces. */
  guideline: string;
  /** True when the rule offers a fix that `--fix` and fix-all apply. */
  fixable: boolean;
  /** Rules about sections (success, consequence, assumptions) skip one-line stories. */
  sectionRule?: boolean;
  /** The rule reads other stories or the workspace, so its findings cannot be cached per story. */
  crossStory?: boolean;
  check(context: RuleContext): void;
}

export type { Severity };
