/**
 * The blocks of a document a fix must keep, for "a fix keeps the author's Markdown" checks: every list
 * item, quote and thematic break, every code block with its text, and every comment that is a block of
 * its own with its text (white space around them aside). HTML with text after it on its line is text the
 * page shows, and a fix may edit it like any other.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

// Read as the engine reads it, front matter included: an unclosed `+++` fence makes the lines after it one
// paragraph there, where plain CommonMark would let a list start.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const KEPT = new Set(['listItem', 'blockquote', 'thematicBreak']);
const COMMENT = /^<!--[\s\S]*-->$/;

/** Where a block sits: anywhere else (a paragraph, a heading) HTML is inline, text the page shows. */
const CONTAINERS = new Set(['root', 'blockquote', 'listItem']);

/** An admonition's opening line (MkDocs `!!! note`, `??? tip`): the code under it is its content, read as Markdown. */
const ADMONITION = /^[ \t]{0,3}(?:!!!|\?\?\?\+?)[ \t]*[\w-]/;

/** How many of each kept block the text has; code and comments are counted by their text. */
export function blockCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: Node, parent: string, before?: Node) => {
    const opening = before?.type === 'paragraph' && ADMONITION.test(before.children?.[0]?.value ?? '');
    if (node.type === 'code' && opening) {
      for (const child of (parser.parse(node.value ?? '') as Node).children ?? []) visit(child, parent);
      return;
    }
    const value = node.value?.trim() ?? '';
    const key = KEPT.has(node.type)
      ? node.type
      : node.type === 'code' || (node.type === 'html' && CONTAINERS.has(parent) && COMMENT.test(value))
        ? `${node.type}: ${value}`
        : undefined;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    (node.children ?? []).forEach((child, i, all) => visit(child, node.type, all[i - 1]));
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

interface Positioned extends Node {
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Positioned[];
}

/** A field line as the fixes write it: `**Why:** …` (a list item's line starts with its bullet instead). */
const FIELD_LINE = /^\*\*(?:Who|Outcome|Why|How we'll know|If we don't|Assumptions|Proposed solution):\*\*/;

/** How many lines of `text` open with each field label, indentation aside. */
function fieldLabelCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const label = FIELD_LINE.exec(line.trimStart())?.[0];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

/**
 * Field lines a fix added that Markdown reads as a lazy line of a list item (written at the left margin, right
 * under the item): they render inside the bullet. A field meant for a one-line story in an item is indented.
 * A line counts as added when it is none of the author's lines (trailing spaces aside) and its label is on more
 * lines after the fix than before (a rewrite may change the value of the author's own field line).
 */
export function gluedFields(before: string, after: string): string[] {
  const lines = new Set(before.split(/\r\n|\r|\n/).map((line) => line.trimEnd()));
  const had = fieldLabelCounts(before);
  const has = fieldLabelCounts(after);
  const glued: string[] = [];
  const visit = (node: Positioned, inItem: boolean) => {
    if (inItem && node.type === 'paragraph') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      for (const line of after
        .slice(start, end)
        .split(/\r\n|\r|\n/)
        .slice(1)) {
        const label = FIELD_LINE.exec(line)?.[0];
        if (!label || lines.has(line.trimEnd())) continue;
        if ((has.get(label) ?? 0) > (had.get(label) ?? 0)) glued.push(line.slice(0, 60));
      }
    }
    for (const child of node.children ?? []) visit(child, inItem || node.type === 'listItem');
  };
  visit(parser.parse(after) as Positioned, false);
  return glued;
}
