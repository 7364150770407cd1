/** The heading outline of a document: every heading with the blocks under it, nested by level. */
import type { Heading, Root, RootContent } from 'mdast';
import type { Span } from '../types.js';
import { endOf, startOf } from './blocks.js';
import { trimSpan } from './lines.js';

/** A heading and everything up to the next heading of the same or a higher level. */
export interface Section {
  /** Absent for the document itself, the root of the outline. */
  heading?: Heading;
  depth: number;
  start: number;
  end: number;
  /** The blocks before the first sub-heading. */
  own: RootContent[];
  children: Section[];
}

/** Front matter other than YAML, which mdast types: TOML and JSON ("---json"). */
const FRONT_MATTER = new Set(['toml', 'json']);

/** Splits the document into nested heading sections; content before the first heading is the root's own. */
export function buildSections(tree: Root, text: string): Section {
  const root: Section = { depth: 0, start: 0, end: text.length, own: [], children: [] };
  const stack: Section[] = [root];
  for (const node of tree.children) {
    if (node.type === 'yaml' || FRONT_MATTER.has(node.type as string)) continue;
    if (node.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const section: Section = {
        heading: node,
        depth: node.depth,
        start: startOf(node),
        end: text.length,
        own: [],
        children: [],
      };
      stack[stack.length - 1]!.children.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1]!.own.push(node);
    }
  }
  fixEnds(root, text.length);
  return root;
}

/** A section ends where its next sibling starts, or where its parent ends. */
function fixEnds(section: Section, limit: number): void {
  section.end = limit;
  section.children.forEach((child, i) => fixEnds(child, section.children[i + 1]?.start ?? limit));
}

/** The words of a heading, without its `#` marks and surrounding space. */
export function headingSpan(heading: Heading, text: string): Span {
  if (heading.children.length === 0) return { start: endOf(heading), end: endOf(heading) };
  return trimSpan(text, startOf(heading.children[0]!), endOf(heading.children[heading.children.length - 1]!));
}

export function headingText(heading: Heading, text: string): string {
  const span = headingSpan(heading, text);
  return text.slice(span.start, span.end);
}

/** Whether the section has text of its own: a paragraph, a list or a quote. */
export function hasProse(section: Section): boolean {
  return section.own.some((n) => n.type === 'paragraph' || n.type === 'list' || n.type === 'blockquote');
}

/** Where the section's first block (an HTML comment aside) starts. */
export function firstContentStart(section: Section, text: string): number {
  const first = section.own.find((n) => n.type !== 'html');
  return first ? startOf(first) : Math.min(section.start, text.length);
}

/** The blocks of a section and of every section under it, in document order (headings aside). */
export function subtreeNodes(section: Section): RootContent[] {
  return [...section.own, ...section.children.flatMap(subtreeNodes)];
}

/** Whether the section or a section under it has text of its own. */
export function subtreeHasProse(section: Section): boolean {
  return hasProse(section) || section.children.some(subtreeHasProse);
}
