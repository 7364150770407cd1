import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from './vocabulary.js';

const stopWordsOf = perVocabulary((vocabulary) => new Set(vocabulary.stopWords.map((w) => w.toLowerCase())));

/** Cheap stemming: enough to equate "reports"/"report" and "exporting"/"export". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/ies$/, 'y');
  if (w.length <= 4) return w.replace(/s$/, '');
  return w.replace(/(?:ing|ed|es|al|s|e)$/, '').replace(/(.)\1$/, '$1');
}

/** Verbs that ask for the same thing in different words: "see what is due" = "know what is due". */
const SAME_AS: Record<string, string> = {
  see: 'know',
  view: 'know',
  learn: 'know',
  find: 'know',
  check: 'know',
  receive: 'get',
  obtain: 'get',
};

/** Lower-cased, stemmed words without the vocabulary's stop words, in order. */
export function contentWords(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string[] {
  const stop = stopWordsOf(vocabulary);
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [])
    .filter((w) => !stop.has(w))
    .map((w) => SAME_AS[w] ?? stem(w));
}
