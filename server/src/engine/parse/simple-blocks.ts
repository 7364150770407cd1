/**
 * A fast reader for the plain Markdown most story files are made of, used before remark.
 *
 * micromark (under remark-parse) spends most of a lint on pieces that hold nothing but ATX
 * headings, paragraphs of plain lines, `**Label:** text` lines, one-line list items and fenced
 * code. `parseSimplePiece` reads exactly that subset in one pass over the lines and builds the
 * very mdast remark would (same nodes, properties, key order and positions); on anything else
 * (a character or a line it cannot place with certainty) it gives up on the whole piece and the
 * caller parses it with remark. Being wrong is worse than being slow, so the subset is a
 * whitelist and every doubt is a bail-out; `simple-blocks.test.ts` compares it with remark on
 * the corpora, the generated backlogs and generated pieces.
 *
 * What it accepts, line by line (no tabs, no leading or trailing spaces outside fenced code;
 * LF or CRLF line endings, as remark keeps them in text values; no lone CR):
 * - blank lines (empty: a line of spaces is left to remark);
 * - ATX headings `#`…`######`, one space, content not ending in `#` (a closing sequence);
 * - fenced code at column 0 with a clean closing fence;
 * - list items `- `, `* `, `+ `, `1. `, `1) ` at column 0, one space, one line of plain content
 *   (optionally after a task box `[ ]`, which remark-parse without GFM keeps as text);
 * - plain paragraph lines.
 * Inline content is text, single-backtick code spans and a strong label `**…**` that opens
 * the line; `*`, `_`, `[`, `]`, `<`, `&`, `\` and control characters anywhere else bail.
 */
import type { Code, Heading, Html, List, ListItem, Paragraph, PhrasingContent, Point, RootContent } from 'mdast';

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Hash = 35,
  Ampersand = 38,
  RightParen = 41,
  Asterisk = 42,
  Plus = 43,
  Dash = 45,
  Dot = 46,
  Zero = 48,
  One = 49,
  Nine = 57,
  Less = 60,
  Equals = 61,
  Greater = 62,
  LeftBracket = 91,
  Backslash = 92,
  RightBracket = 93,
  Underscore = 95,
  Backtick = 96,
  LowerX = 120,
  UpperX = 88,
  Tilde = 126,
  Bom = 0xfeff,
}

/**
 * ASCII characters that may start or change an inline construct (emphasis, links, images via
 * `[`, autolinks and HTML, character references, escapes and hard breaks, code) or that micromark
 * reads in a way plain text is not (tabs expand, CR ends a line, NUL becomes U+FFFD). Everything
 * else, and every non-ASCII character, is data to micromark outside emphasis flanking.
 */
const SPECIAL = new Uint8Array(128);
for (let c = 0; c < 32; c++) SPECIAL[c] = 1;
SPECIAL[127] = 1;
for (const c of [Ch.Asterisk, Ch.Underscore, Ch.Backtick, Ch.LeftBracket, Ch.RightBracket, Ch.Less, Ch.Ampersand]) {
  SPECIAL[c] = 1;
}
SPECIAL[Ch.Backslash] = 1;

/** What JavaScript's `\s` matches: micromark's `unicodeWhitespace`, which decides emphasis flanking. */
function isWhitespace(c: number): boolean {
  if (c < 128) return c === Ch.Space || (c >= Ch.Tab && c <= Ch.Cr);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === Ch.Bom
  );
}

const isAsciiAlphanumeric = (c: number) =>
  (c >= Ch.Zero && c <= Ch.Nine) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Line kinds, by what the line's first characters make of it. */
const enum Kind {
  Blank,
  Heading,
  Bullet,
  Ordered,
  Fence,
  Comment,
  Plain,
  Bail,
}

/**
 * The mdast of `piece` exactly as `unified().use(remarkParse).use(remarkFrontmatter, ['yaml',
 * 'toml']).parse(piece).children` gives it, or undefined when the piece holds anything outside
 * the subset described above (then the caller must parse it with remark).
 */
export function parseSimplePiece(piece: string): RootContent[] | undefined {
  // A BOM is dropped by remark, which then counts offsets after it.
  if (piece.charCodeAt(0) === Ch.Bom) return undefined;
  return new Reader(piece).read();
}

class Reader {
  private readonly out: RootContent[] = [];
  /** The current line: its first character, the end of its content (before CR LF), its number. */
  private start = 0;
  private end = 0;
  private line = 0;
  /** Where the line after the current one starts. */
  private next = 0;

  /** The open paragraph, and where its text not yet emitted starts (a text node may span lines). */
  private paragraph: Paragraph | undefined;
  private runOffset = 0;
  private runLine = 0;
  private runColumn = 0;

  /** The open list, its marker (bullet character, or 1000 + delimiter), and whether a blank line followed an item. */
  private list: List | undefined;
  private listMarker = 0;
  private blankInList = false;

  /** Where an ordered marker's digits end, and the item's content starts (set by `kind`). */
  private markerEnd = 0;

  constructor(private readonly text: string) {}

  read(): RootContent[] | undefined {
    while (this.advance()) {
      if (!this.step()) return undefined;
    }
    this.closeParagraph();
    this.closeList();
    return this.out;
  }

  /** Reads the current line into the tree; false when the piece is outside the subset. */
  private step(): boolean {
    const kind = this.kind(this.start);
    switch (kind) {
      case Kind.Blank:
        this.closeParagraph();
        if (this.list) this.blankInList = true;
        return true;
      case Kind.Heading:
        this.closeParagraph();
        this.closeList();
        return this.heading();
      case Kind.Fence:
        this.closeParagraph();
        this.closeList();
        return this.fence();
      case Kind.Comment:
        this.closeParagraph();
        this.closeList();
        return this.comment();
      case Kind.Bullet:
      case Kind.Ordered:
        return this.item(kind);
      case Kind.Plain:
        // A plain line right after an item is lazy continuation of the item's paragraph.
        if (this.list) {
          if (!this.blankInList) return false;
          this.closeList();
        }
        return this.paragraphLine();
      default:
        return false;
    }
  }

  /**
   * What the line starting at `at` (the line's start, or an item's content) is. Only the first
   * characters are read; the rest of the line is checked by whoever reads it. Also rejects
   * trailing whitespace (stripped, or a hard break) on any line but fenced code's.
   */
  private kind(at: number): Kind {
    const text = this.text;
    const end = this.end;
    if (at === end) return at === this.start ? Kind.Blank : Kind.Bail;
    const last = text.charCodeAt(end - 1);
    if (last === Ch.Space || last === Ch.Tab) return Kind.Bail;
    const c = text.charCodeAt(at);
    switch (c) {
      case Ch.Hash: {
        let n = 1;
        while (n < 7 && text.charCodeAt(at + n) === Ch.Hash) n++;
        const after = at + n < end ? text.charCodeAt(at + n) : Ch.Lf;
        if (n <= 6 && after === Ch.Space) return Kind.Heading;
        // `#tag` is a paragraph; `#` alone (an empty heading), `#\t` and `#######` are left to remark.
        return n === 1 && after !== Ch.Lf && after !== Ch.Tab ? Kind.Plain : Kind.Bail;
      }
      case Ch.Dash:
      case Ch.Plus:
        return text.charCodeAt(at + 1) === Ch.Space ? Kind.Bullet : Kind.Bail;
      case Ch.Asterisk: {
        const after = text.charCodeAt(at + 1);
        if (after === Ch.Space) return Kind.Bullet;
        // `**` may open a strong label (checked by `inline`); a lone `*` is emphasis.
        return after === Ch.Asterisk ? Kind.Plain : Kind.Bail;
      }
      case Ch.Backtick:
      case Ch.Tilde:
        if (text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c) return Kind.Fence;
        return Kind.Plain;
      case Ch.Less:
        // An HTML comment block; any other HTML is left to remark.
        return text.startsWith('!--', at + 1) && at === this.start ? Kind.Comment : Kind.Bail;
      case Ch.Space:
      case Ch.Tab:
      case Ch.Greater:
      case Ch.Equals:
      case Ch.Underscore:
      case Ch.LeftBracket:
        return Kind.Bail;
      default:
        if (c >= Ch.Zero && c <= Ch.Nine) return this.digits(at);
        return Kind.Plain;
    }
  }

  /** A line starting with a digit: an ordered item (sets `markerEnd`), a plain line, or doubt. */
  private digits(at: number): Kind {
    const text = this.text;
    let i = at + 1;
    while (i < this.end && text.charCodeAt(i) >= Ch.Zero && text.charCodeAt(i) <= Ch.Nine) i++;
    const c = i < this.end ? text.charCodeAt(i) : Ch.Lf;
    if (c !== Ch.Dot && c !== Ch.RightParen) return Kind.Plain;
    const after = i + 1 < this.end ? text.charCodeAt(i + 1) : Ch.Lf;
    if (after !== Ch.Space) return after === Ch.Lf || after === Ch.Tab ? Kind.Bail : Kind.Plain;
    // More than nine digits is no list item; rare enough to leave to remark.
    if (i - at > 9) return Kind.Bail;
    this.markerEnd = i;
    return Kind.Ordered;
  }

  private point(offset: number, line = this.line, lineStart = this.start): Point {
    return { line, column: offset - lineStart + 1, offset };
  }

  private heading(): boolean {
    const text = this.text;
    let depth = 1;
    while (text.charCodeAt(this.start + depth) === Ch.Hash) depth++;
    const from = this.start + depth + 1;
    const first = text.charCodeAt(from);
    // More spaces, or a closing sequence (`## Title ##`, and `# C#` to be safe), are left to remark.
    if (from >= this.end || first === Ch.Space || text.charCodeAt(this.end - 1) === Ch.Hash) return false;
    const children: PhrasingContent[] = [];
    this.startRun(from);
    if (!this.inline(from, this.end, children)) return false;
    this.flush(this.end, children);
    const node: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children,
      position: { start: this.point(this.start), end: this.point(this.end) },
    };
    this.out.push(node);
    return true;
  }

  private paragraphLine(): boolean {
    if (!this.paragraph) {
      this.paragraph = { type: 'paragraph', children: [], position: { start: this.point(this.start), end: undefined! } };
      this.startRun(this.start);
    }
    if (!this.inline(this.start, this.end, this.paragraph.children)) return false;
    // Where the paragraph ends if no line continues it.
    this.paragraph.position!.end = this.point(this.end);
    return true;
  }

  private closeParagraph(): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    const end = paragraph.position!.end;
    this.flushTo(end.offset!, end.line, end.column, paragraph.children);
    this.out.push(paragraph);
    this.paragraph = undefined;
  }

  private item(kind: Kind.Bullet | Kind.Ordered): boolean {
    const text = this.text;
    const start = this.start;
    const ordered = kind === Kind.Ordered;
    const markerEnd = ordered ? this.markerEnd : start;
    const marker = ordered ? 1000 + text.charCodeAt(markerEnd) : text.charCodeAt(start);
    const content = markerEnd + 2;
    if (this.paragraph) {
      // micromark lets an ordered item interrupt a paragraph when its number starts with 1;
      // CommonMark says when it is 1. Only `1.` / `1)` is certain.
      if (ordered && !(markerEnd === start + 1 && text.charCodeAt(start) === Ch.One)) return false;
      this.closeParagraph();
    }
    if (this.list && this.listMarker !== marker) {
      // Another marker right after an item: whether it interrupts is for remark to say.
      if (!this.blankInList) return false;
      this.closeList();
    }
    // The item's content: one plain line, or a task box then text (remark-parse has no GFM: `[ ]` is text).
    let scanFrom = content;
    if (text.charCodeAt(content) === Ch.LeftBracket) {
      const box = text.charCodeAt(content + 1);
      if (
        (box !== Ch.Space && box !== Ch.LowerX && box !== Ch.UpperX) ||
        text.charCodeAt(content + 2) !== Ch.RightBracket ||
        text.charCodeAt(content + 3) !== Ch.Space ||
        content + 4 >= this.end
      ) {
        return false;
      }
      scanFrom = content + 4;
      // The box is text; what follows it must not be able to start anything either.
      const next = text.charCodeAt(scanFrom);
      if (next === Ch.Space || (next < 128 && SPECIAL[next])) return false;
    } else {
      // Nested blocks (`- # h`, `- - x`, `- 1. x`, `- > q`, a fence) and emphasis are left to remark.
      const inner = this.kind(content);
      if (inner !== Kind.Plain || text.charCodeAt(content) === Ch.Hash) return false;
    }
    const children: PhrasingContent[] = [];
    this.startRun(content);
    if (!this.inline(scanFrom, this.end, children, scanFrom === content)) return false;
    this.flush(this.end, children);
    const paragraph: Paragraph = {
      type: 'paragraph',
      children,
      position: { start: this.point(content), end: this.point(this.end) },
    };
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      checked: null,
      children: [paragraph],
      position: { start: this.point(start), end: this.point(this.end) },
    };
    if (this.list) {
      // A blank line between two items makes the list loose.
      if (this.blankInList) this.list.spread = true;
      this.list.children.push(item);
    } else {
      this.list = {
        type: 'list',
        ordered,
        start: ordered ? Number.parseInt(text.slice(start, markerEnd), 10) : null,
        spread: false,
        children: [item],
        position: { start: this.point(start), end: undefined! },
      };
      this.listMarker = marker;
    }
    this.blankInList = false;
    return true;
  }

  private closeList(): void {
    const list = this.list;
    if (!list) return;
    // A point of its own: positions are shifted in place later, and a shared one would move twice.
    list.position!.end = { ...list.children[list.children.length - 1]!.position!.end };
    this.out.push(list);
    this.list = undefined;
    this.blankInList = false;
  }

  /**
   * Fenced code from the current line to its closing fence, both at column 0. An unclosed fence,
   * an indented or decorated closing-like line, an info string with escapes or references, and
   * NUL, tab or lone CR in the code are left to remark.
   */
  private fence(): boolean {
    const text = this.text;
    const open = this.start;
    const marker = text.charCodeAt(open);
    let size = 3;
    while (text.charCodeAt(open + size) === marker) size++;
    let lang: string | null = null;
    let meta: string | null = null;
    let i = open + size;
    const end = this.end;
    while (i < end && text.charCodeAt(i) === Ch.Space) i++;
    if (i < end) {
      for (let j = i; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c < 32 || c === Ch.Backslash || c === Ch.Ampersand || (c === Ch.Backtick && marker === Ch.Backtick)) {
          return false;
        }
      }
      let langEnd = i;
      while (langEnd < end && text.charCodeAt(langEnd) !== Ch.Space) langEnd++;
      lang = text.slice(i, langEnd);
      let metaStart = langEnd;
      while (metaStart < end && text.charCodeAt(metaStart) === Ch.Space) metaStart++;
      if (metaStart < end) meta = text.slice(metaStart, end);
    }
    const startPoint = this.point(open);
    let valueStart = -1;
    let valueEnd = -1;
    while (this.advance()) {
      const closing = this.closingFence(marker, size);
      if (closing === undefined) return false;
      if (closing) {
        this.out.push({
          type: 'code',
          lang,
          meta,
          value: valueStart < 0 ? '' : text.slice(valueStart, valueEnd),
          position: { start: startPoint, end: this.point(this.end) },
        } satisfies Code);
        return true;
      }
      for (let j = this.start; j < this.end; j++) {
        const c = text.charCodeAt(j);
        if (c === 0 || c === Ch.Tab || c === Ch.Cr) return false;
      }
      if (valueStart < 0) valueStart = this.start;
      valueEnd = this.end;
    }
    return false;
  }

  /**
   * An HTML comment block (CommonMark's HTML block 2) from the current line to the end of the line
   * where it closes, blank lines included; its text is kept as it is. micromark closes it at the
   * first `>` after two dashes, counting the opening's (`<!-->` is a whole comment); those
   * degenerate openings, an unclosed comment, and NUL, tab or lone CR in it are left to remark.
   */
  private comment(): boolean {
    const text = this.text;
    const open = this.start;
    const c = text.charCodeAt(open + 4);
    if (c === Ch.Greater || (c === Ch.Dash && text.charCodeAt(open + 5) === Ch.Greater)) return false;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return false;
    const startPoint = this.point(open);
    for (;;) {
      for (let j = this.start; j < this.end; j++) {
        const c = text.charCodeAt(j);
        if (c === 0 || c === Ch.Tab || c === Ch.Cr) return false;
      }
      if (close < this.end) break;
      if (!this.advance()) return false;
    }
    this.out.push({
      type: 'html',
      value: text.slice(open, this.end),
      position: { start: startPoint, end: this.point(this.end) },
    } satisfies Html);
    return true;
  }

  /** Moves to the next line (false at the end of the piece). */
  private advance(): boolean {
    const text = this.text;
    if (this.next >= text.length) return false;
    this.start = this.next;
    this.line++;
    const newline = text.indexOf('\n', this.start);
    if (newline < 0) {
      this.end = text.length;
      this.next = text.length;
    } else {
      this.next = newline + 1;
      this.end = newline > this.start && text.charCodeAt(newline - 1) === Ch.Cr ? newline - 1 : newline;
    }
    return true;
  }

  /** Whether the current line closes the fence; undefined when it looks too much like a fence to be sure. */
  private closingFence(marker: number, size: number): boolean | undefined {
    const text = this.text;
    let i = this.start;
    while (i < this.end && i - this.start < 4 && text.charCodeAt(i) === Ch.Space) i++;
    let run = 0;
    while (text.charCodeAt(i + run) === marker && i + run < this.end) run++;
    if (run < 3) return false;
    if (i === this.start && run >= size && i + run === this.end) return true;
    return undefined;
  }

  private startRun(offset: number): void {
    this.runOffset = offset;
    this.runLine = this.line;
    this.runColumn = offset - this.start + 1;
  }

  /** Emits the text from the run's start to `offset` on the current line, if any. */
  private flush(offset: number, children: PhrasingContent[]): void {
    this.flushTo(offset, this.line, offset - this.start + 1, children);
  }

  private flushTo(offset: number, line: number, column: number, children: PhrasingContent[]): void {
    if (offset <= this.runOffset) return;
    children.push({
      type: 'text',
      value: this.text.slice(this.runOffset, offset),
      position: {
        start: { line: this.runLine, column: this.runColumn, offset: this.runOffset },
        end: { line, column, offset },
      },
    });
  }

  /**
   * Reads inline content from `from` to `to` (one line) into `children`, continuing the text run.
   * `atStart` says `from` is where the line's content starts (where a strong label may open).
   */
  private inline(from: number, to: number, children: PhrasingContent[], atStart = true): boolean {
    const text = this.text;
    let i = from;
    if (atStart && text.charCodeAt(i) === Ch.Asterisk) {
      const after = this.strongLabel(i, to, children);
      if (after < 0) return false;
      i = after;
    }
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128 && SPECIAL[c] === 1) {
        if (c === Ch.Ampersand) {
          // A character reference needs `#` or a letter or digit after `&`; "Cost & time" is text.
          const next = text.charCodeAt(i + 1);
          if (next === Ch.Hash || isAsciiAlphanumeric(next)) return false;
          i++;
          continue;
        }
        if (c !== Ch.Backtick) return false;
        const after = this.codeSpan(i, to, children);
        if (after < 0) return false;
        i = after;
      } else {
        i++;
      }
    }
    return true;
  }

  /**
   * `**label**` opening a line, its label plain text. The opener follows a line start (whitespace
   * to micromark) and so is left-flanking whatever the label starts with; the closer is
   * right-flanking when the label does not end in whitespace and either whitespace follows or
   * the label ends in a letter or digit. With no other `*` in the paragraph the two pair up.
   * Returns where the strong ends, or -1.
   */
  private strongLabel(open: number, to: number, children: PhrasingContent[]): number {
    const text = this.text;
    if (text.charCodeAt(open + 1) !== Ch.Asterisk) return -1;
    const from = open + 2;
    const close = text.indexOf('**', from);
    if (close <= from || close + 2 > to) return -1;
    for (let j = from; j < close; j++) {
      const c = text.charCodeAt(j);
      if (c < 128 && SPECIAL[c] === 1) return -1;
    }
    const last = text.charCodeAt(close - 1);
    if (isWhitespace(text.charCodeAt(from)) || isWhitespace(last)) return -1;
    const after = close + 2;
    if (after < to && text.charCodeAt(after) !== Ch.Space && !isAsciiAlphanumeric(last)) return -1;
    this.flush(open, children);
    children.push({
      type: 'strong',
      children: [
        { type: 'text', value: text.slice(from, close), position: { start: this.point(from), end: this.point(close) } },
      ],
      position: { start: this.point(open), end: this.point(after) },
    });
    this.startRun(after);
    return after;
  }

  /**
   * A code span of single backticks closed on the same line, its content neither empty nor
   * starting or ending with a space (which micromark may strip). Returns where it ends, or -1.
   */
  private codeSpan(open: number, to: number, children: PhrasingContent[]): number {
    const text = this.text;
    if (text.charCodeAt(open + 1) === Ch.Backtick) return -1;
    const close = text.indexOf('`', open + 1);
    if (close < 0 || close >= to || text.charCodeAt(close + 1) === Ch.Backtick) return -1;
    if (text.charCodeAt(open + 1) === Ch.Space || text.charCodeAt(close - 1) === Ch.Space) return -1;
    for (let j = open + 1; j < close; j++) {
      const c = text.charCodeAt(j);
      if (c < 32 || c === 127) return -1;
    }
    this.flush(open, children);
    children.push({
      type: 'inlineCode',
      value: text.slice(open + 1, close),
      position: { start: this.point(open), end: this.point(close + 1) },
    });
    this.startRun(close + 1);
    return close + 1;
  }
}
