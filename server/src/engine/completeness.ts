import { isFilled } from './elements.js';
import { CANONICAL_LABEL } from './parse/labels.js';
import type { ElementKind, Story } from './types.js';

export interface Completeness {
  present: number;
  total: number;
  missing: string[];
}

const SECTION_ELEMENTS: ElementKind[] = ['who', 'outcome', 'why', 'success', 'consequence'];
const SENTENCE_ELEMENTS: ElementKind[] = ['who', 'outcome', 'why'];

/**
 * How many of the guideline's five questions a story answers (who, outcome, why, how
 * we'll know, if we don't). One-line stories are held to the three a sentence can carry.
 * An element counts when it is filled (elements.ts): a placeholder or "TBD" does not.
 */
export function valueCompleteness(story: Story): Completeness {
  const kinds = story.oneLine ? SENTENCE_ELEMENTS : SECTION_ELEMENTS;
  const missing = kinds.filter((kind) => !isFilled(story, kind)).map((kind) => CANONICAL_LABEL[kind]);
  return { present: kinds.length - missing.length, total: kinds.length, missing };
}
