import { askingSpans } from '../language/asks.js';
import { PROBLEM_SECTION } from '../parse/labels.js';
import { phraseMatcher } from '../language/lexicon.js';
import { nonProseSpans } from '../language/prose.js';
import { findPlaceholders } from '../text/placeholder.js';
import type { Span } from '../types.js';
import { scenarioCriteria } from './criteria.js';
import type { StoryRule } from './rule.js';

/** "rename several functions:" over the list of them: the list says exactly which (a quantifier only). */
const LISTED = /^[^\n.!?]*:[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-*+]|\d+[.)])[ \t]/;
/**
 * "some people (such as Alice, Bob, Carol)", "several genres, e.g. Action": the examples right after the quantifier's
 * noun say which (a quantifier only; "fast (such as …)" is still a judgement).
 */
const EXAMPLED = /^\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s*[(,]?\s*(?:such\s+as|e\.\s?g\.|for\s+example)/iu;
/** "how many rows", "as many as 40": a question or a count, not a vague quantity. */
const COUNTED = /\b(?:how|as)\s+$/i;
/** "Simpler Grants.gov", "Easy Digital Downloads": a capitalised word inside a name is no judgement. */
const inName = (text: string, at: number, word: string) =>
  /^\p{Lu}/u.test(word) && /\S\s+$/.test(text.slice(0, at)) && /^\s+\p{Lu}/u.test(text.slice(at + word.length));

/** Where the Then of a one-item scenario ("Given …, when …, then …") starts; 0 for any other criterion. */
function thenAt(text: string): number {
  if (!/^[\W_]*given\b/i.test(text)) return 0;
  let last = 0;
  for (const m of text.matchAll(/\bthen\b/gi)) last = m.index;
  return last;
}

const rule: StoryRule = {
  id: 'ambiguous-language',
  description: 'Avoid vague quantifiers and weasel words where they blur what is asked.',
  defaultSeverity: 'info',
  guideline: 'Create shared understanding of value',
  scope: 'story',
  fixable: false,
  check(ctx) {
    const { story, source, vocabulary } = ctx;
    // Only the ask is judged: the outcome and the criteria. The why states a benefit ("easily",
    // "faster"), and a criterion's vague judgements are unmeasurable-criterion's to report.
    const judgements = new Set(vocabulary.vague.map((w) => w.toLowerCase()));
    const quantifiers = new Set(vocabulary.vagueQuantifiers.map((w) => w.toLowerCase()));
    const regions: { span: Span; skip?: (word: string) => boolean; asks?: Span[] }[] = [];
    const outcome = story.elements.outcome;
    if (outcome) {
      // A Goal or Problem section also says how things are and why: only its asking sentences are judged. A
      // Goal's bullets list what is asked; a Problem section's, how things are.
      const text = source.slice(outcome.span.start, outcome.span.end);
      const label = outcome.label ? source.slice(outcome.label.start, outcome.label.end) : '';
      regions.push({
        span: outcome.span,
        asks:
          outcome.from === 'heading'
            ? askingSpans(text, vocabulary, { listsAsk: !PROBLEM_SECTION.test(label) })
            : undefined,
      });
    }
    // Of a Given/When/Then scenario only the Then asks; the Given and the When set the scene ("a Boost order
    // delivered some views").
    for (const c of scenarioCriteria(story.criteria, ctx.source)) {
      const then = c.span.start + thenAt(source.slice(c.span.start, c.span.end));
      regions.push({ span: { start: then, end: c.span.end }, skip: (w) => judgements.has(w.toLowerCase()) });
    }
    for (const { span, skip, asks } of regions) {
      const text = source.slice(span.start, span.end);
      const hidden = [...nonProseSpans(text), ...findPlaceholders(text)];
      for (const m of text.matchAll(phraseMatcher(vocabulary.ambiguous))) {
        const at = m.index;
        if (hidden.some((h) => at < h.end && h.start < at + m[0].length)) continue;
        if (asks && !asks.some((a) => a.start <= at && at < a.end)) continue;
        if (skip?.(m[0]) || COUNTED.test(text.slice(Math.max(0, at - 8), at)) || inName(text, at, m[0])) continue;
        const after = text.slice(at + m[0].length);
        if (quantifiers.has(m[0].toLowerCase()) && (LISTED.test(text.slice(at)) || EXAMPLED.test(after))) continue;
        ctx.report({
          message:
            `"${m[0]}" is vague: readers will each picture something different. ` +
            'Say exactly which, how many or how much.',
          span: { start: span.start + at, end: span.start + at + m[0].length },
        });
      }
    }
  },
};

export default rule;
