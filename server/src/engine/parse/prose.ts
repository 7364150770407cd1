/**
 * Free prose read by meaning (SPEC §2): a Problem, Background or Description paragraph that
 * says who struggles and what it costs them supplies the who and the why, so nobody has to
 * re-type them into labelled fields. Conservative on purpose: a person named as the subject of
 * the need, and a reason or a cost stated in so many words.
 */
import type { RootContent } from 'mdast';
import { alternation } from '../language/pattern.js';
import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from '../language/vocabulary.js';
import type { ElementKind, StoryElement } from '../types.js';
import { textBlocks } from './blocks.js';
import { GOAL_SECTION, matchLabelLine } from './labels.js';
import { trimSpan } from './lines.js';
import { firstSentence } from '../text/sentences.js';
import { goalOpening, opensWithAim } from '../language/goal-opening.js';
import { blank, maskTemplate } from './template.js';

/**
 * A person, with the words that make them the one who has the need: "Minds users can't …", "for customers". Not the
 * first word of a thing named for them: "user stories", "the user interface".
 */
const personOf = perVocabulary(
  (v) =>
    new RegExp(
      String.raw`(?<![\w-])(?:${alternation(v.personNouns)})(?![\w-]|\s+(?:${alternation(v.personCompounds)})\b)`,
      'gi',
    ),
);

/** Grammar of a reason: purpose and consequence connectives, and a benefit or a cost stated as such. */
const REASON = new RegExp(
  String.raw`\b(?:so\s+that|so\s+(?:they|users?|we|people|customers?)\b|in\s+order\s+(?:to|for)|because|` +
    String.raw`which\s+(?:means|makes|causes|leads)|this\s+(?:means|makes|causes|leads|results)|otherwise|` +
    String.raw`resulting\s+in|leading\s+to|aimed\s+at|without\s+having\s+to|as\s+(?:this|it)\s+(?:will|would)|` +
    String.raw`(?:will|would|should|could|to)\s+help|` +
    String.raw`(?:will|would)\s+(?:improve|increase|reduce|save|prevent|make\s+it\s+(?:easier|possible))|` +
    String.raw`to\s+(?:avoid|prevent|reduce|increase|save|improve|ensure|simplify|make\s+sure))\b|` +
    String.raw`^(?:avoid|increase|reduce|prevent|save|improve|ensure)\b|` +
    String.raw`\b(?:can(?:no|['’])t|have\s+to|has\s+to|had\s+to)\b|` +
    String.raw`\bso\s+(?!(?:it|this|that|there|far|much|many)\b)(?:\w+\s+){1,3}?` +
    String.raw`(?:are|is|can|could|will|would|get|know|see)\b|` +
    String.raw`\bsince\s+(?:\w+\s+){1,6}?(?:is|are|was|were|can|cannot|has|have|does|do|isn['’]t|aren['’]t)\b|` +
    String.raw`\bit\s+(?:is|would\s+be|will\s+be)\s+(?:much\s+)?(?:more\s+\w+|easier|faster|simpler|better)\b`,
  'gim',
);
/** A cost stated as such; a compound is written with a hyphen or a space alike ("error-prone", "time consuming"). */
const costOf = perVocabulary(
  (v) => new RegExp(String.raw`\b(?:${alternation(v.costWords).replace(/(?<=\w)-(?=\w)/g, '[-\\s]')})\b`, 'gi'),
);

/**
 * A table row, a line that opens with a name in bold and a colon, or one naming who wrote or owns the document
 * ("Author: @jessica", "Created by: rakanowicz"): a property of the document.
 */
const METADATA_LINE = new RegExp(
  String.raw`^[ \t]*(?:\|.*|\*\*[^*\n]{1,40}(?::\*\*|\*\*:).*|` +
    String.raw`(?:[-*+][ \t]+)?(?:authors?|owners?|created\s+by|reporters?|assignees?|reviewers?|editors?)[ \t]*:.*)$`,
  'gim',
);

/** An HTML tag, its attributes with it. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*\b[^<>]*>/gi;

/** What "The system needs to …" and "The page needs to …" open with: a thing, not someone with a need. */
const NOT_PEOPLE = 'system|app|application|page|site|website|feature|service|platform|tool|product|api|code|server';
/**
 * A word of the noun phrase before "wants to": not a verb or a clause's joint ("The wiki is updated and it just needs
 * to …" names nobody).
 */
export const SUBJECT_WORD =
  String.raw`(?!(?:is|are|was|were|be|been|it|and|but|or|has|have|had|just|will|would|can|could|should|must|does|` +
  String.raw`do)\b)[\w'’()/,-]+`;
/**
 * A sentence opening with someone who wants something: "A friend invited to a trip wants to comment …". The space
 * after the stop is bounded: looked back over at every place, a long run of masked text would make it quadratic.
 */
const WANTER = new RegExp(
  String.raw`(?<=^|[.!?]\s{1,8})(?:an?|the|each|every|any)\s+(?!(?:${NOT_PEOPLE})\b)` +
    String.raw`((?:${SUBJECT_WORD}\s+){0,7}?[\w'’-]+)(\s+(?:wants|needs|would\s+like|wishes)\s+to\s+[a-z])`,
  'i',
);

/**
 * The who and the why that paragraphs among `nodes`, and the paragraphs and list items among
 * `listed`, state by meaning, with their exact spans.
 */
export function proseElements(
  text: string,
  nodes: readonly RootContent[],
  listed: readonly RootContent[] = [],
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): Partial<Record<ElementKind, StoryElement>> {
  const found: Partial<Record<ElementKind, StoryElement>> = {};
  const PERSON = personOf(vocabulary);
  const COST = costOf(vocabulary);
  // A Goal or Problem section written as bullets is prose too; elsewhere a list holds criteria or stories.
  const blocks = [...textBlocks(nodes).filter((b) => !b.inList), ...textBlocks(listed)];
  for (const block of blocks) {
    // Fields say what they say in their fields; only the prose around them is read here.
    const masked = withoutFields(maskTemplate(text.slice(block.from, block.to)), vocabulary);
    const at = (m: RegExpExecArray, kind: ElementKind): StoryElement => {
      const start = block.from + m.index;
      return { kind, span: { start, end: start + m[0].length }, text: m[0], from: 'prose' };
    };
    if (!found.who) {
      // "A traveller planning a group trip wants to share …": whoever the sentence says wants it.
      const wanter = WANTER.exec(masked);
      if (wanter) {
        // The noun phrase ends where "wants to …" starts.
        const start = block.from + wanter.index + wanter[0].length - wanter[2]!.length - wanter[1]!.length;
        found.who = { kind: 'who', span: { start, end: start + wanter[1]!.length }, text: wanter[1]!, from: 'prose' };
      }
    }
    if (!found.who) {
      PERSON.lastIndex = 0;
      // A table row ("| Product owner | Lucas Brown |") or a property line ("**Authors:** Raj Laskar") is the
      // document's metadata, not who has the need.
      // Nor is a word of an HTML tag's ("<span class=\"author\">").
      const read = masked.replace(METADATA_LINE, blank).replace(HTML_TAG, blank);
      const who = PERSON.exec(read);
      if (who) found.who = at(who, 'who');
    }
    if (!found.why) {
      for (const re of [REASON, COST]) {
        re.lastIndex = 0;
        const why = re.exec(masked);
        const around = why && sentenceAround(text, block.from, masked, why.index, 'why');
        // A bare connective left by a template ("**so that**") gives no reason.
        if (around && words(around.text) >= 4) {
          found.why = around;
          break;
        }
      }
    }
    if (found.who && found.why) break;
  }
  return found;
}

/** "When a citizen files a complaint, …": a situation that opens with someone in it. */
const SITUATION_OPENING = /^[\s*_]*(?:when|whenever|once|after|if|as\s+soon\s+as)\s+(?:an?|the|each|every|any)\s+/i;

/**
 * The person a Goal or What field's situation opens with ("**What:** When a citizen files a complaint, the success
 * screen must show their rights"): the one the change is for, when nothing else names who.
 */
export function situationWho(
  outcome: StoryElement | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): StoryElement | undefined {
  if (!outcome || (outcome.from !== 'field' && outcome.from !== 'heading')) return undefined;
  const opening = SITUATION_OPENING.exec(outcome.text);
  if (!opening) return undefined;
  const PERSON = personOf(vocabulary);
  PERSON.lastIndex = 0;
  const person = PERSON.exec(outcome.text.slice(opening[0].length));
  if (!person || person.index !== 0) return undefined;
  const start = outcome.span.start + opening[0].length;
  return { kind: 'who', span: { start, end: start + person[0].length }, text: person[0], from: 'prose' };
}

/**
 * The why a Goal section gives by naming its aim in its first sentence ("Increase boost inventory.", "Teach
 * the community how they can earn on Minds."): the team's templates ask the Goal for "the goal of the issue and
 * why we are doing it". A Goal that opens with what people can do or see ("Allow users to …", "Show owner
 * blocks …") states the outcome only.
 */
export function goalAim(
  text: string,
  outcome: StoryElement | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): StoryElement | undefined {
  if (
    outcome?.from !== 'heading' ||
    !outcome.label ||
    !GOAL_SECTION.test(text.slice(outcome.label.start, outcome.label.end))
  )
    return undefined;
  if (!opensWithAim(goalOpening(outcome.text, vocabulary), vocabulary)) return undefined;
  const sentence = firstSentence(outcome.text);
  const aim = trimSpan(outcome.text, sentence.start, sentence.end);
  while (aim.end > aim.start && /[.!?]/.test(outcome.text[aim.end - 1]!)) aim.end--;
  return {
    kind: 'why',
    span: { start: outcome.span.start + aim.start, end: outcome.span.start + aim.end },
    text: outcome.text.slice(aim.start, aim.end),
    from: 'prose',
  };
}

const GIVEN = /^[\s*_]{0,4}given\b/i;
const THEN = /(?:^|[\s,;(])[*_]{0,2}then\b/im;

/**
 * A Given/When/Then scenario written among the story's prose or context ("What needs to be
 * done: - Given a user is on the feed, … - then load the latest posts"): an acceptance check,
 * so the story says how we will know. Its span runs from the Given to the block holding the Then.
 */
export function scenarioIn(text: string, nodes: readonly RootContent[]): StoryElement | undefined {
  // Its steps may be items nested under the scenario's name ("- **Scenario 1:** …" over "  - **Given** …").
  const blocks = textBlocks(nodes, false, true);
  for (let i = 0; i < blocks.length; i++) {
    if (!GIVEN.test(maskTemplate(text.slice(blocks[i]!.from, blocks[i]!.to)))) continue;
    // A scenario's steps are a few lines or list items; a Then far below belongs to something else.
    for (let j = i; j < Math.min(blocks.length, i + 8); j++) {
      if (!THEN.test(maskTemplate(text.slice(blocks[j]!.from, blocks[j]!.to)))) continue;
      const span = { start: blocks[i]!.from, end: blocks[j]!.to };
      return { kind: 'success', span, text: text.slice(span.start, span.end), from: 'prose' };
    }
  }
  return undefined;
}

/** The sentence of `masked` (a block starting at `base`) around `index`, as an element. */
function sentenceAround(text: string, base: number, masked: string, index: number, kind: ElementKind): StoryElement {
  const before = masked.slice(0, index);
  const startRel = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const endMatch = /[.!?](?:\s|$)|\n/.exec(masked.slice(index));
  const endRel = endMatch ? index + endMatch.index + 1 : masked.length;
  const lead = /^\s*/.exec(masked.slice(startRel))![0].length;
  const start = base + startRel + lead;
  const end = Math.max(start, base + endRel);
  return { kind, span: { start, end }, text: text.slice(start, end), from: 'prose' };
}

const words = (s: string) =>
  s
    .replace(/<[^<>]*>|[*_]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;

/**
 * The text with its label lines (`**Who:** …`, `If we don't: …`) blanked, character for
 * character: a field added under a paragraph (by a fix) leaves what the paragraph says unchanged.
 */
export function withoutFields(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string {
  return text
    .split('\n')
    .map((line) => (matchLabelLine(line, vocabulary) ? line.replace(/[^\r]/g, ' ') : line))
    .join('\n');
}
