import { isUnfilled, placeholder } from '../text/placeholder.js';
import { insertField, storyAnchor } from './edits.js';
import type { Rule } from './rule.js';

const rule: Rule = {
  id: 'missing-consequence',
  description: "Say what happens if we don't do this.",
  defaultSeverity: 'info',
  guideline: "What happens if we don't address it",
  fixable: true,
  sectionRule: true,
  check(ctx) {
    const { story } = ctx;
    const consequence = story.elements.consequence;
    if (consequence && consequence.text.trim() && !isUnfilled(consequence.text)) return;
    if (consequence && isUnfilled(consequence.text)) {
      ctx.report({ message: "The cost of not doing this is empty or still a placeholder. Say what happens if we don't.", span: consequence.span });
      return;
    }
    ctx.report({
      message: "Nothing says what happens if we don't do this. Name the cost of delay or the risk, so the story can be prioritised.",
      span: consequence?.label ?? storyAnchor(story, ctx.text),
      ...(consequence
        ? {}
        : { fix: { title: "Add an If we don't: field", edits: [insertField(ctx, 'consequence', placeholder("what happens if we don't do this?"))] } }),
    });
  },
};

export default rule;
