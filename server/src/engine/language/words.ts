const STOP = new Set(
  'a an the and or but so that to of in on for with by at from into onto as is are be been being was were it its this these those i me my we our us you your they them their he she his her can could will would should may might must do does did have has had not no yes than then there here when where which who what why how if also just only very more most less least all any each every some such own same other about up down out over under again further once i\'m i\'d i\'ve able want need like get within without'.split(
    ' ',
  ),
);

/** Cheap stemming: enough to equate "reports"/"report" and "exporting"/"export". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/ies$/, 'y');
  if (w.length <= 4) return w.replace(/s$/, '');
  return w.replace(/(?:ing|ed|es|al|s|e)$/, '').replace(/(.)\1$/, '$1');
}

/** Verbs that ask for the same thing in different words: "see what is due" = "know what is due". */
const SAME_AS: Record<string, string> = { see: 'know', view: 'know', learn: 'know', find: 'know', check: 'know', receive: 'get', obtain: 'get' };

/** Lower-cased, stemmed words without stop words, in order. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [])
    .filter((w) => !STOP.has(w))
    .map((w) => SAME_AS[w] ?? stem(w));
}
