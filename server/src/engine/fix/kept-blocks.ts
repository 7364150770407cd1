/**
 * The blocks a fix must keep (SPEC §3: no fix breaks the author's Markdown): every heading, list item, quote
 * and thematic break, and every code block and HTML block with its text. Fix-all checks each pass against
 * these and leaves out the fixes that would lose one, so a case the edits did not foresee (a field that
 * turns the author's line into a setext heading and eats a rule under it) costs a fix, never a block.
 */
import type { Root } from 'mdast';
import { chunkBoundaries, parseMarkdown } from '../parse/markdown.js';

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
 * A check for fix-all and the quick fixes: whether a fixed text keeps every block of the text it was fixed from.
 * Texts are counted piece by piece (see chunkBoundaries: a piece parses the same wherever it stands), and the
 * counts of the pieces of the text counted last are kept by their text: a fix changes a piece or two, so the
 * next check parses those alone. The text a pass or a request starts from is kept apart: its candidates are
 * each checked against it.
 */
export function blockKeeper(): (before: string, after: string) => boolean {
  let known = new Map<string, Map<string, number>>();
  let start: { text: string; counts: Map<string, number> } | undefined;
  const countsOf = (text: string) => {
    const total = new Map<string, number>();
    const next = new Map<string, Map<string, number>>();
    const chunks = chunkBoundaries(text);
    chunks.forEach((chunk, i) => {
      const piece = text.slice(chunk.start, chunks[i + 1]?.start ?? text.length);
      const counts = next.get(piece) ?? known.get(piece) ?? blockCounts(parseMarkdown(piece));
      next.set(piece, counts);
      for (const [key, n] of counts) total.set(key, (total.get(key) ?? 0) + n);
    });
    known = next;
    return total;
  };
  return (before, after) => {
    if (start?.text !== before) start = { text: before, counts: countsOf(before) };
    return !losesBlocks(start.counts, countsOf(after));
  };
}
