import { isUnfilled } from './text/placeholder.js';
import type { ElementKind, Story } from './types.js';

/**
 * Whether a story answers the question of an element. The one definition the rules, the code
 * lens and the report share: an element that is absent, empty, only a placeholder or a stand-in
 * like "TBD" is not filled (SPEC §3: a placeholder never satisfies a rule).
 *
 * How we'll know is answered by its criteria when it lists any (`- TBD` alone is no answer),
 * else by its text; a job story names its who through its situation ("When my flight is
 * cancelled, I want …").
 */
export function isFilled(story: Story, kind: ElementKind): boolean {
  if (kind === 'who' && story.sentence?.form === 'job') return true;
  // An issue's title or first paragraph that asks for something, or the stories its parts list, state its outcome.
  if (kind === 'outcome' && (story.asksInProse || story.listsStories)) return true;
  // Criteria answer it; so does a scenario written elsewhere when the criteria are the template's `- [ ] ...`.
  if (kind === 'success' && story.criteria.some((c) => !isUnfilled(c.text))) return true;
  const element = story.elements[kind];
  return element !== undefined && !isUnfilled(element.text) && !element.namesNobody;
}
