/**
 * The blocks of a document a fix must keep, for "a fix keeps the author's Markdown" checks: every list
 * item, quote and thematic break, every code block with its text, and every comment that is a block of
 * its own with its text (white space around them aside). HTML with text after it on its line is text the
 * page shows, and a fix may edit it like any other.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const parser = unified().use(remarkParse);
const KEPT = new Set(['listItem', 'blockquote', 'thematicBreak']);
const COMMENT = /^<!--[\s\S]*-->$/;

/** Where a block sits: anywhere else (a paragraph, a heading) HTML is inline, text the page shows. */
const CONTAINERS = new Set(['root', 'blockquote', 'listItem']);

/** How many of each kept block the text has; code and comments are counted by their text. */
export function blockCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: Node, parent: string) => {
    const value = node.value?.trim() ?? '';
    const key = KEPT.has(node.type)
      ? node.type
      : node.type === 'code' || (node.type === 'html' && CONTAINERS.has(parent) && COMMENT.test(value))
        ? `${node.type}: ${value}`
        : undefined;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of node.children ?? []) visit(child, node.type);
  };
  visit(parser.parse(text) as Node, '');
  return counts;
}

/** The blocks of `before` that `after` has fewer of, each with both counts. */
export function lostBlocks(before: string, after: string): string[] {
  const kept = blockCounts(after);
  return [...blockCounts(before)]
    .filter(([key, n]) => (kept.get(key) ?? 0) < n)
    .map(([key, n]) => `${key.slice(0, 60)} ${n} → ${kept.get(key) ?? 0}`);
}
