import { describe, expect, it } from 'vitest';
import { SimilarityIndex } from './similarity.js';

const set = (text: string) => new Set(text.split(' '));
const index = (texts: string[], cap?: number) =>
  new SimilarityIndex(
    texts.map((t, i) => ({ key: set(t), item: i })),
    0.75,
    cap,
  );

describe('SimilarityIndex', () => {
  it('finds every set at least as similar as the threshold, the closest first', () => {
    const idx = index([
      'nurse see critical lab result ward',
      'nurse see critical lab result ward night',
      'nurse see critical lab result',
      'driver book delivery slot phone',
    ]);
    const found = idx.twins(set('nurse see critical lab result ward'), 3, (i) => i === 0);
    expect(found.closest.map((t) => t.item)).toEqual([1, 2]);
    expect(found.count).toBe(2);
    expect(found.complete).toBe(true);
  });

  it('finds twins that share only common words with the rest of the backlog', () => {
    const common = Array.from({ length: 200 }, (_, i) => `nurse see lab result item${i}`);
    const idx = index([...common, 'nurse see lab result ward', 'nurse see lab result ward night']);
    const found = idx.twins(set('nurse see lab result ward'), 3, (i) => i === 200);
    expect(found.closest.map((t) => t.item)).toEqual([201]);
  });

  it('counts a thousand identical stories without comparing them, and shows at most the number asked for', () => {
    const idx = index(Array.from({ length: 1000 }, () => 'nurse see critical lab result'));
    const found = idx.twins(set('nurse see critical lab result'), 3, (i) => i === 0);
    expect(found.closest).toHaveLength(3);
    expect(found.count).toBe(999);
  });

  it('reads no more than the cap of one token and says the count may be short', () => {
    const texts = Array.from({ length: 100 }, (_, i) => `alpha beta gamma delta w${i}`);
    const found = index(texts, 10).twins(set('alpha beta gamma delta'), 3);
    expect(found.complete).toBe(false);
    expect(found.count).toBeGreaterThan(0);
    expect(found.count).toBeLessThanOrEqual(10 * 6);
  });

  it('keeps what an entry search found for the same keys over new items, named by the new items', () => {
    const keys = [
      'nurse see critical lab result ward',
      'nurse see critical lab result ward night',
      'driver book slot',
    ].map(set);
    const idx = new SimilarityIndex(
      keys.map((key, i) => ({ key, item: i })),
      0.75,
    );
    const first = idx.twinsOfEntry(0, 3, (i) => i === 0);
    expect(idx.hasKeys(keys)).toBe(true);
    const moved = idx.withItems(['A', 'B', 'C']);
    const again = moved.twinsOfEntry(0, 3, () => {
      throw new Error('searched again');
    });
    expect(first.closest.map((t) => t.item)).toEqual([1]);
    expect(again.closest.map((t) => t.item)).toEqual(['B']);
    expect(again.count).toBe(first.count);
  });

  it('is not the same index for other keys', () => {
    const idx = index(['nurse see critical lab result ward']);
    expect(idx.hasKeys([set('nurse see critical lab result ward')])).toBe(false);
    expect(idx.hasKeys([])).toBe(false);
  });
});
