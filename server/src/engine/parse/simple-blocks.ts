/**
 * A fast reader for the plain Markdown most story files are made of, tried before remark.
 *
 * micromark (under remark-parse) spends most of a lint on pieces that hold nothing but ATX
 * headings, paragraphs of plain lines, `**Label:** text` lines, one-line list items and fenced
 * code. `parseSimplePiece` reads exactly that subset in one pass over the lines and builds the
 * very mdast remark would (same nodes, properties, key order and positions). On anything else,
 * a character or a line it cannot place with certainty, it gives up on the whole piece and the
 * caller parses it with remark. Being wrong is worse than being slow, so the subset is a
 * whitelist and every doubt is a bail-out; `simple-blocks.test.ts` compares it with remark on
 * the corpora, the generated backlogs and generated pieces.
 *
 * Blocks, each starting at column 0 (LF or CRLF line endings, kept in text values as remark
 * keeps them; no tab or lone CR anywhere):
 * - blank lines (empty, or spaces only);
 * - ATX headings: `#`…`######`, one space, content not ending in `#` (a closing sequence);
 * - fenced code with a clean closing fence;
 * - HTML comment blocks (`<!--` … `-->`), whose text is kept as it is;
 * - list items `- `, `* `, `+ `, `1. `, `1) `: one space, one line of content, optionally a
 *   task box first (`[ ]`, which remark-parse without GFM keeps as text); no continuation lines;
 * - paragraph lines.
 * Inline content: text, code spans of single backticks, `*emphasis*` and `**strong**` of plain
 * text whose delimiters can only open or only close, `[text](url)` and `![alt](url)` with plain
 * text and a plain destination, `&` not starting a character reference, `_` inside a word.
 * Trailing spaces are stripped as micromark strips them (a hard break is left to remark).
 */
import type {
  Code,
  Emphasis,
  Heading,
  Html,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
} from 'mdast';
import type { Point } from 'unist';

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Exclamation = 33,
  Hash = 35,
  Ampersand = 38,
  LeftParen = 40,
  RightParen = 41,
  Asterisk = 42,
  Plus = 43,
  Dash = 45,
  Dot = 46,
  Zero = 48,
  One = 49,
  Nine = 57,
  Semicolon = 59,
  Less = 60,
  Equals = 61,
  Greater = 62,
  UpperX = 88,
  LeftBracket = 91,
  Backslash = 92,
  RightBracket = 93,
  Underscore = 95,
  Backtick = 96,
  LowerX = 120,
  Tilde = 126,
  Delete = 127,
  Bom = 0xfeff,
}

/**
 * ASCII characters that may start or change an inline construct (emphasis, links and images,
 * autolinks and HTML, character references, escapes and hard breaks, code) or that micromark
 * reads as something other than data (tabs expand, CR ends a line, NUL becomes U+FFFD). Every
 * other character, and every non-ASCII one, is data to micromark outside emphasis flanking.
 */
const SPECIAL = new Uint8Array(128);
for (let c = 0; c < 32; c++) SPECIAL[c] = 1;
SPECIAL[Ch.Delete] = 1;
for (const c of [Ch.Asterisk, Ch.Underscore, Ch.Backtick, Ch.LeftBracket, Ch.RightBracket, Ch.Less]) SPECIAL[c] = 1;
SPECIAL[Ch.Ampersand] = 1;
SPECIAL[Ch.Backslash] = 1;

const isSpecial = (c: number) => c < 128 && SPECIAL[c] === 1;

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

/** micromark's `asciiPunctuation`: ASCII characters that are neither letters, digits, space nor control. */
const isAsciiPunctuation = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

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
 * The mdast of `piece` exactly as `unified().use(remarkParse).use(remarkFrontmatter, FRONT_MATTER).parse(piece)
 * .children` gives it (see parse/markdown.ts), or undefined when the piece holds anything outside the subset described
 * above (then the caller must parse it with remark).
 */
export function parseSimplePiece(piece: string): RootContent[] | undefined {
  // remark drops a leading BOM and counts offsets after it, as if it were not there.
  return new Reader(piece.charCodeAt(0) === Ch.Bom ? piece.slice(1) : piece).read();
}

class Reader {
  private readonly out: RootContent[] = [];
  /** The current line: where it starts, its number, where it ends (before CR LF) and where the next starts. */
  private start = 0;
  private line = 0;
  private end = 0;
  private next = 0;
  /** Where the current line's content ends: before trailing spaces, which micromark strips. */
  private contentEnd = 0;

  /**
   * The open paragraph, and the text not yet emitted (a text node runs across lines until an
   * inline node interrupts it): where it starts and, when trailing spaces were cut out of it,
   * its value so far up to `runSegment`.
   */
  private paragraph: Paragraph | undefined;
  private paragraphTrailing = 0;
  private runOffset = 0;
  private runLine = 0;
  private runColumn = 0;
  private runValue = '';
  private runSegment = 0;
  /** Where the open paragraph's text ends if no line continues it (before trailing spaces). */
  private lastContentEnd = 0;
  private lastContentLine = 0;
  private lastContentColumn = 0;

  /** The open list, its marker (bullet character, or 1000 + delimiter), and whether a blank line followed an item. */
  private list: List | undefined;
  private listMarker = 0;
  private blankInList = false;

  /** Where an ordered marker's digits end (set by `digits`). */
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
    let contentEnd = this.end;
    while (contentEnd > this.start && text.charCodeAt(contentEnd - 1) === Ch.Space) contentEnd--;
    this.contentEnd = contentEnd;
    return true;
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
   * characters are read; the rest of the line is checked by whoever reads it.
   */
  private kind(at: number): Kind {
    const text = this.text;
    const end = this.contentEnd;
    if (at >= end) return at === this.start ? Kind.Blank : Kind.Bail;
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
        // Bullets; `---`, `-foo` and `+++` (front matter, thematic breaks, setext underlines) are left to remark.
        return text.charCodeAt(at + 1) === Ch.Space ? Kind.Bullet : Kind.Bail;
      case Ch.Asterisk: {
        // A bullet, or emphasis (checked by `inline`); `***` is a thematic break, which `inline` refuses.
        return text.charCodeAt(at + 1) === Ch.Space ? Kind.Bullet : Kind.Plain;
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
        return Kind.Bail;
      default:
        if (c >= Ch.Zero && c <= Ch.Nine) return this.digits(at);
        return Kind.Plain;
    }
  }

  /** A line starting with a digit: an ordered item (sets `markerEnd`), a plain line, or doubt. */
  private digits(at: number): Kind {
    const text = this.text;
    const end = this.contentEnd;
    let i = at + 1;
    while (i < end && text.charCodeAt(i) >= Ch.Zero && text.charCodeAt(i) <= Ch.Nine) i++;
    const c = i < end ? text.charCodeAt(i) : Ch.Lf;
    if (c !== Ch.Dot && c !== Ch.RightParen) return Kind.Plain;
    const after = i + 1 < end ? text.charCodeAt(i + 1) : Ch.Lf;
    if (after !== Ch.Space) return after === Ch.Lf || after === Ch.Tab ? Kind.Bail : Kind.Plain;
    // More than nine digits is no list item; rare enough to leave to remark.
    if (i - at > 9) return Kind.Bail;
    this.markerEnd = i;
    return Kind.Ordered;
  }

  private point(offset: number): Point {
    return { line: this.line, column: offset - this.start + 1, offset };
  }

  private heading(): boolean {
    const text = this.text;
    let depth = 1;
    while (text.charCodeAt(this.start + depth) === Ch.Hash) depth++;
    const from = this.start + depth + 1;
    const to = this.contentEnd;
    // More spaces, or a closing sequence (`## Title ##`, and `# C#` to be safe), are left to remark.
    if (from >= to || text.charCodeAt(from) === Ch.Space || text.charCodeAt(to - 1) === Ch.Hash) return false;
    const children: PhrasingContent[] = [];
    this.startRun(from);
    if (!this.inline(from, children)) return false;
    this.flush(to, children);
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
    const paragraph = this.paragraph;
    if (!paragraph) {
      this.paragraph = {
        type: 'paragraph',
        children: [],
        position: { start: this.point(this.start), end: undefined! },
      };
      this.startRun(this.start);
    } else {
      // Two or more trailing spaces before a line that continues the paragraph make a hard break.
      if (this.paragraphTrailing >= 2) return false;
      if (this.paragraphTrailing === 1) {
        // The space is cut out of the text: the value so far ends before it, the rest starts at the line ending.
        this.runValue += this.text.slice(this.runSegment, this.lastContentEnd);
        this.runSegment = this.lastContentEnd + this.paragraphTrailing;
      }
    }
    if (!this.inline(this.start, this.paragraph!.children)) return false;
    this.paragraph!.position!.end = this.point(this.end);
    this.paragraphTrailing = this.end - this.contentEnd;
    this.lastContentEnd = this.contentEnd;
    this.lastContentLine = this.line;
    this.lastContentColumn = this.contentEnd - this.start + 1;
    return true;
  }

  private closeParagraph(): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    this.flushTo(this.lastContentEnd, this.lastContentLine, this.lastContentColumn, paragraph.children);
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
    const first = text.charCodeAt(content);
    if (first === Ch.LeftBracket && text.charCodeAt(content + 2) === Ch.RightBracket) {
      const box = text.charCodeAt(content + 1);
      if (
        (box !== Ch.Space && box !== Ch.LowerX && box !== Ch.UpperX) ||
        text.charCodeAt(content + 3) !== Ch.Space ||
        content + 4 >= this.contentEnd
      ) {
        return false;
      }
      // The box is text, and so is what follows it: the paragraph started at `[`.
      scanFrom = content + 4;
    } else {
      // Nested blocks (`- # h`, `- - x`, `- 1. x`, `- > q`, a fence) are left to remark.
      if (this.kind(content) !== Kind.Plain || first === Ch.Hash) return false;
    }
    const children: PhrasingContent[] = [];
    this.startRun(content);
    if (!this.inline(scanFrom, children)) return false;
    this.flush(this.contentEnd, children);
    // Trailing spaces belong to the paragraph and the item, not to the text.
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
   * an indented or decorated closing-like line, an info string with escapes, references or
   * trailing spaces, and NUL, tab or lone CR in the code are left to remark.
   */
  private fence(): boolean {
    const text = this.text;
    const open = this.start;
    const end = this.end;
    if (this.contentEnd !== end) return false;
    const marker = text.charCodeAt(open);
    let size = 3;
    while (text.charCodeAt(open + size) === marker) size++;
    let lang: string | null = null;
    let meta: string | null = null;
    let i = open + size;
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
        const node: Code = {
          type: 'code',
          lang,
          meta,
          value: valueStart < 0 ? '' : text.slice(valueStart, valueEnd),
          position: { start: startPoint, end: this.point(this.end) },
        };
        this.out.push(node);
        return true;
      }
      if (!this.rawLine()) return false;
      if (valueStart < 0) valueStart = this.start;
      valueEnd = this.end;
    }
    return false;
  }

  /** Whether the current line closes the fence; undefined when it looks too much like a fence to be sure. */
  private closingFence(marker: number, size: number): boolean | undefined {
    const text = this.text;
    let i = this.start;
    while (i < this.end && i - this.start < 4 && text.charCodeAt(i) === Ch.Space) i++;
    let run = 0;
    while (i + run < this.end && text.charCodeAt(i + run) === marker) run++;
    if (run < 3) return false;
    if (i === this.start && run >= size && i + run === this.end) return true;
    return undefined;
  }

  /** A line kept as it is (code, HTML): false if it holds what micromark would not keep (NUL, tab, lone CR). */
  private rawLine(): boolean {
    const text = this.text;
    for (let j = this.start; j < this.end; j++) {
      const c = text.charCodeAt(j);
      if (c === 0 || c === Ch.Tab || c === Ch.Cr) return false;
    }
    return true;
  }

  /**
   * An HTML comment block (CommonMark's HTML block 2) from the current line to the end of the
   * line where it closes, blank lines included, its text kept as it is. micromark closes it at
   * the first `>` after two dashes, counting the opening's: `<!-->` and `<!--->` are whole
   * comments, which are left to remark like an unclosed comment.
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
      if (!this.rawLine()) return false;
      if (close < this.end) break;
      if (!this.advance()) return false;
    }
    const node: Html = {
      type: 'html',
      value: text.slice(open, this.end),
      position: { start: startPoint, end: this.point(this.end) },
    };
    this.out.push(node);
    return true;
  }

  private startRun(offset: number): void {
    this.runOffset = offset;
    this.runLine = this.line;
    this.runColumn = offset - this.start + 1;
    this.runValue = '';
    this.runSegment = offset;
  }

  /** Emits the text from the run's start to `offset` on the current line, if any. */
  private flush(offset: number, children: PhrasingContent[]): void {
    this.flushTo(offset, this.line, offset - this.start + 1, children);
  }

  private flushTo(offset: number, line: number, column: number, children: PhrasingContent[]): void {
    if (offset <= this.runOffset) return;
    children.push({
      type: 'text',
      value: this.runValue + this.text.slice(this.runSegment, offset),
      position: {
        start: { line: this.runLine, column: this.runColumn, offset: this.runOffset },
        end: { line, column, offset },
      },
    });
  }

  /**
   * Reads the current line's inline content from `from` (where its content or, after a task box,
   * its scanned text starts) to `contentEnd` into `children`, continuing the text run.
   */
  private inline(from: number, children: PhrasingContent[]): boolean {
    const text = this.text;
    const to = this.contentEnd;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (!isSpecial(c)) {
        i++;
        continue;
      }
      let after: number;
      switch (c) {
        case Ch.Backtick:
          after = this.codeSpan(i, children);
          break;
        case Ch.Asterisk:
          after = this.emphasis(i, from, children);
          break;
        case Ch.LeftBracket:
          after = this.link(i, from, children);
          break;
        case Ch.Ampersand:
          after = this.ampersand(i);
          break;
        case Ch.Underscore:
          // Between two letters or digits (`snake_case`) `_` can neither open nor close.
          after =
            i > from && isAsciiAlphanumeric(text.charCodeAt(i - 1)) && isAsciiAlphanumeric(text.charCodeAt(i + 1))
              ? i + 1
              : -1;
          if (i + 1 >= to) after = -1;
          break;
        default:
          return false;
      }
      if (after < 0) return false;
      i = after;
    }
    // Trailing spaces are cut from the last text (micromark's line suffix); after an inline node
    // there is no text to cut them from, and micromark then moves the line ending: left to remark.
    if (to < this.end && this.runOffset >= to) return false;
    return true;
  }

  /**
   * `&` is a character reference when `#` or a letter or digit follows and, for a name, `;` ends
   * it; "Cost & time" and "UX&D" are text. Returns where the text goes on, or -1.
   */
  private ampersand(at: number): number {
    const text = this.text;
    let i = at + 1;
    if (text.charCodeAt(i) === Ch.Hash) return -1;
    while (isAsciiAlphanumeric(text.charCodeAt(i))) i++;
    return text.charCodeAt(i) === Ch.Semicolon ? -1 : i;
  }

  /**
   * `*text*` or `**text**` on one line, the text plain. The opening run follows whitespace (or the
   * start of the content) or punctuation, and is followed by a letter or digit when punctuation
   * precedes it: it can open but not close. The closing run is preceded by text that does not end
   * in whitespace and followed by whitespace, the end of the line, or punctuation after a letter
   * or digit: it can close but not open. With every run of the paragraph so paired, each closes
   * the opener just before it. Returns where the node ends, or -1.
   */
  private emphasis(open: number, from: number, children: PhrasingContent[]): number {
    const text = this.text;
    const to = this.contentEnd;
    const size = text.charCodeAt(open + 1) === Ch.Asterisk ? 2 : 1;
    const inner = open + size;
    const first = text.charCodeAt(inner);
    if (inner >= to || first === Ch.Asterisk || isWhitespace(first)) return -1;
    if (open > from) {
      const before = text.charCodeAt(open - 1);
      if (!isWhitespace(before) && !(isAsciiPunctuation(before) && isAsciiAlphanumeric(first))) return -1;
    }
    const close = text.indexOf(size === 2 ? '**' : '*', inner);
    if (close < 0 || close + size > to) return -1;
    for (let j = inner; j < close; j++) if (isSpecial(text.charCodeAt(j))) return -1;
    const last = text.charCodeAt(close - 1);
    const after = close + size;
    if (isWhitespace(last)) return -1;
    if (after < to) {
      const next = text.charCodeAt(after);
      if (!isWhitespace(next) && !(isAsciiPunctuation(next) && isAsciiAlphanumeric(last))) return -1;
      // A longer closing run (`**a***`) is not this shape.
      if (next === Ch.Asterisk) return -1;
    }
    this.flush(open, children);
    const value: PhrasingContent = {
      type: 'text',
      value: text.slice(inner, close),
      position: { start: this.point(inner), end: this.point(close) },
    };
    const position = { start: this.point(open), end: this.point(after) };
    const node: Strong | Emphasis =
      size === 2 ? { type: 'strong', children: [value], position } : { type: 'emphasis', children: [value], position };
    children.push(node);
    this.startRun(after);
    return after;
  }

  /**
   * `[text](destination)`, or an image when `!` comes first, the text plain and the destination
   * without spaces, parentheses, `<`, `\` or `&` (so it is the URL as written, and no title).
   * Returns where the node ends, or -1.
   */
  private link(open: number, from: number, children: PhrasingContent[]): number {
    const text = this.text;
    const to = this.contentEnd;
    const labelEnd = text.indexOf(']', open + 1);
    if (labelEnd <= open + 1 || labelEnd + 2 >= to || text.charCodeAt(labelEnd + 1) !== Ch.LeftParen) return -1;
    for (let j = open + 1; j < labelEnd; j++) if (isSpecial(text.charCodeAt(j))) return -1;
    const destination = labelEnd + 2;
    let close = destination;
    for (; close < to; close++) {
      const c = text.charCodeAt(close);
      if (c === Ch.RightParen) break;
      if (c <= Ch.Space || c === Ch.Delete || c === Ch.LeftParen || c === Ch.Less || c === Ch.Backslash) return -1;
      if (c === Ch.Ampersand) return -1;
    }
    if (close >= to || close === destination) return -1;
    const image = open > from && text.charCodeAt(open - 1) === Ch.Exclamation;
    const start = image ? open - 1 : open;
    this.flush(start, children);
    const label = text.slice(open + 1, labelEnd);
    const url = text.slice(destination, close);
    const position = { start: this.point(start), end: this.point(close + 1) };
    if (image) {
      const node: Image = { type: 'image', title: null, url, alt: label, position };
      children.push(node);
    } else {
      const node: Link = {
        type: 'link',
        title: null,
        url,
        children: [
          { type: 'text', value: label, position: { start: this.point(open + 1), end: this.point(labelEnd) } },
        ],
        position,
      };
      children.push(node);
    }
    this.startRun(close + 1);
    return close + 1;
  }

  /**
   * A code span of single backticks closed on the same line, its content neither empty nor
   * starting or ending with a space (which micromark may strip). Returns where it ends, or -1.
   */
  private codeSpan(open: number, children: PhrasingContent[]): number {
    const text = this.text;
    const to = this.contentEnd;
    if (text.charCodeAt(open + 1) === Ch.Backtick) return -1;
    const close = text.indexOf('`', open + 1);
    if (close < 0 || close >= to || text.charCodeAt(close + 1) === Ch.Backtick) return -1;
    if (text.charCodeAt(open + 1) === Ch.Space || text.charCodeAt(close - 1) === Ch.Space) return -1;
    for (let j = open + 1; j < close; j++) {
      const c = text.charCodeAt(j);
      if (c < 32 || c === Ch.Delete) return -1;
    }
    this.flush(open, children);
    const node: InlineCode = {
      type: 'inlineCode',
      value: text.slice(open + 1, close),
      position: { start: this.point(open), end: this.point(close + 1) },
    };
    children.push(node);
    this.startRun(close + 1);
    return close + 1;
  }
}
