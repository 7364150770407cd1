import type { Finding, Fix, TextEdit } from '../types.js';

/** Applies non-overlapping edits; later edits first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // From the end backwards; insertions at one point keep the order they were given in.
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
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

export interface FixAllOptions {
  /** Which findings' fixes to apply (default: every finding with a fix). */
  wanted?: (finding: Finding) => boolean;
  maxPasses?: number;
}

const errorCount = (findings: readonly Finding[]) => findings.reduce((n, f) => n + (f.severity === 'error' ? 1 : 0), 0);

/**
 * Applies every wanted fix, re-linting between passes so fixes that conflicted get their turn,
 * until nothing is left to fix (a fixed point) or the cap is reached. A fix never adds an
 * error (SPEC §3): when a pass would, only the fixes that add none on their own are applied.
 */
export function fixAll(
  text: string,
  lint: (text: string) => readonly Finding[],
  options: FixAllOptions = {},
): FixAllResult {
  const wanted = options.wanted ?? ((f: Finding) => f.fix !== undefined);
  const maxPasses = options.maxPasses ?? 10;
  let current = text;
  let findings = lint(current);
  const allowedErrors = errorCount(findings);
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    let chosen = selectFixes(findings.filter(wanted).flatMap((f) => (f.fix ? [f.fix] : [])));
    if (chosen.length === 0) break;
    passes++;
    let next = applyEdits(
      current,
      chosen.flatMap((f) => f.edits),
    );
    let nextFindings = lint(next);
    if (errorCount(nextFindings) > allowedErrors) {
      chosen = chosen.filter((fix) => errorCount(lint(applyEdits(current, fix.edits))) <= allowedErrors);
      if (chosen.length === 0) break;
      next = applyEdits(
        current,
        chosen.flatMap((f) => f.edits),
      );
      nextFindings = lint(next);
      if (errorCount(nextFindings) > allowedErrors) {
        chosen = chosen.slice(0, 1);
        next = applyEdits(current, chosen[0]!.edits);
        nextFindings = lint(next);
      }
    }
    current = next;
    findings = nextFindings;
    applied += chosen.length;
  }
  return { text: current, applied, passes };
}
