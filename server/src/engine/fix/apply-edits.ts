import type { Finding, Fix, TextEdit } from '../types.js';

/** Applies non-overlapping edits; later edits first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // From the end backwards; insertions at one point keep the order they were given in.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point conflict too: their order would be a guess.
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

/** Picks whole fixes, in document order, whose edits touch nothing an earlier pick touches. */
export function selectFixes(fixes: readonly Fix[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of ordered) {
    if (fix.edits.some((e) => taken.some((t) => conflicts(e, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

const firstStart = (fix: Fix) => Math.min(...fix.edits.map((e) => e.start));

export interface FixAllResult {
  text: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  passes: number;
}

/**
 * Applies every fix, re-linting between passes so fixes that conflicted get their turn,
 * until nothing is left to fix (a fixed point) or the cap is reached.
 */
export function fixAll(text: string, lint: (text: string) => readonly Finding[], maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = lint(current).flatMap((f) => (f.fix ? [f.fix] : []));
    const chosen = selectFixes(fixes);
    if (chosen.length === 0) break;
    passes++;
    current = applyEdits(current, chosen.flatMap((f) => f.edits));
    applied += chosen.length;
  }
  return { text: current, applied, passes };
}
