import { placeholder } from '../text/placeholder.js';
import { insertField, personaOf, reportMissing, storyAnchor } from './edits.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'missing-why',
  description: 'Say why the outcome matters.',
  defaultSeverity: 'warning',
  guideline: 'Why this outcome matters to them',
  scope: 'story',
  fixable: 'safe',
  elementRule: true,
  check(ctx) {
    const { story } = ctx;
    const prompt = placeholder(`why does this matter to ${personaOf(story)}?`);
    const sentenceOutcome = story.sentence?.outcome;
    reportMissing(
      ctx,
      'why',
      {
        unfilled: 'The why is empty or still a placeholder. Say why this matters to the person.',
        missing: 'No reason is given. Say why this outcome matters: ", so that …" or a Why: field.',
      },
      () =>
        sentenceOutcome && story.elements.outcome === sentenceOutcome
          ? {
              title: 'Add ", so that …"',
              edits: [
                { start: sentenceOutcome.span.end, end: sentenceOutcome.span.end, newText: `, so that ${prompt}` },
              ],
            }
          : { title: 'Add a Why: field', edits: [insertField(ctx, 'why', prompt)] },
      story.elements.outcome?.span ?? storyAnchor(story, ctx.source),
    );
  },
};

export default rule;
