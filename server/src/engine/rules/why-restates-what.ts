import { containsPlaceholder } from '../text/placeholder.js';
import { contentWords } from '../language/words.js';
import type { StoryRule } from './rule.js';

/** What a person might "use", "have" or "access" without saying anything about value. */
const ANY_THING = 'feature|functionality|system|app|application|tool|site|website|page|option|button|product|service';
/** Reasons that carry no value whatever the outcome: "so that I can use it", "it works". */
const EMPTY_WHY = new RegExp(
  [
    String.raw`^(?:(?:so\s+that\s+)?(?:i|we|they|users?|you)\s+(?:can|could|will|am\s+able\s+to|are\s+able\s+to)\s+)?`,
    String.raw`(?:(?:start|begin|continue|keep)\s+)?(?:use|using|have|do|get|access|see)\s+`,
    String.raw`(?:it|this|that|them|the\s+(?:${ANY_THING}))\b[\s.!]*$`,
    '|',
    String.raw`^(?:it\s+works|it\s+is\s+(?:done|there|available|possible)|i\s+(?:can|could)\s+do\s+(?:it|that|this|so)`,
    String.raw`|i\s+want\s+(?:it|to))[\s.!]*$`,
  ].join(''),
  'i',
);

const RESTATED_SHARE = 0.6;

const rule: StoryRule = {
  id: 'why-restates-what',
  description: 'The why should add a reason, not repeat the outcome.',
  defaultSeverity: 'info',
  guideline: 'Why this outcome matters to them',
  scope: 'story',
  wantRule: true,
  fixable: false,
  check(ctx) {
    const { why, outcome } = ctx.story.elements;
    if (!why || !outcome || !why.text.trim() || containsPlaceholder(why.text) || containsPlaceholder(outcome.text))
      return;
    // A why read out of the outcome's own paragraph (prose) is not a second statement that could repeat it.
    if (why.span.start < outcome.span.end && outcome.span.start < why.span.end) return;
    const reason = why.text.replace(/[*_`]/g, '').trim();
    let restates = EMPTY_WHY.test(reason);
    if (!restates) {
      const whyWords = contentWords(reason, ctx.vocabulary);
      const whatWords = new Set(contentWords(outcome.text, ctx.vocabulary));
      // Most of the reason's words already in the want: it says the same thing again.
      const shared = whyWords.filter((w) => whatWords.has(w)).length;
      restates = whyWords.length > 0 && shared / whyWords.length >= RESTATED_SHARE;
    }
    if (!restates) return;
    ctx.report({
      message: 'The why only repeats the outcome. Say what it makes possible or what it is worth to the person.',
      span: why.span,
    });
  },
};

export default rule;
