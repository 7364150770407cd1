/**
 * An outcome stated in an issue's prose (SPEC §2: free prose counts by meaning): with no story statement and no
 * outcome of its own, a document's title or first paragraph that asks for something states what is wanted. The
 * story model records it (`Story.asksInProse`), so missing-outcome, the value score and the code lens agree.
 */
import { perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import { isUnfilled } from '../text/placeholder.js';
import type { Story } from '../types.js';
import { maskTemplate } from './template.js';
import { SUBJECT_WORD } from './prose.js';
import { isUseCase } from './use-case.js';

/**
 * Area tags a title opens with (`FE:`, `[Web]`, `Mob: `, `OSS - `, a conventional commit's `feat(docs):`) and its
 * number among tickets (`07 — `, `3. `).
 */
const TITLE_TAGS = new RegExp(
  String.raw`^(?:\s*(?:\[[^\]\n]{1,30}\]|[A-Za-z][\w /+&-]{0,24}:(?!\S)|[A-Za-z][\w/+&]{0,24}\s+-\s|` +
    String.raw`[A-Za-z]+\([^()\n]{1,30}\)!?:(?!\S)|` +
    String.raw`#?\d+(?:\.\d+)*(?:[.)]|\s*[-–—:])\s))+\s*`,
);

/** A tracker's key opening a heading: "INFRA-5 — ", "SESSION-3 ", "US-12: ", "PROJ-101." */
const TICKET_KEY = /^\s*[A-Z][A-Z0-9_]*-\d+(?:\s*[-–—:.]\s*|\s+)(?=\S)/;

/**
 * A story's title that asks for something ("Prompt user to see latest posts", "FE: Add a share icon", "Links should go
 * to sections on the comparison page", "### INFRA-5 — Move …", a spec's "### Use case S1: Provide a universal way of
 * discovery"): with no story statement, the title is what the author wants, so the outcome is stated.
 */
function titleAsks(story: Story, vocabulary: Vocabulary): boolean {
  if (story.oneLine || story.sentence || !story.title) return false;
  const key = TICKET_KEY.exec(story.title);
  const title = story.title
    .slice(key?.[0].length ?? 0)
    .replace(TITLE_TAGS, '')
    .replace(/[*_`]/g, '');
  return asksForChange(title, vocabulary);
}

/** A title's words asking for a change: "Add a share icon", "Links should go to the sections" (what is to change). */
export const asksForChange = (title: string, vocabulary: Vocabulary) =>
  /\b(?:should|must|needs?\s+to)\s+[a-z]+/i.test(title) || opensWithAsk(title, vocabulary);

/** The verbs an issue asks with: goal, task, product and request verbs. */
const askVerbsOf = perVocabulary(
  (v) => new Set([...v.goalVerbs, ...v.taskVerbs, ...v.productVerbs, ...v.requestVerbs].map((w) => w.toLowerCase())),
);

/** Text that opens with a verb of asking for something: "Change the default …", "Add a share icon". */
export function opensWithAsk(text: string, vocabulary: Vocabulary): boolean {
  const first = /^[a-z]+/i.exec(text)?.[0]?.toLowerCase();
  return first !== undefined && askVerbsOf(vocabulary).has(first);
}

/** A property line an export opens an issue's body with: `**Status:** Todo`, `Labels: Feature`. */
const PROPERTY_LINE = /^(?:\*\*[^*\n]{1,30}:\*\*|\*\*[^*\n]{1,30}\*\*:|[A-Z][\w ]{0,29}:)(?:[ \t]|$)/;

/**
 * A wish for how it should be: "It would be convenient if pwsh itself can notify the user", "It would be nice to see
 * …", "it will be good to add the schedule" (not a judgement of how it is: "It would be hard to miss").
 */
const WISHES = new RegExp(
  String.raw`\bit\s+(?:would|will)\s+be\s+(?:really\s+|very\s+|so\s+|(?:much\s+)?more\s+)?` +
    String.raw`(?:nice|great|useful|helpful|convenient|good|better|valuable|beneficial|appropriate|desirable)\s+` +
    String.raw`(?:if|to)\s+[a-z]+`,
  'i',
);

/** A suggestion: "As a result it is suggested that the application features …", "We propose …". */
const SUGGESTS = new RegExp(
  String.raw`\bit\s+is\s+(?:therefore\s+)?(?:suggested|proposed|recommended)\s+that\b|\bwe\s+(?:suggest|propose)\b`,
  'i',
);

/**
 * What should be done, said of the thing to make: "An initial landing page should be created", "the file should be
 * split into modules". Not "must": "the value must be specified" as often tells how a tool works today.
 */
const SHOULD_BE_DONE = new RegExp(
  String.raw`\bshould\s+(?:(?:also|probably|really|then)\s+)?be\s+(?:[a-z]+ed|built|made|split|shown|set)\b`,
  'i',
);

/** A clause of when or once that an order opens with: "When finalising the document, write a separate file". */
const WHEN_CLAUSE = /^(?:when|whenever|once|after|before)\s+[^,.;:\n]{1,80},\s*/i;

/** What an issue says it is for: "This issue aims to enhance the compiler …", "This proposal seeks to …". */
const ISSUE_AIMS = new RegExp(
  String.raw`^(?:this|the)\s+(?:issue|ticket|story|epic|feature|proposal|change|pr|request)\s+` +
    String.raw`(?:aims|is\s+meant|proposes|seeks)\s+to\s+[a-z]+`,
  'i',
);
/**
 * "The purpose of the Notary leaderboard is to have a public site …": what the thing asked for is for, as a request
 * for proposals opens. Not the purpose of the document itself.
 */
const PURPOSE_OF = new RegExp(
  String.raw`^the\s+(?:purpose|aim|goal|objective)\s+of\s+(?!this\s+(?:document|page|paper|report|section|doc)\b)` +
    String.raw`(?:[\w+.'’-]+\s+){1,8}?is\s+to\s+[a-z]+`,
  'i',
);
/**
 * "The goal is to let developers install …", "Our main aim is to help clerks …": the outcome said as the goal, someone
 * enabled to do something. Not a principle ("Our goal is to keep things simple"), nor the goal of a document
 * (`PURPOSE_OF` reads "The goal of …").
 */
const GOAL_IS = new RegExp(
  String.raw`^(?:the|our)\s+(?:(?:main|primary|overall|key|first)\s+)?(?:goal|aim|objective|purpose)\s+` +
    String.raw`(?:here\s+)?is\s+to\s+(?:enable|allow|help|let|empower)\s+[a-z]+`,
  'i',
);
/** "To enable developers to install …, we propose …": whom a proposal enables to do what, before what it proposes. */
const ENABLES_FIRST = new RegExp(
  String.raw`^(?:in\s+order\s+)?to\s+(?:enable|allow|help|let|empower)\s+(?:[\w'’-]+\s+){1,6}?(?:to\s+)?[a-z]+` +
    String.raw`[^.;:]*,\s*we\s+(?:propose|need|want|plan|will|would\s+like|are\s+going)\b`,
  'i',
);
/** What the product a brief names does it for: "COVID Alert aims to notify people …" (a name, in capitals). */
const NAME_AIMS = new RegExp(
  String.raw`^[\p{Lu}\d][\p{L}\d'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,3}\s+(?:aims|seeks)\s+to\s+[a-z]+`,
  'u',
);

/** A sentence in which the team says what it will do: "We should let them pay …", "We'd like to offer …". */
const TEAM_ASKS = /\bwe(?:\s+(?:should|must|want\s+to|need\s+to|would\s+like\s+to)|['’]d\s+like\s+to)\s+[a-z]+/i;

/**
 * "A traveller planning a group trip wants to share the plan …", "Government officials need to publish …": someone
 * and what they want, the way a spec describes a user's journey.
 */
const WANTS = new RegExp(
  String.raw`^(?:(?:an?|the|each|every|any)\s+)?(?:${SUBJECT_WORD}\s+){0,8}?` +
    String.raw`(?:wants?|needs?|would\s+like|wish(?:es)?)` +
    String.raw`\s+to\s+[a-z]+`,
  'i',
);

/**
 * A heading that says it is a user story and numbers it: spec-kit's "User Story 1 - Share a trip plan (Priority:
 * P1)", "Story 2: …". The paragraph under it describes the user's journey: the story's outcome in prose.
 */
const STORY_HEADING = /^(?:user\s+)?story\s+[\w.-]*\d[\w.-]*\s*[-–—:.]\s*\S/i;
/** A Gherkin feature's heading: "Feature: A user cancels the deposit". */
const FEATURE_HEADING = /^feature\s*:\s*\S/i;

/**
 * "The system SHALL validate …", "The export must include …", "Regular auth must be the only way …": a requirement's
 * subject and its obligation. "A country report requires the following columns:" specifies one too ("The login
 * requires two clicks" tells how things are).
 */
const REQUIRES = new RegExp(
  String.raw`^(?:(?:the|each|every|all|an?)\s+)?[\w -]{1,40}?\s` +
    String.raw`(?:(?:shall|must)\s+(?:not\s+)?[a-z]+|requires\s+the\s+following\b)`,
  'i',
);

/** "There should be a way for a marker to store a comment", "There must be an option to …": what is asked for. */
const THERE_SHOULD_BE = new RegExp(
  String.raw`^there\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+be\s+(?:a|an|some)\s+` +
    String.raw`(?:way|option|ability|means|setting|place)\b`,
  'i',
);

/**
 * "**Description**: System shall protect …", "- **Description**: Allows creators to …": the description of an item
 * kept as one of its property lines.
 */
const DESCRIPTION_PROPERTY = /^(?:[-*+]\s+)?(?:\*\*)?(?:description|summary)(?:\*\*:|:\*\*|:)\s*(?:\*\*)?\s*(\S.*)$/i;

/** "Allows creators to create …", "Lets the audience vote …": whom a feature lets do what, said as its description. */
const LETS_DO = /^(?:allows|lets|enables|helps)\s+(?:[\w'’-]+\s+){1,4}?(?:to\s+)?[a-z]+/i;

/**
 * "Home cooks can save recipes from any site", "Members will be able to pause …", "A customer is able to cancel the
 * deposit earlier": what someone will be able to do, said as the item's description. "… can currently only …" and
 * "can't" tell how things are; "These can be found …" points elsewhere.
 */
const CAN_DO = new RegExp(
  String.raw`^(?!(?:it|this|that|these|those|there|they|he|she|you)\s)(?:[\w'’-]+\s+){1,4}?` +
    String.raw`(?:can|(?:will|should|would)\s+(?:now\s+)?be\s+able\s+to|(?:is|are)\s+able\s+to)\s+` +
    String.raw`(?!(?:currently|only|already|still|not|no\s+longer)\b)[a-z]+`,
  'i',
);

/** Words that say what someone can or will be able to do: "Users can bring up a menu of tasks". */
export const statesCapability = (words: string) => CAN_DO.test(words.trim());

/**
 * "A logged-in portal where members can see their own contributions", "A calendar that volunteers will be able to
 * subscribe to": the thing wanted, described by what people can do with it.
 */
const DESCRIBES_USE = new RegExp(
  String.raw`^(?:an?|one)\s+(?:[\w,'’-]+\s+){0,8}?(?:where|that|which|in\s+which|through\s+which)\s+` +
    String.raw`(?:[\w,'’-]+\s+){1,8}?(?:can|will\s+be\s+able\s+to)\s+(?!(?:not|only|no\s+longer)\b)[a-z]+`,
  'i',
);

/**
 * "The "Staffing" web application is designed to help small organizations manage event staffing": what the product
 * is for, said of the product as its overview's first words.
 */
const MADE_TO_HELP = new RegExp(
  String.raw`^(?:the|our|this)\s+(?:[\w"“”'’-]+\s+){1,6}?(?:is|are|will\s+be)\s+` +
    String.raw`(?:designed|built|meant|intended)\s+to\s+(?:help|let|allow|enable)\s+[a-z]+`,
  'i',
);
/**
 * "An app to track and budget your personal finances", "A platform that lets students swap textbooks": the product a
 * brief's title names, said by what it is for, as its tagline under the title.
 */
const TAGLINE = new RegExp(
  String.raw`^(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:app|application|tool|platform|website|web\s+site|site|service|` +
    String.raw`bot|game|extension|plugin)\s+(?:to\s+[a-z]+|for\s+[a-z]+ing\b|(?:that|which)\s+(?:will\s+)?` +
    String.raw`(?:helps?|lets?|allows?|enables?)\s+[a-z]+)`,
  'i',
);
/**
 * "We will be creating a cross platform app that will help users visualize their spending": what the team will make,
 * said by whom it helps do what.
 */
const TEAM_MAKES = new RegExp(
  String.raw`^(?:we|i)\s+(?:will|are\s+going\s+to|plan\s+to)\s+(?:be\s+)?(?:creat|build|develop|mak)[a-z]*\s+` +
    String.raw`(?:[\w'’-]+\s+){1,6}?(?:that|which)\s+(?:will\s+)?(?:helps?|lets?|allows?|enables?)\s+[a-z]+`,
  'i',
);
/** A line wholly in emphasis over the body: "_Modified July 11, 2019_", a note of the document, not its words. */
const EMPHASIS_NOTE = /^([*_]{1,2})[^*_\s][^\r\n]*\1$/;

/**
 * A heading over the description of what the item is ("## Description", "## :memo: Summary" as GitHub templates
 * write it): no element, no situation.
 */
const DESCRIPTION_HEADING = new RegExp(
  String.raw`^#{1,6}[ \t]+(?::[a-z0-9_+-]+:[ \t]*|\p{Extended_Pictographic}\uFE0F?[ \t]*)?` +
    String.raw`(?:short\s+|feature\s+|basic\s+)?(?:description|summary|overview)[ \t:]*#*[ \t]*$`,
  'iu',
);

const firstSentenceOf = (paragraph: string) => /^[^]*?(?:[.!?](?=\s|$)|$)/.exec(paragraph)![0];

/**
 * An issue, or a story's section at any depth, whose first paragraph under its heading (after the property lines an
 * export writes first) asks for something: it opens with the ask ("Change the default validity to 3 hours"), or the
 * team says in it what it will do ("We should let them pay with the saved card"). The ask is the outcome, written in
 * the body's prose.
 */
function bodyAsks(story: Story, text: string, vocabulary: Vocabulary): boolean {
  if (story.oneLine || story.sentence) return false;
  // A file with no title over its parts ("## Summary" first) is read from its start.
  const body = maskTemplate(text.slice(story.titleSpan?.end ?? story.span.start, story.span.end));
  const blocks = body.split(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/).map((p) => p.trim());
  // A requirement may be the value of the item's Description property, among its Priority and Verification.
  const described = blocks
    .flatMap((p) => p.split(/\r?\n|\r/))
    .map((line) => DESCRIPTION_PROPERTY.exec(line.trim())?.[1])
    .find((value) => value !== undefined);
  if (described !== undefined && (REQUIRES.test(firstSentenceOf(described)) || LETS_DO.test(described))) return true;
  const paragraphs = blocks.filter(
    (p) => p !== '' && !EMPHASIS_NOTE.test(p) && !p.split(/\r?\n|\r/).every((line) => PROPERTY_LINE.test(line.trim())),
  );
  // Under a Description heading first, its first paragraph is still the body's first words.
  const first = paragraphs[DESCRIPTION_HEADING.test(paragraphs[0] ?? '') ? 1 : 0];
  if (first === undefined || /^(?:#|[-*+] |\d+[.)] |\|)/.test(first)) return false;
  // A requirement or a user's journey says what is wanted in its first sentence, under whatever heading ("The system
  // SHALL …", "A traveller wants to share the plan …").
  const opening = firstSentenceOf(first);
  if (REQUIRES.test(opening) || WANTS.test(opening) || DESCRIBES_USE.test(opening) || THERE_SHOULD_BE.test(opening))
    return true;
  const title = (story.title ?? '').replace(/[*_`]/g, '').trim();
  if (STORY_HEADING.test(title)) return true;
  // A Gherkin feature written in Markdown ("## Feature: A user cancels the deposit") over its narrative: what someone
  // can do is its description, under whatever level of heading.
  if (FEATURE_HEADING.test(title) && (CAN_DO.test(opening) || opensWithAsk(first, vocabulary))) return true;
  return (
    opensWithAsk(first.replace(WHEN_CLAUSE, ''), vocabulary) ||
    TEAM_ASKS.test(first) ||
    WISHES.test(first) ||
    SUGGESTS.test(first) ||
    SHOULD_BE_DONE.test(first) ||
    ISSUE_AIMS.test(opening) ||
    NAME_AIMS.test(opening) ||
    PURPOSE_OF.test(opening) ||
    GOAL_IS.test(opening) ||
    ENABLES_FIRST.test(opening) ||
    CAN_DO.test(opening) ||
    MADE_TO_HELP.test(opening) ||
    TAGLINE.test(opening) ||
    TEAM_MAKES.test(opening)
  );
}

/** A use case's name over its flow or its postconditions, or in its "Use case:" field, states its goal: the outcome. */
const namesUseCaseGoal = (story: Story, text: string) =>
  !story.oneLine && isUseCase(story.title !== undefined, text.slice(story.span.start, story.span.end));

/** An exported issue's labels line ("**Labels**: `enhancement`, `wishlist`", as gh2md writes it). */
const LABELS_LINE = /^[ \t]*(?:\*\*labels\*\*[ \t]*:|\*\*labels:\*\*|labels[ \t]*:)[ \t]*([^\n]+)$/im;
/** A label filing an issue as a request for something new. */
const REQUEST_LABEL = /`[^`\n]*\b(?:enhancement|feature(?:[\s_-]+request)?|wishlist|improvement)\b[^`\n]*`/i;

/**
 * An issue its tracker labels a request for something new (`enhancement`, `feature`): whatever its title's grammar
 * ("Averaging of multiple measurement values?"), the title names what is asked for.
 */
const labelledRequest = (story: Story, text: string) =>
  story.depth === 1 &&
  !story.oneLine &&
  !story.sentence &&
  /[\p{L}]/u.test(story.title ?? '') &&
  REQUEST_LABEL.test(LABELS_LINE.exec(text.slice(story.span.start, story.span.end))?.[1] ?? '');

/** Whether the story, with no outcome of its own, asks for one in its title or first paragraph. */
export function asksInProse(story: Story, text: string, vocabulary: Vocabulary): boolean {
  if (!isUnfilled(story.elements.outcome?.text ?? '')) return false;
  return (
    titleAsks(story, vocabulary) ||
    namesUseCaseGoal(story, text) ||
    bodyAsks(story, text, vocabulary) ||
    labelledRequest(story, text)
  );
}
