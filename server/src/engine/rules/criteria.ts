import type { Vocabulary } from '../config/types.js';
import { judgeCriterion, type CriterionJudgement } from '../language/criterion.js';
import { isRecordLine, isReferenceOnly, plainCriterion } from '../language/criterion-text.js';
import { containsPlaceholder, isTemplateSlot, isUnfilled } from '../text/placeholder.js';
import { maskTemplate } from '../parse/template.js';
import type { StoryItem } from '../types.js';
import type { Report, StoryContext } from './rule.js';

export interface JudgedCriterion {
  criterion: StoryItem;
  judgement: CriterionJudgement;
}

const memo = new WeakMap<StoryItem[], { vocabulary: Vocabulary; judged: JudgedCriterion[] }>();

const STEP = /^(given|when|then|and|but)\b/i;
const SCENARIO = /^scenario(?:\s+outline)?\s*:/i;

/**
 * The criteria to judge: a Given/When/Then scenario written over several items or lines is one
 * criterion, its Then item (SPEC §3); its title, Given, When, And and But lines are never judged.
 * An item that is a whole scenario on its own ("Given …, when …, then …") is judged as it is.
 */
export function scenarioCriteria(criteria: readonly StoryItem[]): StoryItem[] {
  const out: StoryItem[] = [];
  let inScenario = false;
  for (const item of criteria) {
    // A step may be written as a label ("Given: …", "**Then:** …"), which the plain text drops.
    const text = item.text.replace(/[*_`]/g, '').trim();
    const step = (STEP.exec(text) ?? STEP.exec(plainCriterion(item.text)))?.[1]!.toLowerCase();
    if (SCENARIO.test(text)) inScenario = true;
    else if (step === 'then' || (step && /\bthen\b/i.test(text))) {
      out.push(item);
      inScenario = true;
    } else if (step === 'given' || step === 'when' || (step && inScenario)) inScenario = true;
    else {
      inScenario = false;
      out.push(item);
    }
  }
  return out;
}

/**
 * A criterion that still holds a placeholder (`<metric>`, left by a fix) or is still the template's slot
 * (`[Metric 1]`): unmeasurable-criterion asks for it to be filled in, and it is judged for nothing else.
 */
export const isPlaceholderCriterion = (text: string): boolean => containsPlaceholder(text) || isTemplateSlot(text);

/**
 * The story's criteria without placeholders, each judged once: four rules read the same
 * judgement (unmeasurable, output, incomplete, missing outcome signal), so it is computed once per story.
 */
export function judgedCriteria(ctx: StoryContext): JudgedCriterion[] {
  const criteria = ctx.story.criteria;
  const cached = memo.get(criteria);
  const { vocabulary } = ctx;
  if (cached && cached.vocabulary === vocabulary) return cached.judged;
  const judged = scenarioCriteria(criteria)
    .filter(
      (c) =>
        !isPlaceholderCriterion(c.text) && !isUnfilled(c.text) && !isReferenceOnly(c.text) && !isRecordLine(c.text),
    )
    .map((criterion) => ({ criterion, judgement: judgeCriterion(criterion.text, vocabulary) }));
  memo.set(criteria, { vocabulary, judged });
  return judged;
}

/**
 * A criterion that leads into what follows: a lead-in over the checks it names ("The following conditions have
 * been satisfied for all tools:") or a clause of a sentence the next items go on with ("sidebar including only
 * the link 'NLX Management',"), with the short items it names when it holds them. Rewritten on its own, the
 * author's sentence would be cut in two.
 */
const leadsIn = (criterion: StoryItem) => /[:,;][ \t*_]*(?:[\r\n]|$)/.test(maskTemplate(criterion.text));

/** Words that open a block of their own: a list or a quote nested at the very start of the item (`- >1. >`). */
const opensBlock = (criterion: StoryItem) => /^[ \t]*(?:>|[-*+](?:[ \t]|$)|\d+[.)](?:[ \t]|$))/.test(criterion.text);

/**
 * Whether a rewrite of the criterion on its own would break what the author wrote: a lead-in (above), words
 * Markdown shows as raw HTML, where the placeholders a rewrite adds would be read as tags and vanish, or words
 * that open a nested list or quote, which moved into a sentence would be a list or a quote no more.
 */
const rewriteBreaks = (criterion: StoryItem) =>
  leadsIn(criterion) || criterion.rawHtml === true || opensBlock(criterion);

/** Reports a finding on a criterion, with its rewrite only where the rewrite keeps the author's sentence whole. */
export function reportCriterion(ctx: StoryContext, criterion: StoryItem, message: string, fix: Report['fix']): void {
  ctx.report(rewriteBreaks(criterion) ? { message, span: criterion.span } : { message, span: criterion.span, fix });
}
