/**
 * Splits a want that bundles several goals ("export, print and share reports") into one
 * goal each ("export reports", "print reports", "share reports"). Returns undefined for a
 * single goal, including a compound object ("find centres and their hours") and a means
 * with its end ("enter my zip code and get a list of facilities").
 */
import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from './vocabulary.js';

const LEAD_IN = new RegExp(
  String.raw`^(?:(?:to|either|be\s+able\s+to|have\s+the\s+(?:ability|option)\s+to|` +
    String.raw`have\s+an?\s+(?:method|way|option)\s+to|be\s+allowed\s+to)\s+)+`,
  'i',
);
/** Where a want's goals divide: commas, "and", "or", "as well as", "&". */
const GOAL_SEPARATOR = new RegExp(
  String.raw`\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and\s+also|as\s+well\s+as|and\/or|and|or|&)\s+`,
  'i',
);

const verbsOf = perVocabulary((vocabulary) => ({
  /** Verbs that start a goal of their own. */
  goal: new Set(vocabulary.goalVerbs.map((w) => w.toLowerCase())),
  /** Second verbs that are the end of the first, not a goal of their own. */
  end: new Set(vocabulary.endVerbs.map((w) => w.toLowerCase())),
  /** Looking for something is the means to what is done with it. */
  look: new Set(vocabulary.lookVerbs.map((w) => w.toLowerCase())),
  /** Both verbs of a pair that switches one thing back and forth, either way round: "open close", "close open". */
  toggle: new Set(
    vocabulary.toggleVerbs.flatMap((pair) => {
      const [on, off] = pair.toLowerCase().split('/');
      return off ? [`${on} ${off}`, `${off} ${on}`] : [];
    }),
  ),
}));

/** "open and close the drawer", "block and unblock a player": switching one thing back and forth is one goal. */
function isToggle(first: string, second: string, toggles: ReadonlySet<string>): boolean {
  return toggles.has(`${first} ${second}`) || second === `un${first}` || first === `un${second}`;
}

/** The particles of a phrasal verb ("set up", "sign in"): a verb with only these still takes the shared object. */
const PARTICLES = new Set(['up', 'down', 'in', 'out', 'on', 'off', 'over', 'back', 'away']);

/**
 * Words after which a verb-like word is a noun of the object: "a record of payments", "their schedule at camp", "a
 * username, email and password" (a verb is followed by what it acts on, not at once by a conjunction).
 */
const NOUN_AFTER = new Set(['of', 'at', 'and', 'or']);

/** A clause opened before the last goal: "know when periods start and end" joins inside it. */
const SUBORDINATE = /\s(?:when|where|what|which|who|whom|whose|whether|if|how|that|while|until|before|after)\s/i;

/** A goal that goes on with a purpose: a "to" after its first word, followed by a goal verb. */
function purposeIn(part: string, goalVerbs: ReadonlySet<string>): boolean {
  const words = part.toLowerCase().split(/\s+/);
  return words.some((w, i) => i > 0 && w === 'to' && goalVerbs.has(words[i + 1] ?? ''));
}

const SEPARATOR_KEPT = new RegExp(`(${GOAL_SEPARATOR.source})`, 'i');

/**
 * The want cut where its goals divide. A last piece that opens with no goal verb ends the object
 * before it ("validate files from FABS and FPDS data"), so it stays there with its conjunction;
 * anywhere else such a piece is left for the caller to refuse ("…by entering my name, email address,
 * a password and a username" lists what is entered, not goals).
 */
function goalParts(phrase: string, opensGoal: (piece: string) => boolean): GoalPart[] {
  const pieces = phrase.split(SEPARATOR_KEPT);
  const last = pieces.length - 1;
  const endsObject = last >= 2 && !opensGoal(withoutRepeatedTo(pieces[last]!)) && !/,/.test(pieces[last - 1]!);
  const kept = endsObject
    ? [...pieces.slice(0, last - 2), pieces[last - 2]! + pieces[last - 1]! + pieces[last]!]
    : pieces;
  const parts: GoalPart[] = [];
  for (let i = 0; i < kept.length; i += 2) {
    if (kept[i]!.length === 0) continue;
    parts.push({ text: withoutRepeatedTo(kept[i]!), commaAfter: /,/.test(kept[i + 1] ?? '') });
  }
  return parts;
}

/** A piece of a want between two separators, and whether a comma ends it. */
interface GoalPart {
  text: string;
  commaAfter: boolean;
}

/** "research requirements and to select a service": a second "to" repeats the first, it opens a goal. */
const withoutRepeatedTo = (piece: string) => piece.replace(/^to\s+/i, '');

/** The goals of a want, or undefined when it has one (see the module comment). */
export function splitGoals(want: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string[] | undefined {
  // A name in quotes ("View and Change Company Info") is one word here: its "and" divides nothing.
  const quoted: string[] = [];
  const masked = want.replace(QUOTED, (name) => `${QUOTE_MARK}${quoted.push(name) - 1}${QUOTE_MARK}`);
  const goals = splitMasked(masked, vocabulary);
  return goals?.map((g) => g.replace(MARKED, (mark, i: string) => quoted[Number(i)] ?? mark));
}

const QUOTED = /"[^"\n]{1,80}"|“[^”\n]{1,80}”/g;
/** A character no text holds, around a quoted name's number. */
const QUOTE_MARK = '\uE000';
const MARKED = new RegExp(`${QUOTE_MARK}(\\d+)${QUOTE_MARK}`, 'g');

function splitMasked(want: string, vocabulary: Vocabulary): string[] | undefined {
  const verbs = verbsOf(vocabulary);
  const lead = LEAD_IN.exec(want)?.[0] ?? '';
  const phrase = want.slice(lead.length).replace(/[.\s]+$/, '');
  // A list after a colon is the object's detail: "marked with: day, time, title and level".
  if (/[():;]/.test(phrase)) return undefined;
  const opensGoal = (piece: string) => {
    const [first = '', second = ''] = piece.toLowerCase().split(/\s+/);
    return (verbs.goal.has(first) || verbs.end.has(first)) && !NOUN_AFTER.has(second);
  };
  const pieces = goalParts(phrase, opensGoal);
  if (pieces.length < 2) return undefined;
  if (!pieces.every((p) => opensGoal(p.text))) return undefined;
  // "know when periods start and end" joins inside the clause; a comma before the conjunction ends it.
  if (pieces.slice(0, -1).some((p) => SUBORDINATE.test(p.text) && !p.commaAfter)) return undefined;
  const parts = pieces.map((p) => p.text);
  const firstWords = parts.map((p) => p.split(/\s+/)[0]!.toLowerCase());
  if (parts.length === 2 && verbs.end.has(firstWords[1]!) && parts[0]!.includes(' ')) return undefined;
  if (firstWords.some((w) => verbs.end.has(w)) && parts.length === 2) return undefined;
  if (new Set(firstWords).size < parts.length) return undefined;
  // "access and view the documents", "see and browse": ways of looking at one thing are one goal.
  if (firstWords.every((w) => verbs.look.has(w))) return undefined;
  if (parts.length === 2 && isToggle(firstWords[0]!, firstWords[1]!, verbs.toggle)) return undefined;
  const words = parts.map((p) => p.split(/\s+/).length);
  const last = parts[parts.length - 1]!;
  // An object is shared forwards ("export, print and share reports"), never backwards:
  // a bare verb after goals with objects joins inside the goal before it ("start and end").
  if (words[words.length - 1] === 1 && words.some((n) => n > 1)) return undefined;
  // "email the provider to report issues and ask questions": the verbs after a purpose "to" share it.
  if (parts.slice(0, -1).some((p) => purposeIn(p, verbs.goal))) return undefined;
  // "search for and download protocols", "view the versions and restore one": one goal and its means.
  if (parts.length === 2 && verbs.look.has(firstWords[0]!) && words[0]! > 1) return undefined;
  // "export, print and share reports": the object is written once, at the end, after the verb and its particle.
  const lastWords = last.split(/\s+/);
  const objectAt = 1 + lastWords.slice(1).findIndex((w) => !PARTICLES.has(w.toLowerCase()));
  const object = objectAt > 0 ? lastWords.slice(objectAt).join(' ') : '';
  const bare = (p: string) => p.split(/\s+/).every((w, i) => i === 0 || PARTICLES.has(w.toLowerCase()));
  const goals = parts.map((p) => (!bare(p) || !object ? p : `${p} ${object}`));
  return goals.map((g) => lead + g);
}
