import type { Span } from '../types.js';

/**
 * Each sentence of a text. A stop ends a sentence only before white space and not after an
 * abbreviation: "gitlab.com", "e.g." do not.
 */
export const SENTENCES = /(?:[^.!?]|(?<=\b(?:e\.g|i\.e|etc|vs|cf|incl|approx))\.|[.!?]+(?!\s|$))+[.!?]*/gi;

/** The first sentence of a text that runs on ("ensure the ids are unique. Possibly this is fixed …"). */
export function firstSentence(text: string): Span {
  const m = text.matchAll(SENTENCES).next().value;
  return { start: 0, end: m ? m.index + m[0].length : text.length };
}
