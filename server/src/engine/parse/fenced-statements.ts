import type { Code, Root } from 'mdast';
import type { Span, Story } from '../types.js';
import { codeBlocksIn, endOf, startOf } from './blocks.js';
import { parseSentence } from './sentence.js';

/**
 * Fences that hold prose rather than a program: none named, plain text, Markdown (a kanban card's description) or
 * Gherkin. A story quoted in a program's code ("```js" with "As a teacher" in a string) is code.
 */
const PROSE_FENCE = /^(?:te?xt|plain(?:text)?|md|markdown|gherkin|feature|cucumber)$/i;
/** Beyond this a block is a log or a listing pasted whole, not a story set in a fence. */
const MAX_READ = 20_000;

/**
 * The code blocks that state a story ("```" over "As a teacher / I want … / So that …", as teams keep a story's line
 * breaks): SPEC §2 reads no code, so the story there is not read, and the user is told where.
 */
export function fencedStatements(tree: Root): Span[] {
  // In list items and quotes too: a kanban card's fence sits in its item.
  return codeBlocksIn(tree.children)
    .filter(statesStory)
    .map((code) => ({ start: startOf(code), end: endOf(code) }));
}

function statesStory(code: Code): boolean {
  if (code.lang && !PROSE_FENCE.test(code.lang)) return false;
  if (code.value.length > MAX_READ) return false;
  return code.value.split(/\n[ \t]*\n/).some((paragraph) => {
    const sentence = parseSentence(paragraph, 0);
    return sentence?.who !== undefined && sentence.outcome !== undefined;
  });
}

/**
 * Whether a story was written in a code block and so read from nothing: no statement, who, want or why of its own,
 * and a fenced statement in its own text (not in a story under it). It is no story read: the notice says why.
 */
export function statedInCode(story: Story, fenced: () => readonly Span[], stories: readonly Story[]): Span | undefined {
  if (!readsNothing(story)) return undefined;
  const within = fenced().filter((f) => f.start >= story.span.start && f.end <= story.span.end);
  if (within.length === 0) return undefined;
  const inner = stories.filter((s) => s !== story && s.span.start > story.span.start && s.span.start < story.span.end);
  return within.find((f) => !inner.some((s) => f.start >= s.span.start && f.start < s.span.end));
}

/** A story with no statement, who, want or why read: the only kind a fence can have taken its words from. */
const readsNothing = (story: Story): boolean =>
  story.kind === 'story' && !story.sentence && !story.elements.who && !story.elements.outcome && !story.elements.why;
