import { placeholder } from '../text/placeholder.js';
import { awaitsOutcomeAfterRewrite, insertField, personaOf, reportMissing } from './edits.js';
import type { Vocabulary } from '../config/types.js';
import type { Story } from '../types.js';
import type { StorySource } from '../text/story-source.js';
import type { StoryRule } from './rule.js';
import { isUnfilled } from '../text/placeholder.js';
import { maskTemplate } from '../parse/template.js';
import { perVocabulary } from '../language/vocabulary.js';

/** Area tags a title opens with: `FE:`, `[Web]`, `Mob: `, `OSS - `. */
const TITLE_TAGS = /^(?:\s*(?:\[[^\]\n]{1,30}\]|[A-Za-z][\w /+&-]{0,24}:(?!\S)|[A-Za-z][\w/+&]{0,24}\s+-\s))+\s*/;

/**
 * An issue's own title that asks for something ("Prompt user to see latest posts", "FE: Add a
 * share icon", "Links should go to sections on the comparison page"): in a document written as
 * one issue, with no story statement, the title is what the author wants, so the outcome is stated.
 */
function titleAsks(story: Story, vocabulary: Vocabulary): boolean {
  if (story.oneLine || story.depth !== 1 || story.sentence || !story.title) return false;
  const title = story.title.replace(TITLE_TAGS, '').replace(/[*_`]/g, '');
  // "Links should go to the sections": the title says what is to change.
  if (/\b(?:should|must|needs?\s+to)\s+[a-z]+/i.test(title)) return true;
  return opensWithAsk(title, vocabulary);
}

/** The verbs an issue asks with: goal, task, product and request verbs. */
const askVerbsOf = perVocabulary(
  (v) => new Set([...v.goalVerbs, ...v.taskVerbs, ...v.productVerbs, ...v.requestVerbs].map((w) => w.toLowerCase())),
);

/** Text that opens with a verb of asking for something: "Change the default …", "Add a share icon". */
function opensWithAsk(text: string, vocabulary: Vocabulary): boolean {
  const first = /^[a-z]+/i.exec(text)?.[0]?.toLowerCase();
  return first !== undefined && askVerbsOf(vocabulary).has(first);
}

/** A property line an export opens an issue's body with: `**Status:** Todo`, `Labels: Feature`. */
const PROPERTY_LINE = /^(?:\*\*[^*\n]{1,30}:\*\*|\*\*[^*\n]{1,30}\*\*:|[A-Z][\w ]{0,29}:)(?:[ \t]|$)/;

/** A sentence in which the team says what it will do: "We should let them pay …", "We'd like to offer …". */
const TEAM_ASKS = /\bwe(?:\s+(?:should|must|want\s+to|need\s+to|would\s+like\s+to)|['’]d\s+like\s+to)\s+[a-z]+/i;

/** "The system SHALL validate …", "The export must include …": a requirement's subject and its obligation. */
const REQUIRES = /^(?:the|each|every|all|an?)\s+[\w -]{1,40}?\s(?:shall|must)\s+(?:not\s+)?[a-z]+/i;

const firstSentenceOf = (paragraph: string) => /^[^]*?(?:[.!?](?=\s|$)|$)/.exec(paragraph)![0];

/**
 * An issue whose first paragraph under its title (after the property lines an export writes first) asks for
 * something: it opens with the ask ("Change the default validity to 3 hours"), or the team says in it what it
 * will do ("We should let them pay with the saved card"). The ask is the outcome, written in the body's prose.
 */
function bodyAsks(story: Story, source: StorySource, vocabulary: Vocabulary): boolean {
  if (story.oneLine || story.sentence || !story.titleSpan) return false;
  const body = maskTemplate(source.slice(story.titleSpan.end, story.span.end));
  const paragraphs = body
    .split(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.split(/\r?\n|\r/).every((line) => PROPERTY_LINE.test(line.trim())));
  const first = paragraphs[0];
  if (first === undefined || /^(?:#|[-*+] |\d+[.)] |\|)/.test(first)) return false;
  // A requirement says what is wanted in its first sentence, under whatever heading ("The system SHALL …").
  if (REQUIRES.test(firstSentenceOf(first))) return true;
  return story.depth === 1 && (opensWithAsk(first, vocabulary) || TEAM_ASKS.test(first));
}

const rule: StoryRule = {
  id: 'missing-outcome',
  description: 'State the outcome the person is seeking.',
  defaultSeverity: 'error',
  guideline: "What outcome they're seeking",
  scope: 'story',
  fixable: 'safe',
  elementRule: true,
  check(ctx) {
    // After the output-focused rewrite the request is the proposed solution and the outcome a
    // placeholder: output-focused asks for it (a warning), so a fix never adds an error.
    if (awaitsOutcomeAfterRewrite(ctx.story)) return;
    // A spec whose User stories list its wants, each a story of its own, states its outcomes there.
    if (ctx.story.listsStories) return;
    if (
      isUnfilled(ctx.story.elements.outcome?.text ?? '') &&
      (titleAsks(ctx.story, ctx.vocabulary) || bodyAsks(ctx.story, ctx.source, ctx.vocabulary))
    )
      return;
    reportMissing(
      ctx,
      'outcome',
      {
        unfilled: 'The outcome is empty or still a placeholder. Say what changes for the person.',
        missing: 'No outcome is stated. Say what changes for the person: an Outcome: field or "I want …".',
      },
      () => ({
        title: 'Add an Outcome: field',
        edits: [insertField(ctx, 'outcome', placeholder(`what changes for ${personaOf(ctx.story)}?`))],
      }),
    );
  },
};

export default rule;
