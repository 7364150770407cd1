/**
 * The reason a request gives in so many words, as a clause of its own: "Remove references to cash, since
 * sending cash is not supported", "Implement live metrics on posts to increase engagement", "To avoid
 * conflicts, change the default port". A rewrite that moves the request keeps the reason as the why.
 */
import type { Span } from '../types.js';
import { alternation } from './pattern.js';
import { DEFAULT_VOCABULARY, perVocabulary, type Vocabulary } from './vocabulary.js';

/** A clause ending the text: "…, since …", "… because …", "… so that …", "… to increase …". */
const trailingOf = perVocabulary(
  (v) =>
    new RegExp(
      String.raw`[ \t]*,?[ \t]+((?:since|because|so\s+that|in\s+order\s+to|to\s+(?:${alternation(v.aimVerbs)}))\b` +
        String.raw`[^\n]*?)[ \t]*$`,
      'i',
    ),
);
/** A clause opening the text up to its comma: "To avoid possible conflicts, …", "In order to …, …". */
const leadingOf = perVocabulary(
  (v) => new RegExp(String.raw`^((?:in\s+order\s+)?to\s+(?:${alternation(v.aimVerbs)})\b[^,\n]*),[ \t]*`, 'i'),
);

export interface ReasonSplit {
  /** What is asked for on the first line, without the reason (offsets into the text). */
  request: Span;
  /** The reason clause, its connective included. */
  reason: Span;
  /** The lines after the first, line break included: the request goes on there ("…\n\nSee the mockups"). */
  rest?: Span;
}

/** A line that opens a list item or a quote: its reason is one item's, not the request's. */
const ITEM_OR_QUOTE = /^[ \t]*(?:[-*+>]|\d+[.)])/;

/**
 * Splits a request into the reason clause that opens or ends its first line and the rest; undefined when it
 * has none, or when the request would be left empty.
 */
export function splitReason(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): ReasonSplit | undefined {
  const lead = /^\s*/.exec(text)![0].length;
  const end = text.trimEnd().length;
  const lineBreak = text.slice(lead, end).search(/[\r\n]/);
  const lineEnd = lineBreak < 0 ? end : lead + lineBreak;
  const line = text.slice(lead, lineEnd).trimEnd();
  const rest = lineEnd < end ? { rest: { start: lead + line.length, end } } : {};
  if (rest.rest && ITEM_OR_QUOTE.test(line)) return undefined;
  const leading = leadingOf(vocabulary).exec(line);
  if (leading && leading[0].length < line.length && !namesProduct(leading[1]!)) {
    return {
      reason: { start: lead, end: lead + leading[1]!.length },
      request: { start: lead + leading[0].length, end: lead + line.length },
      ...rest,
    };
  }
  const trailing = trailingOf(vocabulary).exec(line);
  if (!trailing || trailing.index === 0 || namesProduct(trailing[1]!)) return undefined;
  const reasonStart = lead + trailing.index + trailing[0].indexOf(trailing[1]!);
  return {
    request: { start: lead, end: lead + trailing.index },
    reason: { start: reasonStart, end: lead + line.length },
    ...rest,
  };
}

/** "to Boost console": a capitalised word after "to" names a product, not an aim ("to boost sales"). */
function namesProduct(clause: string): boolean {
  const verb = /^(?:in\s+order\s+)?to\s+(\S)/i.exec(clause)?.[1];
  return verb !== undefined && verb !== verb.toLowerCase();
}
