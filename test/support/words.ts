/** Word counts of a text, for "no word of the author's is lost" checks. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Words of `before` that `after` has fewer of, ignoring the ones listed. */
export function lostWords(before: string, after: string, ignore: readonly string[] = []): string[] {
  const a = wordCounts(after);
  const lost: string[] = [];
  for (const [w, n] of wordCounts(before)) if (!ignore.includes(w) && (a.get(w) ?? 0) < n) lost.push(w);
  return lost;
}
