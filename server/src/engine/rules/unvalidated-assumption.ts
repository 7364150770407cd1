import { phraseMatcher } from '../language/lexicon.js';
import { containsPlaceholder, placeholder } from '../text/placeholder.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'unvalidated-assumption',
  description: 'Say how each assumption will be validated.',
  defaultSeverity: 'info',
  guideline: 'Validate assumptions through evidence and feedback',
  scope: 'story',
  fixable: 'safe',
  sectionRule: true,
  check(ctx) {
    for (const assumption of ctx.story.assumptions) {
      if (containsPlaceholder(assumption.text)) {
        ctx.report({
          message: 'Say how this assumption will be validated: fill in the placeholder.',
          span: assumption.span,
        });
        continue;
      }
      if (phraseMatcher(ctx.vocabulary.validation).test(assumption.text)) continue;
      ctx.report({
        message:
          'This assumption has no way of validating it. ' +
          'Say how you will find out: a test, an experiment, interviews, a survey or data.',
        span: assumption.span,
        fix: {
          title: 'Add "— validate by …"',
          edits: [
            {
              start: assumption.span.end,
              end: assumption.span.end,
              newText: ` — validate by ${placeholder('test, experiment, interview or data')}`,
            },
          ],
        },
      });
    }
  },
};

export default rule;
