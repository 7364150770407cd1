import { placeholder } from '../text/placeholder.js';
import { awaitsOutcomeAfterRewrite, insertField, personaOf, reportMissing } from './edits.js';
import type { StoryRule } from './rule.js';
import { isFilled } from '../elements.js';

const rule: StoryRule = {
  id: 'missing-outcome',
  description: 'State the outcome the person is seeking.',
  defaultSeverity: 'error',
  guideline: "What outcome they're seeking",
  scope: 'story',
  fixable: 'safe',
  elementRule: true,
  check(ctx) {
    // After the output-focused rewrite the request is the proposed solution and the outcome a
    // placeholder: output-focused asks for it (a warning), so a fix never adds an error.
    if (awaitsOutcomeAfterRewrite(ctx.story)) return;
    // A spec whose User stories list its wants states its outcomes there, and an issue whose title or first
    // paragraph asks for something states it in its prose: `isFilled` reads both, as the report does.
    if (isFilled(ctx.story, 'outcome')) return;
    reportMissing(
      ctx,
      'outcome',
      {
        unfilled: 'The outcome is empty or still a placeholder. Say what changes for the person.',
        missing: 'No outcome is stated. Say what changes for the person: an Outcome: field or "I want …".',
      },
      () => ({
        title: 'Add an Outcome: field',
        edits: [insertField(ctx, 'outcome', placeholder(`what changes for ${personaOf(ctx.story)}?`))],
      }),
    );
  },
};

export default rule;
