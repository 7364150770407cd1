/**
 * Lead-ins that are clauses: "Each message shows:", "Slack-like UI with:". The words after the colon are the
 * clause's object, so the lead-in is neither a group's name over a list nor a label to drop before a sentence.
 */
import { perVocabulary, type Vocabulary } from './vocabulary.js';

/** Words a lead-in ends on when what follows is its object: "Slack-like UI with:", "Implement grading logic for:". */
const LEAD_IN_PREPOSITIONS = ['as', 'by', 'for', 'from', 'in', 'including', 'like', 'of', 'on', 'to', 'via', 'with'];

/**
 * What a product does ("shows", "includes") and "has" or "can" end a clause whose object follows; "have" does not,
 * so a MoSCoW group ("Must have:") stays a group's name.
 */
const clauseEnds = perVocabulary(
  (vocabulary) => new Set([...vocabulary.productVerbs, 'has', 'can', ...LEAD_IN_PREPOSITIONS]),
);

/** Whether the words before a colon (emphasis and the colon itself aside) are a subject and its verb or preposition. */
export function isClauseLeadIn(lead: string, vocabulary: Vocabulary): boolean {
  const words = lead.replace(/[*_:]/g, ' ').trim().split(/\s+/);
  return words.length >= 2 && clauseEnds(vocabulary).has(words.at(-1)!.toLowerCase());
}
