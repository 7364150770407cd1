import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { lineStartOf, textStart } from '../text/line-index.js';
import type { Span } from '../types.js';
import { readAdmonitions } from './admonitions.js';
import { parseSimplePiece } from './simple-blocks.js';
import { StoryMemo } from './story-memo.js';
import { tablesIn } from './table.js';

/** The front matter read (and skipped): YAML, TOML, and Eleventy's "---json", where a Jira export keeps its fields. */
export const FRONT_MATTER: Parameters<typeof remarkFrontmatter>[0] = [
  'yaml',
  'toml',
  { type: 'json', fence: { open: '---json', close: '---' } },
];

const processor = unified().use(remarkParse).use(remarkFrontmatter, FRONT_MATTER);

/** micromark's inline constructs: what a piece too dense with marks is read without (see MAX_INLINE_MARKS). */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];

/** Reads blocks (headings, lists, quotes, code) as remark does, and every line in them as plain text. */
const plainProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, FRONT_MATTER)
  .data('micromarkExtensions', [{ disable: { null: INLINE_CONSTRUCTS } }]);

/**
 * Inline marks (`[`, `]`, `*`, `_`, backticks, `<`, `&`, `\`, `!`) a piece may hold and still have its inline
 * markup read. micromark's inline pass grows with the square of a paragraph's marks: 20,000 bracketed ticket keys in
 * one paragraph took 5 s, a 300 kB line of minified JSON 7 s. The densest piece of the corpora and the collected
 * documents holds 455; no story is written in one beyond this.
 */
export const MAX_INLINE_MARKS = 5000;

/** How many inline marks `text` holds from `start` to `end`, counting no further than `limit`. */
function inlineMarks(text: string, start = 0, end = text.length, limit = Infinity): number {
  let marks = 0;
  for (let i = start; i < end && marks <= limit; i++) {
    const c = text.charCodeAt(i);
    // [ ] * _ ` < & \ !
    if (c === 91 || c === 93 || c === 42 || c === 95 || c === 96 || c === 60 || c === 38 || c === 92 || c === 33)
      marks++;
  }
  return marks;
}

/** Where the paragraph (or heading) holding the most inline marks of a piece starts: where a reader should look. */
function densestBlock(nodes: readonly RootContent[], piece: string): number {
  let best = { at: 0, marks: -1 };
  const stack: Node[] = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const marks = inlineMarks(piece, start, node.position?.end.offset ?? start);
      if (marks > best.marks || (marks === best.marks && start < best.at)) best = { at: start, marks };
    } else stack.push(...((node as { children?: Node[] }).children ?? []));
  }
  return best.at;
}

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
  const bom = textStart(text);
  const chunks: Chunk[] = [{ start: bom, line: 0 }];
  let fence: string | undefined;
  /** What closes the HTML block we are in: a blank line, or an end marker (`-->`, `</pre>`). */
  let html: RegExp | 'blank' | undefined;
  let offset = bom;
  let line = 0;
  // As `FRONT_MATTER` reads it: "---" or "---json" closed by "---", "+++" by "+++".
  const frontMatter = /^(?:\uFEFF)?(---(?=(?:json)?\r?\n)|\+\+\+(?=\r?\n))/.exec(text);
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

/** Moves a node and its descendants by `chunk.start` characters and `chunk.line` lines , iteratively. */
function shift(root: Node, chunk: Chunk): void {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const p = node.position;
    if (p) {
      p.start.offset = (p.start.offset ?? 0) + chunk.start;
      p.end.offset = (p.end.offset ?? 0) + chunk.start;
      p.start.line += chunk.line;
      p.end.line += chunk.line;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) stack.push(...children);
  }
}

/**
 * Lists and quotes nested deeper than this are not read: no story is written 100 levels deep,
 * and every later walk of the tree (stories, suppressions) may then recurse safely.
 */
export const MAX_NESTING = 100;

/**
 * Cuts the children of nodes at MAX_NESTING (iteratively: remark itself copes with 10,000
 * levels, recursion over them would not) and returns where the first cut was, if any.
 */
function boundNesting(nodes: RootContent[]): number | undefined {
  let firstCut: number | undefined;
  const stack: [Node, number][] = nodes.map((n) => [n, 1]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    const parent = node as { children?: Node[] };
    if (!parent.children?.length) continue;
    if (depth >= MAX_NESTING) {
      const at = parent.children[0]!.position?.start.offset ?? 0;
      firstCut = firstCut === undefined ? at : Math.min(firstCut, at);
      parent.children = [];
      continue;
    }
    for (const child of parent.children) stack.push([child, depth + 1]);
  }
  return firstCut;
}

/** One container marker at the start of a line: a quote `>`, a bullet or an ordered-list number. */
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;
const MAY_START_CONTAINER = /^[ \t]{0,3}[>*+\-\d]/;

/**
 * Blanks the container markers of a line beyond MAX_NESTING (same length, so every offset
 * stays true). micromark's cost grows with the square of the containers opened on one line
 * (`> - > - …` 2,000 deep takes seconds); what lies that deep is not read anyway.
 */
function flattenDeepContainers(piece: string): string {
  let lineStart = 0;
  while (lineStart < piece.length) {
    let lineEnd = piece.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = piece.length;
    if (MAY_START_CONTAINER.test(piece.slice(lineStart, lineStart + 5))) {
      const ends = containerMarkerEnds(piece, lineStart, lineEnd);
      if (ends.length > MAX_NESTING) {
        const from = ends[MAX_NESTING - 1]!;
        const to = ends[ends.length - 1]!;
        // The rest of the marker run becomes spaces: what follows reads as one plain line.
        piece = piece.slice(0, from) + ' '.repeat(to - from) + piece.slice(to);
      }
    }
    lineStart = lineEnd + 1;
  }
  return piece;
}

/** Where each container marker at the start of a line ends. */
function containerMarkerEnds(text: string, lineStart: number, lineEnd: number): number[] {
  const ends: number[] = [];
  CONTAINER_MARKER.lastIndex = lineStart;
  while (CONTAINER_MARKER.exec(text)) {
    const end = CONTAINER_MARKER.lastIndex;
    if (end > lineEnd || end <= (ends.at(-1) ?? -1)) break;
    ends.push(end);
  }
  return ends;
}

/**
 * Parses one piece of a document, its nesting bounded (see MAX_NESTING). Plain pieces (most of a
 * backlog) are read by `parseSimplePiece`, which builds remark's very tree many times faster and
 * nests at most a list item deep; anything else goes to remark.
 */
function parsePiece(text: string): RootContent[] {
  const simple = parseSimplePiece(text);
  if (simple) return simple;
  // micromark drops a byte order mark and counts offsets from after it: what is read of the piece by those offsets
  // is read without it too.
  const piece = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const dense = inlineMarks(piece, 0, piece.length, MAX_INLINE_MARKS) > MAX_INLINE_MARKS;
  const parser = dense ? plainProcessor : processor;
  const nodes = tablesBeforeRules(parser.parse(flattenDeepContainers(piece)).children, piece);
  const admonitions = MAY_HOLD_ADMONITION.test(piece) ? readAdmonitions(nodes, piece) : [];
  const cut = boundNesting(nodes);
  if (cut !== undefined || dense || admonitions.length) {
    readApart.set(nodes, {
      ...(cut !== undefined && { tooDeep: cut }),
      ...(dense && { plain: densestBlock(nodes, piece) }),
      ...(admonitions.length && { admonitions }),
    });
  }
  return nodes;
}

/**
 * A table with a rule right under it ("| a | b |" … then "---") is read without GFM as a setext heading of its rows:
 * as GFM reads it, it is the table (a paragraph of rows, as every table here) and a thematic break.
 */
function tablesBeforeRules(nodes: RootContent[], piece: string): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'heading' || node.depth !== 2 || !node.position) return [node];
    const { start, end } = node.position;
    const from = start.offset ?? 0;
    const to = end.offset ?? 0;
    const ruleAt = lineStartOf(piece, to);
    if (ruleAt <= from || !/^ {0,3}-+[ \t]*$/.test(piece.slice(ruleAt, to))) return [node];
    const contentEnd = from + piece.slice(from, ruleAt).replace(/[\r\n]+$/, '').length;
    if (tablesIn(piece, from, contentEnd)?.start !== from) return [node];
    const lastLine = lineStartOf(piece, contentEnd);
    const paragraph: RootContent = {
      type: 'paragraph',
      children: node.children,
      position: { start, end: { line: end.line - 1, column: contentEnd - lastLine + 1, offset: contentEnd } },
    };
    const rule: RootContent = {
      type: 'thematicBreak',
      position: { start: { line: end.line, column: 1, offset: ruleAt }, end },
    };
    return [paragraph, rule];
  });
}

/** A line opening an admonition (`!!! note`, `??? tip`), which `readAdmonitions` reads the content of. */
const MAY_HOLD_ADMONITION = /^[ \t]{0,3}(?:!!!|\?\?\?)/m;

/**
 * Where a parsed piece was cut for nesting too deep, read as plain text for its density, or held admonitions whose
 * content was read (piece-relative).
 */
const readApart = new WeakMap<RootContent[], { tooDeep?: number; plain?: number; admonitions?: Span[] }>();

/**
 * Parsed pieces of a document's previous versions, by their text. An edit touches one or two
 * pieces; the others are reused (copied and shifted) instead of parsed again. Keeps only the
 * pieces of the latest parse, so it never holds more than one version's worth.
 */
export class ParseCache {
  /** The stories of the sections of the latest version (read by findStories). */
  readonly stories = new StoryMemo();
  private pieces = new Map<string, CachedPiece>();
  private next = new Map<string, CachedPiece>();

  /**
   * The nodes of a piece, positioned at `chunk`. A reused piece is moved in place by the
   * distance it travelled (no copy); only a piece that occurs twice in one document is copied.
   */
  take(piece: string, chunk: Chunk): RootContent[] {
    if (this.next.has(piece)) {
      const { nodes, at } = this.next.get(piece)!;
      const copy = structuredClone(nodes);
      for (const node of copy) shift(node, { start: chunk.start - at.start, line: chunk.line - at.line });
      // What was read apart is the piece's, wherever it stands: an admonition's lines stay unbreakable in a copy.
      const apart = readApart.get(nodes);
      if (apart) readApart.set(copy, apart);
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
      nodes = parsePiece(piece);
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

/**
 * Parses Markdown into mdast; offsets in positions are UTF-16 indices into `text`. Lists and
 * quotes deeper than MAX_NESTING are cut; `tree.data.tooDeepAt` says where the first cut was, `tree.data.plainAt`
 * where the first piece too dense with inline marks was read as plain text (MAX_INLINE_MARKS), `tree.data.admonitions`
 * the admonitions read, each from the line break before its opening line (see admonitions.ts).
 * `tree.data.pieceStarts` holds where the pieces start: text from one to another parses the same
 * wherever it stands (see chunkBoundaries), so the story finder may reuse what it read of it.
 */
export function parseMarkdown(text: string, cache?: ParseCache): Root {
  const chunks = chunkBoundaries(text);
  const children: RootContent[] = [];
  let tooDeepAt: number | undefined;
  let plainAt: number | undefined;
  const admonitions: Span[] = [];
  chunks.forEach((chunk, i) => {
    const end = chunks[i + 1]?.start ?? text.length;
    const piece = chunks.length === 1 ? text : text.slice(chunk.start, end);
    let nodes: RootContent[];
    if (cache) nodes = cache.take(piece, chunk);
    else {
      nodes = parsePiece(piece);
      if (chunk.start > 0) for (const node of nodes) shift(node, chunk);
    }
    const apart = readApart.get(nodes);
    if (apart?.tooDeep !== undefined && tooDeepAt === undefined) tooDeepAt = apart.tooDeep + chunk.start;
    if (apart?.plain !== undefined && plainAt === undefined) plainAt = apart.plain + chunk.start;
    for (const a of apart?.admonitions ?? [])
      admonitions.push({ start: a.start + chunk.start, end: a.end + chunk.start });
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
    data: {
      pieceStarts: new Set(chunks.map((c) => c.start)),
      ...(tooDeepAt !== undefined && { tooDeepAt }),
      ...(plainAt !== undefined && { plainAt }),
      ...(admonitions.length && { admonitions }),
    },
  };
}
