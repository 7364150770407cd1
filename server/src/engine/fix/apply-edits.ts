import type { Finding, Fix, TextEdit } from '../types.js';

/**
 * Applies non-overlapping edits against the original offsets, in one pass: the text is cut
 * once and joined, so thousands of fixes in a 4 MB backlog cost one copy, not one per edit.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // In document order; at one point, insertions keep the order they were given in and come
  // before a replacement starting there.
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const parts: string[] = [];
  let cursor = 0;
  for (const { e } of sorted) {
    if (e.start < cursor) return applyOverlapping(text, sorted);
    parts.push(text.slice(cursor, e.start), e.newText);
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Overlapping edits (no caller makes them) are applied one by one from the end, as they always were. */
function applyOverlapping(text: string, sorted: readonly { e: TextEdit }[]): string {
  let out = text;
  for (const { e } of [...sorted].reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
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
  const taken = new TakenEdits();
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of ordered) {
    if (fix.edits.some((e) => taken.conflictsWith(e))) continue;
    chosen.push(fix);
    taken.addAll(fix.edits);
  }
  return chosen;
}

/**
 * The edits of the fixes picked so far, sorted by start. Edits of different fixes never
 * overlap, so an edit can only conflict with its neighbours in that order: a lookup is a binary
 * search, not a scan (a backlog's `--fix` picks thousands). A fix whose own edits overlap would
 * break that, so from then on every edit is compared.
 */
class TakenEdits {
  private readonly edits: TextEdit[] = [];
  private overlapping = false;

  conflictsWith(edit: TextEdit): boolean {
    if (this.overlapping) return this.edits.some((t) => conflicts(edit, t));
    const at = this.firstStartingFrom(edit.start);
    const after = this.edits[at];
    if (after !== undefined && conflicts(edit, after)) return true;
    // Before it: the edits starting where the nearest one starts (one fix may put several there).
    const nearest = this.edits[at - 1]?.start;
    for (let i = at - 1; i >= 0 && this.edits[i]!.start === nearest; i--) {
      if (conflicts(edit, this.edits[i]!)) return true;
    }
    return false;
  }

  addAll(edits: readonly TextEdit[]): void {
    const own = [...edits].sort((a, b) => a.start - b.start);
    if (own.some((e, i) => i > 0 && e.start < own[i - 1]!.end)) this.overlapping = true;
    for (const e of own) this.edits.splice(this.firstStartingFrom(e.start), 0, e);
  }

  /** The index of the first edit starting at or after `offset`. */
  private firstStartingFrom(offset: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.edits[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
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
  /** Whether a fixed text keeps the blocks of the text it was fixed from (default: not checked). */
  keepsBlocks?: (before: string, after: string) => boolean;
}

const applyFixes = (text: string, fixes: readonly Fix[]) =>
  applyEdits(
    text,
    fixes.flatMap((f) => f.edits),
  );

const errorCount = (findings: readonly Finding[]) => findings.reduce((n, f) => n + (f.severity === 'error' ? 1 : 0), 0);

/**
 * Applies every wanted fix, re-linting between passes so fixes that conflicted get their turn,
 * until nothing is left to fix (a fixed point) or the cap is reached. A fix never adds an
 * error nor, with `keepsBlocks`, loses a block (SPEC §3): when a pass would, the fixes that do
 * are found and left out.
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
    let candidates = findings.filter(wanted).flatMap((f) => (f.fix ? [f.fix] : []));
    let step: Step | undefined;
    while (!step) {
      const chosen = selectFixes(candidates);
      if (chosen.length === 0) break;
      step = harmlessStep(current, chosen, lint, allowedErrors, options.keepsBlocks);
      // Every fix chosen adds an error: set them aside, so the fixes they overlapped get their turn.
      if (!step) {
        const refused = new Set(chosen);
        candidates = candidates.filter((f) => !refused.has(f));
      }
    }
    if (!step) break;
    passes++;
    current = step.text;
    findings = step.findings;
    applied += step.applied;
  }
  return { text: current, applied, passes };
}

interface Step {
  text: string;
  findings: readonly Finding[];
  applied: number;
}

/** Applies the chosen fixes, leaving out those that add an error or lose a block; none when every one does. */
function harmlessStep(
  current: string,
  chosen: readonly Fix[],
  lint: (text: string) => readonly Finding[],
  allowedErrors: number,
  keepsBlocks: (before: string, after: string) => boolean = () => true,
): Step | undefined {
  const tried = (fixes: readonly Fix[]) => {
    const text = applyFixes(current, fixes);
    // Blocks first: counting them is a parse, cheaper than the lint.
    const kept = keepsBlocks(current, text);
    const findings = kept ? lint(text) : [];
    return { text, findings, harmless: kept && errorCount(findings) <= allowedErrors };
  };
  let fixes = chosen;
  let next = tried(fixes);
  if (!next.harmless) {
    const groups = harmlessGroups(fixes, (group) => tried(group).harmless);
    if (groups.length === 0) return undefined;
    fixes = groups.flat();
    next = tried(fixes);
    if (!next.harmless) {
      // Harmless apart, harmful together: the first group alone is known to be harmless.
      fixes = groups[0]!;
      next = tried(fixes);
    }
  }
  return { text: next.text, findings: next.findings, applied: fixes.length };
}

/**
 * Splits fixes that are harmful together into groups that are not, halving a group that
 * is until the culprits stand alone and are dropped. Each test is a lint of the whole text, so
 * this costs a few lints per culprit rather than one lint per fix (thousands in a backlog).
 */
function harmlessGroups(fixes: readonly Fix[], harmless: (group: readonly Fix[]) => boolean): Fix[][] {
  // `fixes` is known to be harmful together; a single fix that is is dropped.
  if (fixes.length <= 1) return [];
  const middle = fixes.length >> 1;
  return [fixes.slice(0, middle), fixes.slice(middle)].flatMap((half) =>
    harmless(half) ? [half] : harmlessGroups(half, harmless),
  );
}
