import { isUnfilled, placeholder } from '../text/placeholder.js';
import { insertField, personaOf, storyAnchor } from './edits.js';
import type { Rule } from './rule.js';

const rule: Rule = {
  id: 'missing-outcome',
  description: 'State the outcome the person is seeking.',
  defaultSeverity: 'error',
  guideline: "What outcome they're seeking",
  fixable: true,
  check(ctx) {
    const { story } = ctx;
    const outcome = story.elements.outcome;
    if (outcome && isUnfilled(outcome.text)) {
      ctx.report({ message: 'The outcome is empty or still a placeholder. Say what changes for the person.', span: outcome.span });
      return;
    }
    if (outcome && outcome.text.trim()) return;
    ctx.report({
      message: 'No outcome is stated. Say what changes for the person: an Outcome: field or "I want …".',
      span: outcome?.label ?? storyAnchor(story, ctx.text),
      ...(outcome
        ? {}
        : { fix: { title: 'Add an Outcome: field', edits: [insertField(ctx, 'outcome', placeholder(`what changes for ${personaOf(story)}?`))] } }),
    });
  },
};

export default rule;
