/**
 * What makes a section a story: label lines (`**Who:** …`), classic or job sentences, and
 * label sub-headings (`### How we'll know`). Each section's are read once, its blocks' sentences
 * included, and kept for the story finder and the story builder.
 */
import type { RootContent } from 'mdast';
import type { ElementKind, Span, StorySentence } from '../types.js';
import { textBlocks, type TextBlock } from './blocks.js';
import { firstLabelLineAfter, headingLabelKind, matchLabelLine } from './labels.js';
import { linesOf, textLineStartOf } from './lines.js';
import { headingText, type Section } from './sections.js';
import { parseSentence } from './sentence.js';

/** A label line of a field. */
export interface LabelHit {
  kind: ElementKind;
  /** The real start of the line, before any list marker: a field's region ends there. */
  lineStart: number;
  label: Span;
  valueStart: number;
}

/** A block holding a classic or job sentence. */
export interface SentenceHit extends TextBlock {
  sentence: StorySentence;
}

/** The label lines of the blocks (paragraphs, quotes, first paragraphs of list items), in order. */
export function labelHits(nodes: readonly RootContent[], text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const block of textBlocks(nodes, true)) {
    for (const line of linesOf(text, block.from, block.to)) {
      // A label inside a quote (`> **Who:** …`) keeps its offsets: the marker becomes spaces.
      const m = matchLabelLine(line.text.replace(/^[ \t]*>[ \t]?/, (s) => ' '.repeat(s.length)));
      if (!m) continue;
      hits.push({
        kind: m.kind,
        lineStart: textLineStartOf(text, line.start),
        label: { start: line.start + m.labelStart, end: line.start + m.labelEnd },
        valueStart: line.start + m.valueStart,
      });
    }
  }
  return hits;
}

/** The sentences of the blocks, each read up to its first label line so fields added under it do not join it. */
function findSentences(nodes: readonly RootContent[], text: string): SentenceHit[] {
  const found: SentenceHit[] = [];
  for (const block of textBlocks(nodes)) {
    const end = firstLabelLineAfter(text, block.from, block.to) ?? block.to;
    const sentence = parseSentence(text.slice(block.from, end), block.from);
    if (sentence) found.push({ ...block, sentence });
  }
  return found;
}

/** What a section states, read once. */
export interface Statements {
  /** Label lines of the section's own blocks. */
  labels: LabelHit[];
  /** Classic and job sentences of the section's own blocks. */
  sentences: SentenceHit[];
  /** The element the heading names, when the whole heading is a label (`### How we'll know`). */
  headingLabel?: ElementKind;
  /**
   * A label heading over no sentence with both a who and an outcome: a part (`### How we'll
   * know`) of the story above, not a story of its own.
   */
  isLabelSection: boolean;
  /** Label lines, sentences or a label sub-heading: the section is a story, or holds some. */
  hasStatement: boolean;
  /** The section or a section under it has a statement. */
  subtreeHasStatement: boolean;
}

/** Reads the statements of every section of the outline, bottom-up. */
export function readStatements(root: Section, text: string): Map<Section, Statements> {
  const all = new Map<Section, Statements>();
  const read = (section: Section): Statements => {
    const children = section.children.map(read);
    const labels = labelHits(section.own, text);
    const sentences = findSentences(section.own, text);
    const headingLabel = section.heading ? headingLabelKind(headingText(section.heading, text)) : undefined;
    const hasLabelHeading = children.some((c) => c.headingLabel !== undefined);
    const hasStatement = labels.length > 0 || sentences.length > 0 || hasLabelHeading;
    const statements: Statements = {
      labels,
      sentences,
      ...(headingLabel ? { headingLabel } : {}),
      isLabelSection: headingLabel !== undefined && !sentences.some((s) => s.sentence.who && s.sentence.outcome),
      hasStatement,
      subtreeHasStatement: hasStatement || children.some((c) => c.subtreeHasStatement),
    };
    all.set(section, statements);
    return statements;
  };
  read(root);
  return all;
}
