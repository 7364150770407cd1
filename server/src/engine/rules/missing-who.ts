import { placeholder } from '../text/placeholder.js';
import { insertField, reportMissing } from './edits.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'missing-who',
  description: 'Name who has the need.',
  defaultSeverity: 'warning',
  guideline: 'Who experiences the need',
  scope: 'story',
  fixable: 'safe',
  elementRule: true,
  check(ctx) {
    const { story } = ctx;
    // A job story's "When …, I want" names its who through the situation.
    if (story.sentence?.form === 'job') return;
    const prompt = placeholder('who has the need?');
    const want = story.sentence?.outcome?.label;
    reportMissing(
      ctx,
      'who',
      {
        unfilled: 'The who is empty or still a placeholder. Name the person who has the need.',
        missing: 'Nobody is named as having the need. Say who: "As a <persona>, …" or a Who: field.',
        namesNobody: 'This names no person. Say who has the need: a role, a situation or a segment.',
      },
      () =>
        want
          ? {
              title: 'Add "As a …" to the sentence',
              edits: [{ start: want.start, end: want.start, newText: `As a ${prompt}, ` }],
            }
          : { title: 'Add a Who: field', edits: [insertField(ctx, 'who', prompt)] },
    );
  },
};

export default rule;
