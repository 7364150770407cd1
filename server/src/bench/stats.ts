/** Summaries of timing samples. */

export const min = (samples: readonly number[]): number => Math.min(...samples);

/** The p-th percentile by nearest rank (p50 of 1,000 edits is the 500th fastest). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds with the precision that means something at that size. */
export function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value).toLocaleString('en')} ms`;
  return `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

export const ratio = (value: number, base: number): string => `${(value / base).toFixed(value / base >= 10 ? 0 : 2)}×`;
