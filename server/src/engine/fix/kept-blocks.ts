/**
 * The blocks a fix must keep (SPEC §3: no fix breaks the author's Markdown): every heading, list item, quote
 * and thematic break, and every code block and HTML block with its text. Fix-all checks each pass against
 * these and leaves out the fixes that would lose one, so a case the edits did not foresee (a field that
 * turns the author's line into a setext heading and eats a rule under it) costs a fix, never a block.
 */
import type { Root } from 'mdast';
import { ParseCache, parseMarkdown } from '../parse/markdown.js';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const KEPT = new Set(['heading', 'listItem', 'blockquote', 'thematicBreak']);
/** Where an HTML block sits; anywhere else (a paragraph, a heading) HTML is inline text a fix may edit. */
const CONTAINERS = new Set(['root', 'blockquote', 'listItem']);

/** How many of each kept block the tree has; code and HTML blocks are counted by their text. */
export function blockCounts(tree: Root): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: Node, parent: string) => {
    const key = KEPT.has(node.type)
      ? node.type
      : node.type === 'code' || (node.type === 'html' && CONTAINERS.has(parent))
        ? `${node.type}:${node.value?.trim() ?? ''}`
        : undefined;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of node.children ?? []) visit(child, node.type);
  };
  visit(tree as Node, '');
  return counts;
}

/** Whether `after` has fewer of any block than `before`. */
export const losesBlocks = (before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): boolean =>
  [...before].some(([key, n]) => (after.get(key) ?? 0) < n);

/**
 * A check for fix-all: whether a fixed text keeps every block of the text it was fixed from. Texts are
 * parsed through one cache (a pass changes a few pieces of the document) and the last counts are kept,
 * since each pass checks its candidates against the same text.
 */
export function blockKeeper(): (before: string, after: string) => boolean {
  const cache = new ParseCache();
  let last: { text: string; counts: Map<string, number> } | undefined;
  let start: typeof last;
  const countsOf = (text: string) => {
    if (last?.text === text) return last.counts;
    last = { text, counts: blockCounts(parseMarkdown(text, cache)) };
    return last.counts;
  };
  return (before, after) => {
    // The pass's starting text is kept apart: its candidates are each checked against it.
    if (start?.text !== before) start = { text: before, counts: countsOf(before) };
    return !losesBlocks(start.counts, countsOf(after));
  };
}
