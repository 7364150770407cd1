import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

interface CachedPiece {
  nodes: RootContent[];
  /** Where the nodes' positions currently put them. */
  at: Chunk;
}

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** Zero-based line of that character. */
  line: number;
}

/** HTML blocks that run to their closing tag, blank lines included. */
const RAW_HTML_START = /^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i;
const RAW_HTML_END = /<\/(?:pre|script|style|textarea)>/i;

/**
 * Where a document can be cut into independently parseable pieces: before every ATX
 * heading at the start of a line, outside front matter, fenced code and HTML blocks
 * (comments included: a story can be parked in a multi-line comment). A heading always
 * closes the blocks before it, so parsing the pieces one by one gives the same blocks as
 * parsing the whole — and micromark's cost grows faster than linearly with document size,
 * so a 10,000-story backlog parses in pieces many times faster.
 */
export function chunkBoundaries(text: string): Chunk[] {
  // remark drops a BOM and counts offsets after it; starting the first piece after it keeps offsets exact.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chunks: Chunk[] = [{ start: bom, line: 0 }];
  let fence: string | undefined;
  /** What closes the HTML block we are in: a blank line, or an end marker (`-->`, `</pre>`). */
  let html: RegExp | 'blank' | undefined;
  let offset = bom;
  let line = 0;
  const frontMatter = /^(?:\uFEFF)?(---|\+\+\+)\r?\n/.exec(text);
  let inFrontMatter = frontMatter !== null;
  // \r\n, \n and a lone \r all end a line, as in CommonMark.
  const breaks = /\r\n?|\n/g;
  while (offset < text.length) {
    breaks.lastIndex = offset;
    const found = breaks.exec(text);
    const next = found ? found.index : text.length;
    const content = text.slice(offset, next);
    if (inFrontMatter) {
      if (line > 0 && content === frontMatter![1]) inFrontMatter = false;
    } else if (html) {
      if (html === 'blank' ? content.trim() === '' : html.test(content)) html = undefined;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(content)) fence = undefined;
    } else {
      // A backtick fence's info string may not contain a backtick (then it is inline code).
      const open = /^ {0,3}(`{3,}(?![^`]*`)|~{3,})/.exec(content);
      if (open) fence = open[1];
      else if (/^ {0,3}<!--/.test(content)) html = openUntil(/-->/, content.slice(content.indexOf('<!--') + 4));
      else if (/^ {0,3}<\?/.test(content)) html = openUntil(/\?>/, content);
      else if (/^ {0,3}<!\[CDATA\[/.test(content)) html = openUntil(/\]\]>/, content);
      else if (/^ {0,3}<![A-Za-z]/.test(content)) html = openUntil(/>/, content);
      else if (RAW_HTML_START.test(content)) html = openUntil(RAW_HTML_END, content);
      else if (/^ {0,3}<\/?[A-Za-z][\w-]*(?:\s|\/?>|$)/.test(content)) html = 'blank';
      else if (line > 0 && /^#{1,6}(?:[ \t]|$)/.test(content)) chunks.push({ start: offset, line });
    }
    offset = found ? next + found[0].length : text.length;
    line++;
  }
  return chunks;
}

/** An HTML block that ends with `end`: still open after its first line unless the line holds the end. */
function openUntil(end: RegExp, firstLine: string): RegExp | undefined {
  return end.test(firstLine) ? undefined : end;
}

/** Moves a node and its descendants by `chunk.start` characters and `chunk.line` lines. */
function shift(node: Node, chunk: Chunk): void {
  const p = node.position;
  if (p) {
    p.start.offset = (p.start.offset ?? 0) + chunk.start;
    p.end.offset = (p.end.offset ?? 0) + chunk.start;
    p.start.line += chunk.line;
    p.end.line += chunk.line;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shift(child, chunk);
}

/**
 * Parsed pieces of a document's previous versions, by their text. An edit touches one or two
 * pieces; the others are reused (copied and shifted) instead of parsed again. Keeps only the
 * pieces of the latest parse, so it never holds more than one version's worth.
 */
export class ParseCache {
  private pieces = new Map<string, CachedPiece>();
  private next = new Map<string, CachedPiece>();

  /**
   * The nodes of a piece, positioned at `chunk`. A reused piece is moved in place by the
   * distance it travelled (no copy); only a piece that occurs twice in one document is copied.
   */
  take(piece: string, chunk: Chunk): RootContent[] {
    if (this.next.has(piece)) {
      const copy = structuredClone(this.next.get(piece)!.nodes);
      const at = this.next.get(piece)!.at;
      for (const node of copy) shift(node, { start: chunk.start - at.start, line: chunk.line - at.line });
      return copy;
    }
    const cached = this.pieces.get(piece);
    let nodes: RootContent[];
    if (cached) {
      nodes = cached.nodes;
      if (cached.at.start !== chunk.start || cached.at.line !== chunk.line) {
        const moved = { start: chunk.start - cached.at.start, line: chunk.line - cached.at.line };
        for (const node of nodes) shift(node, moved);
      }
    } else {
      nodes = processor.parse(piece).children;
      for (const node of nodes) shift(node, chunk);
    }
    this.next.set(piece, { nodes, at: chunk });
    return nodes;
  }

  /** Called after a whole document was parsed: forget pieces it did not use. */
  commit(): void {
    this.pieces = this.next;
    this.next = new Map();
  }
}

/** Parses Markdown into mdast; offsets in positions are UTF-16 indices into `text`. */
export function parseMarkdown(text: string, cache?: ParseCache): Root {
  const chunks = chunkBoundaries(text);
  if (!cache && chunks.length === 1 && chunks[0]!.start === 0) return processor.parse(text);
  const children: RootContent[] = [];
  chunks.forEach((chunk, i) => {
    const end = chunks[i + 1]?.start ?? text.length;
    const piece = text.slice(chunk.start, end);
    let nodes: RootContent[];
    if (cache) nodes = cache.take(piece, chunk);
    else {
      nodes = processor.parse(piece).children;
      if (chunk.start > 0) for (const node of nodes) shift(node, chunk);
    }
    children.push(...nodes);
  });
  cache?.commit();
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: chunks.length, column: 1, offset: text.length },
    },
  };
}
