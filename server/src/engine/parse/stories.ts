import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import type { ElementKind, Span, Story, StoryElement, StoryItem, StorySentence } from '../types.js';
import { lineStartOf } from '../text/line-index.js';
import { headingLabelKind, matchLabelLine } from './labels.js';
import { parseSentence } from './sentence.js';

/** A heading and everything up to the next heading of the same or a higher level. */
interface Section {
  heading?: Heading;
  depth: number;
  start: number;
  end: number;
  own: RootContent[];
  children: Section[];
}

interface LabelHit {
  kind: ElementKind;
  lineStart: number;
  label: Span;
  valueStart: number;
}

const start = (n: { position?: { start: { offset?: number } } }) => n.position!.start.offset!;
const end = (n: { position?: { end: { offset?: number } } }) => n.position!.end.offset!;

/** Splits the document into nested heading sections; content before the first heading is the root's own. */
function buildSections(tree: Root, text: string): Section {
  const root: Section = { depth: 0, start: 0, end: text.length, own: [], children: [] };
  const stack: Section[] = [root];
  for (const node of tree.children) {
    if (node.type === 'yaml' || (node.type as string) === 'toml') continue;
    if (node.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const section: Section = { heading: node, depth: node.depth, start: start(node), end: text.length, own: [], children: [] };
      stack[stack.length - 1]!.children.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1]!.own.push(node);
    }
  }
  fixEnds(root, text.length);
  return root;
}

function fixEnds(section: Section, limit: number): void {
  section.end = limit;
  section.children.forEach((child, i) => fixEnds(child, section.children[i + 1]?.start ?? limit));
}

/** Source lines of a block, with absolute offsets. */
function linesOf(text: string, from: number, to: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let pos = from;
  while (pos <= to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    out.push({ start: pos, text: text.slice(pos, lineEnd) });
    if (nl >= to) break;
    pos = nl + 1;
  }
  return out;
}

function labelHits(nodes: RootContent[], text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  const scan = (from: number, to: number) => {
    for (const line of linesOf(text, from, to)) {
      const m = matchLabelLine(line.text.replace(/^[ \t]*>[ \t]?/, (s) => ' '.repeat(s.length)));
      if (m) {
        hits.push({
          kind: m.kind,
          // The real start of the line, before any list marker: a field's region ends there.
          lineStart: lineStartOf(text, line.start),
          label: { start: line.start + m.labelStart, end: line.start + m.labelEnd },
          valueStart: line.start + m.valueStart,
        });
      }
    }
  };
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'blockquote') scan(start(node), end(node));
    else if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0];
        if (first?.type === 'paragraph') scan(start(first), end(first));
      }
    }
  }
  return hits;
}

/** Blocks that may hold a one-line story: paragraphs and top-level list items. */
function sentenceBlocks(nodes: RootContent[]): { block: RootContent | ListItem; from: number; to: number; inList: boolean }[] {
  const out: { block: RootContent | ListItem; from: number; to: number; inList: boolean }[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push({ block: node, from: start(node), to: end(node), inList: false });
    else if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0];
        if (first?.type === 'paragraph') out.push({ block: item, from: start(first), to: end(first), inList: true });
      }
    }
  }
  return out;
}

/** The text of a block up to its first label line, so fields added under a sentence do not join it. */
function sentenceText(text: string, from: number, to: number): string {
  let cut = to;
  for (const line of linesOf(text, from, to)) {
    if (line.start > from && matchLabelLine(line.text)) {
      cut = line.start;
      break;
    }
  }
  return text.slice(from, cut);
}

function findSentences(nodes: RootContent[], text: string) {
  const found: { sentence: StorySentence; from: number; to: number; inList: boolean; block: RootContent | ListItem }[] = [];
  for (const b of sentenceBlocks(nodes)) {
    const sentence = parseSentence(sentenceText(text, b.from, b.to), b.from);
    if (sentence) found.push({ sentence, ...b });
  }
  return found;
}

const trimSpan = (text: string, from: number, to: number): Span => {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
};

/** List items (or, without a list, the lines) inside a region: the criteria or assumptions. */
function itemsIn(nodes: RootContent[], text: string, from: number, to: number): StoryItem[] {
  const items: StoryItem[] = [];
  for (const node of nodes) {
    if (end(node) <= from || start(node) >= to) continue;
    if (node.type === 'list') {
      for (const item of (node as List).children) {
        if (start(item) < from || start(item) >= to) continue;
        items.push(listItem(item, text));
      }
    } else if (node.type === 'paragraph') {
      for (const line of linesOf(text, Math.max(from, start(node)), Math.min(to, end(node)))) {
        const span = trimSpan(text, line.start, line.start + line.text.length);
        if (span.end > span.start && !matchLabelLine(line.text)) items.push({ span, text: text.slice(span.start, span.end) });
      }
    }
  }
  return items;
}

function listItem(item: ListItem, text: string): StoryItem {
  const first = item.children[0];
  const contentStart = first ? start(first) : end(item);
  let itemStart = start(item);
  // Skip the bullet so the range covers the criterion's words.
  const marker = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/.exec(text.slice(itemStart, contentStart + 1));
  if (marker) itemStart += marker[0].length;
  let checkbox: Span | undefined;
  const box = /^\[[ xX]\][ \t]+/.exec(text.slice(itemStart));
  if (box) {
    checkbox = { start: itemStart, end: itemStart + 3 };
    itemStart += box[0].length;
  }
  const lastChild = item.children[item.children.length - 1];
  let itemEnd = lastChild ? end(lastChild) : end(item);
  // Markdown folds a label line that follows a list item without a blank line into the item.
  for (const line of linesOf(text, contentStart, itemEnd)) {
    if (line.start > contentStart && matchLabelLine(line.text)) {
      itemEnd = line.start;
      break;
    }
  }
  const span = trimSpan(text, Math.min(itemStart, contentStart), itemEnd);
  if (box && span.start < itemStart) span.start = itemStart;
  const result: StoryItem = { span, text: text.slice(span.start, span.end) };
  if (checkbox) result.checkbox = checkbox;
  return result;
}

function hasStatement(section: Section, text: string): boolean {
  return (
    labelHits(section.own, text).length > 0 ||
    findSentences(section.own, text).length > 0 ||
    section.children.some((c) => c.heading && headingLabelKind(headingText(c.heading, text)) !== undefined)
  );
}

function subtreeHasStatement(section: Section, text: string): boolean {
  return hasStatement(section, text) || section.children.some((c) => subtreeHasStatement(c, text));
}

function headingText(heading: Heading, text: string): string {
  const span = headingSpan(heading, text);
  return text.slice(span.start, span.end);
}

function headingSpan(heading: Heading, text: string): Span {
  if (heading.children.length === 0) return { start: end(heading), end: end(heading) };
  return trimSpan(text, start(heading.children[0]!), end(heading.children[heading.children.length - 1]!));
}

function lastOffset(nodes: RootContent[], fallback: number): number {
  return nodes.length ? end(nodes[nodes.length - 1]!) : fallback;
}

interface Builder {
  text: string;
  stories: Story[];
}

/** Reads the elements of one story from its own blocks and its label sub-sections. */
function buildStory(
  b: Builder,
  span: Span,
  nodes: RootContent[],
  labelSections: Section[],
  sentence: StorySentence | undefined,
  opts: { oneLine: boolean; depth: number; heading?: Heading; regionEnd: number; indent: string },
): Story {
  const { text } = b;
  const elements: Story['elements'] = {};
  let criteria: StoryItem[] = [];
  let assumptions: StoryItem[] = [];
  // Fields may follow the story's own text or sit under a label sub-heading (`**If we
  // don't:**` after `### How we'll know`); each field runs to the next label or region end.
  const regions: { nodes: RootContent[]; end: number }[] = [{ nodes, end: opts.regionEnd }];
  for (const section of labelSections) regions.push({ nodes: section.own, end: lastOffset(section.own, end(section.heading!)) });
  const hits: LabelHit[] = [];
  const hitRegionEnd: number[] = [];
  for (const region of regions) {
    const found = labelHits(region.nodes, text).filter((h) => h.lineStart >= span.start && h.lineStart < region.end);
    found.forEach((h, i) => {
      hits.push(h);
      hitRegionEnd.push(found[i + 1]?.lineStart ?? region.end);
    });
  }
  hits.forEach((hit, i) => {
    const regionEnd = hitRegionEnd[i]!;
    const allNodes = regions.flatMap((r) => r.nodes);
    const valueSpan = trimSpan(text, hit.valueStart, regionEnd);
    // A field's value is its own line; what follows on later lines (a list) is its items.
    const lineEnd = text.indexOf('\n', hit.valueStart);
    const firstLineEnd = lineEnd < 0 || lineEnd > valueSpan.end ? valueSpan.end : lineEnd;
    const inline = trimSpan(text, hit.valueStart, firstLineEnd);
    const el: StoryElement = {
      kind: hit.kind,
      span: inline.end > inline.start ? inline : valueSpan,
      text: '',
      label: hit.label,
      from: 'field',
      blockEnd: valueSpan.end,
    };
    el.text = text.slice(el.span.start, el.span.end);
    if (!elements[hit.kind]) elements[hit.kind] = el;
    if (hit.kind === 'success' || hit.kind === 'assumptions') {
      const items = itemsIn(allNodes, text, hit.valueStart, regionEnd);
      const all = inline.end > inline.start && !items.some((it) => it.span.start <= inline.start && it.span.end >= inline.end)
        ? [{ span: inline, text: text.slice(inline.start, inline.end) }, ...items]
        : items;
      if (hit.kind === 'success') criteria = criteria.concat(all);
      else assumptions = assumptions.concat(all);
    }
  });
  for (const section of labelSections) {
    const kind = headingLabelKind(headingText(section.heading!, text))!;
    const contentStart = end(section.heading!);
    const firstField = hits.find((h) => h.lineStart >= contentStart && h.lineStart < section.end);
    const contentEnd = firstField?.lineStart ?? section.end;
    const valueSpan = trimSpan(text, contentStart, Math.min(contentEnd, lastOffset(section.own, contentStart)));
    if (!elements[kind]) {
      elements[kind] = {
        kind,
        span: valueSpan,
        text: text.slice(valueSpan.start, valueSpan.end),
        label: headingSpan(section.heading!, text),
        from: 'heading',
        blockEnd: valueSpan.end,
      };
    }
    const items = itemsIn(section.own, text, contentStart, contentEnd);
    if (kind === 'success') criteria = criteria.concat(items);
    if (kind === 'assumptions') assumptions = assumptions.concat(items);
  }
  if (sentence) {
    if (!elements.who && sentence.who) elements.who = sentence.who;
    if (!elements.outcome && sentence.outcome) elements.outcome = sentence.outcome;
    if (!elements.why && sentence.why) elements.why = sentence.why;
  }
  const ownEnd = Math.max(
    sentence?.span.end ?? span.start,
    ...hits.filter((h) => h.lineStart < opts.regionEnd).map((h, i) => trimSpan(text, h.valueStart, hitRegionEnd[i]!).end),
  );
  const fieldInsertAt = hits.length || sentence ? endOfLine(text, ownEnd) : opts.heading ? end(opts.heading) : span.start;
  const story: Story = {
    index: b.stories.length,
    shape: sentence ? sentence.form : hits.length || labelSections.length ? 'value' : 'unknown',
    oneLine: opts.oneLine,
    span,
    depth: opts.depth,
    elements,
    criteria,
    assumptions,
    fieldInsertAt,
    endInsertAt: span.end,
    indent: opts.indent,
  };
  if (hits.length && sentence) story.shape = 'value';
  if (sentence) story.sentence = sentence;
  if (opts.heading) {
    story.titleSpan = headingSpan(opts.heading, text);
    story.title = text.slice(story.titleSpan.start, story.titleSpan.end);
  }
  b.stories.push(story);
  return story;
}

function endOfLine(text: string, offset: number): number {
  let e = text.indexOf('\n', offset);
  if (e < 0) return text.length;
  if (e > 0 && text[e - 1] === '\r') e--;
  return Math.max(e, offset);
}

function indentOf(text: string, offset: number): string {
  const lineStart = lineStartOf(text, offset);
  return ' '.repeat(offset - lineStart);
}

function collect(b: Builder, section: Section, parentIsStory: boolean): void {
  const { text } = b;
  const labelSections = section.children.filter(
    (c) => c.heading && headingLabelKind(headingText(c.heading, text)) !== undefined && !hasStatementIgnoringLabelHeading(c, text),
  );
  const others = section.children.filter((c) => !labelSections.includes(c));
  const sentences = findSentences(section.own, text);
  // Fields written under a one-line story of a list (or of a heading-less file) are that story's.
  const oneLineBlocks = sentences.filter((s) => s.inList || !section.heading || sentences.length > 1);
  const hits = labelHits(section.own, text).filter((h) => !oneLineBlocks.some((s) => h.lineStart >= s.from && h.lineStart < end(s.block)));
  const storyChildren = others.filter((c) => subtreeHasStatement(c, text));
  // A story runs to its first child story, but always covers its own label sections (its
  // elements are read from them), even one written after a child story.
  const labelEnd = Math.max(0, ...labelSections.map((l) => trimSpan(text, l.start, l.end).end));
  const storyEnd = Math.max(trimSpan(text, section.start, storyChildren[0]?.start ?? section.end).end, labelEnd);
  const depth = section.depth;
  const heading = section.heading;
  const headingOpts = heading ? { heading } : {};
  const isSectionStory =
    hits.length > 0 ||
    labelSections.length > 0 ||
    (sentences.length === 1 && heading !== undefined && !sentences[0]!.inList);

  if (isSectionStory) {
    const span = { start: heading ? start(heading) : firstContentStart(section, text), end: storyEnd };
    // One-line stories of a list under this heading are stories of their own, not this story's sentence.
    buildStory(b, span, section.own, labelSections, sentences.find((x) => !x.inList)?.sentence, {
      oneLine: false,
      depth,
      ...headingOpts,
      regionEnd: lastOffset(section.own, heading ? end(heading) : span.start),
      indent: '',
    });
  } else if (sentences.length > 0) {
    for (const s of sentences) {
      const blockEnd = end(s.block);
      const span = trimSpan(text, s.from, blockEnd);
      buildStory(b, span, blockNodes(s.block), [], s.sentence, {
        oneLine: true,
        depth,
        regionEnd: blockEnd,
        indent: s.inList ? indentOf(text, s.from) : '',
      });
    }
  } else if (heading && !parentIsStory && storyChildren.length === 0 && hasProse(section)) {
    buildStory(b, { start: start(heading), end: storyEnd }, section.own, [], undefined, {
      oneLine: false,
      depth,
      heading,
      regionEnd: lastOffset(section.own, end(heading)),
      indent: '',
    });
  }
  const isStory = isSectionStory || (heading !== undefined && !parentIsStory && storyChildren.length === 0 && hasProse(section) && sentences.length === 0);
  for (const child of others) {
    if (isStory && !subtreeHasStatement(child, text)) continue;
    collect(b, child, isStory);
  }
}

function hasStatementIgnoringLabelHeading(section: Section, text: string): boolean {
  return findSentences(section.own, text).some((s) => s.sentence.who !== undefined && s.sentence.outcome !== undefined);
}

function blockNodes(block: RootContent | ListItem): RootContent[] {
  return block.type === 'listItem' ? (block.children as RootContent[]) : [block];
}

function hasProse(section: Section): boolean {
  return section.own.some((n) => n.type === 'paragraph' || n.type === 'list' || n.type === 'blockquote');
}

function firstContentStart(section: Section, text: string): number {
  const first = section.own.find((n) => n.type !== 'html');
  return first ? start(first) : Math.min(section.start, text.length);
}

/** Finds every story of a document (SPEC §2 story boundaries), in document order. */
export function findStories(tree: Root, text: string): Story[] {
  const b: Builder = { text, stories: [] };
  collect(b, buildSections(tree, text), false);
  b.stories.sort((x, y) => x.span.start - y.span.start);
  b.stories.forEach((s, i) => (s.index = i));
  return b.stories;
}
