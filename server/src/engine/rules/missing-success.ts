import { isUnfilled, placeholder } from '../text/placeholder.js';
import { insertSection, storyAnchor } from './edits.js';
import type { StoryRule } from './rule.js';

export const CRITERION_TEMPLATE = `- ${placeholder('metric')} from ${placeholder('baseline')} to ${placeholder('target')} by ${placeholder('when')}`;

const rule: StoryRule = {
  id: 'missing-success',
  description: "Say how we'll know the need is met.",
  defaultSeverity: 'warning',
  guideline: "How we'll know the need is met",
  scope: 'story',
  fixable: 'safe',
  sectionRule: true,
  check(ctx) {
    const { story } = ctx;
    const success = story.elements.success;
    if (story.criteria.length > 0) return;
    if (success && success.text.trim() && !isUnfilled(success.text)) return;
    ctx.report({
      message: "Nothing says how we'll know the need is met. Add success signals: an observable change, a behaviour or a metric.",
      span: success?.label ?? storyAnchor(story, ctx.source),
      ...(success ? {} : { fix: { title: "Add a How we'll know section", edits: [insertSection(ctx, 'success', CRITERION_TEMPLATE)] } }),
    });
  },
};

export default rule;
