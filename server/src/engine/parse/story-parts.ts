/**
 * What the story finder (stories.ts) hands the story reader (build-story.ts) and the kind reader (kind.ts):
 * the blocks of one story and its named sub-sections. Types only, so neither reader imports the other for them.
 */
import type { Heading, RootContent } from 'mdast';
import type { ElementKind, Span, StorySentence } from '../types.js';
import type { Section } from './sections.js';
import type { SectionRole } from './labels.js';
import type { LabelHit } from './statements.js';

/** Blocks a story reads fields from, and where the last field among them ends. */
export interface Region {
  nodes: readonly RootContent[];
  labels: readonly LabelHit[];
  end: number;
  /** The sub-sections of no name whose blocks it holds: a field written in one ends with it. */
  within?: readonly Span[];
}

/** A named sub-section of a story: an element (`### How we'll know`) or context (`## Background`, no kind). */
export interface LabelSection {
  section: Section;
  kind?: ElementKind;
  /** What its heading names it: an element, context or a part of a bug report. */
  role?: SectionRole;
  labels: readonly LabelHit[];
  /** Its blocks and those of its sub-headings that are not named sections themselves. */
  nodes: readonly RootContent[];
  /** The spans of those sub-headings' sections. */
  within?: readonly Span[];
}

/** Everything the story finder knows about a story. */
export interface StoryParts {
  span: Span;
  /** The story's own blocks: a section's, or a one-line story's list item or paragraph. */
  own: Region;
  labelSections: readonly LabelSection[];
  sentence?: StorySentence;
  oneLine: boolean;
  depth: number;
  heading?: Heading;
  indent: string;
  /** Where sections are added at the end, when not at the end of the span (see stories.ts). */
  insertEnd?: number;
  /** The level of the first sub-heading at or after where sections are added at its end (see `Story`). */
  nextHeadingDepth?: number;
  /** A one-line story written in a table cell. */
  inTableCell?: boolean;
  /** A one-line story on lines of a paragraph that holds other statements on its other lines. */
  sharesItsParagraph?: boolean;
}
