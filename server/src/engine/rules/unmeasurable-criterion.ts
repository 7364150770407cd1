import { isPlaceholderCriterion, judgedCriteria, reportCriterion } from './criteria.js';
import { isOutcomeSignalPlaceholder } from './missing-outcome-signal.js';
import { placeholder } from '../text/placeholder.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'unmeasurable-criterion',
  description: 'A success criterion must name an observable signal.',
  defaultSeverity: 'warning',
  guideline: 'What observable change indicates success',
  scope: 'story',
  fixable: 'rewrite',
  sectionRule: true,
  criterionRule: true,
  check(ctx) {
    // One finding per unfinished criterion, whichever fix left the placeholders.
    for (const criterion of ctx.story.criteria) {
      if (isPlaceholderCriterion(criterion.text) && !isOutcomeSignalPlaceholder(criterion.text)) {
        ctx.report({
          message: 'This criterion still has placeholders. Fill in the metric, baseline, target and date.',
          span: criterion.span,
        });
      }
    }
    for (const { criterion, judgement } of judgedCriteria(ctx)) {
      if (judgement.kind !== 'vague') continue;
      const cue = judgement.cue
        ? `"${judgement.cue}" is not a signal anyone can observe`
        : 'This criterion names no quantity, target or observable behaviour';
      const message = `${cue}. Say what you will see change: a metric from a baseline to a target by a date.`;
      reportCriterion(ctx, criterion, message, {
        title: 'Add "— measured as <metric> from <baseline> to <target> by <when>"',
        edits: [
          {
            start: criterion.span.end,
            end: criterion.span.end,
            newText:
              ` — measured as ${placeholder('metric')} from ${placeholder('baseline')} ` +
              `to ${placeholder('target')} by ${placeholder('when')}`,
          },
        ],
      });
    }
  },
};

export default rule;
