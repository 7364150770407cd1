import { placeholder } from '../text/placeholder.js';
import { judgedCriteria, quotedCriterion, reportCriterion } from './criteria.js';
import type { StoryRule } from './rule.js';

const OBSERVABLE_PROMPT = 'who will do what differently, or which number moves?';

const rule: StoryRule = {
  id: 'output-criterion',
  description: 'A success criterion should be a change in the world, not a task or deliverable.',
  defaultSeverity: 'warning',
  guideline: 'How users will behave differently',
  scope: 'story',
  fixable: 'rewrite',
  sectionRule: true,
  criterionRule: true,
  check(ctx) {
    for (const { criterion, judgement } of judgedCriteria(ctx)) {
      if (judgement.kind !== 'task') continue;
      const message =
        `"${quotedCriterion(criterion)}" is a task or deliverable, not a sign the need is met. ` +
        'Say who will do what differently, or which number moves.';
      reportCriterion(ctx, criterion, message, {
        title: 'Rewrite as an observable change (keep the deliverable)',
        edits: [
          {
            start: criterion.span.start,
            end: criterion.span.end,
            newText: `${placeholder(OBSERVABLE_PROMPT)} (delivered by: ${criterion.text})`,
          },
        ],
      });
    }
  },
};

export default rule;
