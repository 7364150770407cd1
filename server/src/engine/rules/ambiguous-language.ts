import { phraseMatcher } from '../language/lexicon.js';
import { lineStartOf } from '../text/line-index.js';
import { findPlaceholders } from '../text/placeholder.js';
import type { Span } from '../types.js';
import type { StoryRule } from './rule.js';

const rule: StoryRule = {
  id: 'ambiguous-language',
  description: 'Avoid vague quantifiers and weasel words.',
  defaultSeverity: 'info',
  guideline: 'Create shared understanding of value',
  scope: 'story',
  fixable: false,
  check(ctx) {
    const { story, source } = ctx;
    // Criteria have their own rule (unmeasurable-criterion); titles are names, not claims.
    const skip: Span[] = [...story.criteria.map((c) => c.span), ...(story.titleSpan ? [story.titleSpan] : [])];
    const body = source.slice(story.span.start, story.span.end);
    for (const p of findPlaceholders(body))
      skip.push({ start: story.span.start + p.start, end: story.span.start + p.end });
    for (const m of body.matchAll(phraseMatcher(ctx.vocabulary.ambiguous))) {
      const start = story.span.start + m.index;
      const end = start + m[0].length;
      if (skip.some((s) => start < s.end && s.start < end)) continue;
      if (insideCode(body, m.index)) continue;
      ctx.report({
        message:
          `"${m[0]}" is vague: readers will each picture something different. ` +
          'Say exactly which, how many or how much.',
        span: { start, end },
      });
    }
  },
};

function insideCode(body: string, at: number): boolean {
  const before = body.slice(lineStartOf(body, at), at);
  return (before.match(/`/g)?.length ?? 0) % 2 === 1;
}

export default rule;
