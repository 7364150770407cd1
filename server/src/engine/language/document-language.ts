/**
 * Whether a document is written in English, the only language the rules read. A French backlog
 * read as English is asked for a who, an outcome and a why in every section, and its criteria
 * are judged by English verbs: every finding would be one its authors reject. So a document that
 * plainly is in another language is not checked at all (SPEC §2: trust before recall).
 *
 * The test is the one a reader makes at a glance: the small words. English text is full of
 * "the", "to", "and"; French of "le", "de", "pour". A language is named only when its function
 * words clearly outnumber the English ones, so English with a quoted foreign phrase, a team name
 * or a one-word label stays English; text mostly in a non-Latin script is not English either.
 */
import functionWords from './function-words.json';

/** Enough text to tell, and a bound on the work a keystroke in a huge document pays for it. */
const SAMPLE = 50_000;
/** The fewest function words of another language that can name it (a one-line story has about five). */
const MIN_FOREIGN = 5;
/** How many times the English function words the other language's must be. */
const OUTNUMBER = 2;
/** The fewest letters and the share of them outside the Latin script that make a text not English. */
const MIN_LETTERS = 20;
const NON_LATIN_SHARE = 0.3;

const ASCII = /^[a-z]+$/;
const LATIN = /^\p{Script=Latin}+$/u;
const ENGLISH = new Set(functionWords.english);
const OTHERS = Object.keys(functionWords.others);
/** Each function word of another language → the languages it belongs to ("de" is French, Dutch, Spanish …). */
const LANGUAGES_OF = new Map<string, number[]>();
Object.values(functionWords.others).forEach((words, language) => {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);
});

/** What is not prose: code, HTML comments (template prompts), link targets, addresses and quotes (a message shown). */
const NOT_PROSE = new RegExp(
  [
    /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`/.source,
    /<!--[\s\S]*?(?:-->|$)|\]\([^)\s]*\)?|https?:\/\/\S+/.source,
    /"[^"\n]*"|“[^”\n]*”/.source,
  ].join('|'),
  'g',
);

/**
 * The language `text` is written in when that is plainly not English ("French", "Vietnamese",
 * "a non-Latin script"), else undefined: English, too short to tell, or mixed.
 */
export function foreignLanguageOf(text: string): string | undefined {
  const prose = text.slice(0, SAMPLE).replace(NOT_PROSE, ' ');
  const words = prose.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  const counts = OTHERS.map(() => 0);
  let latin = 0;
  let letters = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    for (const language of LANGUAGES_OF.get(word) ?? []) counts[language]!++;
    letters += word.length;
    if (ASCII.test(word) || LATIN.test(word)) latin += word.length;
  }
  if (letters >= MIN_LETTERS && letters - latin > NON_LATIN_SHARE * letters) return 'a non-Latin script';
  const best = counts.indexOf(Math.max(...counts));
  const most = counts[best]!;
  return most >= MIN_FOREIGN && most >= OUTNUMBER * english ? OTHERS[best] : undefined;
}
