import type { ElementKind, Span, StoryElement, StorySentence } from '../types.js';
import { EMPHASISED_SLOT, isTemplateSlot } from '../text/placeholder.js';
import { firstSentence } from '../text/sentences.js';
import { spacesRead } from '../text/line-index.js';
import { DEFAULT_VOCABULARY } from '../language/vocabulary.js';

/** An adverb inside the want's keyword: "I really want", "I would still like", "I also want", "I only want". */
const KEYWORD_ADVERB = String.raw`(?:(?:really|still|also|only|then)\s+)?`;
/** Verbs of wanting: with no "to" after them the want is a noun phrase ("I want tools", "I'd like reports"). */
const WANTING =
  String.raw`want|don't\s+want|don’t\s+want|do\s+not\s+want|would\s+${KEYWORD_ADVERB}(?:like|love)|` +
  String.raw`['’]d\s+(?:really\s+)?(?:like|love)|wish|need|should\s+have|(?:may|might)\s+want`;
/** The want's keyword: "I want", "we would like", "I can", "I'd like to"; after "I can" a bare verb follows. */
const MODAL =
  String.raw`can|(?:should|must|will)\s+be\s+able|am\s+able|['’]m\s+able|expect|` +
  String.raw`have\s+the\s+(?:ability|capability|option)`;
// "I'd like", "I'm able to" have no space after the "I".
// "As a researcher, would like the ability …": the "I" left out after the who's comma.
// "As an educator, Lee needs to be able to …": the persona's name after the who's comma, in the third person.
const WANT =
  String.raw`(?:(?:I|we)(?:\s+${KEYWORD_ADVERB}|(?=['’][dm]\s))(?:${WANTING}|${MODAL})|` +
  String.raw`(?<=,\s{0,8})would\s+like|` +
  String.raw`(?<=,\s{0,8})[A-Z][a-z]+\s+(?:needs|wants|would\s+like)(?:\s+to\s+be\s+able)?)(?:\s+to)?`;
/** The plainer keyword of a job story and of a lead-in over listed wants: "I want", "I need", "I'd like". */
const PLAIN_WANT = String.raw`(?:\s+(?:want|need|would\s+like)|['’]d\s+like)`;
const NOUN_PHRASE_KEYWORD = new RegExp(String.raw`\b(?:${WANTING})\s*$`, 'i');
/** Whether the want after this keyword is a noun phrase: a verb of wanting with no "to" ("I want", not "I can"). */
export const takesNounPhrase = (keyword: string) => NOUN_PHRASE_KEYWORD.test(keyword);
/** Verbs that can only name a purpose: "to gain insight", "to avoid a fine". */
const PURPOSE_VERB =
  String.raw`gain|identify|ensure|avoid|prevent|reduce|improve|facilitate|understand|learn|research|encourage|` +
  String.raw`increase|decrease|minimi[sz]e|maximi[sz]e|guarantee|protect|comply|accelerate|expedite|streamline|` +
  String.raw`mitigate|alleviate|foster|optimi[sz]e|help`;
/**
 * What follows a "since" that gives a cause: a clause, a pronoun or a noun phrase and its verb ("since the
 * injected variables break my image", "since it'd be nice"), not a time ("since 2007", "since my last visit",
 * "since last registered").
 */
const CAUSE =
  String.raw`\s+(?:(?:I|we|they|he|she|it|you|there)(?:['’](?:d|s|ll|re|ve|m)\b)?\s+(?!last\b)[\w'’]|` +
  String.raw`(?:the|these|those|our|my|their|its)\s+` +
  String.raw`(?!(?:last|first|previous|beginning|start)\b)(?:[\w-]+\s+){0,4}?(?:is|are|was|were|has|have|had|do|` +
  String.raw`does|did|can|cannot|could|will|would|must|should|[a-z]+ed|[a-z]+s)\b)`;
/**
 * Reason clauses: "so that", "such that", "because", a cause after "since", and purpose phrases ("to gain
 * insight", "for ease of").
 * A bare "to <verb>" is usually part of the want ("a button to save my card"), so only verbs
 * that can only name a purpose count. The space after a comma is bounded ({0,8}) wherever it is looked back over:
 * tried at every place of a long masked run, an unbounded one is quadratic.
 */
/** Words after "to" that make it a place, not a purpose: "to the team", "to me". */
const NOT_VERB_AFTER_TO =
  String.raw`(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those|all|each|every|any|other|` +
  String.raw`me|us|them|him|it|you|everyone|people|users?)`;
const SO_THAT =
  String.raw`so\s+that|so(?=\s+(?:[\w.-]+\s+)?(?:I|we|they|he|she|it|my|our|the|that|there|users?|[a-z]+s)\b)|` +
  String.raw`in\s+order\s+(?:to|that)?|` +
  String.raw`because|such\s+that|for\s+(?:the\s+)?(?:purpose|purposes|sake|ease)\s+of|for\s+(?:easy|easier|better)\b|` +
  String.raw`since(?=${CAUSE})|` +
  // A precaution: "…, but still keep it in case it is useful later" (not a condition: "in case of an emergency").
  String.raw`(?:just\s+)?in\s+case(?!\s+of\b)|` +
  // What someone uses a thing to do is the want, not why: "use ALFRED to help me navigate", "use tags to identify".
  String.raw`to(?<!\buse\s+(?:[^\s,]{1,40}\s+){1,4}to)(?=\s+(?:[a-z]+ly\s+)?(?:${PURPOSE_VERB})\b|` +
  String.raw`\s+make\s+(?:\w+\s+){1,6}(?:more|less|better|easier|faster)\b|\s+better\s+[a-z]+\b|` +
  String.raw`\s+more\s+[a-z]+ly\s+[a-z]+\b)|` +
  // After a comma, "to" and a verb: "…, to update the stock" (not a place: "…, to the team", "…, to CSV"; nor one of
  // a series of wants: "…, to set a date, and to have …").
  String.raw`(?<=,\s{0,8})to(?=\s+(?!${NOT_VERB_AFTER_TO}\b)[a-z]+\b(?!\s*[,.;]?\s*$))(?![^]*\band\s+to\b)|` +
  // After a comma, what the want lets someone do: ", allowing me to assess it", ", ensuring a cohesive presence".
  // Without the comma the participle is part of the want: "a setting allowing me to hide posts".
  String.raw`(?<=,\s{0,8})(?:(?:allowing|enabling|letting|helping)` +
  String.raw`(?=\s+(?:me|us|them|him|her|everyone|people|users?)\b)|ensuring|encouraging|thereby|` +
  // What the want gains someone, after a comma: ", speeding up my workflow", ", for maximum flexibility".
  String.raw`speeding\s+up|saving\s+(?:me|us|them|time)\b|for\s+(?:maximum|greater|added|extra|increased)(?=\s))`;
const END = String.raw`\s*[.!]?\s*$`;
/** `, I want <outcome>` after the who, the want's keyword as `keyword` reads it. */
const wantClause = (keyword: string) => String.raw`\s*,?\s*(?<kWant>\b${keyword})\s+(?<want>[^]+?)`;
const WANT_CLAUSE = wantClause(WANT);
/**
 * After "As a <who>", "I should" or "I must" and a bare verb is the want too ("As a user I should gain points …", "As
 * a customer, I must log in to place orders"). Not with nobody named: "We should double-check …" is the team's note to
 * itself.
 */
const WHO_WANT_CLAUSE = wantClause(String.raw`(?:${WANT}|I\s+${KEYWORD_ADVERB}(?:should|must))`);
/**
 * `, so that <why>`, optional. The keyword starts a word of its own: `\b` alone would cut "検査so that"
 * (a letter outside ASCII before "so"), and a rewrite would then split the author's word.
 */
const WHY_CLAUSE = String.raw`(?:\s*,?\s*(?<kWhy>(?<![^\s,;:(*_])\b(?:${SO_THAT}))\s+(?<why>[^]+?))?`;

/**
 * The longest a who, a situation or a reason before the want may run: a real one is a line at most ("a kubeadm user
 * that wishes to modify the KubeletConfiguration … before joining new nodes"). Bounded, each place a statement may
 * start is tried in bounded time: a paragraph of thousands of "As a …" lines with no want is read in linear time.
 */
const LONGEST_CLAUSE = 300;
/**
 * A who runs to the want within one sentence: "… as a response. But we need …" names nobody; nor does one running
 * past a reason ("As a student, I require …, so that I can …", "…, I get both, so I can …", "… because I want to …":
 * the keyword is unknown, the want is not "I can …").
 */
const WHO = String.raw`(?<who>(?:(?![.!?]\s|\bso\s+(?:that|I|we)\b|\bbecause\b)[^\n]){1,${LONGEST_CLAUSE}}?)`;
/** "As a result, we want …", "As a first step, …": a connective, not a role. */
const CONNECTIVE =
  String.raw`(?:result|consequence|rule|whole|matter\s+of|side\s+effect|(?:first|next|last)\s+step|` +
  String.raw`workaround|reminder|bonus|fallback|default|minimum|precaution|compromise|start)`;
const NOT_CONNECTIVE = String.raw`(?!\s*${CONNECTIVE}\b)`;
const RELATIVE = String.raw`(?:who|whom|whose|that|which)`;
/**
 * "As the service is automating …, we need …", "As the team has grown, …": a subject and its verb make "as" a
 * conjunction of time or reason. A verb after "who" or "that" is the role's own ("As a user who is blind").
 */
const NOT_CLAUSE =
  String.raw`(?!\s*(?:(?!${RELATIVE}\b)[\w'’-]+\s+){1,3}(?:is|are|was|were|has|have|had|` +
  // "As Monitor becomes a more mature product, we need …": a change under way, said of the subject.
  String.raw`becomes|grows|matures|evolves|expands|scales|continues|gets)\b)`;
/** "… confident as a team that we can get through …": a who never ends on the word that opens a clause. */
const WHOLE_WHO = String.raw`(?<!\b${RELATIVE}\s*)`;
/** "a", "an", "the"; "a(n)", as templates write the article for either. */
const ARTICLE = String.raw`(?:an?\b(?:\(n\))?|the\b)`;
/** `As a <who>, I want <outcome>, so that <why>`; the why is optional. */
const CLASSIC = new RegExp(
  String.raw`(?<kAs>\bas\s+(?:${ARTICLE}|one\s+of\s+the\b))${NOT_CONNECTIVE}${NOT_CLAUSE}\s*${WHO}${WHOLE_WHO}` +
    String.raw`${WHO_WANT_CLAUSE}${WHY_CLAUSE}${END}`,
  'id',
);

/**
 * "As" that opens a clause, not a role: "As discussed with @x, we need …", "As part of this, we …",
 * "As per the spec, I need …". A participle is a role only before a noun ("As registered user").
 */
const NOT_ROLE =
  String.raw`(?!(?:part|per|of|soon|long|well|far|such|usual|always|you|we|i|it|this|that|an?\s+${CONNECTIVE})\b)` +
  String.raw`(?!\w+ed\b\s*(?:,|(?:with|in|on|by|at|for|above|below|before|earlier|previously|during|yesterday)\b))`;
/** A story's number before its statement: "Us1:", "US-12 –", "3.". */
const STORY_NUMBER = String.raw`(?:[a-z]{0,8}[-_ ]?#?\d+(?:\.\d+)*\s*[:.)–—-]\s*)?`;
/** `As User, I want …`: no article, only at the start of a block, after its number ("Us1: As effect creator"). */
const CLASSIC_BARE = new RegExp(
  String.raw`(?<![^\n])[\s*_>"“-]*${STORY_NUMBER}(?<kAs>as)\s+${NOT_ROLE}${NOT_CLAUSE}(?<who>[^\n,]+?)${WHOLE_WHO}` +
    String.raw`${WHO_WANT_CLAUSE}${WHY_CLAUSE}${END}`,
  'id',
);

/** `In order to <why>, as a <who>, I want <outcome>`; "In order that <why>" too. */
const IN_ORDER = new RegExp(
  String.raw`(?<kWhy>\bin\s+order\s+(?:to|that))\s+(?<why>[^]{1,${LONGEST_CLAUSE}}?)\s*,?\s*(?<kAs>\bas\s+an?)\s+` +
    String.raw`${WHO}` +
    String.raw`${WANT_CLAUSE}${END}`,
  'id',
);

/**
 * `As a <who>, in order to <why>, I want <outcome>`, or `As a <who>, so (that) I can <why>, I want <outcome>` (one
 * clause to a line, as a coding school's template writes it, its commas left out or not): the reason between the who
 * and the want.
 */
const AS_IN_ORDER = new RegExp(
  String.raw`(?<kAs>\bas\s+${ARTICLE})\s*(?<who>[^\n,]{1,${LONGEST_CLAUSE}}?)\s*(?:,|\r?\n)\s*` +
    String.raw`(?<kWhy>\bin\s+order\s+to|\bso\s+that\b|\bso(?=\s+(?:I|we)\s))\s+` +
    String.raw`(?<why>[^\n]{1,${LONGEST_CLAUSE}}?)\s*(?:,|(?=\r?\n))` +
    String.raw`${WANT_CLAUSE}${END}`,
  'id',
);

/**
 * "As an IT-streamed student, I have very particular questions … . Because of this I'd love a study website …": a
 * narrative that names its who and the person's situation first, and says the want a sentence or two later. Only at
 * the start of its block, the who ended by its comma and followed by "I" or "we"; the want said with a verb of
 * wanting, never "I can" (what someone can do is part of the situation).
 */
const NARRATIVE = new RegExp(
  String.raw`^[\s*_>"'“”‘’]*(?<kAs>\bas\s+${ARTICLE})${NOT_CONNECTIVE}${NOT_CLAUSE}\s*` +
    String.raw`(?<who>[^\n,.!?;:]{1,80}?)\s*,\s*(?=(?:I|we)\b)` +
    String.raw`(?:[^\n.!?]{1,${LONGEST_CLAUSE}}[.!?]["'”’]?\s+){1,3}?(?:[^\n.!?]{0,200}?\s)?` +
    String.raw`(?<kWant>\b(?:I|we)(?:\s+${KEYWORD_ADVERB}|(?=['’]d\s))(?:${WANTING})(?:\s+to)?)\s+` +
    String.raw`(?<want>[^]+?)${WHY_CLAUSE}${END}`,
  'id',
);

/** `When <situation>, I want to <motivation>, so I can <outcome>`. */
const JOB = new RegExp(
  String.raw`(?<kWhen>\bwhen)\s+(?<situation>[^]{1,${LONGEST_CLAUSE}}?)\s*,?\s*` +
    String.raw`(?<kWant>\bI${PLAIN_WANT}(?:\s+to)?)\s+` +
    String.raw`(?<want>[^]+?)(?:\s*,?\s*(?<kWhy>\bso\s+(?:that\s+)?(?:I|we)\s+(?:can|could|will)|so\s+that|so\s+I)\s+` +
    String.raw`(?<why>[^]+?))?${END}`,
  'id',
);

/** A need's number before its statement: "UN1: I expect you to …", "R-3.1: I need …". */
const NEED_NUMBER = String.raw`(?:[a-z]{1,6}[-_]?\d+(?:\.\d+)*\s*:\s*)?`;
/** `I want <outcome>, so that <why>` with nobody named. */
const WANT_ONLY = new RegExp(
  String.raw`^[\s*_>]*${NEED_NUMBER}(?<kWant>${WANT})\s+(?<want>[^]+?)${WHY_CLAUSE}${END}`,
  'id',
);

function element(
  kind: ElementKind,
  m: RegExpExecArray,
  group: string,
  labelGroup: string | undefined,
  base: number,
  text: string,
): StoryElement | undefined {
  const at = m.indices?.groups?.[group];
  if (!at) return undefined;
  const span: Span = { start: base + at[0], end: base + at[1] };
  const labelAt = labelGroup ? m.indices?.groups?.[labelGroup] : undefined;
  const el: StoryElement = { kind, span, text: text.slice(at[0], at[1]), from: 'sentence' };
  if (labelAt) el.label = { start: base + labelAt[0], end: base + labelAt[1] };
  return el;
}

/** A definition list's ": " opening a line ("User Story 0⏎: As a student⏎: I want …"): markup, not words. */
const DEFINITION_MARK = /^:[ \t]+(?=\S)/gm;

/**
 * Finds a classic or job sentence in `text` (the source of one paragraph or list item,
 * which starts at document offset `base`). Emphasis markers are left in place so offsets
 * stay exact; trailing punctuation is not part of any element.
 */
export function parseSentence(raw: string, base: number): StorySentence | undefined {
  const sentence = readSentence(
    latinLetters(raw).replace(DEFINITION_MARK, (m) => ' '.repeat(m.length)),
    base,
  );
  // "We can be found in our chat channel", "I can be reached at …": where someone is, not what they want; "I'd like
  // us to make sure …": the team asked to do something, as "we need to" asks it.
  return sentence && !sentence.who && NO_WANT.test(sentence.outcome?.text ?? '') ? undefined : sentence;
}
const NOT_WANTING = /\bnot\b|n['’]t\b/i;
const NO_WANT = /^(?:be\s+(?:found|reached|contacted)|us\s+to)\b/i;

/** The statement `text` makes, read with its keywords' emphasis and without. */
function readSentence(text: string, base: number): StorySentence | undefined {
  // With its keywords in emphasis ("**As a** shopper **I want** …", Jira's "*As a* shopper *I want* …") the
  // statement is read without the markup first: read with it, "I can" in the why passed for the want.
  if (KEYWORD_IN_EMPHASIS.test(text)) return matchSentence(unwrap(text), base) ?? matchSentence(text, base);
  return matchSentence(text, base) ?? matchSentence(unwrap(text), base);
}

/** Cyrillic letters drawn as Latin ones, and the Latin letter each is read as. */
const LATIN_OF: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'g');

/**
 * "Аs a …" typed with a Cyrillic А (a keyboard left in another layout) reads as "As a …"; one character for one,
 * so every offset holds.
 */
function latinLetters(text: string): string {
  return text.replace(LOOKALIKE, (c) => LATIN_OF[c]!);
}

/**
 * The keywords a statement's parts open with, as templates set them apart (in emphasis, or a part to a paragraph):
 * the who's, the want's and the why's.
 */
export const PART_KEYWORDS = {
  who: String.raw`as\s+(?:an?|the)`,
  want: String.raw`i(?:\s+(?:want|need|would\s+like|can)|['’]d\s+like)`,
  why: String.raw`so\s+that|so(?=\s+(?:I|we)\s)|in\s+order(?:\s+(?:to|that))?`,
} as const;

/** A statement's keyword in emphasis, single or double: `**As a**`, `*I want*`, `_so that_`. */
const KEYWORD_IN_EMPHASIS = new RegExp(
  // Bold italics nest two markers ("**_As a_**", "_**I want**_", "***so that***"): any run of up to three opens it.
  // A story card writes them as labels, the colon inside or after the emphasis: "**As a:** user", "**I want**: …".
  String.raw`(?<![\p{L}\p{N}*_])([*_]{1,3})(?:${PART_KEYWORDS.who}|${PART_KEYWORDS.want}|${PART_KEYWORDS.why})` +
    String.raw`(?![\p{L}\p{N}])[^*_\n]{0,12}?[*_]{1,3}(?![\p{L}\p{N}*_])(?::(?=[ \t]))?`,
  'iu',
);
/** Every keyword in emphasis, for blanking their markers. */
const KEYWORDS_IN_EMPHASIS = new RegExp(KEYWORD_IN_EMPHASIS, 'giu');

/**
 * Templates write the classic form over several lines, in bold, joined by `<br>` ("**As a** …
 * <br>**I want** …"). Blanks the markup character for character and joins the lines, so the
 * clauses match with their offsets unchanged. Only a block that starts with "As a" is joined.
 */
function unwrap(text: string): string {
  const bare = text
    .replace(/<br\s*\/?>/gi, (m) => ' '.repeat(m.length))
    .replace(KEYWORDS_IN_EMPHASIS, (m) => m.replace(/[*_]|:(?=[*_\s]*$)/g, ' '))
    .replace(/\*\*|__/g, '  ');
  return /^[\s>-]*as\s+(?:an?|the)\b/i.test(bare) ? bare.replace(/\r?\n/g, (m) => ' '.repeat(m.length)) : bare;
}

/** A block opening with a quotation mark, after a list's number or a quote's marker: `10. “As a student, …`. */
const QUOTED_BLOCK = /^[\s*_>\d.)-]*["“‘]/;

/** A who that ends in "then": the want after it goes on from a step ("…, then I can"). */
const THEN_BEFORE_WANT = /(?:^|[\s,])then[\s,]*$/i;

function matchSentence(text: string, base: number): StorySentence | undefined {
  // A statement quoted as its author said it ("“As a student, … I'd love a way to share notes.”") ends before the stop;
  // a quote closing at the end of one that opens unquoted is the last words' ("… deemed the driver “safe.”").
  const trimmed = text.replace(/[\s.!]+$/, '');
  const trimmedEnd = QUOTED_BLOCK.test(trimmed)
    ? trimmed.replace(/(?<=[.!?])["”’]+$/, '').replace(/[\s.!]+$/, '')
    : trimmed;
  for (const [form, re] of [
    ['job', JOB],
    ['classic', IN_ORDER],
    ['classic', AS_IN_ORDER],
    ['classic', CLASSIC],
    ['classic', CLASSIC_BARE],
    ['classic', WANT_ONLY],
    ['classic', NARRATIVE],
  ] as const) {
    const m = re.exec(trimmedEnd);
    if (!m) continue;
    if (form === 'job' && m.index > 0 && /\S/.test(trimmedEnd.slice(0, m.index).replace(/[*_>\-+\s]/g, ''))) continue;
    const sentence: StorySentence = {
      form,
      span: { start: base + m.index, end: base + trimmedEnd.length },
    };
    const who = element('who', m, 'who', 'kAs', base, trimmedEnd);
    // A template's empty statement ("**As a** <br>**I want to** <br>**so that**") states nothing.
    if (who && !/[\p{L}\p{N}]/u.test(who.text)) continue;
    // "I export the words as a .tsv file, then I can build a lookup": what follows a step, not a role and its want.
    if (who && THEN_BEFORE_WANT.test(who.text)) continue;
    const situation = element('who', m, 'situation', 'kWhen', base, trimmedEnd);
    const outcome = element('outcome', m, 'want', 'kWant', base, trimmedEnd);
    // "I need to" and nothing after it: a list's last slot, left to fill.
    if (outcome && /^to$/i.test(outcome.text.trim())) continue;
    const why = element('why', m, 'why', 'kWhy', base, trimmedEnd);
    // Nor does one whose slots still hold the template's words ("**As a** _user_ <br>**I want** _goal_"),
    // however else its words could be read.
    if (who && outcome && EMPHASISED_SLOT.test(who.text) && EMPHASISED_SLOT.test(outcome.text)) return undefined;
    // "As a **grantor**, I want to:" introduces the wants listed under it: it states none itself.
    if (outcome && !why && ONLY_LEADS_IN.test(outcome.text)) continue;
    if (who) sentence.who = trimElement(who);
    if (situation) sentence.situation = trimElement(situation);
    if (outcome) sentence.outcome = trimElement(ownSentence(outcome));
    // "I do not want …": the "not" is the keyword's, and the want is one to be spared.
    if (sentence.outcome && NOT_WANTING.test(m.groups?.kWant ?? '')) sentence.outcome.negated = true;
    if (why) sentence.why = trimElement(ownSentence(why));
    else if (who && outcome && /\n/.test(text.slice(who.span.end - base, outcome.span.start - base)))
      reasonOnLastLine(sentence);
    if (outcome && !sentence.why) reasonInNextSentence(sentence, outcome);
    if (sentence.outcome && !sentence.why && /\bto$/i.test(m.groups?.kWant ?? '')) purposeAfterObject(sentence);
    return sentence;
  }
  return undefined;
}

/**
 * The last line of a want, opened by "to" and a verb and another word: "to prioritize cards for each actor", not "to
 * my manager".
 */
const PURPOSE_LINE = new RegExp(
  String.raw`\r?\n[ \t]*(?<kWhy>[Tt]o)[ \t]+(?!${NOT_VERB_AFTER_TO}\b)[a-z]+[ \t]+\S[^\n]*$`,
  'd',
);

/**
 * A statement written a clause to a line ("As a user,⏎I should be able to drag and drop cards⏎to prioritize cards")
 * gives its reason on a line of its own, as it gives it after a comma. Only there: in a want wrapped as prose ("As a
 * user, I want to move the card⏎to another list") a line break is where the editor wrapped the words.
 */
function reasonOnLastLine(sentence: StorySentence): void {
  const want = sentence.outcome!;
  const m = PURPOSE_LINE.exec(want.text);
  const at = m?.indices?.groups?.kWhy;
  if (!m || !at || m.index === 0) return;
  const whyStart = at[1] + /^[ \t]*/.exec(want.text.slice(at[1]))![0].length;
  const why = whyInWant(want, whyStart, at);
  sentence.outcome = trimElement({
    ...want,
    text: want.text.slice(0, m.index),
    span: { ...want.span, end: want.span.start + m.index },
  });
  sentence.why = trimElement(why);
}

/** Whom a want is said to let do something: the who, by pronoun or as the people it serves. */
const LET_WHOM = String.raw`(?:me|us|them|him|her|users?|people|everyone|customers?)`;
/**
 * A sentence that says what the want lets its who do: "This will allow me to …", "It would let us …", "That way I can
 * …" (not "This will allow the API to …": a system's gain is not the who's).
 */
const REASON_SENTENCE = new RegExp(
  String.raw`^\s*(?:(?<kWhy>(?:This|That|It)\s+(?:(?:will|would|should|could|can)\s+(?:allow|let|help|enable)|` +
    String.raw`allows|lets|helps|enables)\s+${LET_WHOM}(?:\s+to)?)\s+(?=[a-z])|` +
    String.raw`(?<kWay>(?:This|That)\s+way,?)\s+(?=(?:${LET_WHOM}|I|we|they|he|she)\s+(?:can|could|will|would)\s))`,
  'd',
);

/**
 * A statement's reason said in the sentence right after its want ("As Dave, I would like an app to track my workouts.
 * This will allow me to view my progress."), as a why clause would have said it.
 */
function reasonInNextSentence(sentence: StorySentence, want: StoryElement): void {
  const end = firstSentence(want.text).end;
  if (end >= want.text.length) return;
  const m = REASON_SENTENCE.exec(want.text.slice(end));
  const at = m?.indices?.groups?.kWhy ?? m?.indices?.groups?.kWay;
  if (!m || !at) return;
  sentence.why = trimElement(ownSentence(whyInWant(want, end + m[0].length, [end + at[0], end + at[1]])));
}

/**
 * A want that is a verb and its object, then "to" and a verb: "view multiple versions of a report to get historical
 * information", "create groups of users to manage permissions".
 */
const PURPOSE_AFTER_OBJECT = new RegExp(
  String.raw`^(?:be\s+able\s+to\s+)?(?<verb>[a-z]+)\s+(?<object>(?:[^\s,.;:!?]+\s+){0,10}?[^\s,.;:!?]+)\s+` +
    String.raw`(?<kWhy>to)\s+(?<aim>[a-z]+)\s+(?<next>\S+)`,
  'd',
);
// The parser reads the built-in word lists, as the reason clauses of a rewrite do (see reason-clause.ts).
/** Verbs whose object takes a "to" of its own ("ask the admin to approve"), or whose "to" says what a change is. */
const OBJECT_THEN_TO: ReadonlySet<string> = new Set(DEFAULT_VOCABULARY.objectToVerbs);
/** Verbs that may follow the "to": any the word lists know as a goal, a way of looking, an end or an aim. */
const PURPOSE_AIMS = new Set(
  [
    ...DEFAULT_VOCABULARY.goalVerbs,
    ...DEFAULT_VOCABULARY.lookVerbs,
    ...DEFAULT_VOCABULARY.endVerbs,
    ...DEFAULT_VOCABULARY.aimVerbs,
    ...PURPOSE_VERB.split('|'),
  ].filter((w) => !/\s/.test(w)),
);
/** The first word of an object: a determiner or a pronoun ("spread my knowledge", "help them"). */
const OBJECT_OPENING = /^(?:the|a|an|my|our|your|their|his|her|its|this|these|those|me|us|them|him|it)$/i;
const NOT_VERB_AFTER_TO_WORD = new RegExp(String.raw`^${NOT_VERB_AFTER_TO}$`, 'i');
/** Participles whose "to" is theirs: "prompted to look", "asked to approve", "allowed to edit". */
const PROMPTED = /^(?:prompted|asked|allowed|enabled|required|forced|encouraged|invited|expected|told|reminded)$/;
/** Words that open a clause, or are its subject, inside a want's object. */
const CLAUSE_WORDS = new Set(
  'that which who whom whose if when whether because while where i we they he she'.split(' '),
);
const NOT_PURPOSE_AFTER = new Set([
  ...DEFAULT_VOCABULARY.purposeBlockers,
  ...DEFAULT_VOCABULARY.uiWidgets.filter((w) => !/\s/.test(w)),
]);

/**
 * The purpose a verb-phrase want gives after its object ("I want to search for a report by keyword to locate it"): the
 * why, as after "so that". Not what a thing is for ("a button to export"), nor a verb's second object ("ask the admin
 * to approve"), nor a destination ("move the card to another list").
 */
function purposeAfterObject(sentence: StorySentence): void {
  const want = sentence.outcome!;
  const first = firstSentence(want.text).end;
  const m = PURPOSE_AFTER_OBJECT.exec(want.text.slice(0, first));
  const at = m?.indices?.groups?.kWhy;
  if (!m || !at) return;
  const { verb, object, aim, next } = m.groups!;
  const words = object!.toLowerCase().split(/\s+/);
  const before = words.at(-1)!;
  const owned =
    OBJECT_THEN_TO.has(verb!) ||
    // The "to" of a verb inside the object: "… and allow apps to create", "a scientist should be prompted to look".
    words.slice(-3).some((w) => OBJECT_THEN_TO.has(w) || PROMPTED.test(w)) ||
    // A clause inside the object has its own "to": "a script that tests to see if", "if it fails to make".
    words.some((w) => CLAUSE_WORDS.has(w)) ||
    NOT_PURPOSE_AFTER.has(before) ||
    // An adverb before "to" leads into a second want: "… and possibly to replicate beyond the site".
    before.endsWith('ly');
  // A verb the vocabulary knows, or any word an object follows: "to spread my knowledge" (not "to another list").
  const aims = PURPOSE_AIMS.has(aim!) || (OBJECT_OPENING.test(next!) && !NOT_VERB_AFTER_TO_WORD.test(aim!));
  if (owned || aim === 'be' || !aims || /^(?:if|whether)$/i.test(next!)) return;
  sentence.why = trimElement(ownSentence(whyInWant(want, m.indices!.groups!.aim![0], at)));
  sentence.outcome = trimElement({
    ...want,
    text: want.text.slice(0, at[0]),
    span: { ...want.span, end: want.span.start + at[0] },
  });
}

/**
 * The why found inside the words read as the want: from `start` to the want's end, its keyword at `label` (offsets
 * into the want's text).
 */
function whyInWant(want: StoryElement, start: number, label: readonly [number, number]): StoryElement {
  return {
    kind: 'why',
    span: { start: want.span.start + start, end: want.span.end },
    text: want.text.slice(start),
    from: 'sentence',
    label: { start: want.span.start + label[0], end: want.span.start + label[1] },
  };
}

/**
 * A want that is only the words leading into a list: "to:", "the:", "to be able to:", "to be able to..." (its dots
 * trimmed: "be able to").
 */
const ONLY_LEADS_IN = /^(?:(?:to|the|a|an|be|able)\s+)*(?:(?:to|the|a|an|be|able)\s*(?::|\.{3}|…)?|(?::|\.{3}|…))$/i;

/** `As a **grantor**, I want to:`, "As an organisation, I can:" over a list of wants: the who they share. */
const LEAD_IN_LINE = new RegExp(
  String.raw`^[\s*_>+-]*(?<kAs>\bas\s+(?:${ARTICLE}|one\s+of\s+the\b))\s*${WHO}\s*,?\s*` +
    String.raw`\b(?:I|we)(?:${PLAIN_WANT}|\s+can|\s+should\s+be\s+able\s+to)(?:\s+(?:to|the))?\s*:\s*$`,
  'id',
);
/**
 * A line naming only the person the wants listed under it are for: "As a participant…", "As a provider:". Whether
 * its words name a person is the caller's to judge ("As a result:" names no one).
 */
const PERSON_LEAD_IN_LINE = new RegExp(
  String.raw`^[\s*_>+-]*(?<kAs>\bas\s+${ARTICLE})\s*(?<who>[^\n,;:.…]{1,60}?)[\s*_]*(?::|…|\.{3})[\s*_]*$`,
  'id',
);
/** One want listed under a lead-in: `to see my grants, so that I can plan`, or `I want to see …`. */
const LISTED_WANT = new RegExp(String.raw`^[\s*_>]*(?:to\s+)?(?<want>[^]+?)${WHY_CLAUSE}${END}`, 'id');

/** The who of a line that leads into a list of wants (see `LEAD_IN_LINE`), emphasis blanked. */
export function parseLeadIn(text: string, base: number, personOnly = false): StoryElement | undefined {
  const bare = latinLetters(text).replace(/\*\*|__/g, '  ');
  const m = personOnly
    ? PERSON_LEAD_IN_LINE.exec(spacesRead(bare))
    : LEAD_IN_LINE.exec(spacesRead(bare).replace(/[\s.!]+$/, ''));
  const who = m ? element('who', m, 'who', 'kAs', base, bare) : undefined;
  // A template's slot ("{type of user 1}", "[type of user 1]") leads into the template's own wants.
  return who && /[\p{L}\p{N}]/u.test(who.text) && !isTemplateSlot(who.text) ? trimElement(who) : undefined;
}

/**
 * A want listed under a lead-in, read as a statement of the lead-in's who: "As a **grantor**, I
 * want:" over "- to see my grants, so that I can plan" states "As a grantor, I want to see my grants …".
 */
export function parseListedWant(raw: string, base: number, who: StoryElement): StorySentence | undefined {
  const text = latinLetters(raw);
  const own = matchSentence(text, base);
  if (own?.who || own?.situation) return own;
  if (own) return { ...own, who };
  const trimmedEnd = text.replace(/[\s.!]+$/, '');
  const m = LISTED_WANT.exec(trimmedEnd);
  const outcome = m ? element('outcome', m, 'want', undefined, base, trimmedEnd) : undefined;
  if (!m || !outcome || !/[\p{L}\p{N}]{2,}/u.test(outcome.text)) return undefined;
  const sentence: StorySentence = {
    form: 'classic',
    span: { start: outcome.span.start, end: base + trimmedEnd.length },
    who,
    outcome: trimElement(ownSentence(outcome)),
  };
  const why = element('why', m, 'why', 'kWhy', base, trimmedEnd);
  if (why) sentence.why = trimElement(ownSentence(why));
  return sentence;
}

/**
 * The want or the why up to the end of its sentence: what runs on after it ("I can update and delete
 * the object. No one else can.", "… available. Particularly, I can …") is said beside the statement.
 */
function ownSentence(el: StoryElement): StoryElement {
  // A quoted statement ends where its quote closes: "… with my contacts." _(L) (COULD)_ tags it after.
  const closed = QUOTE_CLOSED.exec(el.text);
  const end = Math.min(firstSentence(el.text).end, closed ? closed.index + 1 : Infinity);
  if (end >= el.text.length) return el;
  const text = el.text.slice(0, end).replace(/[.!?]+$/, '');
  return { ...el, text, span: { start: el.span.start, end: el.span.start + text.length } };
}

/** A stop and the quote it closes, before a space or the end: `…contacts." _(L)_`. */
const QUOTE_CLOSED = /[.!?]["”](?=\s|$)/;

/** Drops trailing commas and emphasis so the squiggle sits on the words. */
function trimElement(el: StoryElement): StoryElement {
  const m = /[\s,;:*_]+$/.exec(el.text);
  if (!m || m.index === 0) return el;
  return { ...el, text: el.text.slice(0, m.index), span: { start: el.span.start, end: el.span.start + m.index } };
}
