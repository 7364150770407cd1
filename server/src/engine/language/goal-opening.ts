/**
 * How a Goal section opens. Teams write a Goal as an order ("Move the permalink to the bottom"), as
 * what people get ("Allow users to …") or as its aim ("Increase engagement …", "Add value to …"): the
 * verb it opens with says which. Read by the output-focused judge and by the why a Goal gives.
 */
import { perVocabulary, type Vocabulary } from './vocabulary.js';

export interface GoalOpening {
  /** The opening verb, lower-cased. */
  verb: string;
  /** The verb and the word after it, lower-cased: "add value". */
  phrase: string;
  /** The verb and up to five words after it, as written: the cue of a Goal read as the team's work. */
  clause: string;
  /** Where the clause starts in the Goal's text. */
  start: number;
  /** The adverb read past ("Clearly"), if any. */
  adverb?: string;
}

/**
 * Verbs of the team's work a Goal can open with: tasks, building and changing the product. Knowing and
 * looking ("Know by 6 am which orders …", "See my invoices") are what a person does, never the team's work.
 */
export const teamVerbsOf = perVocabulary((v) => {
  const person = new Set([...v.infoVerbs, ...v.lookVerbs].map((w) => w.toLowerCase()));
  return new Set(
    [...v.taskVerbs, ...v.techObjectVerbs, ...v.requestVerbs, ...v.publishVerbs, ...v.goalVerbs]
      .map((w) => w.toLowerCase())
      .filter((w) => !w.includes(' ') && !person.has(w)),
  );
});
/** Verbs (and phrases: "add value") a Goal opens with to say what people get or which number moves. */
export const benefitVerbsOf = perVocabulary(
  (v) => new Set([...v.enablingVerbs, ...v.aimVerbs].map((w) => w.toLowerCase())),
);
const aimVerbsOf = perVocabulary((v) => new Set(v.aimVerbs.map((w) => w.toLowerCase())));

/** The verb a Goal opens with, after a list marker or emphasis, and the words of its clause after it. */
const GOAL_OPENER = /^[\s>*_+-]*([A-Za-z][\w-]*)((?:[ \t]+[^\s.,;:!?()]+){0,5})/;
/** An adverb before a Goal's verb: "Clearly communicate …". */
const GOAL_ADVERB = /^[\s>*_+-]*([A-Za-z]+ly)[ \t]+/;

/**
 * The verb a Goal opens with, past an adverb unless the word in -ly is a verb the lists know ("Apply …"),
 * the word after it and the clause it opens.
 */
export function goalOpening(text: string, vocabulary: Vocabulary): GoalOpening | undefined {
  const adverb = GOAL_ADVERB.exec(text);
  const known = (w: string) => teamVerbsOf(vocabulary).has(w) || benefitVerbsOf(vocabulary).has(w);
  const skip = adverb && !known(adverb[1]!.toLowerCase()) ? adverb[0].length : 0;
  const m = GOAL_OPENER.exec(text.slice(skip));
  if (!m) return undefined;
  const verb = m[1]!.toLowerCase();
  const next = /^[ \t]+(\S+)/.exec(m[2]!)?.[1]?.toLowerCase();
  const clause = `${m[1]}${m[2]}`;
  return {
    verb,
    phrase: next ? `${verb} ${next}` : verb,
    clause,
    start: skip + m.index + m[0].length - clause.length,
    ...(skip ? { adverb: adverb![1]! } : {}),
  };
}

/** The opening's verb, or its verb and the word after it ("add value"), is one of `words`. */
const opensWithOneOf = (opening: GoalOpening | undefined, words: ReadonlySet<string>): boolean =>
  opening !== undefined && (words.has(opening.verb) || words.has(opening.phrase));

/** The Goal opens with a verb or phrase of what people get or which number moves ("Allow …", "Add value …"). */
export const opensWithBenefit = (opening: GoalOpening | undefined, vocabulary: Vocabulary): boolean =>
  opensWithOneOf(opening, benefitVerbsOf(vocabulary));

/**
 * The Goal opens by naming its aim ("Increase boost inventory.", "Add value to …"): it says why. One that says
 * first how to go about it ("Clearly communicate …") orders the work: its aim is no reason given.
 */
export const opensWithAim = (opening: GoalOpening | undefined, vocabulary: Vocabulary): boolean =>
  opening?.adverb === undefined && opensWithOneOf(opening, aimVerbsOf(vocabulary));
