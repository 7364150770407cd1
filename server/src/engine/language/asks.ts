/**
 * The sentences of a Goal or Problem section that ask for something. Such a section mixes the
 * ask with how things are today and why it matters ("We had a few issues when …", "There are
 * many edge cases …"); a vague word blurs the ask only where it is asked for (SPEC §3).
 */
import { LIST_ITEM_LINE } from '../text/line-index.js';
import { SENTENCES } from '../text/sentences.js';
import type { Span } from '../types.js';
import { alternation } from './pattern.js';
import { phraseMatcher } from './lexicon.js';
import { perVocabulary, type Vocabulary } from './vocabulary.js';

/** A sentence opening by saying how things are: "There are …", "We had …", "Currently …" (from the vocabulary). */
const situationOf = perVocabulary(
  (vocabulary) => new RegExp(String.raw`^(?:${alternation(vocabulary.situationOpeners)})(?![\w'’-])`, 'i'),
);

/** Whether the sentence, its bullet, checkbox and emphasis aside, opens by saying how things are: "Right now, …". */
export const opensWithSituation = (sentence: string, vocabulary: Vocabulary) =>
  situationOf(vocabulary).test(sentence.replace(/^[\s>*_-]*(?:\[[ xX]\]\s*)?/, ''));

/**
 * The spans of `text` that ask: sentences with a word of asking ("want", "should", "required") and, when
 * `listsAsk` (a Goal's bullets list what is asked; a Problem section's, how things are), list items,
 * unless they open by saying how things are.
 */
export function askingSpans(text: string, vocabulary: Vocabulary, { listsAsk = true } = {}): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split(/(?<=\r\n|\n|\r)/)) {
    const listed = LIST_ITEM_LINE.test(line);
    const item = listed ? line.replace(LIST_ITEM_LINE, (m) => ' '.repeat(m.length)) : line;
    for (const m of item.matchAll(SENTENCES)) {
      const sentence = m[0];
      if (!sentence.trim() || opensWithSituation(sentence, vocabulary)) continue;
      if ((listed && listsAsk) || phraseMatcher(vocabulary.askWords).test(sentence))
        spans.push({ start: lineStart + m.index, end: lineStart + m.index + sentence.length });
    }
    lineStart += line.length;
  }
  return spans;
}
