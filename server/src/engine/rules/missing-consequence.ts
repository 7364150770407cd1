import { placeholder } from '../text/placeholder.js';
import { insertField, reportMissing } from './edits.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'missing-consequence',
  description: "Say what happens if we don't do this.",
  defaultSeverity: 'info',
  guideline: "What happens if we don't address it",
  scope: 'story',
  fixable: 'safe',
  sectionRule: true,
  check(ctx) {
    reportMissing(
      ctx,
      'consequence',
      {
        unfilled: "The cost of not doing this is empty or still a placeholder. Say what happens if we don't.",
        missing:
          "Nothing says what happens if we don't do this. " +
          'Name the cost of delay or the risk, so the story can be prioritised.',
      },
      () => ({
        title: "Add an If we don't: field",
        edits: [insertField(ctx, 'consequence', placeholder("what happens if we don't do this?"))],
      }),
    );
  },
};

export default rule;
