/**
 * Admonitions, as MkDocs (Python-Markdown, Material) writes them: a `!!! note "Title"` or `??? tip` line over content
 * indented by four spaces. CommonMark reads that content as indented code, so a docs site's stories written in boxes
 * ("!!! note" over "As an Admin, I want …") were never read. Here the content is parsed as the Markdown it is, with
 * every position put back where its words stand in the document.
 */
import type { RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Node } from 'unist';
import type { Span } from '../types.js';

/** `!!! note`, `!!! warning "Title"`, `??? success "Equivalent API Object"`, `???+ note`: an admonition's opening. */
const ADMONITION_LINE = /^[ \t]{0,3}(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"\n]*")?[ \t]*$/;
/** The indentation the content of an admonition carries: four spaces or a tab. */
const CONTENT_INDENT = /^(?: {1,4}|\t)/;

/** No front matter here: content that opens with `---` is a rule. */
const fragment = unified().use(remarkParse);

/**
 * Replaces, in place, each admonition line of `nodes` and the indented code under it (positions relative to `piece`)
 * with the blocks its content holds, and returns the spans of each admonition, its opening line's line break to its
 * content's end: lines a fix may not break, since a line it adds without the indentation would end the admonition.
 * Only at the top level, where a line's indentation starts at its first column: one in a list item or a quote stays
 * code, as CommonMark reads it.
 */
export function readAdmonitions(nodes: RootContent[], piece: string): Span[] {
  const contents: Span[] = [];
  for (let i = 1; i < nodes.length; i++) {
    if (!isAdmonitionContent(nodes[i - 1], nodes[i]!, piece)) continue;
    const { blocks, span } = contentOf(nodes[i]!, piece);
    // From the line break before its opening line: a line added there without a blank line after it would take the
    // opening line into its paragraph.
    let from = nodes[i - 1]!.position?.start.offset ?? span.start;
    if (piece[from - 1] === '\n') from--;
    if (piece[from - 1] === '\r') from--;
    // The opening line is markup, as a fence is: no words of the story, no criterion of a list above it.
    nodes.splice(i - 1, 2, ...blocks);
    contents.push({ start: from, end: span.end });
    i += blocks.length - 2;
  }
  return contents;
}

function isAdmonitionContent(before: RootContent | undefined, node: RootContent, piece: string): boolean {
  if (node.type !== 'code' || node.lang || before?.type !== 'paragraph') return false;
  const opening = piece.slice(before.position?.start.offset ?? 0, before.position?.end.offset ?? 0);
  const start = node.position?.start.offset ?? 0;
  return ADMONITION_LINE.test(opening) && CONTENT_INDENT.test(piece.slice(start, start + 4));
}

/** The blocks of an admonition's content, parsed without its indentation and placed where they stand in `piece`. */
function contentOf(code: RootContent, piece: string): { blocks: RootContent[]; span: Span } {
  const start = code.position!.start.offset!;
  const end = code.position!.end.offset!;
  const lines = piece.slice(start, end).split(/(?<=\n)/);
  // For each line: where it starts in the piece and in the fragment, and how much indentation it lost.
  const origin: number[] = [];
  const at: number[] = [];
  const removed: number[] = [];
  let text = '';
  let offset = start;
  for (const line of lines) {
    const indent = CONTENT_INDENT.exec(line)?.[0].length ?? 0;
    origin.push(offset);
    at.push(text.length);
    removed.push(indent);
    text += line.slice(indent);
    offset += line.length;
  }
  const firstLine = code.position!.start.line;
  const blocks = fragment.parse(text).children;
  const stack: Node[] = [...blocks];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      const line = point.line - 1;
      point.offset = origin[line]! + removed[line]! + ((point.offset ?? 0) - at[line]!);
      point.column += removed[line]!;
      point.line = firstLine + line;
    }
    stack.push(...((node as { children?: Node[] }).children ?? []));
  }
  return { blocks, span: { start, end } };
}
