import type { ElementKind } from '../types.js';
import { linesOf } from './lines.js';

/** Field labels of the value form (SPEC §2), by element. Matching is case-insensitive. */
export const LABEL_ALIASES: Record<ElementKind, readonly string[]> = {
  who: ['who'],
  outcome: ['outcome', 'what', 'goal'],
  why: ['why', 'value', 'benefit'],
  success: [
    "how we'll know",
    'how we will know',
    'success criteria',
    'success',
    'signals',
    'measures',
    'acceptance criteria',
  ],
  consequence: ["if we don't", 'if we do not', 'cost of delay', 'risk of not doing'],
  assumptions: ['assumptions', 'assumption'],
  solution: ['proposed solution', 'idea', 'notes'],
};

/** The label each fix writes, in the spelling of the `story` snippet. */
export const CANONICAL_LABEL: Record<ElementKind, string> = {
  who: 'Who',
  outcome: 'Outcome',
  why: 'Why',
  success: "How we'll know",
  consequence: "If we don't",
  assumptions: 'Assumptions',
  solution: 'Proposed solution',
};

const byLabel = new Map<string, ElementKind>();
for (const [kind, aliases] of Object.entries(LABEL_ALIASES) as [ElementKind, readonly string[]][]) {
  for (const alias of aliases) byLabel.set(alias, kind);
}

const escape = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
const alternatives = [...byLabel.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

const EMPHASIS = String.raw`(\*\*|__|\*|_)?`;
/**
 * A label line: optional list marker, optional emphasis, the label, one colon inside or
 * outside the emphasis. The value is whatever follows on the line.
 */
const LABEL_LINE = new RegExp(
  String.raw`^([ \t]*(?:[-*+][ \t]+)?)${EMPHASIS}[ \t]*(${alternatives})[ \t]*(:)?[ \t]*${EMPHASIS}[ \t]*(:)?[ \t]*`,
  'i',
);

/** The element a label names (`How we'll know` → success), whatever its case and apostrophe. */
export function kindOfLabel(label: string): ElementKind | undefined {
  return byLabel.get(label.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim());
}

export interface LabelMatch {
  kind: ElementKind;
  /** Offsets relative to the line: the label (with emphasis and colon) and where the value starts. */
  labelStart: number;
  labelEnd: number;
  valueStart: number;
}

/** Recognises `**Who:** …`, `Who: …`, `- **Outcome**: …` at the start of a line. */
export function matchLabelLine(line: string): LabelMatch | undefined {
  const m = LABEL_LINE.exec(line);
  if (!m) return undefined;
  const colonCount = (m[4] ? 1 : 0) + (m[6] ? 1 : 0);
  if (colonCount !== 1) return undefined;
  if (Boolean(m[2]) !== Boolean(m[5]) && !(m[2] && m[6] === undefined && m[5] === undefined)) {
    // Unbalanced emphasis such as `**Who: x` is still a label; only reject a closing marker without an opener.
    if (!m[2]) return undefined;
  }
  const kind = kindOfLabel(m[3]!);
  if (!kind) return undefined;
  const labelStart = m[1]!.length;
  return { kind, labelStart, labelEnd: m[0].trimEnd().length, valueStart: m[0].length };
}

/** A heading whose whole text is a label (`### How we'll know`, `## Why:`). */
export function headingLabelKind(headingText: string): ElementKind | undefined {
  const bare = headingText
    .replace(/[*_`]/g, '')
    .replace(/[:?.]\s*$/, '')
    .trim();
  return kindOfLabel(bare);
}

/**
 * The start of the first label line after the first line of `[from, to]`: where fields written
 * under a sentence or a list item begin (Markdown folds them into the paragraph or the item).
 */
export function firstLabelLineAfter(text: string, from: number, to: number): number | undefined {
  return linesOf(text, from, to).find((line) => line.start > from && matchLabelLine(line.text))?.start;
}
