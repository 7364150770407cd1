/**
 * Finds near-duplicate word sets (Jaccard similarity ≥ a threshold) in time that grows with the
 * backlog, not its square (SPEC §6). Each set is posted under pairs of its rarest words only
 * ("prefix filtering"), and a probe reads at most `cap` postings of a pair; identical sets, the
 * one case where a story can have more twins than that, are grouped and counted without
 * comparing them. So a templated backlog, where every word of a story is common, costs no more
 * per story than a varied one.
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Twin<T> {
  item: T;
  similarity: number;
}

export interface TwinSearch<T> {
  /** The closest twins, most similar first (index order among equals), at most the number asked for. */
  closest: Twin<T>[];
  /** How many twins were found in all. */
  count: number;
  /** False when a probe stopped at the cap: there may be more twins than `count`. */
  complete: boolean;
}

/** A search's result by entry positions, so it can name the items of a later index with the same keys. */
interface Search {
  closest: { at: number; similarity: number }[];
  count: number;
  complete: boolean;
}

/** Postings read per probed pair: more than the twins a story has in a real backlog. */
export const DEFAULT_CAP = 32;

export class SimilarityIndex<T> {
  private readonly order = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  /** The entries with the same set as each entry (one shared array per set). */
  private readonly identical: number[][] = [];
  /** Each entry's set size, and the last probe that read it: no allocation per probe. */
  private readonly sizes: Uint32Array;
  private readBy: Uint32Array;
  private probes = 0;
  /** Searches for the index's own entries, by entry: shared with the same index over new items. */
  private found = new Map<number, Search & { max: number }>();

  constructor(
    private entries: readonly { key: ReadonlySet<string>; item: T }[],
    private readonly threshold: number,
    private readonly cap = DEFAULT_CAP,
  ) {
    this.sizes = Uint32Array.from(entries, (e) => e.key.size);
    this.readBy = new Uint32Array(entries.length);
    const df = new Map<string, number>();
    for (const e of entries) for (const w of e.key) df.set(w, (df.get(w) ?? 0) + 1);
    [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).forEach((w, i) => this.order.set(w, i));
    const groups = new Map<string, number[]>();
    entries.forEach((e, i) => {
      const signature = [...e.key].sort().join(' ');
      const same = groups.get(signature);
      // Only a group's first entry is posted: the others are reached through it.
      if (same) {
        same.push(i);
        this.identical.push(same);
        return;
      }
      const group = [i];
      groups.set(signature, group);
      this.identical.push(group);
      for (const token of this.prefixTokens(e.key)) {
        const list = this.postings.get(token);
        if (list) list.push(i);
        else this.postings.set(token, [i]);
      }
    });
  }

  /**
   * The tokens a set is posted and probed under. Two sets with Jaccard ≥ t share at least
   * ⌈t·|A|⌉ words, so the first |A| − ⌈t·|A|⌉ + 2 words of each in the global order (rarest
   * first) share two words: the pairs of those words are the tokens, far rarer than words alone.
   */
  private prefixTokens(key: ReadonlySet<string>): string[] {
    const rank = (w: string) => this.order.get(w) ?? -1;
    const sorted = [...key].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    const length = Math.min(sorted.length, sorted.length - Math.ceil(this.threshold * sorted.length) + 2);
    const tokens: string[] = [];
    for (let i = 0; i < length; i++) for (let j = i + 1; j < length; j++) tokens.push(`${sorted[i]} ${sorted[j]}`);
    return tokens;
  }

  /**
   * This index over other items with the same keys in the same order (the stories of an edited
   * workspace whose outcomes did not change, moved): nothing is rebuilt, and what entries'
   * searches found stays found.
   */
  withItems<U>(items: readonly U[]): SimilarityIndex<U> {
    if (items.length !== this.entries.length) throw new Error('withItems needs one item per entry');
    const copy = Object.create(SimilarityIndex.prototype) as SimilarityIndex<U>;
    Object.assign(copy, this);
    copy.entries = this.entries.map((e, i) => ({ key: e.key, item: items[i]! }));
    // Its own probe marks: the two may search in turns.
    copy.readBy = new Uint32Array(this.entries.length);
    copy.probes = 0;
    return copy;
  }

  /** Whether `keys` are this index's keys, in order. */
  hasKeys(keys: readonly ReadonlySet<string>[]): boolean {
    return keys.length === this.entries.length && keys.every((k, i) => k === this.entries[i]!.key);
  }

  /**
   * The twins of entry `at` (its own key), as `twins` finds them, searched once for this index and
   * the indexes made from it by `withItems`: `skip` must decide by the entries' keys and places
   * alone, the same way every time.
   */
  twinsOfEntry(at: number, max: number, skip: (item: T) => boolean): TwinSearch<T> {
    let search = this.found.get(at);
    if (!search || search.max !== max) {
      search = { ...this.search(this.entries[at]!.key, max, skip), max };
      this.found.set(at, search);
    }
    return this.resolve(search, max);
  }

  /**
   * The twins of `key` other than those `skip` rejects: the `max` closest and how many there are.
   * Reads at most `cap` postings per token, and `max` + `cap` entries of a group of identical sets.
   */
  twins(key: ReadonlySet<string>, max: number, skip: (item: T) => boolean = () => false): TwinSearch<T> {
    return this.resolve(this.search(key, max, skip), max);
  }

  private resolve(search: Search, max: number): TwinSearch<T> {
    return {
      closest: search.closest.slice(0, max).map(({ at, similarity }) => ({ item: this.entries[at]!.item, similarity })),
      count: search.count,
      complete: search.complete,
    };
  }

  private search(key: ReadonlySet<string>, max: number, skip: (item: T) => boolean): Search {
    const found: { at: number; similarity: number }[] = [];
    let count = 0;
    let complete = true;
    const probe = ++this.probes;
    // Sets whose sizes differ too much cannot reach the threshold: |B| ≥ t·|A| and |A| ≥ t·|B|.
    const [least, most] = [key.size * this.threshold, key.size / this.threshold];
    for (const token of this.prefixTokens(key)) {
      const list = this.postings.get(token) ?? [];
      if (list.length > this.cap) complete = false;
      for (let n = 0; n < Math.min(list.length, this.cap); n++) {
        const first = list[n]!;
        if (this.readBy[first] === probe) continue;
        this.readBy[first] = probe;
        if (this.sizes[first]! < least || this.sizes[first]! > most) continue;
        const similarity = jaccard(key, this.entries[first]!.key);
        if (similarity < this.threshold) continue;
        // A group's members are all alike: keep as many as could be shown, count the rest unseen.
        const group = this.identical[first]!;
        const read = Math.min(group.length, max + this.cap);
        const shown = group.slice(0, read).filter((i) => !skip(this.entries[i]!.item));
        count += shown.length + group.length - read;
        for (const at of shown.slice(0, max)) found.push({ at, similarity });
      }
    }
    found.sort((a, b) => b.similarity - a.similarity || a.at - b.at);
    return { closest: found.slice(0, max), count, complete };
  }
}
