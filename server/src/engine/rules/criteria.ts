import { judgeCriterion, type CriterionJudgement } from '../language/criterion.js';
import { containsPlaceholder } from '../text/placeholder.js';
import type { StoryItem } from '../types.js';
import type { StoryContext } from './rule.js';

export interface JudgedCriterion {
  criterion: StoryItem;
  judgement: CriterionJudgement;
}

const memo = new WeakMap<StoryItem[], { vague: readonly string[]; judged: JudgedCriterion[] }>();

/**
 * The story's criteria without placeholders, each judged once: three rules read the same
 * judgement (unmeasurable, output, incomplete), so it is computed once per story.
 */
export function judgedCriteria(ctx: StoryContext): JudgedCriterion[] {
  const criteria = ctx.story.criteria;
  const cached = memo.get(criteria);
  if (cached && cached.vague === ctx.vocabulary.vague) return cached.judged;
  const judged = criteria
    .filter((c) => !containsPlaceholder(c.text))
    .map((criterion) => ({ criterion, judgement: judgeCriterion(criterion.text, ctx.vocabulary.vague, criterion.checkbox !== undefined) }));
  memo.set(criteria, { vague: ctx.vocabulary.vague, judged });
  return judged;
}
