import { containsPlaceholder, placeholder } from '../text/placeholder.js';
import { QUOTE_LEAD, QUOTE_MARKERS } from '../text/line-index.js';
import type { Span, StoryItem } from '../types.js';
import type { StorySource } from '../text/story-source.js';
import { judgedCriteria, judgeItems } from './criteria.js';
import { apartFromNext, codeAfter } from './edits.js';
import type { StoryContext, StoryRule } from './rule.js';

/** The `behaviour` snippet as plain text: who does what differently, seen in which number. */
export const OUTCOME_SIGNAL_TEMPLATE =
  `${placeholder('who')} ${placeholder('will do what differently')} instead of ` +
  `${placeholder('what they do today')}, seen as ${placeholder('metric')} from ${placeholder('baseline')} ` +
  `to ${placeholder('target')} by ${placeholder('when')}`;

/** The item this rule inserts, still unfilled: this rule's to report, not another criterion rule's. */
export function isOutcomeSignalPlaceholder(text: string): boolean {
  return text.includes(`instead of ${placeholder('what they do today')}`);
}

const BULLET = /^((?:[ \t]*>)*[ \t]*)(?:([-*+])|(\d+)([.)]))[ \t]+/;

/** What stands before the criterion's words on its line: quote markers, indentation, bullet, checkbox. */
const prefixOf = (ctx: StoryContext, item: StoryItem) =>
  ctx.source.slice(ctx.source.lineStartOf(item.span.start), item.span.start);

/** A bullet as the next item after it writes it: the same marker, or the next number. */
const nextBullet = (m: RegExpExecArray) => `${m[1]}${m[2] ?? `${Number(m[3]) + 1}${m[4]}`} `;

/** The indentation and bullet of the criterion's line, so the new item joins its list ("  - [ ] " gives "  - "). */
function bulletOf(ctx: StoryContext, item: StoryItem): string {
  const prefix = prefixOf(ctx, item);
  const m = BULLET.exec(prefix);
  return m ? nextBullet(m) : `${QUOTE_LEAD.exec(prefix)![0]}- `;
}

/**
 * The bullet of a new item after `item` in the outermost list it sits in: under a Definition of done's
 * "The following conditions are satisfied:" the outcome signal is a criterion of its own, not one more condition.
 */
function outerBullet(ctx: StoryContext, item: StoryItem): string {
  let bullet = bulletOf(ctx, item);
  const prefix = prefixOf(ctx, item);
  const quote = QUOTE_MARKERS.exec(prefix)![0];
  let depth = BULLET.exec(prefix)?.[1]!.length ?? 0;
  for (let start = ctx.source.lineStartOf(item.span.start); depth > quote.length && start > ctx.source.start; ) {
    const above = ctx.source.lineStartOf(start - 1);
    const line = ctx.source.slice(above, start).replace(/\r?\n$|\r$/, '');
    start = above;
    // Another quote, or none, is another block: the list is not there.
    if (QUOTE_MARKERS.exec(line)![0] !== quote) break;
    const m = BULLET.exec(line);
    const lead = m?.[1] ?? /^[ \t>]*/.exec(line)![0];
    // Blank lines, lines of deeper items and an item's later lines lie inside the list.
    if (!line.trim() || lead.length >= depth) continue;
    // Text less indented that is no item: the list started below it.
    if (!m) break;
    bullet = nextBullet(m);
    depth = lead.length;
  }
  return bullet;
}

/** A story it is written within says which number moves (a specification's Success Criteria): that covers it. */
const signalledAbove = ({ story, vocabulary }: StoryContext) =>
  story.enclosingCriteria !== undefined &&
  judgeItems(story.enclosingCriteria, vocabulary, undefined).some((j) => j.judgement.kind === 'outcome-signal');

const rule: StoryRule = {
  id: 'missing-outcome-signal',
  description: 'One criterion at least should say how people behave differently or which number moves.',
  defaultSeverity: 'info',
  guideline: 'How users will behave differently',
  scope: 'story',
  fixable: 'safe',
  sectionRule: true,
  check(ctx) {
    const message =
      'Every criterion checks what is built; none says how people will behave differently or which number ' +
      'moves. Add an outcome signal.';
    // The item this rule inserted keeps the finding until it is filled in; nothing more is inserted.
    const own = ctx.story.criteria.filter((c) => isOutcomeSignalPlaceholder(c.text));
    for (const item of own) {
      ctx.report({
        message: 'This outcome signal still has placeholders. Say who will do what differently and which number moves.',
        span: item.span,
      });
    }
    if (own.length) return;
    const judged = judgedCriteria(ctx);
    if (!judged.length) return;
    if (judged.some(({ judgement }) => judgement.kind !== 'acceptance-check' && judgement.kind !== 'task')) return;
    if (signalledAbove(ctx)) return;
    const last = ctx.story.criteria.reduce((a, b) => (b.span.end > a.span.end ? b : a));
    const span = ctx.story.elements.success?.label ?? last.span;
    // Another fix's placeholders (a rewritten criterion) are asked for first: no insertion beside them.
    if (ctx.story.criteria.some((c) => containsPlaceholder(c.text))) {
      ctx.report({ message, span });
      return;
    }
    const lineEnd = ctx.source.lineEndOf(last.span.end);
    // At the story's end, after the author's trailing spaces, where the fields and sections other fixes add go:
    // the signal and a field added there are never applied together, the field glued under the new item.
    const at = lineEnd === ctx.story.span.end && ctx.story.endInsertAt > lineEnd ? ctx.story.endInsertAt : lineEnd;
    // A line indented like code right after it (what a paragraph ran on with, past the criterion's words) would
    // become the new item's text, and what follows it the item's: no item can go in there.
    // Nor after a cell of a table's criteria column (a list line would end the table, the item in none of its
    // cells), nor after a criterion its item opens with a label ("- Acceptance Criteria: …" under a task): the new item
    // would carry no label, and no criterion would be read in it.
    if (codeAfter(ctx.source, at) || afterWordsOnItsLine(ctx.source, last.span)) {
      ctx.report({ message, span });
      return;
    }
    // Text going on from the criterion on the next line (the story's field lines) would run on into the new item
    // (a quote's lines are left as they are: a blank line would cut the quote in two).
    const apart = apartFromNext(ctx.source, at, ctx.eol, ctx.story);
    ctx.report({
      message,
      span,
      fix: {
        title: 'Add an outcome signal: who will do what differently, seen in which number',
        edits: [
          {
            start: at,
            end: at,
            newText: `${ctx.eol}${outerBullet(ctx, last)}${OUTCOME_SIGNAL_TEMPLATE}${apart}`,
          },
        ],
      },
    });
  },
};

/** A table row's cell before the criterion, or a list item whose words open before it. */
const CELL_OR_LABEL_BEFORE = /\|[ \t]*$|^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[^\s\[]/;

/** Whether the criterion's line holds words before it: a table's cell, or an item's label. */
const afterWordsOnItsLine = (source: StorySource, span: Span) =>
  CELL_OR_LABEL_BEFORE.test(source.slice(source.lineStartOf(span.start), span.start));

export default rule;
