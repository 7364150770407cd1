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

type Parent = { children: RootContent[] };

/**
 * Replaces, in place, each admonition line of `nodes` and the indented code under it (positions relative to `piece`)
 * with the blocks its content holds, and returns the spans of that content: lines a fix may not break, since a line it
 * adds without the indentation would end the admonition.
 */
export function readAdmonitions(nodes: RootContent[], piece: string): Span[] {
  const contents: Span[] = [];
  const parents: Parent[] = [{ children: nodes }];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    const { children } = parent;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (isAdmonitionContent(children[i - 1], node, piece)) {
        const { blocks, span } = contentOf(node, piece);
        // The opening line is markup, as a fence is: no words of the story, no criterion of a list above it.
        children.splice(i - 1, 2, ...blocks);
        contents.push(span);
        i += blocks.length - 2;
        for (const block of blocks) if ('children' in block) parents.push(block as Parent);
      } else if ('children' in node) parents.push(node as Parent);
    }
  }
  return contents.sort((a, b) => a.start - b.start);
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
