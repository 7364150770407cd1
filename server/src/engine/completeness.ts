import { isFilled } from './elements.js';
import { CANONICAL_LABEL } from './parse/labels.js';
import { isUnfilled } from './text/placeholder.js';
import type { ElementKind, Span, Story } from './types.js';

/** The elements a story can be asked to answer, in the guideline's order. */
export const VALUE_ELEMENTS = ['who', 'outcome', 'why', 'success', 'consequence'] as const;
export type ValueElement = (typeof VALUE_ELEMENTS)[number];

export interface Completeness {
  /** Elements answered (a half-answered one counts as answered here). */
  present: number;
  total: number;
  /** Labels of the elements not answered. */
  missing: string[];
  /** Labels of the elements answered but flagged: output-focused, or every criterion unmeasurable or output. */
  weak: string[];
  /** 0–100: each counted element is worth 1, half when weak; over the elements that count (see `require`). */
  score: number;
}

/** What the score counts: the elements a configuration requires (default all that apply). */
export interface ScoreOptions {
  require?: readonly ValueElement[];
}

const SECTION_ELEMENTS: ValueElement[] = [...VALUE_ELEMENTS];
const SENTENCE_ELEMENTS: ValueElement[] = ['who', 'outcome', 'why'];
const CRITERION_RULES = new Set(['unmeasurable-criterion', 'output-criterion']);

/** The rule findings the score reads: which rule, and where. */
export interface ScoredFinding {
  ruleId: string;
  span: Span;
}

/**
 * How far a story answers the guideline's questions, as a percentage. A story with a heading
 * is held to five (who, outcome, why, how we'll know, if we don't); a one-line story to the
 * three a sentence can carry (who, outcome, why). Both are percentages, so they rank together.
 *
 * An element counts when it is filled (elements.ts): a placeholder or "TBD" does not. An answered
 * element still counts half when the story's findings show it is not a real answer: an outcome
 * flagged output-focused, or a How we'll know whose every criterion is flagged unmeasurable or
 * an output. `require` narrows the elements that count (the readiness gate's `ready.require`).
 */
export function valueCompleteness(
  story: Story,
  findings: readonly ScoredFinding[] = [],
  options: ScoreOptions = {},
): Completeness {
  const applicable = story.oneLine ? SENTENCE_ELEMENTS : SECTION_ELEMENTS;
  const required = options.require ? applicable.filter((kind) => options.require!.includes(kind)) : applicable;
  // A one-line story asked only for what a sentence cannot carry is held to what it can carry.
  const kinds = required.length ? required : applicable;
  const filled = kinds.filter((kind) => isFilled(story, kind));
  const weak = filled.filter((kind) => isWeak(story, kind, findings));
  const credit = filled.length - weak.length / 2;
  return {
    present: filled.length,
    total: kinds.length,
    missing: kinds.filter((kind) => !filled.includes(kind)).map((kind) => CANONICAL_LABEL[kind]),
    weak: weak.map((kind) => CANONICAL_LABEL[kind]),
    score: Math.round((100 * credit) / kinds.length),
  };
}

function isWeak(story: Story, kind: ElementKind, findings: readonly ScoredFinding[]): boolean {
  if (kind === 'outcome') return findings.some((f) => f.ruleId === 'output-focused');
  if (kind !== 'success') return false;
  const flagged = findings.filter((f) => CRITERION_RULES.has(f.ruleId));
  if (!flagged.length) return false;
  const criteria = story.criteria.filter((c) => !isUnfilled(c.text));
  if (criteria.length) return criteria.every((c) => flagged.some((f) => overlaps(f.span, c.span)));
  const element = story.elements.success;
  return element !== undefined && flagged.some((f) => overlaps(f.span, element.span));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
