/**
 * Where a story's text is inside an HTML comment or a fenced code block that has not closed yet: text inserted there
 * would not be read, so a fix would insert it again on every run. Read once per story: asked again for each fix from
 * the story's start, a story with thousands of fixable findings (a long criteria list) was quadratic.
 */
import { lastAtOrBefore } from './line-index.js';

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINE_BREAK = /\r\n|\r|\n/g;

/** The fence open after `line`, given the one open before it (`undefined`: none). */
function fenceAfter(fence: string | undefined, line: string): string | undefined {
  const marker = FENCE.exec(line)?.[1];
  if (!marker) return fence;
  if (!fence) return marker;
  const closes = marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim();
  return closes ? undefined : fence;
}

export class OpenMarkup {
  /** Where comments are open: from after each `<!--` to the end of its `-->` (or the window's end), in order. */
  private readonly commentStarts: number[] = [];
  private readonly commentEnds: number[] = [];
  private readonly lineStarts: number[] = [0];
  /** The fence open before each line. */
  private readonly fences: (string | undefined)[] = [undefined];

  /** `window` is the text from document offset `start`: what the story's rules see. */
  constructor(
    private readonly window: string,
    private readonly start: number,
  ) {
    for (let at = window.indexOf(COMMENT_OPEN); at >= 0; ) {
      const close = window.indexOf(COMMENT_CLOSE, at + COMMENT_OPEN.length);
      const to = close < 0 ? Infinity : close + COMMENT_CLOSE.length;
      this.commentStarts.push(at + COMMENT_OPEN.length);
      this.commentEnds.push(to);
      at = close < 0 ? -1 : window.indexOf(COMMENT_OPEN, to);
    }
    let fence: string | undefined;
    let lineStart = 0;
    for (const m of window.matchAll(LINE_BREAK)) {
      fence = fenceAfter(fence, window.slice(lineStart, m.index));
      lineStart = m.index + m[0].length;
      this.lineStarts.push(lineStart);
      this.fences.push(fence);
    }
  }

  /** Whether the text before document offset `offset` (from the window's start) leaves a comment or a fence open. */
  isOpenAt(offset: number): boolean {
    const at = Math.min(Math.max(offset - this.start, 0), this.window.length);
    const comment = lastAtOrBefore(this.commentStarts, at);
    if (comment >= 0 && at < this.commentEnds[comment]!) return true;
    const line = lastAtOrBefore(this.lineStarts, at);
    return fenceAfter(this.fences[line], this.window.slice(this.lineStarts[line], at)) !== undefined;
  }
}
