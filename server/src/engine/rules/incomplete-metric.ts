import { placeholder } from '../text/placeholder.js';
import { judgedCriteria } from './criteria.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'incomplete-metric',
  description: 'A measurable criterion should say from what baseline and by when.',
  defaultSeverity: 'info',
  guideline: 'What metrics will improve',
  scope: 'story',
  fixable: 'safe',
  sectionRule: true,
  criterionRule: true,
  check(ctx) {
    for (const { criterion, judgement } of judgedCriteria(ctx)) {
      if (!judgement.metric || (judgement.hasBaseline && judgement.hasTimeframe)) continue;
      const missing = [
        !judgement.hasBaseline && 'a baseline (from what?)',
        !judgement.hasTimeframe && 'a timeframe (by when?)',
      ].filter(Boolean);
      const baseline = judgement.hasBaseline ? '' : ` from ${placeholder('baseline')}`;
      const addition = `${baseline}${judgement.hasTimeframe ? '' : ` by ${placeholder('when')}`}`;
      ctx.report({
        message:
          `This criterion lacks ${missing.join(' and ')}. ` +
          `Without ${missing.length > 1 ? 'them' : 'it'} nobody can tell whether it moved.`,
        span: criterion.span,
        fix: {
          title: `Add${addition.replace(/<[^>]*>/g, '…')}`,
          edits: [{ start: criterion.span.end, end: criterion.span.end, newText: addition }],
        },
      });
    }
  },
};

export default rule;
