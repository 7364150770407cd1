/** Turns word lists into regular-expression source. */

/** A phrase as regular-expression source: special characters escaped, a space matching any run of white space. */
export function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * The phrases as the alternatives of a regular expression, longest first: where two start at
 * the same place ("google pay" and "google"), the longer one is the match.
 */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

/** As `alternation`, a space also matching `_` or `-` (`tech_debt`, `end-user`): for words written as tags. */
export function tagAlternation(phrases: readonly string[]): string {
  return alternation(phrases).replace(/\\s\+/g, '[\\s_-]+');
}
