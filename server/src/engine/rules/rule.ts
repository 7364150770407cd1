import type { Vocabulary } from '../language/vocabulary.js';
import type { SimilarityIndex } from '../language/similarity.js';
import type { StorySource } from '../text/story-source.js';
import type { Fix, FixKind, RelatedLocation, Severity, SeverityOrOff, Span, Story } from '../types.js';

export interface WorkspaceStory {
  uri: string;
  span: Span;
  title: string;
  who?: string;
  /** What duplicate-story compares: its outcome, or a bug's, task's or spike's title (see `comparedText`). */
  compared?: string;
  /** The parts of the product its title names (see `titleAreas`), when it has a title. */
  areas?: string;
  /** The tracker item its statement links to (see `StorySentence.cites`). */
  cites?: string;
  /** The story itself, when the index was built from its document as parsed (see `covers`). */
  story?: Story;
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
  /**
   * The story lists of the documents indexed as they are being linted: such a document's
   * stories need no index of their own (the server and the CLI lint what they indexed).
   */
  covers?: ReadonlySet<readonly Story[]>;
  /** Where each story of a covered document is in `duplicates`, when it is there. */
  duplicatePositions?: ReadonlyMap<Story, number>;
  /** Each story's title `areas` and the item it `cites`, in `duplicates`' order: a kept search depends on them. */
  duplicateAreas?: readonly string[];
}

export interface Report {
  message: string;
  span: Span;
  /** The rule's fix; its kind is the rule's `fixable`. */
  fix?: Omit<Fix, 'kind'>;
  suggestions?: Fix[];
  related?: RelatedLocation[];
}

/** Everything a story rule may read: its own story and nothing else. Rules report, they never mutate. */
export interface StoryContext {
  story: Story;
  /** The story's own lines (document offsets; reads outside the story see nothing). */
  source: StorySource;
  options: Record<string, unknown>;
  vocabulary: Vocabulary;
  /** The line break new lines must use (`\r\n` in CRLF files). */
  eol: string;
  report(report: Report): void;
}

/** What a workspace rule reads besides its story: the document's other stories and the workspace. */
export interface WorkspaceContext extends StoryContext {
  uri: string;
  text: string;
  stories: readonly Story[];
  workspace: WorkspaceIndex;
}

/** What every rule declares (SPEC §3). Metadata lives in the rule's file and nowhere else. */
interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeverityOrOff;
  /** The line of the value-delivery guide the rule enforces. */
  guideline: string;
  /**
   * The rule's fix (SPEC §3): `safe` inserts what is missing and never moves the author's
   * words (`--fix`, fix-all on save); `rewrite` changes what they wrote (a quick fix in the
   * editor, `--fix --unsafe-fixes` on the command line); `false` when there is none.
   */
  fixable: FixKind | false;
  /** Rules about sections (success, consequence, assumptions) skip one-line stories. */
  sectionRule?: boolean;
  /** Rules that ask a story for an element (who, outcome, why) skip bug reports, tasks and spikes. */
  elementRule?: boolean;
  /**
   * Rules that judge what a story wants (output, goals bundled, a why restated) skip them too:
   * a task names output by nature, and a bug report is not to be rewritten or split into stories.
   */
  wantRule?: boolean;
  /**
   * Section rules that judge each criterion by itself (vague, a task, a metric missing its parts): they judge the
   * items of a criteria list too, acceptance criteria written apart from their story.
   */
  criterionRule?: boolean;
}

/**
 * A rule that reads its own story only. Its findings are cached per story between edits, so
 * its context has no other story, no workspace and no document text: reading them cannot compile.
 */
export interface StoryRule extends RuleMeta {
  scope: 'story';
  check(context: StoryContext): void;
}

/** A rule that compares a story with others (duplicates, personas): run on every lint, never cached. */
export interface WorkspaceRule extends RuleMeta {
  scope: 'workspace';
  check(context: WorkspaceContext): void;
}

export type Rule = StoryRule | WorkspaceRule;

export type { Severity };

/**
 * Whether a rule reads a story at all: section rules skip one-line stories, and neither they
 * nor the element and want rules ask anything of a bug report, a task or a spike (SPEC §2);
 * of a criteria list, only its criteria are judged.
 */
export function appliesTo(rule: RuleMeta, story: Story): boolean {
  if (rule.sectionRule && story.oneLine) return false;
  if (story.kind === 'criteria' && rule.criterionRule) return true;
  return story.kind === 'story' || !(rule.sectionRule || rule.elementRule || rule.wantRule);
}
