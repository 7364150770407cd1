import type { Vocabulary } from '../language/vocabulary.js';
import { judgeCriterion, type CriterionJudgement } from '../language/criterion.js';
import { isRecordLine, isReferenceOnly, plainCriterion } from '../language/criterion-text.js';
import { containsPlaceholder, isTemplateSlot, isUnfilled } from '../text/placeholder.js';
import { maskTemplate } from '../parse/template.js';
import type { StoryItem } from '../types.js';
import type { StorySource } from '../text/story-source.js';
import type { Report, StoryContext } from './rule.js';

export interface JudgedCriterion {
  criterion: StoryItem;
  judgement: CriterionJudgement;
}

const memo = new WeakMap<StoryItem[], { vocabulary: Vocabulary; judged: JudgedCriterion[] }>();

const STEP = /^(given|when|then|and|but)\b/i;
/** A scenario's name: "Scenario: …", "Scenario Outline: …", "Scenario 1: …". */
const SCENARIO = /^scenario(?:\s+outline)?(?:\s+#?\d+(?:\.\d+)*)?\s*:/i;
/**
 * A step written as a label, one to a line ("When: the user adds a filter, then clicks Search"): a "then" in it orders
 * the actions; the scenario's Then is a line of its own.
 */
const LABELLED_STEP = /^(?:given|when|and|but)\s*:/i;
/** A line of a scenario that opens with its Then: "Then the order goes back", "**Then** it shows". */
const THEN_LINE = /(?:^|\n)[ \t]*then\b/i;

/**
 * The criteria to judge: a Given/When/Then scenario written over several items or lines is one
 * criterion, its Then item (SPEC §3); its title, Given, When, And and But lines are never judged.
 * An item that is a whole scenario on its own ("Given …, when …, then …") is judged as it is.
 * A step that leads into a list ("Then the system:" over "- Shows error …", "- Disables Send") is
 * completed by that list: its items are the step's words, not criteria of their own (`source` tells
 * a list item from a paragraph; without it, nothing continues a step).
 */
export function scenarioCriteria(criteria: readonly StoryItem[], source?: StorySource): StoryItem[] {
  const out: StoryItem[] = [];
  let inScenario = false;
  let leadsIn = false;
  for (const item of criteria) {
    // A step may be written as a label ("Given: …", "**Then:** …"), after a line break the author typed as HTML
    // ("<br />Given: …") or inside a link, which the plain text reads.
    const text = item.text
      .replace(/<[^<>\n]*>/g, ' ')
      .replace(/[*_`]/g, '')
      .trim();
    const step = (STEP.exec(text) ?? STEP.exec(plainCriterion(item.text)))?.[1]!.toLowerCase();
    const opensList = /:\s*$/.test(text);
    // Under a `#### Scenario:` heading, a line is a Then or a line of the scene; a Then that leads into a list
    // is completed by it, which no one line judges.
    if (item.inScenario) {
      if (THEN_LINE.test(text) && !opensList) out.push(item);
      continue;
    }
    if (SCENARIO.test(text)) {
      inScenario = true;
      leadsIn = false;
    } else if (step === 'then' || (step && !LABELLED_STEP.test(text) && /\bthen\b/i.test(text))) {
      if (!(opensList && source)) out.push(item);
      inScenario = true;
      leadsIn = opensList;
    } else if (step === 'given' || step === 'when' || (step && inScenario)) {
      inScenario = true;
      leadsIn = opensList;
    } else if (!(inScenario && leadsIn && source && isListItem(item, source))) {
      inScenario = false;
      leadsIn = false;
      out.push(item);
    }
  }
  return out;
}

/** Whether the item is written after a list marker on its line (not a paragraph line). */
const isListItem = (item: StoryItem, source: StorySource) =>
  /(?:^|\s)(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?$/.test(
    source.slice(source.lineStartOf(item.span.start), item.span.start),
  );

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
  return judgeItems(ctx.story.criteria, ctx.vocabulary, ctx.source);
}

/**
 * Criteria judged as `judgedCriteria` judges a story's own, once per list: without their source (another story's
 * criteria), a step ending in a colon is not completed by the items under it.
 */
export function judgeItems(
  criteria: StoryItem[],
  vocabulary: Vocabulary,
  source: StorySource | undefined,
): JudgedCriterion[] {
  const cached = memo.get(criteria);
  if (cached && cached.vocabulary === vocabulary) return cached.judged;
  const judged = withoutEnumerations(scenarioCriteria(criteria, source))
    .filter(
      (c) =>
        !isPlaceholderCriterion(c.text) && !isUnfilled(c.text) && !isReferenceOnly(c.text) && !isRecordLine(c.text),
    )
    .map((criterion) => {
      const judgement = judgeCriterion(judgedWords(criterion), vocabulary);
      // Under a heading naming its period ("### Q1 2020"), a key result has its timeframe.
      return { criterion, judgement: criterion.inPeriod ? { ...judgement, hasTimeframe: true } : judgement };
    });
  memo.set(criteria, { vocabulary, judged });
  return judged;
}

/** A name and nothing more: up to three words, each capitalised or a number ("Mario", "Tanooki Mario", "iOS 17"). */
const NAME_ONLY = /^(?:[\p{Lu}\d][\p{L}\d'’.&+-]*)(?:[ \t]+[\p{Lu}\d][\p{L}\d'’.&+-]*){0,2}$/u;
/** How many names in a row make an enumeration rather than a list of deliverables. */
const ENUMERATION = 6;

/**
 * The criteria without the names a check enumerates: six or more names in a row ("Mario", "Luigi", … under "42 drivers
 * should be available to be chosen") are the values the check lists, not a deliverable each.
 */
function withoutEnumerations(criteria: StoryItem[]): StoryItem[] {
  const isName = (c: StoryItem) => NAME_ONLY.test(plainCriterion(c.text).trim());
  const out: StoryItem[] = [];
  for (let i = 0; i < criteria.length; ) {
    let j = i;
    while (j < criteria.length && isName(criteria[j]!)) j++;
    if (j - i >= ENUMERATION) i = j;
    else out.push(criteria[i++]!);
  }
  return out;
}

/** A criterion's words as judged: with the lead-in it completes ("one person can" + "create an item"). */
const judgedWords = (criterion: StoryItem) =>
  criterion.completes ? `${criterion.completes} ${plainCriterion(criterion.text)}` : criterion.text;

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

/**
 * The criterion as a message quotes it: its first line, and "…" for the lines under it (a lead-in over the names
 * that complete it, "Modal closeable via:" over "X button", "Escape key").
 */
export function quotedCriterion(criterion: StoryItem): string {
  const [first = '', ...rest] = criterion.text.split(/\r?\n|\r/);
  return rest.some((line) => line.trim() !== '') ? `${first.trim()} …` : first.trim();
}

/** Reports a finding on a criterion, with its rewrite only where the rewrite keeps the author's sentence whole. */
export function reportCriterion(ctx: StoryContext, criterion: StoryItem, message: string, fix: Report['fix']): void {
  ctx.report(rewriteBreaks(criterion) ? { message, span: criterion.span } : { message, span: criterion.span, fix });
}
