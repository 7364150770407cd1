import { splitGoals } from '../language/goals.js';
import { LIST_ITEM_LINE } from '../text/line-index.js';
import { containsPlaceholder } from '../text/placeholder.js';
import { runsOnFromItemOrQuote } from './edits.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'non-atomic',
  description: 'One story, one goal.',
  defaultSeverity: 'warning',
  guideline: 'Identify the smallest valuable increment',
  scope: 'story',
  wantRule: true,
  fixable: 'rewrite',
  check(ctx) {
    const { story, source, eol } = ctx;
    const outcome = story.elements.outcome;
    if (!outcome || containsPlaceholder(outcome.text)) return;
    const goals = splitGoals(outcome.text, ctx.vocabulary);
    if (!goals) return;
    const message =
      `The outcome bundles ${goals.length} goals (${goals.map((g) => `"${g}"`).join(', ')}). ` +
      'Split it so each can be delivered and valued on its own.';
    // A split is offered only when every part reads as a story of its own (SPEC §3), and only of a story
    // that holds no other (each copy would repeat the stories inside it) and whose copies stay side by side;
    // not when the outcome's label runs on from an item above it: each copy's label would run on in its item.
    const labelRunsOn = outcome.label !== undefined && runsOnFromItemOrQuote(source, outcome.label.start);
    // Nor when the outcome lies outside the story's span (a statement ending the paragraph over the item that is the
    // story): the copies would leave the statement as it is, to be split again on every pass.
    const outside = outcome.span.start < story.span.start || outcome.span.end > story.span.end;
    if (!goals.every(standsAlone) || story.holdsStories || story.partOutranksHeading || labelRunsOn || outside) {
      ctx.report({ message, span: outcome.span });
      return;
    }
    const before = source.slice(story.span.start, outcome.span.start);
    const after = source.slice(outcome.span.end, story.span.end);
    const title = story.titleSpan;
    const copies = goals.map((goal) => {
      let copy = before + goal + after;
      if (title) {
        // A heading that states the want ("### As an instructor, I want to …") names each copy's goal already; a
        // title before the want is told apart by the goal after it, where it ends in the copy as in the story.
        if (title.end > outcome.span.start) return copy;
        const at = title.end - story.span.start;
        copy = copy.slice(0, at) + ` — ${goal}` + copy.slice(at);
      } else if (!story.oneLine) {
        // Without a heading the copies would read as one story; each gets a heading of its own.
        copy = `## ${goal}${eol}${eol}${copy}`;
      }
      return copy;
    });
    const prefix = source.slice(source.lineStartOf(story.span.start), story.span.start);
    const separator = story.oneLine && LIST_ITEM_LINE.test(prefix) ? `${eol}${prefix}` : `${eol}${eol}`;
    ctx.report({
      message,
      span: outcome.span,
      fix: {
        title: `Split into ${goals.length} stories`,
        edits: [{ start: story.span.start, end: story.span.end, newText: copies.join(separator) }],
      },
    });
  },
};

export default rule;

/** Words a goal cannot end with: its object went to another goal ("search for", "set up"). */
const DANGLING_END = /\b(?:for|to|of|with|from|on|in|at|by|about|up|into|onto|out|and|or)$/i;
/** Words that point back at something another goal names ("publish them"). */
const BACK_REFERENCE = /\b(?:them|it|its|they|their|these|those)\b/i;

/** A goal that reads on its own: two words or more, nothing left hanging, nothing pointing back. */
function standsAlone(goal: string): boolean {
  const words = goal.trim().split(/\s+/);
  return words.length >= 2 && !DANGLING_END.test(goal.trim()) && !BACK_REFERENCE.test(goal);
}
