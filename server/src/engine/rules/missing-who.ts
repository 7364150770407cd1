import { isUnfilled, placeholder } from '../text/placeholder.js';
import { insertField, storyAnchor } from './edits.js';
import type { Rule } from './rule.js';

const rule: Rule = {
  id: 'missing-who',
  description: 'Name who has the need.',
  defaultSeverity: 'warning',
  guideline: 'Who experiences the need',
  fixable: true,
  check(ctx) {
    const { story } = ctx;
    // A job story's "When …, I want" names its who through the situation.
    if (story.sentence?.form === 'job') return;
    const who = story.elements.who;
    if (who && isUnfilled(who.text)) {
      ctx.report({ message: 'The who is empty or still a placeholder. Name the person who has the need.', span: who.span });
      return;
    }
    if (who && who.text.trim()) return;
    const prompt = placeholder('who has the need?');
    const want = story.sentence?.outcome?.label;
    const fix = want && !story.elements.who
      ? { title: 'Add "As a …" to the sentence', edits: [{ start: want.start, end: want.start, newText: `As a ${prompt}, ` }] }
      : { title: 'Add a Who: field', edits: [insertField(ctx, 'who', prompt)] };
    ctx.report({
      message: 'Nobody is named as having the need. Say who: "As a <persona>, …" or a Who: field.',
      span: who?.label ?? storyAnchor(story, ctx.text),
      ...(who ? {} : { fix }),
    });
  },
};

export default rule;
