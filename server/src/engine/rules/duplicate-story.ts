import { contentWords } from '../language/words.js';
import type { Story } from '../types.js';
import { storyAnchor } from './edits.js';
import type { Rule } from './rule.js';

const THRESHOLD = 0.75;

/** The words that make a story what it is: its who and its outcome. */
export function storyKey(who: string | undefined, outcome: string | undefined): Set<string> {
  return new Set(contentWords(`${who ?? ''} ${outcome ?? ''}`));
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 3 || b.size < 3) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const keyOf = (s: Story) => storyKey(s.elements.who?.text, s.elements.outcome?.text);

const rule: Rule = {
  id: 'duplicate-story',
  description: 'Two stories should not say the same thing.',
  defaultSeverity: 'warning',
  guideline: "Defer or eliminate work that doesn't create clear value",
  fixable: false,
  check(ctx) {
    const { story } = ctx;
    if (!story.elements.outcome) return;
    const key = keyOf(story);
    const twins: { uri: string; span: { start: number; end: number }; title: string }[] = [];
    for (const other of ctx.stories) {
      if (other === story || !other.elements.outcome) continue;
      if (similarity(key, keyOf(other)) >= THRESHOLD) {
        twins.push({ uri: ctx.uri, span: storyAnchor(other, ctx.text), title: other.title ?? other.elements.outcome.text });
      }
    }
    for (const other of ctx.workspace.stories) {
      if (other.uri === ctx.uri) continue;
      if (similarity(key, storyKey(other.who, other.outcome)) >= THRESHOLD) twins.push(other);
    }
    if (twins.length === 0) return;
    ctx.report({
      message: `This story says nearly the same as "${twins[0]!.title}"${twins.length > 1 ? ` and ${twins.length - 1} more` : ''}. Merge them or make the difference explicit.`,
      span: storyAnchor(story, ctx.text),
      related: twins.map((t) => ({ uri: t.uri, span: t.span, message: `Similar story: ${t.title}` })),
    });
  },
};

export default rule;
