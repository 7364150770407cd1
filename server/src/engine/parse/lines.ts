/** Lines and spans of the source text, for the story parser. Offsets are UTF-16 indices. */
import type { Span } from '../types.js';
import { lineStartOf, textStart } from '../text/line-index.js';

/** One source line: where it starts, and its text without the line break. */
export interface Line {
  start: number;
  text: string;
}

/** Where the content of a line that ends at `end` stops: before a `\r` of a `\r\n`. */
function contentEnd(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** The lines of the text between `from` and `to` (a line running past `to` is cut there). */
export function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos <= to) {
    let nl = breakAt(text, pos);
    if (nl < 0 || nl > to) nl = to;
    out.push({ start: pos, text: text.slice(pos, contentEnd(text, pos, nl)) });
    if (nl >= to) break;
    pos = nl + 1;
  }
  return out;
}

/** The `\n` of the first line break at or after `pos`, or a lone `\r` (a line break too, as in LSP); -1 for none. */
function breakAt(text: string, pos: number): number {
  LINE_BREAK.lastIndex = pos;
  return LINE_BREAK.exec(text)?.index ?? -1;
}
const LINE_BREAK = /\n|\r(?!\n)/g;

/** The end of the content of the line `offset` is on (before its line break), never before `offset`. */
export function lineEndOf(text: string, offset: number): number {
  const nl = breakAt(text, offset);
  if (nl < 0) return text.length;
  return Math.max(contentEnd(text, 0, nl), offset);
}

/** Where the line `offset` is on starts; the first line's text starts after a byte order mark. */
export function textLineStartOf(text: string, offset: number): number {
  return offset > 0 ? Math.max(textStart(text), lineStartOf(text, offset)) : 0;
}

/** The spaces that put a continuation line under `offset`. */
export function indentOf(text: string, offset: number): string {
  // A lone CR ends a line too: the indent counts from it ("a button\r1. I want …" is indented by nothing).
  return ' '.repeat(offset - lineStartOf(text, offset));
}

/**
 * What Markdown counts as white space. JavaScript's `\s` also takes a byte-order mark and no-break spaces, which
 * Markdown keeps as characters: a span ending before them would put a fix's lines in front of them, in the line.
 */
const MARKDOWN_SPACE = /[ \t\n\r\f\v]/;

/** `[from, to)` without the white space at either end. */
export function trimSpan(text: string, from: number, to: number): Span {
  let s = from;
  let e = to;
  while (s < e && MARKDOWN_SPACE.test(text[s]!)) s++;
  while (e > s && MARKDOWN_SPACE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
