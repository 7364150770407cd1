/**
 * Which parts of a piece of Markdown are the author's prose. Template text is not (SPEC §2):
 * HTML comments (an unclosed one runs to the end), fenced code blocks and inline code are
 * never linted for wording, whatever the parser made of them.
 */
import type { Span } from '../types.js';

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** A fence opens a line (up to three spaces in) and runs to a closing fence of the same character, or the end. */
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
/** A code span: a run of backticks up to the next run of the same length on that line. */
const CODE_SPAN = /(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g;

/** The spans of `text` (offsets into it) that are comments or code. */
export function nonProseSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [HTML_COMMENT, FENCE, CODE_SPAN])
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
