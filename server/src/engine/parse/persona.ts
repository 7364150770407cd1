/**
 * Whether a who names a person. A template's `## Personas` is sometimes answered with what the
 * change brings ("More visible vote count change", "It will improve the UX when uploading
 * videos"): said, but nobody is named, so the story still lacks its who.
 */
import { tagAlternation } from '../language/pattern.js';
import { perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import type { StoryElement } from '../types.js';

/**
 * A word for people: a listed person or role, or an agent noun ("boosters", "scientist",
 * "administrator"; "-er" only in the plural, not to take "faster" for one).
 */
const personWordOf = perVocabulary(
  (vocabulary) =>
    new RegExp(
      String.raw`(?<![\w-])(?:${tagAlternation([
        ...vocabulary.personNouns,
        ...vocabulary.peopleNouns,
        ...vocabulary.genericWho,
        ...vocabulary.internalRoles,
      ])})(?![\w-])|\b\w{2,}(?:ers|ors?|ists?|ians?|ees?|ants|ents)\b`,
      'i',
    ),
);

/** A persona section answered with a sentence: "It will improve …", "More visible …", "Initially targeting …". */
const SENTENCE_ANSWER = /^(?:it|this|that|these|they|we|more|less|initially)\b/i;

/** The persona as written, without emoji codes (`Devs :nerd:`) or emphasis. */
export const bareWho = (text: string) =>
  text
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/[*_]/g, '')
    .trim();

/** Whether the text names a person or a group of people. */
export const namesPerson = (text: string, vocabulary: Vocabulary) => personWordOf(vocabulary).test(text);

/**
 * A who section or field that may name nobody: no word for a person in it, or (a section) a sentence
 * about the change in which a person is only mentioned ("It will improve the UX of the user").
 * Weak evidence: personas are open words ("hospital porter"), so this only helps tell a story from a task.
 */
export function mayNameNobody(who: StoryElement, vocabulary: Vocabulary): boolean {
  if (who.from !== 'heading' && who.from !== 'field') return false;
  const persona = bareWho(who.text);
  return !namesPerson(persona, vocabulary) || (who.from === 'heading' && SENTENCE_ANSWER.test(persona));
}

/** The words that say something gets better: "improve", "improved" (from the vocabulary). */
const improvesOf = perVocabulary(
  (vocabulary) => new RegExp(String.raw`(?<![\w-])(?:${tagAlternation(vocabulary.improveWords)})(?![\w-])`, 'i'),
);

/**
 * A who section answered with what the change brings and no word for a person ("More visible vote
 * count change", "UX improved reducing the app startup time"): it names nobody. "This issue is just
 * for SaaS customers" names them.
 */
export function answersWithBenefit(who: StoryElement, vocabulary: Vocabulary): boolean {
  if (who.from !== 'heading') return false;
  const persona = bareWho(who.text);
  return !namesPerson(persona, vocabulary) && (SENTENCE_ANSWER.test(persona) || improvesOf(vocabulary).test(persona));
}
