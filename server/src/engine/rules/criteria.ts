import type { Vocabulary } from '../config/types.js';
import { judgeCriterion, type CriterionJudgement } from '../language/criterion.js';
import { containsPlaceholder } from '../text/placeholder.js';
import type { StoryItem } from '../types.js';
import type { StoryContext } from './rule.js';

export interface JudgedCriterion {
  criterion: StoryItem;
  judgement: CriterionJudgement;
}

const memo = new WeakMap<StoryItem[], { vocabulary: Vocabulary; judged: JudgedCriterion[] }>();

/**
 * The story's criteria without placeholders, each judged once: three rules read the same
 * judgement (unmeasurable, output, incomplete), so it is computed once per story.
 */
export function judgedCriteria(ctx: StoryContext): JudgedCriterion[] {
  const criteria = ctx.story.criteria;
  const cached = memo.get(criteria);
  const { vocabulary } = ctx;
  if (cached && cached.vocabulary === vocabulary) return cached.judged;
  const judged = criteria
    .filter((c) => !containsPlaceholder(c.text))
    .map((criterion) => ({
      criterion,
      judgement: judgeCriterion(criterion.text, vocabulary),
    }));
  memo.set(criteria, { vocabulary, judged });
  return judged;
}
