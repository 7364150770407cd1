/** Tallies and tables shared by the evaluation scripts: a detector, or a second labeller, against labels. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  errors: string[];
}

export const score = (): Score => ({ tp: 0, fp: 0, fn: 0, tn: 0, errors: [] });

export function tally(s: Score, expected: boolean, actual: boolean, id: string, text: string): void {
  if (expected && actual) s.tp++;
  else if (!expected && !actual) s.tn++;
  else if (actual) {
    s.fp++;
    s.errors.push(`FP ${id}: ${text}`);
  } else {
    s.fn++;
    s.errors.push(`FN ${id}: ${text}`);
  }
}

const fmt = (n: number) => (Number.isNaN(n) ? '  –  ' : n.toFixed(2).padStart(5));

export function table(title: string, scores: Map<string, Score>): void {
  console.log(`\n${title}`);
  const columns = ['n', 'pos', 'tp', 'fp'].map((c) => c.padStart(4)).join(' ');
  console.log(`${'rule'.padEnd(26)} ${columns}  prec  recall   F1`);
  for (const [rule, s] of scores) {
    const p = s.tp / (s.tp + s.fp);
    const r = s.tp / (s.tp + s.fn);
    const f1 = (2 * p * r) / (p + r);
    console.log(
      `${rule.padEnd(26)} ${String(s.tp + s.fp + s.fn + s.tn).padStart(4)} ${String(s.tp + s.fn).padStart(4)} ` +
        `${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${fmt(p)} ${fmt(r)} ${fmt(f1)}`,
    );
  }
}

export const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));

/** The lines of a JSON Lines file under `root`; none when the file is absent. */
export const loadJsonl = <T>(root: string, name: string): T[] =>
  existsSync(join(root, name))
    ? readFileSync(join(root, name), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as T)
    : [];
