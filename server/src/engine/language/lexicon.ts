import { alternation } from './pattern.js';

/** Lower-cases and drops the article so `a User` and `the users` compare equal to `user`/`users`. */
export function normaliseWho(who: string): string {
  return who
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:an?|the|one of the|my|our)\s+/, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new WeakMap<readonly string[], RegExp>();

/** A regular expression matching any phrase of the list as whole words, case-insensitively. */
export function phraseMatcher(phrases: readonly string[]): RegExp {
  let re = cache.get(phrases);
  if (!re) {
    re = new RegExp(`(?<![\\w/-])(?:${alternation(phrases)})(?![\\w/-]|\\.\\w)`, 'gi');
    cache.set(phrases, re);
  }
  re.lastIndex = 0;
  return re;
}
