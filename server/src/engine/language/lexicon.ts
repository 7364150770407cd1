import type { Vocabulary } from '../config/types.js';

/** The defaults behind every word list a rule reads. Configuration extends them. */
export const DEFAULT_VOCABULARY: Vocabulary = {
  genericWho: [
    'user', 'users', 'customer', 'customers', 'client', 'clients', 'someone', 'somebody', 'anyone',
    'people', 'person', 'stakeholder', 'stakeholders', 'the system', 'system', 'we', 'us', 'the team',
    'team', 'team member', 'visitor', 'visitors', 'member', 'members', 'company', 'the business',
    'business', 'end user', 'end-user', 'end users', 'everyone', 'i',
  ],
  ambiguous: [
    'some', 'several', 'various', 'etc', 'etc.', 'and/or', 'as needed', 'as appropriate', 'appropriate',
    'appropriately', 'tbd', 'tbc', 'if possible', 'where possible', 'as necessary', 'and so on',
    'a variety of', 'many', 'few', 'a number of', 'reasonable', 'properly', 'user-friendly',
    'user friendly', 'easy', 'easily', 'quickly', 'efficient', 'efficiently', 'flexible', 'better',
    'enough', 'effectively', 'adequate', 'adequately', 'sufficient', 'in a timely manner', 'numerous', 'as required',
    'if needed', 'if necessary', 'and so forth',
  ],
  vague: [
    'fast', 'faster', 'quick', 'quickly', 'slow', 'intuitive', 'user-friendly', 'user friendly',
    'easy', 'easier', 'easily', 'simple', 'simpler', 'seamless', 'seamlessly', 'smooth', 'smoothly',
    'works well', 'work well', 'working well', 'improved', 'improve', 'improves', 'better', 'good',
    'great', 'nice', 'clean', 'robust', 'efficient', 'effective', 'optimal', 'optimized', 'enhanced',
    'modern', 'delightful', 'satisfied', 'happy', 'happier', 'responsive', 'performant', 'scalable',
    'reliable', 'stable', 'secure', 'clear', 'clearer', 'appropriate', 'acceptable', 'sufficient',
    'reasonable', 'high quality', 'high-quality', 'as expected', 'properly', 'correctly', 'well',
  ],
  outputTerms: [],
  validation: [
    'test', 'tested', 'testing', 'experiment', 'interview', 'interviews', 'survey', 'surveys', 'data',
    'analytics', 'a/b', 'ab test', 'prototype', 'pilot', 'usability', 'measure', 'measured', 'metric',
    'validate', 'validated', 'validating', 'validation', 'check', 'ask', 'research', 'study', 'trial',
    'spike', 'poll', 'observe', 'observation', 'log', 'logs', 'feedback', 'evidence', 'benchmark',
  ],
};

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
    const alternatives = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = new RegExp(`(?<![\\w/-])(?:${alternatives.join('|')})(?![\\w/-]|\\.\\w)`, 'gi');
    cache.set(phrases, re);
  }
  re.lastIndex = 0;
  return re;
}
