/**
 * `npm run bench`: how much the lint costs on top of parsing the Markdown. Every number is
 * a ratio against remark-parse on the same text, measured in the same run, so a noisy or
 * slow machine changes the absolute times, not the conclusion.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixText, lintText, prepareDocument } from '../engine/index.js';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The baseline: remark-parse alone, on the whole text, as any remark-based tool would run it. */
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const parseMarkdown = (text: string) => remark.parse(text);

function corpusStories(): string[] {
  const dir = join(process.cwd(), '..', 'shared', 'corpus', 'real-backlogs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()));
}

/** A backlog of `count` value-form stories built from real story sentences. */
function syntheticBacklog(count: number, sentences: string[]): string {
  const parts = ['# Backlog\n'];
  for (let i = 0; i < count; i++) {
    const sentence = sentences[i % sentences.length] ?? 'As a shopper, I want to pay without re-entering my card, so that checkout is quick.';
    parts.push(
      `## Story ${i + 1}\n\n${sentence}\n\n### How we'll know\n\n- Checkout abandonment falls from 38% to ${20 + (i % 10)}% by Q3\n- Users find it easier\n\n**If we don't:** we keep losing mobile baskets\n`,
    );
  }
  return parts.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const sentences = corpusStories();
const cases = [
  { name: 'examples/ (3 files)', texts: readdirRecursive(join(process.cwd(), 'examples')).map((f) => readFileSync(f, 'utf8')), runs: 30 },
  { name: 'real backlogs as one-line lists (853 stories)', texts: [sentences.map((s) => `- ${s}`).join('\n')], runs: 10 },
  { name: 'value-form backlog, 2,000 stories', texts: [syntheticBacklog(2000, sentences)], runs: 5 },
];

function readdirRecursive(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? readdirRecursive(join(dir, e.name)) : e.name.endsWith('.md') && e.name !== 'README.md' ? [join(dir, e.name)] : [],
  );
}

console.log(`Storylint benchmark — Node ${process.version}; ratios are against remark-parse on the same text in this run.\n`);
console.log(`${'input'.padEnd(46)} ${'KB'.padStart(6)} ${'parse ms'.padStart(9)} ${'stories'.padStart(8)} ${'lint'.padStart(7)} ${'fix-all'.padStart(8)}`);
for (const c of cases) {
  const bytes = c.texts.reduce((n, t) => n + t.length, 0);
  const parse = time(() => c.texts.forEach((t) => parseMarkdown(t)), c.runs);
  const stories = time(() => c.texts.forEach((t) => prepareDocument(t)), c.runs);
  const lint = time(() => c.texts.forEach((t) => lintText(t)), c.runs);
  const fix = time(() => c.texts.forEach((t) => fixText(t)), Math.max(1, Math.floor(c.runs / 3)));
  const ratio = (ms: number) => `${(ms / parse).toFixed(2)}×`;
  console.log(`${c.name.padEnd(46)} ${(bytes / 1024).toFixed(0).padStart(6)} ${parse.toFixed(1).padStart(9)} ${ratio(stories).padStart(8)} ${ratio(lint).padStart(7)} ${ratio(fix).padStart(8)}`);
}
console.log('\nparse = remark-parse alone on the whole text (the baseline); stories = Storylint\'s parse (in heading-delimited pieces) + story model;');
console.log('lint = stories + all 15 rules; fix-all = lint, fix, re-lint until nothing is left to fix (the CLI\'s --fix).');
