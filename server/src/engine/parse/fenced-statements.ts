import type { Code, InlineCode, Root, RootContent } from 'mdast';
import type { Span, Story } from '../types.js';
import { blocksIn, codeBlocksIn, endOf, startOf } from './blocks.js';
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
 * breaks), and the paragraphs that are one span of code stating one: SPEC §2 reads no code, so the story there is not
 * read, and the user is told where.
 */
export function fencedStatements(tree: Root): Span[] {
  // In list items and quotes too: a kanban card's fence sits in its item.
  const fences = codeBlocksIn(tree.children)
    .filter(statesStory)
    .map((code) => ({ start: startOf(code), end: endOf(code) }));
  // "`1. As a supporter, So that …, I want …`": a paragraph all one span of code, as some backlogs set each story.
  const spans = codeParagraphsIn(tree.children)
    .filter((code) => statesStoryIn(code.value))
    .map((code) => ({ start: startOf(code), end: endOf(code) }));
  return [...fences, ...spans].sort((a, b) => a.start - b.start);
}

/** The spans of code that are a paragraph's only content, in list items and quotes too. */
const codeParagraphsIn = (nodes: readonly RootContent[]): InlineCode[] =>
  blocksIn(nodes, (node) =>
    node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'inlineCode'
      ? node.children[0]
      : undefined,
  );

function statesStory(code: Code): boolean {
  if (code.lang && !PROSE_FENCE.test(code.lang)) return false;
  return statesStoryIn(code.value);
}

function statesStoryIn(value: string): boolean {
  if (value.length > MAX_READ) return false;
  return value.split(/\n[ \t]*\n/).some((paragraph) => {
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

/**
 * A story with no statement, want or why read, nor a who but a section naming the people (a "## Users" list): the only
 * kind code can have taken its words from.
 */
const readsNothing = (story: Story): boolean =>
  story.kind === 'story' &&
  !story.sentence &&
  (story.elements.who === undefined || story.elements.who.from === 'heading') &&
  !story.elements.outcome &&
  !story.elements.why;
