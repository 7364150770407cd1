import { isUnfilled, placeholder } from '../text/placeholder.js';
import { insertField, personaOf, storyAnchor } from './edits.js';
import type { Rule } from './rule.js';

const rule: Rule = {
  id: 'missing-why',
  description: 'Say why the outcome matters.',
  defaultSeverity: 'warning',
  guideline: 'Why this outcome matters to them',
  fixable: true,
  check(ctx) {
    const { story } = ctx;
    const why = story.elements.why;
    if (why && isUnfilled(why.text)) {
      ctx.report({ message: 'The why is empty or still a placeholder. Say why this matters to the person.', span: why.span });
      return;
    }
    if (why && why.text.trim()) return;
    const prompt = placeholder(`why does this matter to ${personaOf(story)}?`);
    const sentenceOutcome = story.sentence?.outcome;
    const inSentence = sentenceOutcome && story.elements.outcome === sentenceOutcome && !why;
    const fix = inSentence
      ? { title: 'Add ", so that …"', edits: [{ start: sentenceOutcome.span.end, end: sentenceOutcome.span.end, newText: `, so that ${prompt}` }] }
      : { title: 'Add a Why: field', edits: [insertField(ctx, 'why', prompt)] };
    ctx.report({
      message: 'No reason is given. Say why this outcome matters: ", so that …" or a Why: field.',
      span: why?.label ?? story.elements.outcome?.span ?? storyAnchor(story, ctx.text),
      ...(why ? {} : { fix }),
    });
  },
};

export default rule;
