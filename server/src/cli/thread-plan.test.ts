import { describe, expect, it } from 'vitest';
import { planThreads } from './thread-plan.js';

const files = (count: number, size: number) =>
  Array.from({ length: count }, (_, i) => ({ file: `/b/story-${i}.md`, text: 'x'.repeat(size) }));

describe('planThreads', () => {
  it('starts no worker for little text, unless asked to', () => {
    expect(planThreads(files(50, 1000), undefined).workers).toBe(0);
    expect(planThreads(files(50, 1000), 2).workers).toBe(2);
    expect(planThreads(files(50, 1000), 0).workers).toBe(0);
  });

  it('never has more threads than files, the main thread included', () => {
    expect(planThreads(files(1, 4_000_000), 3).workers).toBe(0);
    expect(planThreads(files(3, 1000), 3).workers).toBe(2);
    expect(planThreads([], 2).workers).toBe(0);
  });

  it('cuts the files into batches in their order: at least eight per thread, at most 64K characters each', () => {
    const all = files(1000, 300);
    const plan = planThreads(all, 1);
    const batches = plan.batches(all);
    expect(batches.flat()).toEqual(all);
    expect(batches.length).toBeGreaterThanOrEqual(16);
    for (const batch of batches)
      expect(batch.length === 1 || batch.reduce((n, f) => n + f.text.length, 0) <= 65_536 + 300).toBe(true);
    const big = files(400, 10_000);
    expect(Math.max(...plan.batches(big).map((b) => b.length))).toBeLessThanOrEqual(7);
  });

  it('keeps one batch when the main thread works alone', () => {
    const all = files(10, 300);
    expect(planThreads(all, 0).batches(all)).toEqual([all]);
    expect(planThreads(all, 0).batches([])).toEqual([]);
  });
});
