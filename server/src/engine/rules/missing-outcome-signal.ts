import { containsPlaceholder, placeholder } from '../text/placeholder.js';
import { QUOTE_LEAD } from '../text/line-index.js';
import type { StoryItem } from '../types.js';
import { judgedCriteria } from './criteria.js';
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

/** The indentation and bullet of the criterion's line, so the new item joins its list ("  - [ ] " gives "  - "). */
function bulletOf(ctx: StoryContext, item: StoryItem): string {
  const prefix = ctx.source.slice(ctx.source.lineStartOf(item.span.start), item.span.start);
  const m = /^((?:[ \t]*>)*[ \t]*)(?:([-*+])|(\d+)([.)]))[ \t]+/.exec(prefix);
  if (!m) return `${QUOTE_LEAD.exec(prefix)![0]}- `;
  return `${m[1]}${m[2] ?? `${Number(m[3]) + 1}${m[4]}`} `;
}

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
    const last = ctx.story.criteria.reduce((a, b) => (b.span.end > a.span.end ? b : a));
    const span = ctx.story.elements.success?.label ?? last.span;
    // Another fix's placeholders (a rewritten criterion) are asked for first: no insertion beside them.
    if (ctx.story.criteria.some((c) => containsPlaceholder(c.text))) {
      ctx.report({ message, span });
      return;
    }
    const at = ctx.source.lineEndOf(last.span.end);
    ctx.report({
      message,
      span,
      fix: {
        title: 'Add an outcome signal: who will do what differently, seen in which number',
        edits: [{ start: at, end: at, newText: `${ctx.eol}${bulletOf(ctx, last)}${OUTCOME_SIGNAL_TEMPLATE}` }],
      },
    });
  },
};

export default rule;
