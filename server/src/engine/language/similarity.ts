/**
 * Finds near-duplicate word sets (Jaccard similarity ≥ a threshold) without comparing every
 * pair: each set is indexed by its rarest words only ("prefix filtering"). Two sets with
 * Jaccard ≥ t must share one of the first |A| − ⌈t·|A|⌉ + 1 words of A in a fixed global
 * order, so probing those prefixes finds every twin, and a backlog of 10,000 stories does
 * not cost 50 million comparisons.
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export class SimilarityIndex<T> {
  private readonly order = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();

  constructor(
    private readonly entries: readonly { key: ReadonlySet<string>; item: T }[],
    private readonly threshold: number,
  ) {
    const df = new Map<string, number>();
    for (const e of entries) for (const w of e.key) df.set(w, (df.get(w) ?? 0) + 1);
    [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).forEach((w, i) => this.order.set(w, i));
    entries.forEach((e, i) => {
      for (const w of this.prefix(e.key)) {
        const list = this.postings.get(w) ?? [];
        list.push(i);
        this.postings.set(w, list);
      }
    });
  }

  private prefix(key: ReadonlySet<string>): string[] {
    const rank = (w: string) => this.order.get(w) ?? -1;
    const sorted = [...key].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    return sorted.slice(0, sorted.length - Math.ceil(this.threshold * sorted.length) + 1);
  }

  /** Every entry whose key is at least `threshold` similar to `key`. */
  similar(key: ReadonlySet<string>): T[] {
    return this.scored(key).map((s) => s.item);
  }

  /** The entries at least `threshold` similar to `key`, with their similarity, in index order. */
  scored(key: ReadonlySet<string>): { item: T; similarity: number }[] {
    const seen = new Set<number>();
    const out: { item: T; similarity: number }[] = [];
    for (const w of this.prefix(key)) {
      for (const i of this.postings.get(w) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const similarity = jaccard(key, this.entries[i]!.key);
        if (similarity >= this.threshold) out.push({ item: this.entries[i]!.item, similarity });
      }
    }
    return out;
  }
}
