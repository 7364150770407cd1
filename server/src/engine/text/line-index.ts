/** The index of the last of the sorted `values` at or before `at`, or -1: found by halving. */
export function lastAtOrBefore(values: readonly number[], at: number): number {
  let [low, high] = [0, values.length - 1];
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= at) [found, low] = [mid, mid + 1];
    else high = mid - 1;
  }
  return found;
}

/**
 * Offset of the start of the line `offset` is on: after the `\n`, `\r\n` or lone `\r` before it, as
 * `LineIndex` (and LSP) count lines; `floor` at the earliest. Scans back only to that line break.
 */
export function lineStartOf(text: string, offset: number, floor = 0): number {
  for (let i = offset - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) return i + 1;
    // A \r ends a line unless it is the first half of the \r\n that `offset` sits inside.
    if (c === 13 /* \r */ && !(i + 1 === offset && text.charCodeAt(offset) === 10)) return i + 1;
  }
  return floor;
}

/** A list item's first line: optional indent, a bullet or number, then space. */
export const LIST_ITEM_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/;
/**
 * A line Markdown reads as blank: nothing but spaces and tabs. `trim()` also drops a byte-order mark or a no-break
 * space, which are characters to Markdown: a line holding one goes on the paragraph above it.
 */
export const isBlankLine = (line: string) => /^[ \t]*$/.test(line);
/**
 * The text with every space written as a character reference (`**Why:**&#x20;`, `I want:&#x20;`, as pages exported from
 * wikis write them) turned into spaces, one for each character, so every offset stays.
 */
export const spacesRead = (text: string) =>
  text.replace(/&(?:#x20|#32|#xa0|#160|nbsp);/gi, (reference) => ' '.repeat(reference.length));
/** The quote markers and indentation a line opens with (`> > `): not the words of what is quoted. */
export const QUOTE_LEAD = /^(?:[ \t]*>)*[ \t]*/;
/** The quote markers alone (`> >`), without the indentation after them: which quote a line is in. */
export const QUOTE_MARKERS = /^(?:[ \t]*>)*/;

/** A zero-based line and UTF-16 character position, as LSP and SARIF (after +1) use them. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Converts between document offsets and line/character positions. Offsets and characters
 * are both UTF-16 code units (JavaScript string indices), so emoji and CJK need no special
 * case; `\r\n`, `\n` and a lone `\r` all end a line, as in LSP.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The first line starts at 0, at or before every clamped offset.
    const line = lastAtOrBefore(this.lineStarts, clamped);
    return { line, character: clamped - this.lineStarts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** The line break the document uses most, so inserted lines match it. */
  get eol(): string {
    const crlf = this.text.indexOf('\r\n');
    return crlf >= 0 ? '\r\n' : '\n';
  }
}

/** Where a document's text starts: after a byte order mark, which is not text (nothing goes before it). */
export function textStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}
