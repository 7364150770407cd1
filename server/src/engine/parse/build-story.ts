/** Reads the elements, criteria and assumptions of one story from the blocks the story finder gives it. */
import type { Heading, RootContent } from 'mdast';
import type { ElementKind, Span, Story, StoryItem, StorySentence } from '../types.js';
import { endOf, itemsIn, lastOffset } from './blocks.js';
import { lineEndOf, trimSpan } from './lines.js';
import { headingSpan, type Section } from './sections.js';
import type { LabelHit } from './statements.js';

/** Blocks a story reads fields from, and where the last field among them ends. */
export interface Region {
  nodes: readonly RootContent[];
  labels: readonly LabelHit[];
  end: number;
}

/** A label sub-section (`### How we'll know`) of a story. */
export interface LabelSection {
  section: Section;
  kind: ElementKind;
  labels: readonly LabelHit[];
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
}

/** A field: its label line, and where its value ends (the next label line, or its region's end). */
interface Field extends LabelHit {
  end: number;
}

/**
 * Reads the elements of one story from its own blocks and its label sub-sections. Fields may
 * follow the story's own text or sit under a label sub-heading (`**If we don't:**` after
 * `### How we'll know`); each field runs to the next label or the end of its region. The
 * story's index is its place among the stories found so far; the finder renumbers them.
 */
export function buildStory(text: string, parts: StoryParts, index: number): Story {
  const { span, own, labelSections, sentence, heading } = parts;
  const regions: Region[] = [own];
  for (const { section, labels } of labelSections) {
    regions.push({ nodes: section.own, labels, end: lastOffset(section.own, endOf(section.heading!)) });
  }
  const fields: Field[] = regions.flatMap((region) => {
    const found = region.labels.filter((h) => h.lineStart >= span.start && h.lineStart < region.end);
    return found.map((hit, i) => ({ ...hit, end: found[i + 1]?.lineStart ?? region.end }));
  });
  const allNodes = regions.flatMap((r) => r.nodes);

  const elements: Story['elements'] = {};
  let criteria: StoryItem[] = [];
  let assumptions: StoryItem[] = [];
  const addItems = (kind: ElementKind, items: StoryItem[]) => {
    if (kind === 'success') criteria = criteria.concat(items);
    if (kind === 'assumptions') assumptions = assumptions.concat(items);
  };

  for (const field of fields) {
    const valueSpan = trimSpan(text, field.valueStart, field.end);
    // A field's value is its own line; what follows on later lines (a list) is its items.
    const inline = trimSpan(text, field.valueStart, Math.min(lineEndOf(text, field.valueStart), valueSpan.end));
    const hasInline = inline.end > inline.start;
    const valueAt = hasInline ? inline : valueSpan;
    elements[field.kind] ??= {
      kind: field.kind,
      span: valueAt,
      text: text.slice(valueAt.start, valueAt.end),
      label: field.label,
      from: 'field',
      blockEnd: valueSpan.end,
    };
    if (field.kind === 'success' || field.kind === 'assumptions') {
      const items = itemsIn(allNodes, text, field.valueStart, field.end);
      // `**How we'll know:** Alerts are read in 5 min` is a criterion too, unless it is already an item.
      const inlineIsItem = items.some((it) => it.span.start <= inline.start && it.span.end >= inline.end);
      const inlineItem = { span: inline, text: text.slice(inline.start, inline.end) };
      addItems(field.kind, hasInline && !inlineIsItem ? [inlineItem, ...items] : items);
    }
  }

  for (const { section, kind } of labelSections) {
    const contentStart = endOf(section.heading!);
    const firstField = fields.find((f) => f.lineStart >= contentStart && f.lineStart < section.end);
    const contentEnd = firstField?.lineStart ?? section.end;
    const valueSpan = trimSpan(text, contentStart, Math.min(contentEnd, lastOffset(section.own, contentStart)));
    elements[kind] ??= {
      kind,
      span: valueSpan,
      text: text.slice(valueSpan.start, valueSpan.end),
      label: headingSpan(section.heading!, text),
      from: 'heading',
      blockEnd: valueSpan.end,
    };
    addItems(kind, itemsIn(section.own, text, contentStart, contentEnd));
  }

  // A field or a section says it more precisely than the sentence; the sentence fills the gaps.
  for (const kind of ['who', 'outcome', 'why'] as const) {
    if (!elements[kind] && sentence?.[kind]) elements[kind] = sentence[kind];
  }

  // New field lines go after the story's own last field or sentence line, else under its heading.
  const ownFields = fields.filter((f) => f.lineStart < own.end);
  const ownEnd = Math.max(
    sentence?.span.end ?? span.start,
    ...ownFields.map((f) => trimSpan(text, f.valueStart, f.end).end),
  );
  const fieldInsertAt = fields.length || sentence ? lineEndOf(text, ownEnd) : heading ? endOf(heading) : span.start;
  const story: Story = {
    index,
    shape: sentence ? sentence.form : fields.length || labelSections.length ? 'value' : 'unknown',
    oneLine: parts.oneLine,
    span,
    depth: parts.depth,
    elements,
    criteria,
    assumptions,
    fieldInsertAt,
    endInsertAt: span.end,
    indent: parts.indent,
  };
  if (fields.length && sentence) story.shape = 'value';
  if (sentence) story.sentence = sentence;
  if (heading) {
    story.titleSpan = headingSpan(heading, text);
    story.title = text.slice(story.titleSpan.start, story.titleSpan.end);
  }
  return story;
}
