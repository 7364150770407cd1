/**
 * Use cases written as a team's templates write them: a name stating the actor's goal ("Call handler takes call for a
 * patient", "Team arranger adds a new carer to the team") over the steps by which the actor reaches it.
 */
import type { Heading } from 'mdast';
import { perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import type { StoryElement } from '../types.js';
import { headingSpan } from './sections.js';
import { maskTemplate } from './template.js';

const USE_CASE_PART_NAME =
  String.raw`(?:main[ \t]+(?:success[ \t]+)?(?:flow|scenario)|success[ \t]+scenario|(?:basic|normal)[ \t]+flow|` +
  String.raw`workflow(?:[ \t]+\d+)?|(?:post-?[ \t]?conditions?|mss)(?=[ \t]*(?::|\*\*|__|$)))(?![A-Za-z0-9])`;
/**
 * A part only a use case has, named as its templates name it: its flow ("**Main Flow**", "Main Success Scenario:",
 * "**MSS**", "Success scenario:", "## Basic Flow", "Normal Flow", "## Workflow 1") or its postconditions
 * ("#### Postconditions"), what holds once the actor has reached the goal. A test case has preconditions and steps
 * too, never postconditions. A list item names one only as a field ("* **Postconditions**: …", "- **Normal flow**",
 * "* __Normal Flow__:", "* **Normal Flow:**"): "* Workflow state" is a word in a list.
 */
const USE_CASE_PART = new RegExp(
  String.raw`^[ \t]*(?:(?:#{1,6}[ \t]+)?(?:\*\*|__)?${USE_CASE_PART_NAME}|` +
    String.raw`[-*+][ \t]+(?:(\*\*|__)${USE_CASE_PART_NAME}:?\1[ \t]*:?|${USE_CASE_PART_NAME}[ \t]*:))`,
  'im',
);
/** A use case named in a field of its own: "**Use case**: User submits a ticket". */
const USE_CASE_FIELD = /^[ \t]*(?:\*\*)?use[ \t]+case(?:[ \t]+name)?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*[\p{L}\d]/imu;

/**
 * Whether a story's text (its heading's and everything under it) is a use case: a name over its flow or its
 * postconditions, or a "Use case:" field. Its name states its goal, the outcome.
 */
export const isUseCase = (titled: boolean, span: string) =>
  (titled && USE_CASE_PART.test(span)) || USE_CASE_FIELD.test(span);

/** The verbs a person does, in the third person a use case's name says them in: "adds", "accepts", "searches". */
const actsOf = perVocabulary((v) => new Set([...v.personVerbs, ...v.goalVerbs].map((w) => w.toLowerCase())));
const baseForms = (word: string) => [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];

/**
 * The actor a use case's name opens with, the words before its verb ("Team arranger adds …", "Person giving
 * support accepts …"): the one whose goal it is. A name that opens with its verb ("Adding a carer") names no one.
 */
export function useCaseActor(text: string, heading: Heading, vocabulary: Vocabulary): StoryElement | undefined {
  const span = headingSpan(heading, text);
  // Emphasis and template text become blanks, so that what is found keeps its place in the line.
  const line = maskTemplate(text.slice(span.start, span.end)).replace(/[*_`]/g, ' ');
  const acts = actsOf(vocabulary);
  const words = [...line.matchAll(/[\p{L}][\p{L}'’-]*/gu)].slice(0, 5);
  const opening = /^[\s\d.:)-]*/.exec(line)![0].length;
  if (words[0]?.index !== opening) return undefined;
  const verb = words.findIndex(
    ([word], i) => i > 0 && /^[a-z]+s$/.test(word) && baseForms(word).some((base) => acts.has(base)),
  );
  if (verb < 1) return undefined;
  const last = words[verb - 1]!;
  const end = last.index + last[0].length;
  const actor = line.slice(opening, end);
  // "The carer" is as much the actor as "Carer"; a name that is only an article names no one.
  if (/^(?:the|an?)$/i.test(actor)) return undefined;
  const start = span.start + opening;
  return {
    kind: 'who',
    span: { start, end: span.start + end },
    text: text.slice(start, span.start + end),
    from: 'prose',
  };
}
