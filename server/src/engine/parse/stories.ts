/**
 * Finds the stories of a document (SPEC §2 story boundaries): a heading section with fields,
 * label sub-headings or one sentence; a one-line story in a list or paragraph; a heading with
 * prose and no story under it. The outline comes from sections.ts, what each section states
 * from statements.ts, and each story's elements from build-story.ts.
 */
import type { Root } from 'mdast';
import type { Story } from '../types.js';
import { blockNodes, endOf, lastOffset, startOf } from './blocks.js';
import { buildStory, type LabelSection, type StoryParts } from './build-story.js';
import { indentOf, trimSpan } from './lines.js';
import { buildSections, firstContentStart, hasProse, type Section } from './sections.js';
import { labelHits, readStatements, type Statements } from './statements.js';

interface Finder {
  text: string;
  statements: Map<Section, Statements>;
  stories: Story[];
}

/** Collects the stories of a section and of the sections under it. */
function collect(finder: Finder, section: Section, parentIsStory: boolean): void {
  const { text, statements, stories } = finder;
  const of = (s: Section) => statements.get(s)!;
  const stated = of(section);
  const labelSections: LabelSection[] = section.children
    .filter((c) => of(c).isLabelSection)
    .map((c) => ({ section: c, kind: of(c).headingLabel!, labels: of(c).labels }));
  const others = section.children.filter((c) => !of(c).isLabelSection);
  const { sentences } = stated;
  // Fields written under a one-line story of a list (or of a heading-less file) are that story's.
  const oneLineBlocks = sentences.filter((s) => s.inList || !section.heading || sentences.length > 1);
  const inOneLineBlock = (at: number) => oneLineBlocks.some((s) => at >= s.from && at < endOf(s.block));
  const fieldLabels = stated.labels.filter((h) => !inOneLineBlock(h.lineStart));
  const storyChildren = others.filter((c) => of(c).subtreeHasStatement);
  // A story runs to its first child story, but always covers its own label sections (its
  // elements are read from them), even one written after a child story.
  const labelEnd = Math.max(0, ...labelSections.map((l) => trimSpan(text, l.section.start, l.section.end).end));
  const storyEnd = Math.max(trimSpan(text, section.start, storyChildren[0]?.start ?? section.end).end, labelEnd);
  const { depth, heading } = section;
  const add = (parts: Omit<StoryParts, 'depth'>) => stories.push(buildStory(text, { ...parts, depth }, stories.length));
  const oneSentence = sentences.length === 1 && heading !== undefined && !sentences[0]!.inList;
  const isSectionStory = fieldLabels.length > 0 || labelSections.length > 0 || oneSentence;
  // A heading with prose and no story anywhere under it is a story still to be written.
  const isProseStory = heading !== undefined && !parentIsStory && storyChildren.length === 0 && hasProse(section);

  if (isSectionStory) {
    const start = heading ? startOf(heading) : firstContentStart(section, text);
    const ownEnd = lastOffset(section.own, heading ? endOf(heading) : start);
    add({
      span: { start, end: storyEnd },
      own: { nodes: section.own, labels: stated.labels, end: ownEnd },
      labelSections,
      // One-line stories of a list under this heading are stories of their own, not this story's sentence.
      sentence: sentences.find((x) => !x.inList)?.sentence,
      oneLine: false,
      heading,
      indent: '',
    });
  } else if (sentences.length > 0) {
    for (const s of sentences) {
      const blockEnd = endOf(s.block);
      const nodes = blockNodes(s.block);
      add({
        span: trimSpan(text, s.from, blockEnd),
        own: { nodes, labels: labelHits(nodes, text), end: blockEnd },
        labelSections: [],
        sentence: s.sentence,
        oneLine: true,
        indent: s.inList ? indentOf(text, s.from) : '',
      });
    }
  } else if (isProseStory) {
    add({
      span: { start: startOf(heading), end: storyEnd },
      own: { nodes: section.own, labels: stated.labels, end: lastOffset(section.own, endOf(heading)) },
      labelSections: [],
      oneLine: false,
      heading,
      indent: '',
    });
  }
  const isStory = isSectionStory || (isProseStory && sentences.length === 0);
  for (const child of others) {
    if (isStory && !of(child).subtreeHasStatement) continue;
    collect(finder, child, isStory);
  }
}

/** Finds every story of a document (SPEC §2 story boundaries), in document order. */
export function findStories(tree: Root, text: string): Story[] {
  const root = buildSections(tree, text);
  const finder: Finder = { text, statements: readStatements(root, text), stories: [] };
  collect(finder, root, false);
  finder.stories.sort((x, y) => x.span.start - y.span.start);
  finder.stories.forEach((s, i) => (s.index = i));
  return finder.stories;
}
