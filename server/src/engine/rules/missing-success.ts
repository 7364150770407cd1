import { isFilled } from '../elements.js';
import { placeholder } from '../text/placeholder.js';
import { emptyMessage, insertSection, notAStory, storyAnchor } from './edits.js';
import type { StoryRule } from './rule.js';

export const CRITERION_TEMPLATE =
  `- ${placeholder('metric')} from ${placeholder('baseline')} ` +
  `to ${placeholder('target')} by ${placeholder('when')}`;

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
    if (isFilled(story, 'success')) return;
    const success = story.elements.success;
    // A How we'll know that is empty, a placeholder or "TBD" asks to be filled in; nothing to insert.
    if (success) {
      ctx.report({
        message: emptyMessage(
          ctx,
          success,
          "How we'll know is empty or still a placeholder. Say what will show the need is met: " +
            'an observable change, a behaviour or a metric.',
        ),
        span: success.text.trim() ? success.span : (success.label ?? success.span),
      });
      return;
    }
    const suggestions = notAStory(ctx, 'success');
    ctx.report({
      message:
        "Nothing says how we'll know the need is met. " +
        'Add success signals: an observable change, a behaviour or a metric.',
      span: storyAnchor(story, ctx.source),
      fix: { title: "Add a How we'll know section", edits: [insertSection(ctx, 'success', CRITERION_TEMPLATE)] },
      ...(suggestions.length ? { suggestions } : {}),
    });
  },
};

export default rule;
