import { lineStartOf, textStart } from './line-index.js';

const LF = 10;
const CR = 13;
import type { Story } from '../types.js';

/**
 * The part of a document a story rule may read: the story's own lines, from the start of its
 * first line to the end of its span. Offsets stay document offsets, so findings and edits need
 * no translation; reads outside the window see nothing. This is what makes a story rule's
 * findings depend on the story alone, which the lint cache relies on.
 */
export class StorySource {
  private constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The window a story rule sees. */
  static of(text: string, story: Story): StorySource {
    return new StorySource(text, Math.max(textStart(text), lineStartOf(text, story.span.start)), story.span.end);
  }

  /** A window over the whole document, for cross-story rules. */
  static whole(text: string): StorySource {
    return new StorySource(text, textStart(text), text.length);
  }

  /** The text between two document offsets, clipped to the window. */
  slice(from: number, to: number = this.end): string {
    return this.text.slice(Math.max(from, this.start), Math.min(to, this.end));
  }

  /**
   * The start of the line `offset` is on (after `\n`, `\r\n` or a lone `\r`), or the window's start.
   * Scans only the window: a search of the whole document per call made linting quadratic.
   */
  lineStartOf(offset: number): number {
    return lineStartOf(this.text, offset, this.start);
  }

  /** The end of the line `offset` is on, before its line break; the window's end at the latest. */
  lineEndOf(offset: number): number {
    for (let i = offset; i < this.end; i++) {
      const c = this.text.charCodeAt(i);
      if (c === LF || c === CR) return i;
    }
    return this.end;
  }

  /** The window's whole text (what a story rule can depend on). */
  toString(): string {
    return this.text.slice(this.start, this.end);
  }
}
