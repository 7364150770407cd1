import { CANONICAL_LABEL } from './parse/labels.js';
import { isUnfilled } from './text/placeholder.js';
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
 * A placeholder does not count.
 */
export function valueCompleteness(story: Story): Completeness {
  const kinds = story.oneLine ? SENTENCE_ELEMENTS : SECTION_ELEMENTS;
  const missing: string[] = [];
  for (const kind of kinds) {
    const filled =
      kind === 'success'
        ? story.criteria.some((c) => !isUnfilled(c.text))
        : kind === 'who' && story.sentence?.form === 'job'
          ? true
          : story.elements[kind] !== undefined && !isUnfilled(story.elements[kind]!.text);
    if (!filled) missing.push(CANONICAL_LABEL[kind]);
  }
  return { present: kinds.length - missing.length, total: kinds.length, missing };
}
